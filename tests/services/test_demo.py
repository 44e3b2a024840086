"""Demo data: deterministic, every stage and type present, and consistent with the rules of a case."""

from __future__ import annotations

import itertools
import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.norms import PatronageType, WindowStatus, norm_windows
from patronat_desktop.domain.norms import TypePeriod as NormPeriod
from patronat_desktop.domain.vocab import (
    STAGE_ORDER,
    PlanItemStatus,
    Relation,
    Sex,
    Stage,
    VisitKind,
    WorkerRole,
)
from patronat_desktop.models import (
    Agency,
    Application,
    AuditEntry,
    ClosingSummary,
    Consent,
    Contract,
    Family,
    GoalResult,
    Member,
    Plan,
    PlanItem,
    PlanVersion,
    Problem,
    SurveyAct,
    TypePeriod,
    Visit,
    Worker,
)
from patronat_desktop.services.demo import DemoSummary, age_on, load_demo
from patronat_desktop.services.queries import list_families
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database

TODAY = date(2026, 5, 15)
FAMILIES = 300


def _fresh(path: Path) -> Database:
    database, _backup = open_database(path)
    return database


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    database = _fresh(tmp_path_factory.mktemp("demo") / "district.sqlite3")
    with database.transaction() as session:
        summary = load_demo(session, FAMILIES, seed=7, today=TODAY)
    yield database, summary
    database.dispose()


@pytest.fixture
def session(district: tuple[Database, DemoSummary]) -> Iterator[Session]:
    database, _summary = district
    with database.sessions() as s:
        yield s


def _at_least(stage: Stage, minimum: Stage) -> bool:
    return STAGE_ORDER.index(stage) >= STAGE_ORDER.index(minimum)


def _by_family(session: Session, model: type, column: str = "family_id") -> dict[uuid.UUID, list[object]]:
    out: dict[uuid.UUID, list[object]] = defaultdict(list)
    for row in session.scalars(select(model)):
        out[getattr(row, column)].append(row)
    return out


# -- determinism and refusals ---------------------------------------------------------------------------


def _families_json(path: Path, seed: int, families: int = 60) -> list[dict[str, object]]:
    database = _fresh(path)
    try:
        with database.transaction() as session:
            load_demo(session, families, seed=seed, today=TODAY)
        with database.sessions() as session:
            return [row.as_json() for row in list_families(session)]
    finally:
        database.dispose()


def test_same_seed_and_today_give_the_same_data(tmp_path: Path) -> None:
    first = _families_json(tmp_path / "a.sqlite3", seed=11)
    second = _families_json(tmp_path / "b.sqlite3", seed=11)
    other = _families_json(tmp_path / "c.sqlite3", seed=12)
    assert first == second
    assert len(first) == 60
    assert first != other


def test_loads_on_every_backend_with_the_same_result(db: Database, tmp_path: Path) -> None:
    """The bulk INSERT path works on SQLite and PostgreSQL alike; the data do not depend on the backend."""
    with db.transaction() as session:
        summary = load_demo(session, 40, seed=5, today=TODAY)
    with db.sessions() as session:
        rows = [row.as_json() for row in list_families(session)]
        assert session.scalar(select(func.count()).select_from(Visit)) == summary.visits
        item = session.scalars(select(PlanItem).limit(1)).one()
        assert isinstance(item.id, uuid.UUID)
        assert isinstance(item.status, PlanItemStatus)
    assert len(rows) == 40
    assert rows == _families_json(tmp_path / "reference.sqlite3", seed=5, families=40)


def test_refuses_a_database_that_already_has_families(district: tuple[Database, DemoSummary]) -> None:
    database, _summary = district
    with pytest.raises(DomainError) as info, database.transaction() as session:
        load_demo(session, 5, seed=1, today=TODAY)
    assert info.value.fields == {"families"}
    assert "пуст" in str(info.value)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Family)) == FAMILIES


