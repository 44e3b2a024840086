"""What the visit calendar shows for a range of days: the kind of each day, visits done and planned, and
the norm windows that end on a day or turn at risk on it — for a whole centre or one worker's families.

Built for a month of a large district (5,000 families; budget 100 ms; figures in docs/performance.md):
no per-family query; the families, their type periods and contract terms (``load_cases``) are read once
and kept by the page for the next months (read ahead while it is hidden: ``read_ahead``), named and cut to
the contracts only when a month needs them; the earlier counting visits that windows reaching into a month
need (``_lookbacks``, answered by the visit index alone) are kept with them, so another month reads only the
days not held yet (``CentreCases.counting_between``); each month reads the visits of its days; the norm rule
runs only over the windows that reach the range (``norm_windows(..., since=..., until=...)``); rows come raw
from the driver and the garbage collector is paused while tens of thousands of small objects are made.

Which windows a day shows (the rule, also in docs/rules.md):

* every window **ending** on the day, with its status as of ``today`` (met / open / at risk / missed);
* a running window that is still **open** is shown again on the first day it would turn **at risk** if no
  further visit were made: the day after the last day from which its remaining visits still fit into the
  working days left (e.g. a planned month ending on Mon 30 Nov needing 1 visit turns at risk on Tue 1 Dec,
  i.e. never inside the window, so no mark; an emergency week ending Sun 22 Nov needing 2 visits with
  Thu 19 and Fri 20 the last working days turns at risk on Fri 20 if none is made by Thu 19);
* a running window that is already **at risk** is shown on ``today`` too, so it stands out where the worker
  looks first.

There are no future windows (``domain.norms``): days after the running windows show only planned visits.
"""

from __future__ import annotations

import threading
import uuid
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from patronat_desktop.domain.calendar import DayInfo, WorkCalendar
from patronat_desktop.domain.norms import (
    DEFAULT_RULES,
    PatronageType,
    TypePeriod,
    Window,
    WindowStatus,
    WindowUnit,
    norm_windows,
)
from patronat_desktop.domain.planning import PlannedVisitStatus
from patronat_desktop.domain.vocab import VisitKind
from patronat_desktop.models import Contract, Family, PlannedVisit, Visit
from patronat_desktop.models import TypePeriod as TypePeriodRow
from patronat_desktop.services.bulk_read import collector_paused, driver_rows
from patronat_desktop.services.norms import ContractTerm, periods_within_contract
from patronat_desktop.services.queries import family_heads
from patronat_desktop.services.registry_rows import initials

__all__ = [
    "CalendarDay",
    "CalendarRange",
    "CentreCases",
    "DoneVisit",
    "FamilyRef",
    "MarkReason",
    "PlannedEntry",
    "WindowMark",
    "calendar_range",
    "load_cases",
    "month_grid",
    "read_ahead",
    "risk_day",
    "week_of",
]

_ONE_DAY = timedelta(days=1)


class MarkReason(StrEnum):
    """Why a window is shown on a day."""

    ENDS = "ends"
    TURNS_AT_RISK = "turns_at_risk"
    AT_RISK_TODAY = "at_risk_today"


@dataclass(frozen=True, slots=True)
class FamilyRef:
    """A family as the calendar names it."""

    id: uuid.UUID
    case_number: str
    applicant: str
    settlement: str
    worker_id: uuid.UUID

    @property
    def label(self) -> str:
        return f"{self.applicant or '—'} ({self.case_number})"


@dataclass(frozen=True, slots=True)
class DoneVisit:
    family_id: uuid.UUID
    day: date
    kind: VisitKind
    counts: bool


@dataclass(frozen=True, slots=True)
class PlannedEntry:
    """A visit planned for a day (a pending planned visit)."""

    family_id: uuid.UUID
    day: date
    id: uuid.UUID | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class WindowMark:
    """A norm window shown on a day, and why; ``status`` is the status the day shows."""

    family_id: uuid.UUID
    window: Window
    reason: MarkReason

    @property
    def status(self) -> WindowStatus:
        return WindowStatus.AT_RISK if self.reason is MarkReason.TURNS_AT_RISK else self.window.status


