"""The "Today" agenda of a worker or of the whole centre on a day, in a handful of queries.

Sections, in order (``domain.agenda.AgendaSection``): norms missed (the last ended window unmet), surveys
overdue, windows at risk, visits due this week (pending planned visits up to Sunday, late ones included, and
running windows ending by Sunday that still need visits not planned), plan items due (current plan version,
not done, deadline within 7 days or past), contracts ending within 14 days (no renewal after them), and the
families visited on the day with where their window stands now.  Closed cases never appear.  A worker's
agenda holds the families they are responsible for and the visits planned for them.

Everything is read in bulk (one query per kind of row, identifiers and dates converted once) and the norm
rule runs on the last two windows only (``domain.agenda.norm_state``): the agenda of a 5,000-family
district takes a fraction of a second.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import Select, String, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from patronat_desktop.domain.agenda import AgendaSection, NormState, norm_state, since_for, week_end
from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import DEFAULT_RULES, PatronageType, TypePeriod, Window, WindowStatus
from patronat_desktop.domain.planning import PlannedVisitStatus
from patronat_desktop.domain.stages import survey_deadline
from patronat_desktop.domain.vocab import PlanItemStatus, Stage
from patronat_desktop.models import (
    Application,
    Contract,
    Family,
    Member,
    Plan,
    PlanItem,
    PlannedVisit,
    PlanVersion,
    SurveyAct,
    Visit,
)
from patronat_desktop.models import TypePeriod as TypePeriodRow
from patronat_desktop.services.bulk_read import collector_paused, driver_rows
from patronat_desktop.services.cases import label_type
from patronat_desktop.services.norms import ContractTerm, periods_within_contract
from patronat_desktop.services.queries import family_heads
from patronat_desktop.services.registry_rows import initials

_Q = TypeVar("_Q", bound=Select[*tuple[Any, ...]])

PLAN_ITEM_HORIZON = 7
CONTRACT_HORIZON = 14

SECTION_TITLES_RU = {
    AgendaSection.MISSED_NORM: "Нормы посещений не выполнены",
    AgendaSection.OVERDUE_SURVEY: "Обследования просрочены",
    AgendaSection.AT_RISK: "Под угрозой невыполнения нормы",
    AgendaSection.VISIT_DUE: "Посещения на этой неделе",
    AgendaSection.PLAN_ITEM_DUE: "Мероприятия плана к сроку",
    AgendaSection.CONTRACT_ENDING: "Договоры заканчиваются в течение 14 дней",
    AgendaSection.VISITED_TODAY: "Посещены сегодня",
}


@dataclass(frozen=True)
class AgendaEntry:
    """One line of the agenda: a family and what is due in it, as plain data.

    ``due`` is the date that matters (window end, survey deadline, planned day, plan item deadline,
    contract end); ``start`` the window start; ``required``/``done`` the window's visits; ``status`` the
    window's status where there is a window; ``planned_id`` the planned visit; ``text`` the plan item's
    measure or the contract number; ``moved_from`` the day a planned visit was moved from.
    """

    section: AgendaSection
    family_id: uuid.UUID
    case_number: str
    family_name: str
    settlement: str
    worker_id: uuid.UUID
    due: date | None = None
    start: date | None = None
    required: int = 0
    done: int = 0
    status: WindowStatus | None = None
    patronage_type: PatronageType | None = None
    planned_id: uuid.UUID | None = None
    moved_from: date | None = None
    text: str = ""

    @property
    def needed(self) -> int:
        return max(0, self.required - self.done)

    def as_json(self) -> dict[str, Any]:
        def day(d: date | None) -> str | None:
            return d.isoformat() if d else None

        return {
            "section": self.section.value,
            "family_id": str(self.family_id),
            "case_number": self.case_number,
            "family": self.family_name,
            "settlement": self.settlement,
            "worker_id": str(self.worker_id),
            "due": day(self.due),
            "start": day(self.start),
            "required": self.required,
            "done": self.done,
            "status": self.status.value if self.status else None,
            "patronage_type": self.patronage_type.value if self.patronage_type else None,
            "planned_id": str(self.planned_id) if self.planned_id else None,
            "moved_from": day(self.moved_from),
            "text": self.text,
            "what": describe_ru(self),
        }


@dataclass
class Agenda:
    """The agenda of ``day`` for one worker (``worker_id``) or the whole centre (None)."""

    day: date
    worker_id: uuid.UUID | None
    entries: list[AgendaEntry] = field(default_factory=list)

    def section(self, section: AgendaSection) -> list[AgendaEntry]:
        return [e for e in self.entries if e.section == section]

    def sections(self) -> Iterator[tuple[AgendaSection, list[AgendaEntry]]]:
        """Every section in order, empty ones included."""
        for s in AgendaSection:
            yield s, self.section(s)

    @staticmethod
    def title(section: AgendaSection) -> str:
        """The Russian title of a section."""
        return SECTION_TITLES_RU[section]

    def by_settlement(self) -> list[tuple[str, list[AgendaEntry]]]:
        """Entries grouped by settlement (alphabetically), sections in order within each group: one trip
        to a village for every family due there."""
        groups: dict[str, list[AgendaEntry]] = defaultdict(list)
        for e in self.entries:
            groups[e.settlement].append(e)
        return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))

    def as_json(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "worker_id": str(self.worker_id) if self.worker_id else None,
            "sections": [
                {
                    "key": s.value,
                    "title": SECTION_TITLES_RU[s],
                    "count": len(es),
                    "entries": [e.as_json() for e in es],
                }
                for s, es in self.sections()
            ],
        }


def _d(d: date | None) -> str:
    return d.strftime("%d.%m.%Y") if d else ""


def describe_ru(e: AgendaEntry) -> str:
    """What is due and why, in Russian (the CLI's wording; the window translates its own)."""
    window = f"{_d(e.start)}–{_d(e.due)}"
    kind = label_type(e.patronage_type) if e.patronage_type else ""
    if e.section == AgendaSection.MISSED_NORM:
        return f"Норма не выполнена ({kind}): {e.done} из {e.required} посещений за {window}"
    if e.section == AgendaSection.OVERDUE_SURVEY:
        return f"Обследование просрочено: срок {_d(e.due)}"
    if e.section == AgendaSection.AT_RISK:
        return f"Под угрозой ({kind}): нужно ещё {e.needed} посещ. до {_d(e.due)}, рабочих дней не хватает"
    if e.section == AgendaSection.VISIT_DUE and e.planned_id is not None:
        moved = f" (перенесено с {_d(e.moved_from)})" if e.moved_from else ""
        late = ", просрочено" if e.status == WindowStatus.MISSED else ""
        return f"Запланировано посещение на {_d(e.due)}{moved}{late}"
    if e.section == AgendaSection.VISIT_DUE:
        return f"Нужно ещё {e.needed} посещ. до {_d(e.due)} ({kind}, {e.done} из {e.required})"
    if e.section == AgendaSection.PLAN_ITEM_DUE:
        return f"Мероприятие плана «{e.text}»: срок {_d(e.due)}"
    if e.section == AgendaSection.CONTRACT_ENDING:
        return f"Договор {e.text} заканчивается {_d(e.due)}"
    met = "норма выполнена" if e.status == WindowStatus.MET else f"нужно ещё {e.needed} посещ. до {_d(e.due)}"
    return f"Посещение записано: {met} ({e.done} из {e.required})"


def _key(raw: object) -> str:
    """A UUID key as 32 hex digits, whatever the driver returned (SQLite: hex text; PostgreSQL: UUID)."""
    if isinstance(raw, str) and len(raw) == 32:
        return raw
    return raw.hex if isinstance(raw, uuid.UUID) else str(raw).replace("-", "")


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[Any]:
    """Every row of a Core query at once, as the driver returns it (``calendar_view._rows``: no SQLAlchemy
    row or type processing, so enums come as their values and dates as ISO text on SQLite)."""
    return driver_rows(session.connection(), query)


def _day(raw: object) -> date:
    return raw if isinstance(raw, date) else _parse_day(str(raw))


@lru_cache(maxsize=8192)
def _parse_day(text: str) -> date:
    # The same few hundred dates come back tens of thousands of times from SQLite: parse each once.
    return date.fromisoformat(text)


@dataclass(frozen=True)
class _FamilyInfo:
    id: uuid.UUID
    case_number: str
    name: str
    settlement: str
    worker_id: uuid.UUID


class _Scope:
    """Restricts a query to the open families of a centre, or of one worker of it."""

    def __init__(self, centre_id: uuid.UUID, worker_id: uuid.UUID | None) -> None:
        self.centre_id = centre_id
        self.worker_id = worker_id

    def families(self, query: _Q, family_id: Any) -> _Q:
        query = query.join(Family, Family.id == family_id).where(
            Family.centre_id == self.centre_id, Family.stage != Stage.CLOSED
        )
        if self.worker_id is not None:
            query = query.where(Family.responsible_worker_id == self.worker_id)
        return query


class _Families:
    """Case number, applicant, settlement and worker of every open family of a centre, read in one query
    (cheaper than a thousand-id IN list of the families on the agenda) and turned into ``_FamilyInfo`` only
    for the families asked for."""

    def __init__(self, session: Session, centre_id: uuid.UUID) -> None:
        query = family_heads(Family.centre_id == centre_id, Family.stage != Stage.CLOSED)
        self._rows = {_key(row[0]): row for row in _rows(session, query)}
        self._made: dict[str, _FamilyInfo] = {}

    def get(self, key: str) -> _FamilyInfo | None:
        info = self._made.get(key)
        if info is not None:
            return info
        row = self._rows.get(key)
        if row is None:
            return None
        _fid, number, settlement, wid, surname, name, patronymic = row
        applicant = initials(surname, name or "", patronymic or "") if surname else ""
        info = _FamilyInfo(uuid.UUID(key), number, applicant, settlement, uuid.UUID(_key(wid)))
        self._made[key] = info
        return info


def _visit_days(session: Session, scope: _Scope, day: date) -> dict[str, list[date]]:
    """Counting visits recent enough to matter for each family's last two windows, in two queries: the
    short history (two planned months) of everyone, and the long one only of families under a long rule."""
    since = {t: since_for(rule, day) for t, rule in DEFAULT_RULES.items()}
    long_since = min(since.values())
    short_since = min((s for s in since.values() if s > long_since), default=long_since)
    long_types = [t for t, s in since.items() if s < short_since]
    # A derived table of the families under a long rule, joined (not IN): SQLite then walks the covering
    # index of each family's visits instead of the whole date range.
    under_long_rule = (
        select(TypePeriodRow.family_id.label("fid"))
        .where(
            TypePeriodRow.type.in_(long_types),
            or_(TypePeriodRow.end.is_(None), TypePeriodRow.end >= long_since),
        )
        .group_by(TypePeriodRow.family_id)
        .subquery("under_long_rule")
    )
    base = select(type_coerce(Visit.family_id, String), type_coerce(Visit.date, String)).where(
        Visit.counts_toward_norm.is_(True)
    )
    visits: dict[str, list[date]] = defaultdict(list)
    for query in (
        base.where(Visit.date >= short_since),
        base.join(under_long_rule, under_long_rule.c.fid == Visit.family_id).where(
            Visit.date >= long_since, Visit.date < short_since
        ),
    ):
        rows = _rows(session, scope.families(query, Visit.family_id))
        # ~15,000 rows: group by the raw key first, convert each family's key once.
        by_raw: dict[object, list[date]] = defaultdict(list)
        for fid, raw_day in rows:
            by_raw[fid].append(raw_day if isinstance(raw_day, date) else _parse_day(raw_day))
        for fid, days in by_raw.items():
            visits[_key(fid)].extend(days)
    return visits


def _load_periods(session: Session, scope: _Scope) -> dict[str, list[TypePeriod]]:
    periods: dict[str, list[TypePeriod]] = defaultdict(list)
    for fid, ptype, start, end in _rows(
        session,
        scope.families(
            select(
                type_coerce(TypePeriodRow.family_id, String),
                TypePeriodRow.type,
                type_coerce(TypePeriodRow.start, String),
                type_coerce(TypePeriodRow.end, String),
            ),
            TypePeriodRow.family_id,
        ),
    ):
        periods[_key(fid)].append(
            TypePeriod(PatronageType(ptype), _day(start), None if end is None else _day(end))
        )
    return periods


def _load_contracts(session: Session, scope: _Scope) -> dict[str, list[tuple[date, date, str]]]:
    contracts: dict[str, list[tuple[date, date, str]]] = defaultdict(list)
    for fid, start, end, number in _rows(
        session,
        scope.families(
            select(
                type_coerce(Contract.family_id, String),
                type_coerce(Contract.term_start, String),
                type_coerce(Contract.term_end, String),
                Contract.number,
            ),
            Contract.family_id,
        ),
    ):
        contracts[_key(fid)].append((_day(start), _day(end), number))
    return contracts


@dataclass(frozen=True)
class _Cases:
    """What rarely changes between two loads of an agenda: type periods cut to the contracts, the contracts,
    and the names and places of the centre's open families."""

    periods: dict[str, list[TypePeriod]]
    contracts: dict[str, list[tuple[date, date, str]]]
    families: _Families


def _load_cases(session: Session, scope: _Scope) -> _Cases:
    contracts = _load_contracts(session, scope)
    periods = {
        key: periods_within_contract(ps, [ContractTerm(s, e) for s, e, _ in contracts.get(key, ())] or None)
        for key, ps in _load_periods(session, scope).items()
    }
    return _Cases(periods, contracts, _Families(session, scope.centre_id))


def _fingerprint(session: Session) -> tuple[Any, ...]:
    """Row counts and latest changes of the tables behind ``_Cases``: equal fingerprints, equal cases.

    Every change goes through the services, whose ORM updates stamp ``updated_at``; a deletion changes a
    count. Visits are not in it: they are read on every load.
    """
    parts = []
    for model in (Family, Member, TypePeriodRow, Contract):
        parts += [
            select(func.count()).select_from(model).scalar_subquery(),
            select(func.max(model.updated_at)).scalar_subquery(),
        ]
    return tuple(session.connection().execute(select(*parts)).one())


class AgendaCache:
    """Kept by a page between loads of its agenda: the cases while the tables behind them are unchanged, and
    each family's norm state while its periods and visits are the same. A load after a recorded visit then
    reads the visits and recomputes one family instead of every one.

    Safe to share between loads running one after another or at once (entries are replaced whole).
    """

    def __init__(self) -> None:
        self._cases: dict[tuple[uuid.UUID, uuid.UUID | None], tuple[tuple[Any, ...], _Cases]] = {}
        self._states: dict[str, tuple[date, list[TypePeriod], list[date], NormState]] = {}

    def cases(self, session: Session, scope: _Scope) -> _Cases:
        key = (scope.centre_id, scope.worker_id)
        fingerprint = _fingerprint(session)
        held = self._cases.get(key)
        if held is not None and held[0] == fingerprint:
            return held[1]
        cases = _load_cases(session, scope)
        self._cases[key] = (fingerprint, cases)
        return cases

    def state(
        self, key: str, periods: list[TypePeriod], visits: list[date], day: date, calendar: WorkCalendar
    ) -> NormState:
        held = self._states.get(key)
        if held is not None and held[0] == day and held[1] == periods and held[2] == visits:
            return held[3]
        state = norm_state(periods, visits, day, calendar)
        self._states[key] = (day, periods, visits, state)  # one per family: another day replaces it
        return state


def _norm_states(
    session: Session,
    scope: _Scope,
    day: date,
    calendar: WorkCalendar,
    cases: _Cases,
    cache: AgendaCache | None,
) -> dict[str, NormState]:
    visits = _visit_days(session, scope, day)
    out: dict[str, NormState] = {}
    no_visits: list[date] = []
    for key, periods in cases.periods.items():
        days = visits.get(key, no_visits)
        if cache is not None:
            state = cache.state(key, periods, days, day, calendar)
        else:
            state = norm_state(periods, days, day, calendar)
        if state.current is not None or state.last_ended is not None:
            out[key] = state
    return out


def load_agenda(
    session: Session,
    centre_id: uuid.UUID,
    day: date,
    calendar: WorkCalendar,
    worker_id: uuid.UUID | None = None,
    cache: AgendaCache | None = None,
) -> Agenda:
    """The agenda of ``day`` for the worker ``worker_id`` or, with None, for the whole centre.

    With a ``cache`` (kept by the caller between loads) what has not changed since the last load is reused.
    """
    # Tens of thousands of small objects, none in cycles: the collections they would trigger cost more
    # than they find (``calendar_view._collector_paused``).
    with collector_paused():
        return _load_agenda(session, centre_id, day, calendar, worker_id, cache)


def _load_agenda(
    session: Session,
    centre_id: uuid.UUID,
    day: date,
    calendar: WorkCalendar,
    worker_id: uuid.UUID | None,
    cache: AgendaCache | None,
) -> Agenda:
    scope = _Scope(centre_id, worker_id)
    sunday = week_end(day)
    raw: list[tuple[str, dict[str, Any]]] = []  # (family key, entry fields without the family's)

    cases = cache.cases(session, scope) if cache is not None else _load_cases(session, scope)
    contracts = cases.contracts
    states = _norm_states(session, scope, day, calendar, cases, cache)

    # Pending planned visits up to Sunday: the families' own, and those planned for the worker.
    planned_query = (
        select(
            type_coerce(PlannedVisit.family_id, String),
            type_coerce(PlannedVisit.id, String),
            PlannedVisit.day,
            PlannedVisit.moved_from,
        )
        .join(Family, Family.id == PlannedVisit.family_id)
        .where(
            Family.centre_id == centre_id,
            Family.stage != Stage.CLOSED,
            PlannedVisit.status == PlannedVisitStatus.PLANNED,
            PlannedVisit.day <= sunday,
        )
    )
    if worker_id is not None:
        planned_query = planned_query.where(
            (Family.responsible_worker_id == worker_id) | (PlannedVisit.worker_id == worker_id)
        )
    planned_this_window: dict[str, int] = defaultdict(int)
    for fid, pid, raw_day, raw_moved_from in _rows(session, planned_query.order_by(PlannedVisit.day)):
        pday, moved_from = _day(raw_day), None if raw_moved_from is None else _day(raw_moved_from)
        key = _key(fid)
        state = states.get(key)
        current = state.current if state else None
        if current is not None and pday >= day and pday <= current.end:
            planned_this_window[key] += 1
        raw.append(
            (
                key,
                {
                    "section": AgendaSection.VISIT_DUE,
                    "due": pday,
                    "planned_id": uuid.UUID(_key(pid)),
                    "moved_from": moved_from,
                    "status": WindowStatus.MISSED if pday < day else None,
                    "patronage_type": current.type if current else None,
                },
            )
        )

    visited_today: set[str] = {
        _key(fid)
        for (fid,) in _rows(
            session,
            scope.families(
                select(type_coerce(Visit.family_id, String)).where(
                    Visit.date == day, Visit.counts_toward_norm.is_(True)
                ),
                Visit.family_id,
            ).distinct(),
        )
    }

    for key, state in states.items():
        last, current = state.last_ended, state.current
        if last is not None and last.status == WindowStatus.MISSED:
            raw.append((key, _window_fields(AgendaSection.MISSED_NORM, last)))
        if current is None:
            continue
        if key in visited_today:
            raw.append((key, _window_fields(AgendaSection.VISITED_TODAY, current)))
        if current.status == WindowStatus.AT_RISK:
            raw.append((key, _window_fields(AgendaSection.AT_RISK, current)))
        elif (
            current.status == WindowStatus.OPEN
            and current.end <= sunday
            and current.needed > planned_this_window.get(key, 0)
        ):
            raw.append((key, _window_fields(AgendaSection.VISIT_DUE, current)))

    # Surveys: applications of open cases without a survey act, past their deadline.
    for fid, applied in _rows(
        session,
        scope.families(
            select(type_coerce(Application.family_id, String), Application.date).where(
                Application.family_id.not_in(select(SurveyAct.family_id))
            ),
            Application.family_id,
        ),
    ):
        applied = _day(applied)
        deadline = survey_deadline(applied, calendar)
        if deadline < day:
            raw.append(
                (_key(fid), {"section": AgendaSection.OVERDUE_SURVEY, "due": deadline, "start": applied})
            )

    # Plan items of the current version, not done, due within a week or overdue.
    # "No later version of the same plan" (NOT EXISTS on the unique (plan_id, version_no) index) is about
    # twice as quick on SQLite as joining a GROUP BY of every plan's latest version.
    later = aliased(PlanVersion)
    for fid, measure, deadline in _rows(
        session,
        scope.families(
            select(type_coerce(Plan.family_id, String), PlanItem.measure, PlanItem.deadline)
            .select_from(PlanItem)
            .join(PlanVersion, PlanVersion.id == PlanItem.version_id)
            .join(Plan, Plan.id == PlanVersion.plan_id)
            .where(
                PlanItem.status == PlanItemStatus.PLANNED,
                PlanItem.deadline <= day + timedelta(days=PLAN_ITEM_HORIZON),
                ~exists().where(
                    later.plan_id == PlanVersion.plan_id, later.version_no > PlanVersion.version_no
                ),
            ),
            Plan.family_id,
        ),
    ):
        raw.append(
            (_key(fid), {"section": AgendaSection.PLAN_ITEM_DUE, "due": _day(deadline), "text": measure})
        )

    # Contracts: the latest-ending contract of each family, ending within 14 days.
    latest_contract = {k: max((end, number) for _, end, number in cs) for k, cs in contracts.items()}
    horizon = day + timedelta(days=CONTRACT_HORIZON)
    for key, (term_end, contract_no) in latest_contract.items():
        if day <= term_end <= horizon:
            raw.append(
                (key, {"section": AgendaSection.CONTRACT_ENDING, "due": term_end, "text": contract_no})
            )

    families = cases.families
    order = {s: i for i, s in enumerate(AgendaSection)}
    entries = [
        AgendaEntry(
            family_id=info.id,
            case_number=info.case_number,
            family_name=info.name,
            settlement=info.settlement,
            worker_id=info.worker_id,
            **fields,
        )
        for key, fields in raw
        if (info := families.get(key)) is not None
    ]
    entries.sort(key=lambda e: (order[e.section], e.due or day, e.case_number))
    return Agenda(day, worker_id, entries)


def _window_fields(section: AgendaSection, w: Window) -> dict[str, Any]:
    return {
        "section": section,
        "due": w.end,
        "start": w.start,
        "required": w.required,
        "done": w.done,
        "status": w.status,
        "patronage_type": w.type,
    }
