"""The "Today" agenda: its sections in the order a worker deals with them, and the norm state of a family
on a day computed from recent history only (what makes the agenda of a whole district quick)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import (
    DEFAULT_RULES,
    NormRule,
    PatronageType,
    TypePeriod,
    Window,
    WindowUnit,
    add_months,
    effective_periods,
    norm_windows,
)

__all__ = [
    "AgendaSection",
    "NormState",
    "history_needed_from",
    "norm_state",
    "recent_periods",
    "since_for",
    "week_end",
]


class AgendaSection(StrEnum):
    """Sections of the Today agenda, in the order they are shown."""

    MISSED_NORM = "missed_norm"
    OVERDUE_SURVEY = "overdue_survey"
    AT_RISK = "at_risk"
    VISIT_DUE = "visit_due"
    PLAN_ITEM_DUE = "plan_item_due"
    CONTRACT_ENDING = "contract_ending"
    VISITED_TODAY = "visited_today"  # visits recorded on the day, with where the window stands now


def week_end(day: date) -> date:
    """The Sunday of ``day``'s week (Monday to Sunday)."""
    return day + timedelta(days=6 - day.weekday())


@lru_cache(maxsize=64)  # called for every period of every family with the same few arguments
def since_for(rule: NormRule, today: date) -> date:
    """The earliest day whose visits can matter, under ``rule``, for the window running ``today`` and the one
    before it: the start of the previous calendar window (a week rule: two lengths back, enough for any
    alignment), or two lengths back for windows counted from the type's start."""
    if rule.unit is WindowUnit.WEEK:
        return today - timedelta(days=14 * rule.length)
    if rule.from_type_start:
        return add_months(today, -2 * rule.length)
    index = today.year * 12 + today.month - 1
    index -= index % rule.length + rule.length
    return date(index // 12, index % 12 + 1, 1)


def history_needed_from(today: date, rules: Mapping[PatronageType, NormRule] | None = None) -> date:
    """The earliest day whose visits can matter under any rule (6 months back for the default control
    type)."""
    table = DEFAULT_RULES if rules is None else {**DEFAULT_RULES, **rules}
    return min(since_for(rule, today) for rule in table.values())


def _natural_start_on_or_before(rule: NormRule, type_start: date, day: date) -> date:
    """The start of the natural window of ``rule`` (for a type begun on ``type_start``) containing ``day``."""
    if rule.unit is WindowUnit.WEEK:
        span = 7 * rule.length
        if rule.from_type_start:
            return day - timedelta(days=(day - type_start).days % span)
        first = day.toordinal()
        return date.fromordinal(first - (first - 1) % span)
    if rule.from_type_start:
        months = (day.year - type_start.year) * 12 + day.month - type_start.month
        k = max(0, months // rule.length)
        start = add_months(type_start, rule.length * k)
        while start > day:
            k -= 1
            start = add_months(type_start, rule.length * k)
        return start
    index = day.year * 12 + day.month - 1
    index -= index % rule.length
    return date(index // 12, index % 12 + 1, 1)


def recent_periods(
    periods: Iterable[TypePeriod], today: date, rules: Mapping[PatronageType, NormRule] | None = None
) -> list[TypePeriod]:
    """Type periods with everything before the natural window containing ``since_for(rule, today)`` of
    their type cut off.

    Cutting at a natural window start keeps every later window exactly as ``norm_windows`` gives it on the
    whole history (no new partial window, control windows keep their anchor), while skipping the years of
    windows before it.  Periods ended before that day are dropped.
    """
    table = DEFAULT_RULES if rules is None else {**DEFAULT_RULES, **rules}
    out: list[TypePeriod] = []
    for p in effective_periods(periods):
        since = since_for(table[p.type], today)
        if p.end is not None and p.end < since:
            continue
        if p.start < since:
            cut = _natural_start_on_or_before(table[p.type], p.start, since)
            if cut > p.start:
                p = TypePeriod(p.type, cut, p.end)
        out.append(p)
    return out


@dataclass(frozen=True, slots=True)
class NormState:
    """Where a family stands with its norm on a day: the window running then and the last one ended."""

    current: Window | None
    last_ended: Window | None


def norm_state(
    periods: Iterable[TypePeriod],
    visit_dates: Iterable[date],
    today: date,
    calendar: WorkCalendar,
    rules: Mapping[PatronageType, NormRule] | None = None,
) -> NormState:
    """The running and the last ended window of a family on ``today``.

    ``periods`` are already cut to the contract; only visits from ``since_for`` the types of the periods
    on are needed.  A window ended before ``since_for`` its type is not reported.
    """
    windows = norm_windows(recent_periods(periods, today, rules), visit_dates, today, calendar, rules=rules)
    current = None
    last_ended = None
    for w in windows:
        if w.end < today:
            last_ended = w
        elif w.start <= today:
            current = w
    return NormState(current, last_ended)