@dataclass
class CalendarDay:
    """One day of the calendar."""

    info: DayInfo
    done: list[DoneVisit] = field(default_factory=list)
    planned: list[PlannedEntry] = field(default_factory=list)
    windows: list[WindowMark] = field(default_factory=list)

    @property
    def day(self) -> date:
        return self.info.day

    def count(self, status: WindowStatus) -> int:
        """How many window marks of the day show ``status``."""
        return sum(1 for m in self.windows if m.status is status)

    def family_ids(self) -> list[uuid.UUID]:
        """The families the day concerns, in the order: windows, planned, done (each once)."""
        ids = [m.family_id for m in self.windows] + [p.family_id for p in self.planned]
        return list(dict.fromkeys(ids + [v.family_id for v in self.done]))

    @property
    def empty(self) -> bool:
        return not (self.done or self.planned or self.windows)


@dataclass
class CalendarRange:
    """The calendar of ``start..end`` (inclusive) as of ``today``."""

    start: date
    end: date
    today: date
    days: list[CalendarDay]
    families: Mapping[uuid.UUID, FamilyRef]
    worker_id: uuid.UUID | None = None

    def day(self, d: date) -> CalendarDay | None:
        index = (d - self.start).days
        return self.days[index] if 0 <= index < len(self.days) else None


def month_grid(year: int, month: int) -> tuple[date, date]:
    """First and last day of the month view's grid: whole weeks, Monday to Sunday, covering the month."""
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1) - _ONE_DAY
    return first - timedelta(days=first.weekday()), last + timedelta(days=6 - last.weekday())


def week_of(d: date) -> tuple[date, date]:
    """Monday and Sunday of the week of ``d``."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def risk_day(window: Window, calendar: WorkCalendar) -> date | None:
    """The day an unmet window turns at risk if no further visit is made: the first day with fewer working
    days left (that day to the window's end, both included) than visits needed; None if never within it."""
    needed = window.needed
    if needed == 0:
        return None
    # The needed-th working day counted back from the end (inclusive) is the last day that is still safe.
    last_safe = calendar.add_working_days(window.end + _ONE_DAY, -needed)
    day = max(last_safe + _ONE_DAY, window.start)
    return day if day <= window.end else None


def _lookbacks(start: date) -> dict[date, list[PatronageType]]:
    """For the types whose windows reaching ``start`` (a Monday) can begin before it: from when their
    counting visits are needed.  Calendar weeks begin on the Monday itself and need nothing earlier."""
    out: dict[date, list[PatronageType]] = defaultdict(list)
    for ptype, rule in DEFAULT_RULES.items():
        if rule.unit is WindowUnit.WEEK and not rule.from_type_start and start.weekday() == 0:
            continue
        if rule.unit is WindowUnit.MONTH and not rule.from_type_start:
            index = start.year * 12 + start.month - 1
            index -= index % rule.length  # windows aligned to the calendar year, as domain.norms does
            lookback = date(index // 12, index % 12 + 1, 1)
        else:
            lookback = start - timedelta(days=rule.length * (7 if rule.unit is WindowUnit.WEEK else 31))
        if lookback < start:
            out[lookback].append(ptype)
    return out


def _key(raw: object) -> uuid.UUID:
    return raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))


def _day(raw: object) -> date:
    return raw if isinstance(raw, date) else date.fromisoformat(str(raw))


