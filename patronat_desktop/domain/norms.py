"""Visit norms of social patronage: split a family's patronage-type history into norm windows and rate each
one.

Norms (Council of Ministers resolution № 1218; window shapes are local settings, defaults in
``DEFAULT_RULES``):

* emergency (экстренный): at least 2 visits per calendar week, Monday to Sunday;
* planned (плановый): at least 1 visit per calendar month;
* control (контрольный): 1 visit per consecutive 3-month window counted from the day the control type began:
  window k is ``[add_months(start, 3k), add_months(start, 3k + 3) - 1 day]``, the day of month clamped to
  the month's length (Jan 31 + 3 months = Apr 30).

Type history: periods are sorted by start.  A period whose end is missing (ongoing) or reaches the next
period's start ends the day before the next period starts, so a type change restarts the windows on the
change date. Periods ending before they start are ignored.  Windows are produced from each period's start up
to its effective end, and only those that have begun (start <= today): there are no future windows.

Partial windows (the documented rule): a window cut by the start or the end of its period (a type change,
the contract's start or end) is clipped to the period and its requirement is pro-rated by calendar days with
round-half-up: ``required = floor(full_required * covered_days / window_days + 1/2)``.  A clipped window
whose pro-rated requirement is 0 is skipped.  Examples: emergency from a Wednesday covers 5 of 7 days -> 2 *
5/7 = 1.43 -> 1 visit; planned from the 25th of a 31-day month covers 7/31 -> 0 -> skipped; from the 10th of
a 30-day month covers 21/30 -> 1 visit.  A window that is merely still running (today inside it) is not
clipped: it keeps its natural end.

Status of a window: **met** when done >= required; otherwise **missed** when it ended before today;
otherwise it is running and is **at_risk** when fewer working days are left (today to its end, both
included) than visits still needed, else **open**.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache
from types import MappingProxyType

from patronat_desktop.domain.calendar import WorkCalendar

__all__ = [
    "DEFAULT_RULES",
    "NormRule",
    "PatronageType",
    "TypePeriod",
    "Window",
    "WindowStatus",
    "WindowUnit",
    "add_months",
    "current_window",
    "effective_periods",
    "norm_windows",
]

_ONE_DAY = timedelta(days=1)
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class PatronageType(StrEnum):
    """Type of patronage; decides the visit norm."""

    EMERGENCY = "emergency"
    PLANNED = "planned"
    CONTROL = "control"


class WindowStatus(StrEnum):
    """How a norm window stands."""

    MET = "met"
    OPEN = "open"
    AT_RISK = "at_risk"
    MISSED = "missed"


class WindowUnit(StrEnum):
    """Unit a norm window is measured in."""

    WEEK = "week"
    MONTH = "month"


@dataclass(frozen=True, slots=True)
class NormRule:
    """Shape of a norm window and the visits it requires.

    ``length`` units of ``unit`` make one window.  With ``from_type_start`` False the windows follow the
    calendar (weeks start on Monday; months on the 1st; multi-month windows whose length divides 12 are
    aligned to the calendar year, e.g. quarters); with True they are counted from the day the type began.
    """

    unit: WindowUnit
    length: int
    required: int
    from_type_start: bool = False

    def __post_init__(self) -> None:
        if self.length < 1:
            raise ValueError(f"window length must be at least 1, got {self.length}")
        if self.required < 1:
            raise ValueError(f"required visits must be at least 1, got {self.required}")


DEFAULT_RULES: Mapping[PatronageType, NormRule] = MappingProxyType(
    {
        PatronageType.EMERGENCY: NormRule(WindowUnit.WEEK, 1, 2),
        PatronageType.PLANNED: NormRule(WindowUnit.MONTH, 1, 1),
        PatronageType.CONTROL: NormRule(WindowUnit.MONTH, 3, 1, from_type_start=True),
    }
)


@dataclass(frozen=True, slots=True)
class TypePeriod:
    """A stretch of time under one patronage type; ``end`` is inclusive, None while ongoing."""

    type: PatronageType
    start: date
    end: date | None = None


@dataclass(frozen=True, slots=True)
class Window:
    """One norm window: visits ``required`` within ``start..end`` (inclusive), ``done`` of them made."""

    start: date
    end: date
    required: int
    done: int
    status: WindowStatus
    type: PatronageType
    partial: bool = False

    @property
    def needed(self) -> int:
        """Visits still needed to meet the norm."""
        return max(0, self.required - self.done)


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` calendar months, the day clamped to the target month's length.

    Jan 31 + 1 month = Feb 28 (29 in a leap year); Jan 31 + 3 months = Apr 30.
    """
    index = d.year * 12 + d.month - 1 + months
    year, month0 = divmod(index, 12)
    last = _DAYS_IN_MONTH[month0]
    if month0 == 1 and (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
        last = 29
    return date(year, month0 + 1, min(d.day, last))


def effective_periods(periods: Iterable[TypePeriod]) -> list[TypePeriod]:
    """Periods sorted by start, each ending no later than the day before the next one starts.

    Periods ending before they start are dropped (before and after trimming).  Of two periods starting on the
    same day, the one given later wins.  The last period keeps its own end (None while ongoing).
    """
    if isinstance(periods, list) and len(periods) == 1:  # most families: nothing to sort or trim
        only = periods[0]
        return [only] if only.end is None or only.end >= only.start else []
    valid = sorted((p for p in periods if p.end is None or p.end >= p.start), key=lambda p: p.start)
    result: list[TypePeriod] = []
    for i, period in enumerate(valid):
        end = period.end
        if i + 1 < len(valid):
            limit = valid[i + 1].start - _ONE_DAY
            if end is None or end > limit:
                end = limit
        if end is not None and end < period.start:
            continue
        result.append(period if end == period.end else TypePeriod(period.type, period.start, end))
    return result


def norm_windows(
    periods: Iterable[TypePeriod],
    visit_dates: Iterable[date],
    today: date,
    calendar: WorkCalendar,
    *,
    rules: Mapping[PatronageType, NormRule] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[Window]:
    """Norm windows of a family's type history up to ``today``, oldest first (rules in the module docstring).

    ``visit_dates`` holds only visits of a counting kind; the same date given twice counts as two visits.
    ``rules`` overrides the default rule of the types it names.  With ``since``, windows ending before it
    are left out (a calendar page needs only the windows of its dates, not the whole history); the visits
    given must then cover at least the windows that reach ``since``.  With ``until``, windows starting after
    it are left out too (a past month needs no windows of the months after it).
    """
    table = DEFAULT_RULES if rules is None else {**DEFAULT_RULES, **rules}
    # Hot loop (thousands of families): work in proleptic ordinals, where comparisons and bisect are much
    # cheaper than on dates, keep look-ups in locals and build windows positionally.
    visits = sorted(d.toordinal() for d in visit_dates)
    today_ord = today.toordinal()
    latest_start = today_ord if until is None else min(today_ord, until.toordinal())
    since_ord = 0 if since is None else since.toordinal()
    fromordinal = date.fromordinal
    make_window = Window
    met, missed, at_risk, open_ = (
        WindowStatus.MET,
        WindowStatus.MISSED,
        WindowStatus.AT_RISK,
        WindowStatus.OPEN,
    )
    windows: list[Window] = []
    append = windows.append
    for period in effective_periods(periods):
        period_start = period.start.toordinal()
        if period_start > latest_start:
            break
        period_end = None if period.end is None else period.end.toordinal()
        last_start = latest_start if period_end is None else min(latest_start, period_end)
        rule = table[period.type]
        kind = period.type
        full_required = rule.required
        if period_end is not None and period_end < since_ord:
            continue
        for natural_start, natural_end in _natural_windows(rule, period.start, last_start, since_ord):
            start = natural_start if natural_start >= period_start else period_start
            end = natural_end if period_end is None or natural_end <= period_end else period_end
            if end < since_ord:
                continue
            required = full_required
            partial = start != natural_start or end != natural_end
            if partial:
                full_days = natural_end - natural_start + 1
                covered = end - start + 1
                # Round half up in integers: floor(required * covered / full_days + 1/2).
                required = (2 * full_required * covered + full_days) // (2 * full_days)
                if required == 0:
                    continue
            done = bisect_right(visits, end) - bisect_left(visits, start)
            end_date = fromordinal(end)
            if done >= required:
                status = met
            elif end < today_ord:
                status = missed
            elif calendar.working_days_between(today, end_date) < required - done:
                status = at_risk
            else:
                status = open_
            append(make_window(fromordinal(start), end_date, required, done, status, kind, partial))
    return windows


def current_window(windows: Iterable[Window], today: date) -> Window | None:
    """The window containing ``today``, or None."""
    for window in windows:
        if window.start <= today <= window.end:
            return window
    return None


@lru_cache(maxsize=16384)
def _natural_windows(
    rule: NormRule, type_start: date, last_start: int, since: int = 0
) -> tuple[tuple[int, int], ...]:
    """Whole windows of ``rule`` as (first, last) ordinals, from the one containing ``type_start`` to the
    last one starting on or before the ordinal ``last_start``; windows wholly before the ordinal ``since``
    may be left out (those just before it may not: the caller skips them).

    Kept for the next calls: families whose types began on the same day share them, and a district has a
    few hundred such days for thousands of families."""
    result: list[tuple[int, int]] = []
    if rule.unit is WindowUnit.WEEK:
        span = 7 * rule.length
        first = type_start.toordinal()
        if not rule.from_type_start:
            # date.fromordinal(1) (0001-01-01) is a Monday: calendar windows are aligned to it.
            first -= (first - 1) % span
        if since > first + span:
            first += (since - first) // span * span - span
        while first <= last_start:
            result.append((first, first + span - 1))
            first += span
        return tuple(result)
    if rule.from_type_start:
        anchor = type_start
    else:
        index = type_start.year * 12 + type_start.month - 1
        index -= index % rule.length
        anchor = date(index // 12, index % 12 + 1, 1)
    k = 1
    if since > anchor.toordinal():
        skip_to = date.fromordinal(since)
        months = (skip_to.year - anchor.year) * 12 + skip_to.month - anchor.month
        k = max(1, months // rule.length)
    first = add_months(anchor, rule.length * (k - 1)).toordinal()
    while first <= last_start:
        following = add_months(anchor, rule.length * k).toordinal()
        result.append((first, following - 1))
        first = following
        k += 1
    return tuple(result)
