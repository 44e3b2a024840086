"""Planned visits: their statuses and the visit dates suggested to keep a family within its norm.

The suggestion rule: take the norm window that contains ``today`` (``domain.norms``), count the visits it
still needs after the counting visits already made *and* the pending planned visits dated today or later
inside it, and spread that many dates evenly over the working days left in the window (today included),
skipping days that already hold a visit or a plan.  The first suggested date is the first free working day,
so an urgent need is offered as early as possible.  When the running window is already covered (met or fully
planned), the next window is suggested instead, so a worker can plan ahead in the same click.  When fewer
free working days are left than visits needed, every free working day is suggested and ``short`` tells so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import NormRule, PatronageType, TypePeriod, Window, norm_windows

__all__ = ["PlannedVisitStatus", "VisitSuggestion", "spread", "suggest_visit_dates"]


class PlannedVisitStatus(StrEnum):
    """Where a planned visit stands.  A moved plan stays ``planned`` on its new day (``moved_from`` keeps
    the day it was moved from); ``done`` links the visit that fulfilled it."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class VisitSuggestion:
    """Dates suggested for one norm window."""

    window: Window
    needed: int  # visits still needed after the visits made and the visits planned
    days: tuple[date, ...]
    next_window: bool  # True when the running window is covered and this is the one after it
    short: bool  # fewer free working days left than visits needed

    @property
    def covered(self) -> bool:
        return self.needed == 0


def spread(days: list[date], count: int) -> list[date]:
    """``count`` of ``days`` (sorted) spread evenly, the first one first; all of them if too few."""
    if count >= len(days):
        return list(days)
    return [days[(i * len(days)) // count] for i in range(count)]


def _suggest_in(
    window: Window, today: date, busy: set[date], planned: list[date], calendar: WorkCalendar
) -> tuple[int, list[date], bool]:
    first = max(today, window.start)
    planned_in = sum(1 for d in planned if first <= d <= window.end)
    needed = max(0, window.required - window.done - planned_in)
    free: list[date] = []
    day = first
    while day <= window.end:
        if day not in busy and calendar.is_working_day(day):
            free.append(day)
        day += timedelta(days=1)
    return needed, spread(free, needed), len(free) < needed


def suggest_visit_dates(
    periods: Iterable[TypePeriod],
    visit_dates: Iterable[date],
    planned_dates: Iterable[date],
    today: date,
    calendar: WorkCalendar,
    *,
    rules: Mapping[PatronageType, NormRule] | None = None,
) -> VisitSuggestion | None:
    """The visit dates that keep a family within its norm (rule in the module docstring).

    ``periods`` are the family's type periods already cut to its contract; ``visit_dates`` its counting
    visits; ``planned_dates`` the days of its pending planned visits.  None when no window runs today.
    """
    periods = list(periods)
    visits = list(visit_dates)
    planned = [d for d in planned_dates if d >= today]
    busy = set(visits) | set(planned)
    windows = norm_windows(periods, visits, today, calendar, rules=rules)
    window = next((w for w in windows if w.start <= today <= w.end), None)
    if window is None:
        return None
    needed, days, short = _suggest_in(window, today, busy, planned, calendar)
    if needed > 0:
        return VisitSuggestion(window, needed, tuple(days), False, short)
    after = window.end + timedelta(days=1)
    following = [w for w in norm_windows(periods, visits, after, calendar, rules=rules) if w.start == after]
    if not following:
        return VisitSuggestion(window, 0, (), False, False)
    needed, days, short = _suggest_in(following[0], after, busy, planned, calendar)
    return VisitSuggestion(following[0], needed, tuple(days), True, short)