class FamilyNames(Mapping[uuid.UUID, FamilyRef]):
    """The families in scope by id, each made into a ``FamilyRef`` only when asked for: a month names a few
    dozen families of a day's list, not all 5,000 of a district (which cost more than the month's data)."""

    def __init__(self, rows: dict[str, tuple[Any, ...]]) -> None:
        self._rows = rows  # by the family key as 32 hex digits: (number, settlement, worker, applicant names)
        self._made: dict[uuid.UUID, FamilyRef] = {}

    def __getitem__(self, fid: uuid.UUID) -> FamilyRef:
        ref = self._made.get(fid)
        if ref is None:
            number, settlement, raw_worker, surname, name, patronymic = self._rows[fid.hex]
            short = initials(surname, name or "", patronymic or "") if surname else ""
            ref = self._made[fid] = FamilyRef(fid, number, short, settlement, _key(raw_worker))
        return ref

    def __contains__(self, fid: object) -> bool:
        return isinstance(fid, uuid.UUID) and fid.hex in self._rows

    def __iter__(self) -> Iterator[uuid.UUID]:
        return (uuid.UUID(hex) for hex in self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _hex(raw: object) -> str:
    """A family key as 32 hex digits, whatever the driver returned (SQLite: hex text; PostgreSQL: UUID)."""
    if isinstance(raw, str) and len(raw) == 32:
        return raw
    return raw.hex if isinstance(raw, uuid.UUID) else str(raw).replace("-", "")


@dataclass
class CentreCases:
    """What a calendar needs that changes only when a case does: the families in scope (named), their type
    periods and contract terms.  Loaded once and reused for every month shown until a family changes.

    Keyed by the driver's raw family key (SQLite: text; PostgreSQL: UUID), as the visit rows come.  A
    family's periods are cut to its contract terms the first time a month needs them (``periods_of``):
    the cases whose periods all ended before the months shown are never cut.
    """

    centre_id: uuid.UUID
    worker_id: uuid.UUID | None
    families: FamilyNames
    keys: dict[object, uuid.UUID]
    """Raw keys converted so far (filled as the months need them)."""
    raw_periods: dict[object, list[TypePeriod]]
    terms: dict[object, list[ContractTerm]]
    until: dict[object, date | None]
    """The last day of each family's periods as recorded (None while one is ongoing); cut to the contract
    they end no later."""
    cut: dict[object, list[TypePeriod]] = field(default_factory=dict)
    earlier: tuple[date, date, dict[object, list[date]]] | None = None
    """Counting visits of every family in scope from the first day to before the second, read for the
    windows reaching back before the months shown (``counting_between``); kept so that paging to another
    month reads only the days not held yet."""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def periods_of(self, raw_fid: object) -> list[TypePeriod]:
        """The family's type periods cut to its contract terms (``periods_within_contract``), once."""
        within = self.cut.get(raw_fid)
        if within is None:
            within = self.cut[raw_fid] = periods_within_contract(
                self.raw_periods[raw_fid], self.terms.get(raw_fid)
            )
        return within

    def cut_all(self) -> None:
        """Cut every family's periods and convert its key now (for cases read ahead, before a month needs
        them)."""
        for raw_fid in self.raw_periods:
            self.periods_of(raw_fid)
            self.family_id(raw_fid)

    def counting_between(self, connection: Connection, first: date, before: date) -> dict[object, list[date]]:
        """The counting visits of every family in scope, each family's days sorted, held for at least
        ``first`` up to (not including) ``before``; days outside may be held too (the caller cuts them).

        Only the days not held yet are read (through the visit index alone); a range far from the one held
        replaces it rather than reading the months between.
        """
        with self._lock:
            held = self.earlier
            if held is not None and (before < held[0] or first > held[1]):
                held = None  # not adjacent: start afresh rather than read the months between
            days: dict[object, list[date]]
            if held is None:
                parts, low, high, days = [(first, before)], first, before, {}
            else:
                low, high, days = held
                parts = [(first, low)] if first < low else []
                if before > high:
                    parts.append((high, before))
                low, high = min(low, first), max(high, before)
            if not parts:
                return days
            read: dict[object, list[date]] = defaultdict(list)
            in_scope = _in_scope(self.centre_id, self.worker_id)
            dates: dict[object, date] = {}
            for since, until in parts:
                for raw_fid, raw_day in driver_rows(
                    connection,
                    select(type_coerce(Visit.family_id, String), type_coerce(Visit.date, String)).where(
                        Visit.family_id.in_(select(Family.id).where(in_scope)),
                        Visit.date >= since,
                        Visit.date < until,
                        Visit.counts_toward_norm.is_(True),
                    ),
                ):
                    day = dates.get(raw_day)
                    if day is None:
                        day = dates[raw_day] = _day(raw_day)
                    read[raw_fid].append(day)
            merged = dict(days)  # a new dict: a month being made from the one held keeps it whole
            for raw_fid, new in read.items():
                merged[raw_fid] = sorted(new + days.get(raw_fid, []))
            self.earlier = (low, high, merged)
            return merged

    def family_id(self, raw: object) -> uuid.UUID:
        fid = self.keys.get(raw)
        if fid is None:
            fid = self.keys[raw] = _key(raw)
        return fid


def _in_scope(centre_id: uuid.UUID, worker_id: uuid.UUID | None) -> ColumnElement[bool]:
    in_scope = Family.centre_id == centre_id
    if worker_id is not None:
        in_scope = in_scope & (Family.responsible_worker_id == worker_id)
    return in_scope


def load_cases(session: Session, centre_id: uuid.UUID, worker_id: uuid.UUID | None = None) -> CentreCases:
    """The families of a centre (or of one worker) with their names, type periods and contract terms: three
    queries, rows as the driver gives them, objects made only for what a month needs."""
    with collector_paused():
        return _load_cases(session, centre_id, worker_id)


def read_ahead(
    session: Session, centre_id: uuid.UUID, today: date, worker_id: uuid.UUID | None = None
) -> CentreCases:
    """What the month of ``today`` will need that does not change with the month shown, read before it is
    asked for (while the calendar page is hidden): the families (``load_cases``) with their periods cut,
    and the counting visits its windows need from before its grid."""
    with collector_paused():
        cases = _load_cases(session, centre_id, worker_id)
        cases.cut_all()
        start, _end = month_grid(today.year, today.month)
        lookbacks = _lookbacks(start)
        if lookbacks:
            cases.counting_between(session.connection(), min(lookbacks), start)
        return cases


def _load_cases(session: Session, centre_id: uuid.UUID, worker_id: uuid.UUID | None) -> CentreCases:
    in_scope = _in_scope(centre_id, worker_id)
    connection = session.connection()
    rows = driver_rows(connection, family_heads(in_scope))
    families = FamilyNames({_hex(row[0]): row[1:] for row in rows})

    dates: dict[object, date] = {}

    def day_of(raw: object) -> date:
        day = dates.get(raw)
        if day is None:
            day = dates[raw] = _day(raw)
        return day

    periods: dict[object, list[TypePeriod]] = defaultdict(list)
    until: dict[object, date | None] = {}
    for raw_fid, ptype, p_start, p_end in driver_rows(
        connection,
        select(
            type_coerce(TypePeriodRow.family_id, String),
            type_coerce(TypePeriodRow.type, String),
            type_coerce(TypePeriodRow.start, String),
            type_coerce(TypePeriodRow.end, String),
        )
        .join(Family, Family.id == TypePeriodRow.family_id)
        .where(in_scope),
    ):
        end = None if p_end is None else day_of(p_end)
        periods[raw_fid].append(TypePeriod(PatronageType(ptype), day_of(p_start), end))
        if raw_fid in until:
            last = until[raw_fid]
            until[raw_fid] = None if last is None or end is None else max(last, end)
        else:
            until[raw_fid] = end
    terms: dict[object, list[ContractTerm]] = defaultdict(list)
    for raw_fid, t_start, t_end in driver_rows(
        connection,
        select(
            type_coerce(Contract.family_id, String),
            type_coerce(Contract.term_start, String),
            type_coerce(Contract.term_end, String),
        )
        .join(Family, Family.id == Contract.family_id)
        .where(in_scope),
    ):
        terms[raw_fid].append(ContractTerm(day_of(t_start), day_of(t_end)))
    return CentreCases(centre_id, worker_id, families, {}, dict(periods), dict(terms), until)


def calendar_range(
    session: Session,
    centre_id: uuid.UUID,
    start: date,
    end: date,
    today: date,
    calendar: WorkCalendar,
    worker_id: uuid.UUID | None = None,
    cases: CentreCases | None = None,
) -> CalendarRange:
    """The calendar of ``start..end`` for a centre, or for the families of ``worker_id`` (see the module
    docstring for which windows a day shows).  ``cases`` (from ``load_cases`` for the same centre and
    worker) saves reading the families again; without it they are read here."""
    with collector_paused():
        if cases is None or (cases.centre_id, cases.worker_id) != (centre_id, worker_id):
            cases = _load_cases(session, centre_id, worker_id)
        return _calendar_range(session, cases, start, end, today, calendar)


def _calendar_range(
    session: Session, cases: CentreCases, start: date, end: date, today: date, calendar: WorkCalendar
) -> CalendarRange:
    in_scope = _in_scope(cases.centre_id, cases.worker_id)
    connection = session.connection()
    family_of, known = cases.family_id, cases.keys.get

    # Every visit of the range, with its kind, for the day lists; the counting ones for the windows.
    counting: dict[object, list[date]] = defaultdict(list)
    done: dict[date, list[DoneVisit]] = defaultdict(list)
    kinds = {k.value: k for k in VisitKind}
    dates: dict[object, date] = {}  # a few dozen distinct days among thousands of visits: parse each once
    for raw_fid, raw_day, kind, counts in driver_rows(
        connection,
        select(
            type_coerce(Visit.family_id, String),
            type_coerce(Visit.date, String),
            type_coerce(Visit.kind, String),
            Visit.counts_toward_norm,
        )
        .join(Family, Family.id == Visit.family_id)
        .where(in_scope, Visit.date >= start, Visit.date <= end),
    ):
        day = dates.get(raw_day)
        if day is None:
            day = dates[raw_day] = _day(raw_day)
        if counts:
            counting[raw_fid].append(day)
        fid = known(raw_fid) or family_of(raw_fid)
        done[day].append(DoneVisit(fid, day, kinds[kind], bool(counts)))
    # The counting visits before the range that windows reaching into it need: calendar weeks reaching the
    # range begin on its Monday; longer windows (a month, three months from the type's start) reach back at
    # most to the earliest day of ``_lookbacks``.  Kept in ``cases``: another month reads only the days not
    # held yet.  Days held from before those windows fall into none of them and change nothing.
    lookbacks = _lookbacks(start)
    earlier = cases.counting_between(connection, min(lookbacks), start) if lookbacks else {}
    no_visits: list[date] = []

    marks: dict[date, list[WindowMark]] = defaultdict(list)
    for raw_fid, last in cases.until.items():
        if last is not None and last < start:
            continue  # the norm ended before the range (a window never outlasts its period)
        ps = cases.periods_of(raw_fid)
        if not ps:
            continue
        fid = family_of(raw_fid)
        visits = counting.get(raw_fid, no_visits)
        before = earlier.get(raw_fid)
        if before:
            held_before = bisect_left(before, start)  # those from the range on are in ``visits``
            if held_before:
                visits = before[:held_before] + visits
        for window in norm_windows(ps, visits, today, calendar, since=start, until=end):
            if window.end <= end:
                marks[window.end].append(WindowMark(fid, window, MarkReason.ENDS))
            if not window.start <= today <= window.end:
                continue
            if window.status is WindowStatus.AT_RISK and start <= today <= end and today != window.end:
                marks[today].append(WindowMark(fid, window, MarkReason.AT_RISK_TODAY))
            elif window.status is WindowStatus.OPEN:
                turns = risk_day(window, calendar)
                if turns is not None and today < turns < window.end and start <= turns <= end:
                    marks[turns].append(WindowMark(fid, window, MarkReason.TURNS_AT_RISK))

    plans: dict[date, list[PlannedEntry]] = defaultdict(list)
    for raw_id, raw_fid, raw_day, note in driver_rows(
        connection,
        select(
            type_coerce(PlannedVisit.id, String),
            type_coerce(PlannedVisit.family_id, String),
            type_coerce(PlannedVisit.day, String),
            PlannedVisit.note,
        )
        .join(Family, Family.id == PlannedVisit.family_id)
        .where(in_scope, PlannedVisit.status == PlannedVisitStatus.PLANNED)
        .where(PlannedVisit.day >= start, PlannedVisit.day <= end)
        .order_by(PlannedVisit.day),
    ):
        day = _day(raw_day)
        plans[day].append(PlannedEntry(family_of(raw_fid), day, _key(raw_id), note or ""))

    days = []
    d = start
    while d <= end:
        days.append(CalendarDay(calendar.describe(d), done.get(d, []), plans.get(d, []), marks.get(d, [])))
        d += _ONE_DAY
    return CalendarRange(start, end, today, days, cases.families, cases.worker_id)