@pytest.mark.parametrize("families", [0, -3, 20_001])
def test_refuses_a_family_count_out_of_range(tmp_path: Path, families: int) -> None:
    database = _fresh(tmp_path / "x.sqlite3")
    try:
        with pytest.raises(DomainError) as info, database.transaction() as session:
            load_demo(session, families, seed=1, today=TODAY)
        assert info.value.fields == {"families"}
        assert "Число семей" in str(info.value)
    finally:
        database.dispose()


def test_today_defaults_to_the_real_today(tmp_path: Path) -> None:
    database = _fresh(tmp_path / "today.sqlite3")
    try:
        with database.transaction() as session:
            load_demo(session, 20, seed=3)
        with database.sessions() as session:
            assert session.scalar(select(func.max(Visit.date))) <= date.today()
            assert session.scalar(select(func.max(Application.date))) <= date.today()
    finally:
        database.dispose()


# -- coverage -------------------------------------------------------------------------------------------


def test_summary_counts_match_the_database(district: tuple[Database, DemoSummary], session: Session) -> None:
    _database, summary = district
    count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
    assert summary.families == count(Family) == FAMILIES
    assert summary.members == count(Member)
    assert summary.visits == count(Visit)
    assert summary.workers == count(Worker)
    assert summary.agencies == count(Agency)
    assert summary.contracts == count(Contract)
    assert sum(summary.by_stage.values()) == FAMILIES
    assert (
        session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "demo.load"))
        == 1
    )


def test_every_stage_and_every_type_is_present(session: Session) -> None:
    stages = Counter(session.scalars(select(Family.stage)))
    assert set(stages) == set(Stage)
    assert stages[Stage.PATRONAGE] > stages[Stage.CLOSED] > stages[Stage.APPLICATION]
    assert set(session.scalars(select(TypePeriod.type))) == set(PatronageType)
    current = {row.patronage_type for row in list_families(session) if row.stage is Stage.PATRONAGE}
    assert current == set(PatronageType)


def test_reference_data(session: Session) -> None:
    workers = session.scalars(select(Worker)).all()
    assert len(workers) >= 3
    assert sum(w.role is WorkerRole.HEAD for w in workers) == 1
    kinds = {a.kind for a in session.scalars(select(Agency))}
    assert len(kinds) >= 7
    councils = set(session.scalars(select(Family.village_council)))
    settlements = set(session.scalars(select(Family.settlement)))
    assert 5 <= len(councils - {""}) <= 15
    assert 30 <= len(settlements) <= 120


# -- consistency with the stage -------------------------------------------------------------------------


def test_stage_consistency(session: Session) -> None:
    families = session.scalars(select(Family)).all()
    surveys = _by_family(session, SurveyAct)
    problems = _by_family(session, Problem)
    plans = {p.family_id: p for p in session.scalars(select(Plan))}
    contracts = _by_family(session, Contract)
    periods = _by_family(session, TypePeriod)
    summaries = {s.family_id: s for s in session.scalars(select(ClosingSummary))}
    applications = {a.family_id: a for a in session.scalars(select(Application))}
    for f in families:
        assert f.id in applications
        assert bool(surveys.get(f.id)) == _at_least(f.stage, Stage.SURVEY), f.case_number
        assert bool(problems.get(f.id)) == _at_least(f.stage, Stage.ASSESSMENT), f.case_number
        assert (f.id in plans) == _at_least(f.stage, Stage.PLAN), f.case_number
        assert bool(contracts.get(f.id)) == _at_least(f.stage, Stage.CONTRACT), f.case_number
        assert bool(periods.get(f.id)) == (f.stage in (Stage.PATRONAGE, Stage.CLOSED)), f.case_number
        assert (f.id in summaries) == (f.stage is Stage.CLOSED), f.case_number


