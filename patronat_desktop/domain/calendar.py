"""Working-day calendar of Belarus: which days are worked, and counting deadlines in working days.

Rules, in order of precedence:

1. A local override (``CalendarOverride`` / the ``overrides`` mapping) wins over everything.  A centre
   uses overrides to add or correct a year's transfers when the ``holidays`` package is out of date.
2. A Saturday transferred to a working day (``holidays.Belarus(...).weekend_workdays``) is a working day.
3. A public holiday (``categories=("public",)``) is a day off.  This already includes the weekdays
   transferred to days off ("Day off (substituted from ...)").  A holiday falling on a weekend is not moved.
4. Otherwise Monday to Friday are working days, Saturday and Sunday are not.

Counting rule for "N working days" (e.g. the survey within 3 working days of the application): the day of
the event itself never counts, even when it is a working day; the first counted day is the next working day
after it. ``add_working_days(d, n)`` returns the n-th working day strictly after ``d`` (n >= 1), ``d``
itself for n == 0, and the |n|-th working day strictly before ``d`` for n < 0.  Example: application on
Thursday 2026-04-16 -> Fri 17 (1), Sat 18, Sun 19 and Mon 20 (transferred day off) are skipped, Tue 21
(Радуница) is skipped, Wed 22 (2), Thu 23 (3): the survey deadline is 2026-04-23.

The calendar is computed lazily once per year (a table of working days and a running count), so the look-ups
are cheap enough to be called millions of times.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from holidays import HolidayBase

__all__ = ["CalendarOverride", "DayInfo", "DayKind", "WorkCalendar"]


class DayKind(StrEnum):
    """What kind of day a date is in the working-day calendar."""

    WORKING = "working"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    TRANSFERRED_OFF = "transferred_off"
    """A weekday made a day off (a transfer, or a centre's override)."""
    TRANSFERRED_WORKING = "transferred_working"
    """A Saturday (or other day off) made a working day (a transfer, or a centre's override)."""


@dataclass(frozen=True, slots=True)
class DayInfo:
    """A day of the calendar: its kind and, for a holiday or transfer, what it is (Russian; "" if unknown)."""

    day: date
    kind: DayKind
    name: str = ""

    @property
    def is_working(self) -> bool:
        return self.kind in (DayKind.WORKING, DayKind.TRANSFERRED_WORKING)


@dataclass(frozen=True, slots=True)
class CalendarOverride:
    """A centre's correction of one day: ``is_working`` True makes it a working day, False a day off."""

    day: date
    is_working: bool
    note: str = ""


@dataclass(frozen=True, slots=True)
class _YearTable:
    """Working days of one year: ``working[i]`` is 1 for the i-th day of the year (0-based), and
    ``cumulative[i]`` is the number of working days among days 0..i-1 of the year."""

    base: int  # proleptic ordinal of 1 January
    working: bytes
    cumulative: tuple[int, ...]


def _belarus(years: Iterable[int], language: str | None = None) -> HolidayBase:
    # Imported on first use: the package is large, and the window's first paint should not wait for it.
    import holidays

    return holidays.country_holidays("BY", years=list(years), categories=("public",), language=language)


class WorkCalendar:
    """Belarusian working-day calendar with optional local overrides (see the module docstring)."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides: dict[date, bool] = dict(overrides) if overrides else {}
        self._notes: dict[date, str] = {}
        self._tables: dict[int, _YearTable] = {}
        self._names: dict[int, dict[date, str]] = {}
        self._transfers: dict[int, tuple[dict[date, str], set[date]]] = {}

    @classmethod
    def from_overrides(cls, overrides: Iterable[CalendarOverride]) -> WorkCalendar:
        """Build a calendar from a centre's override records (a later record for the same day wins)."""
        items = list(overrides)
        calendar = cls({item.day: item.is_working for item in items})
        calendar._notes = {item.day: item.note for item in items if item.note}
        return calendar

    @property
    def overrides(self) -> Mapping[date, bool]:
        """The local overrides this calendar applies (read-only copy)."""
        return dict(self._overrides)

    # -- per-year tables -------------------------------------------------------------------------------

    def _table(self, year: int) -> _YearTable:
        table = self._tables.get(year)
        if table is None:
            table = self._build_table(year)
            self._tables[year] = table
        return table

    def _build_table(self, year: int) -> _YearTable:
        # Neighbouring years are loaded too: a transfer may cross the new year (e.g. Sat 2006-12-30 worked
        # for Tue 2007-01-02 off).
        source = _belarus(range(max(year - 1, 1), min(year + 1, 9999) + 1))
        days_off = {d for d in source if d.year == year}
        extra_working = {d for d in source.weekend_workdays if d.year == year}

        first = date(year, 1, 1)
        base = first.toordinal()
        length = date(year, 12, 31).toordinal() - base + 1
        first_weekday = first.weekday()
        working = bytearray(length)
        for i in range(length):
            working[i] = 1 if (first_weekday + i) % 7 < 5 else 0
        for d in days_off:
            working[d.toordinal() - base] = 0
        for d in extra_working:
            working[d.toordinal() - base] = 1
        for d, is_working in self._overrides.items():
            if d.year == year:
                working[d.toordinal() - base] = 1 if is_working else 0
        cumulative = (0, *accumulate(working))
        return _YearTable(base=base, working=bytes(working), cumulative=cumulative)

    # -- queries ---------------------------------------------------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """True when ``d`` is a working day."""
        table = self._table(d.year)
        return table.working[d.toordinal() - table.base] == 1

    def working_days_between(self, start: date, end: date) -> int:
        """Number of working days in the inclusive range ``start..end`` (0 when ``end < start``)."""
        if end < start:
            return 0
        total = 0
        for year in range(start.year, end.year + 1):
            table = self._table(year)
            lo = start.toordinal() - table.base if year == start.year else 0
            hi = end.toordinal() - table.base if year == end.year else len(table.working) - 1
            total += table.cumulative[hi + 1] - table.cumulative[lo]
        return total

    def add_working_days(self, d: date, n: int) -> date:
        """The n-th working day strictly after ``d`` (n >= 1); ``d`` for n == 0; the |n|-th working day
        strictly before ``d`` for n < 0.  ``d`` itself is never counted."""
        if n == 0:
            return d
        if n > 0:
            return self._forward(d, n)
        return self._backward(d, -n)

    def _forward(self, d: date, n: int) -> date:
        year = d.year
        table = self._table(year)
        # Working days already "used up" in this year: those on or before d.
        offset = table.cumulative[d.toordinal() - table.base + 1]
        while True:
            target = offset + n
            if target <= table.cumulative[-1]:
                # First index i with cumulative[i] >= target: day i-1 is the n-th working day.
                i = bisect_left(table.cumulative, target)
                return date.fromordinal(table.base + i - 1)
            n -= table.cumulative[-1] - offset
            year += 1
            table = self._table(year)
            offset = 0

    def _backward(self, d: date, n: int) -> date:
        year = d.year
        table = self._table(year)
        # Working days available in this year strictly before d.
        available = table.cumulative[d.toordinal() - table.base]
        while True:
            if n <= available:
                target = available - n + 1
                i = bisect_left(table.cumulative, target)
                return date.fromordinal(table.base + i - 1)
            n -= available
            year -= 1
            table = self._table(year)
            available = table.cumulative[-1]

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        return self._forward(d, 1)

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        return self._backward(d, 1)

    def holiday_name(self, d: date) -> str | None:
        """Name of the holiday or transferred day off on ``d`` (Russian when available), else None.

        A local override that makes ``d`` a day off yields its note (or None without a note); an override
        that makes it a working day yields None.
        """
        override = self._overrides.get(d)
        if override is not None:
            return None if override else self._notes.get(d)
        names = self._names.get(d.year)
        if names is None:
            names = self._load_names(d.year)
            self._names[d.year] = names
        return names.get(d)

    def describe(self, d: date) -> DayInfo:
        """The kind of ``d`` and the name of its holiday or transfer (for the calendar's marks and tooltips).

        A worked Saturday is named after the day off it was transferred to (the package names only the day
        off: "Выходной (перенесено с 25.04.2026)"); a centre's override is named by its note.
        """
        working = self.is_working_day(d)
        weekend = d.weekday() >= 5
        override = self._overrides.get(d)
        if override is not None:
            note = self._notes.get(d, "")
            if working and weekend:
                return DayInfo(d, DayKind.TRANSFERRED_WORKING, note or "Рабочий день (поправка центра)")
            if not working and not weekend:
                return DayInfo(d, DayKind.TRANSFERRED_OFF, note or "Выходной день (поправка центра)")
            return DayInfo(d, DayKind.WORKING if working else DayKind.WEEKEND, note)
        if working:
            if weekend:
                return DayInfo(d, DayKind.TRANSFERRED_WORKING, self._transfers_of(d.year)[0].get(d, ""))
            return DayInfo(d, DayKind.WORKING)
        name = self.holiday_name(d)
        if name is None:
            return DayInfo(d, DayKind.WEEKEND)
        if d in self._transfers_of(d.year)[1]:
            return DayInfo(d, DayKind.TRANSFERRED_OFF, name)
        return DayInfo(d, DayKind.HOLIDAY, name)

    def _transfers_of(self, year: int) -> tuple[dict[date, str], set[date]]:
        """The worked Saturdays near ``year``, each named after the day off it was transferred to, and
        those days off (a transfer may cross the new year)."""
        found = self._transfers.get(year)
        if found is None:
            years = range(max(year - 1, 1), min(year + 1, 9999) + 1)
            source = _belarus(years, language="ru")
            named: dict[date, str] = {}
            days_off: set[date] = set()
            for worked in source.weekend_workdays:
                label = f"{worked:%d.%m.%Y}"
                off = next((day for day, name in source.items() if label in str(name)), None)
                if off is None:
                    named[worked] = "Рабочий день (перенос)"
                else:
                    named[worked] = f"Рабочий день (вместо {off:%d.%m.%Y})"
                    days_off.add(off)
            found = (named, days_off)
            self._transfers[year] = found
        return found

    @staticmethod
    def _load_names(year: int) -> dict[date, str]:
        try:
            source = _belarus([year], language="ru")
        except (ValueError, NotImplementedError):  # pragma: no cover - language missing in an old package
            source = _belarus([year])
        return {day: str(name) for day, name in source.items()}