def test_survey_acts_mostly_within_three_working_days(session: Session) -> None:
    calendar = WorkCalendar()
    app_dates = dict(session.execute(select(Application.family_id, Application.date)).all())
    late = on_time = 0
    for act in session.scalars(select(SurveyAct)):
        app = app_dates[act.family_id]
        assert app <= act.date <= TODAY
        if act.date <= calendar.add_working_days(app, 3):
            on_time += 1
        else:
            late += 1
    assert late > 0
    assert on_time > 4 * late


def test_members_applicant_and_consents(session: Session) -> None:
    members = _by_family(session, Member)
    applications = {a.family_id: a for a in session.scalars(select(Application))}
    consents = Counter(c.member_id for c in session.scalars(select(Consent)))
    consent_days = {c.member_id: c.given_on for c in session.scalars(select(Consent))}
    ages: list[int] = []
    for family_id, rows in members.items():
        people = [m for m in rows if isinstance(m, Member)]
        app = applications[family_id]
        assert 1 <= len(people) <= 8
        applicants = [m for m in people if m.is_applicant]
        assert len(applicants) == 1
        assert applicants[0].id == app.applicant_id
        assert applicants[0].relation is Relation.SELF
        assert age_on(applicants[0].birth_date, app.date) >= 18
        for m in people:
            age = age_on(m.birth_date, app.date)
            ages.append(age)
            assert m.birth_date <= app.date
            adult = age >= 18
            assert consents[m.id] == (1 if adult else 0), m.full_name
            if adult:
                assert consent_days[m.id] == app.date
            if m.sex is Sex.FEMALE:
                assert not m.surname.endswith(("ов", "ев", "ёв", "ин", "ский", "цкий")), m.surname
            else:
                assert not m.surname.endswith(("ова", "ева", "ёва", "ина", "ская", "цкая")), m.surname
    assert min(ages) == 0
    assert max(ages) >= 75
    assert any(a < 18 for a in ages) and any(18 <= a < 60 for a in ages)


def test_siblings_are_born_apart_or_as_twins(session: Session) -> None:
    kids: dict[uuid.UUID, list[date]] = defaultdict(list)
    for m in session.scalars(
        select(Member).where(Member.relation.in_([Relation.CHILD, Relation.STEPCHILD, Relation.GRANDCHILD]))
    ):
        kids[m.family_id].append(m.birth_date)
    for births in kids.values():
        for i, a in enumerate(births):
            for b in births[i + 1 :]:
                assert a == b or abs((a - b).days) >= 300


def test_case_plan_and_contract_numbers(session: Session) -> None:
    apps = dict(session.execute(select(Application.family_id, Application.date)).all())
    per_year: dict[int, list[int]] = defaultdict(list)
    for f in session.scalars(select(Family)):
        assert f.case_year == apps[f.id].year
        assert f.case_number == f"{f.case_year}/{f.case_seq:03d}"
        assert re.fullmatch(r"\d{4}/\d{3,}", f.case_number)
        per_year[f.case_year].append(f.case_seq)
    for seqs in per_year.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))
    plan_keys = [(p.plan_year, p.plan_seq) for p in session.scalars(select(Plan))]
    assert len(plan_keys) == len(set(plan_keys))
    contracts = session.scalars(select(Contract)).all()
    keys = [(c.contract_year, c.contract_seq) for c in contracts]
    assert len(keys) == len(set(keys))
    for c in contracts:
        assert c.number == f"{c.contract_year}/{c.contract_seq:03d}"
        assert c.date.year == c.contract_year
        assert c.date <= c.term_start <= c.term_end


def test_plans(session: Session) -> None:
    versions = _by_family(session, PlanVersion, "plan_id")
    items_by_version = _by_family(session, PlanItem, "version_id")
    overdue = 0
    for plan in session.scalars(select(Plan)):
        rows = sorted(
            (v for v in versions[plan.id] if isinstance(v, PlanVersion)), key=lambda v: v.version_no
        )
        assert 1 <= len(rows) <= 3
        assert [v.version_no for v in rows] == list(range(1, len(rows) + 1))
        assert rows[-1].agreed_with_family
        assert all(a.drawn_up_on < b.drawn_up_on for a, b in itertools.pairwise(rows))
        current = [i for i in items_by_version[rows[-1].id] if isinstance(i, PlanItem)]
        assert current
        overdue += sum(i.deadline < TODAY and i.status is PlanItemStatus.PLANNED for i in current)
    assert overdue > 0
    for item in session.scalars(select(PlanItem)):
        assert (item.responsible_worker_id is None) != (item.responsible_agency_id is None)
        assert item.problem_id is not None


def test_type_periods(session: Session) -> None:
    periods = _by_family(session, TypePeriod)
    summaries = {s.family_id: s for s in session.scalars(select(ClosingSummary))}
    changes = 0
    for f in session.scalars(select(Family)):
        rows = sorted((p for p in periods.get(f.id, []) if isinstance(p, TypePeriod)), key=lambda p: p.start)
        if f.stage not in (Stage.PATRONAGE, Stage.CLOSED):
            assert not rows
            continue
        for a, b in itertools.pairwise(rows):
            assert a.end == b.start - timedelta(days=1)
            assert a.type != b.type
            assert b.reason
        assert all(p.end is None or p.start <= p.end for p in rows)
        if f.stage is Stage.PATRONAGE:
            assert rows[-1].end is None
            assert rows[-1].start <= TODAY
        else:
            assert rows[-1].end == summaries[f.id].date
        changes += len(rows) - 1
    assert changes > 0


def test_visits_within_the_case(session: Session) -> None:
    apps = dict(session.execute(select(Application.family_id, Application.date)).all())
    closed = dict(session.execute(select(ClosingSummary.family_id, ClosingSummary.date)).all())
    kinds: Counter[VisitKind] = Counter()
    for v in session.scalars(select(Visit)):
        assert apps[v.family_id] <= v.date <= TODAY
        assert v.date <= closed.get(v.family_id, TODAY)
        assert v.counts_toward_norm == (v.kind is VisitKind.HOME)
        kinds[v.kind] += 1
    assert set(kinds) == set(VisitKind)
    assert kinds[VisitKind.HOME] > kinds[VisitKind.PHONE] > kinds[VisitKind.OFFICE]


def test_visits_mostly_meet_the_norm(session: Session) -> None:
    calendar = WorkCalendar()
    periods = _by_family(session, TypePeriod)
    counting: dict[uuid.UUID, list[date]] = defaultdict(list)
    for family_id, day in session.execute(
        select(Visit.family_id, Visit.date).where(Visit.counts_toward_norm.is_(True))
    ):
        counting[family_id].append(day)
    status: Counter[WindowStatus] = Counter()
    for family_id, rows in periods.items():
        spans = [NormPeriod(p.type, p.start, p.end) for p in rows if isinstance(p, TypePeriod)]
        for window in norm_windows(spans, counting[family_id], TODAY, calendar):
            status[window.status] += 1
    ended = status[WindowStatus.MET] + status[WindowStatus.MISSED]
    assert status[WindowStatus.MISSED] > 0
    assert 0.75 < status[WindowStatus.MET] / ended < 0.99


def test_closed_families_have_goal_results(session: Session) -> None:
    plans = {p.family_id: p.id for p in session.scalars(select(Plan))}
    versions = _by_family(session, PlanVersion, "plan_id")
    items = _by_family(session, PlanItem, "version_id")
    results = _by_family(session, GoalResult, "summary_id")
    for summary in session.scalars(select(ClosingSummary)):
        current = max(
            (v for v in versions[plans[summary.family_id]] if isinstance(v, PlanVersion)),
            key=lambda v: v.version_no,
        )
        item_ids = {i.id for i in items[current.id] if isinstance(i, PlanItem)}
        result_ids = {r.plan_item_id for r in results[summary.id] if isinstance(r, GoalResult)}
        assert result_ids == item_ids
        assert summary.date < TODAY
        assert all(
            i.status is not PlanItemStatus.PLANNED for i in items[current.id] if isinstance(i, PlanItem)
        )
