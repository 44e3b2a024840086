"""Builders of the services' input and a walk of a case through every stage, for the service tests.

Dates of the standard case (2026; "today" is 20 May 2026):

    application 02.03 (Mon) → survey 04.03 → problem 05.03 → plan drawn up and agreed 10.03
    → contract 12.03, term 12.03–31.12, emergency type from 12.03 → visits → closure 15.05
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.validation import (
    AddressData,
    ClosureData,
    ContractData,
    MemberData,
    NewCaseData,
    PlanItemData,
    SurveyData,
    VisitData,
)
from patronat_desktop.domain.vocab import (
    AgencyKind,
    ClosureReason,
    ContractForm,
    HousingType,
    Outcome,
    ReferralSource,
    Relation,
    Sex,
    Stage,
    VisitKind,
    WorkerRole,
)
from patronat_desktop.models import AuditEntry, Base, Family, Ground, Worker
from patronat_desktop.services import cases, directory
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database

T = TypeVar("T")

TODAY = date(2026, 5, 20)
APP_DATE = date(2026, 3, 2)
SURVEY_DATE = date(2026, 3, 4)
PROBLEM_DATE = date(2026, 3, 5)
PLAN_DATE = date(2026, 3, 10)
CONTRACT_DATE = date(2026, 3, 12)
TERM_END = date(2026, 12, 31)
CLOSURE_DATE = date(2026, 5, 15)


# --- plain input data ---


def adult(**kw: Any) -> MemberData:
    base = MemberData(
        surname="Петрова",
        name="Ольга",
        patronymic="Ивановна",
        birth_date=date(1990, 4, 12),
        sex=Sex.FEMALE,
        relation=Relation.SELF,
        is_applicant=True,
    )
    return replace(base, **kw)


def spouse(**kw: Any) -> MemberData:
    base = MemberData(
        surname="Петров",
        name="Сергей",
        patronymic="Николаевич",
        birth_date=date(1987, 11, 3),
        sex=Sex.MALE,
        relation=Relation.SPOUSE,
    )
    return replace(base, **kw)


def child(**kw: Any) -> MemberData:
    base = MemberData(
        surname="Петров",
        name="Максим",
        patronymic="Сергеевич",
        birth_date=date(2015, 9, 1),
        sex=Sex.MALE,
        relation=Relation.CHILD,
        school_or_work="ГУО «Новосёлковская СШ», 5 класс",
    )
    return replace(base, **kw)


def address(**kw: Any) -> AddressData:
    base = AddressData(
        settlement="д. Новосёлки",
        region="Минская",
        district="Тестовый",
        village_council="Новосёлковский",
        street="Центральная",
        house="5",
        phone="+375 29 123-45-67",
    )
    return replace(base, **kw)


def ground_ids(session: Session, *codes: str) -> list[uuid.UUID]:
    codes = codes or ("unemployment", "dysfunction")
    rows = session.scalars(select(Ground).where(Ground.code.in_(codes))).all()
    assert len(rows) == len(codes)
    return [g.id for g in rows]


def new_case(session: Session, actor: Actor, **kw: Any) -> NewCaseData:
    """An application of an adult applicant with a child, two grounds from the database."""
    assert actor.worker_id is not None
    base = NewCaseData(
        application_number="1",
        application_date=APP_DATE,
        members=[adult(), child()],
        address=address(),
        ground_ids=ground_ids(session),
        referral_source=ReferralSource.SELF,
        responsible_worker_id=actor.worker_id,
        request_text="Прошу оказать помощь в трудоустройстве.",
    )
    return replace(base, **kw)


def survey(**kw: Any) -> SurveyData:
    base = SurveyData(
        date=SURVEY_DATE,
        surveyors="Иванова А., Сидорова Е.",
        housing_type=HousingType.OWN_HOUSE,
        conclusion="Семья нуждается в социальном патронате.",
        housing_condition="удовлетворительное",
        income_sources="пособие на ребёнка",
    )
    return replace(base, **kw)


def plan_item(responsible_worker_id: uuid.UUID | None = None, **kw: Any) -> PlanItemData:
    base = PlanItemData(
        goal="Трудоустройство матери",
        measure="Направить в управление по труду, занятости и социальной защите",
        deadline=date(2026, 4, 30),
        responsible_worker_id=responsible_worker_id,
    )
    return replace(base, **kw)


def contract(**kw: Any) -> ContractData:
    base = ContractData(
        number="",
        date=CONTRACT_DATE,
        form=ContractForm.NON_STATIONARY,
        term_start=CONTRACT_DATE,
        term_end=TERM_END,
        signed_by="Петрова О.И.",
    )
    return replace(base, **kw)


def visit(member_ids: list[uuid.UUID], **kw: Any) -> VisitData:
    base = VisitData(
        date=date(2026, 3, 16),
        kind=VisitKind.HOME,
        member_ids=list(member_ids),
        notes="Беседа с матерью",
        result="Проведена консультация",
    )
    return replace(base, **kw)


def closure(**kw: Any) -> ClosureData:
    base = ClosureData(
        date=CLOSURE_DATE,
        reason=ClosureReason.COMPLETED,
        outcome=Outcome.OVERCOME,
        dynamics="Положительная: мать трудоустроена.",
        decision="Снять семью с социального патроната.",
    )
    return replace(base, **kw)


# --- directory rows ---


def add_worker(
    db: Database, centre_id: uuid.UUID, surname: str = "Сидорова", active: bool = True
) -> uuid.UUID:
    with db.transaction() as s:
        head = s.scalars(select(Worker).where(Worker.centre_id == centre_id)).first()
        actor = Actor(head.id if head else None, centre_id)
        login = f"w{uuid.uuid4().hex[:8]}"
        w = directory.add_worker(
            s, actor, directory.WorkerData(surname, "Елена", login, role=WorkerRole.CASEWORKER, active=active)
        )
        return w.id


def add_agency(db: Database, centre_id: uuid.UUID, name: str = "Управление по труду") -> uuid.UUID:
    with db.transaction() as s:
        a = directory.add_agency(
            s, Actor(None, centre_id), directory.AgencyData(name, AgencyKind.LABOUR_OFFICE)
        )
        return a.id


# --- a case walked through its stages ---


@dataclass
class Case:
    """Ids of a registered case and of what was recorded along the walk."""

    family_id: uuid.UUID
    applicant_id: uuid.UUID
    child_id: uuid.UUID
    problem_ids: list[uuid.UUID] = field(default_factory=list)
    item_ids: list[uuid.UUID] = field(default_factory=list)
    contract_id: uuid.UUID | None = None
    visit_ids: list[uuid.UUID] = field(default_factory=list)


def register(db: Database, actor: Actor, **kw: Any) -> Case:
    with db.transaction() as s:
        family = cases.register_application(s, actor, new_case(s, actor, **kw), today=TODAY)
        applicant = family.applicant
        assert applicant is not None
        others = [m.id for m in family.members if not m.is_applicant]
        return Case(family.id, applicant.id, others[0] if others else applicant.id)


def walk(db: Database, actor: Actor, to: Stage, **kw: Any) -> Case:
    """Register a case and take it, one transaction per step, through every stage up to ``to``."""
    c = register(db, actor, **kw)
    order = list(Stage)

    def do_survey(s: Session) -> None:
        cases.record_survey(s, actor, c.family_id, survey(), today=TODAY)

    def do_problem(s: Session) -> None:
        p = cases.add_problem(s, actor, c.family_id, "Мать не работает", PROBLEM_DATE, c.applicant_id, TODAY)
        c.problem_ids.append(p.id)

    def do_plan(s: Session) -> None:
        v = cases.save_plan_version(
            s,
            actor,
            c.family_id,
            [
                plan_item(actor.worker_id, problem_id=c.problem_ids[0]),
                plan_item(
                    actor.worker_id,
                    goal="Оздоровление ребёнка",
                    measure="Путёвка",
                    deadline=date(2026, 6, 30),
                ),
            ],
            PLAN_DATE,
            today=TODAY,
        )
        c.item_ids = [i.id for i in v.items]
        cases.mark_plan_agreed(s, actor, c.family_id, PLAN_DATE, "Петрова О.И.", today=TODAY)

    def do_contract(s: Session) -> None:
        c.contract_id = cases.sign_contract(s, actor, c.family_id, contract(), today=TODAY).id

    def do_type(s: Session) -> None:
        cases.change_type(s, actor, c.family_id, PatronageType.EMERGENCY, CONTRACT_DATE, "Угроза", TODAY)
        v = cases.record_visit(s, actor, c.family_id, visit([c.applicant_id, c.child_id]), today=TODAY)
        c.visit_ids.append(v.id)

    def do_close(s: Session) -> None:
        results = dict.fromkeys(c.item_ids, "Выполнено")
        cases.close_case(s, actor, c.family_id, closure(goal_results=results), today=TODAY)

    steps: list[tuple[Stage, Callable[[Session], None]]] = [
        (Stage.SURVEY, do_survey),
        (Stage.ASSESSMENT, do_problem),
        (Stage.PLAN, do_plan),
        (Stage.CONTRACT, do_contract),
        (Stage.PATRONAGE, do_type),
        (Stage.CLOSED, do_close),
    ]
    for stage, step in steps:
        if order.index(stage) > order.index(to):
            break
        with db.transaction() as s:
            step(s)
    assert stage_of(db, c.family_id) == to
    return c


# --- looking at the database ---


def stage_of(db: Database, family_id: uuid.UUID) -> Stage:
    with db.transaction() as s:
        family = s.get(Family, family_id)
        assert family is not None
        return family.stage


def table_counts(db: Database) -> dict[str, int]:
    """Rows in every table of the schema (audit_entry included)."""
    with db.transaction() as s:
        return {
            t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }


def audit_actions(db: Database) -> Counter[str]:
    with db.transaction() as s:
        return Counter(s.scalars(select(AuditEntry.action)))


@dataclass
class Done:
    """What a successful action did: its result, the audit actions it wrote, the rows it added per table."""

    value: Any
    audit: Counter[str]
    rows: dict[str, int]


def act(db: Database, fn: Callable[[Session], T]) -> Done:
    """Run ``fn`` in one transaction (one user action) and report what it wrote."""
    before_counts, before_audit = table_counts(db), audit_actions(db)
    with db.transaction() as s:
        value = fn(s)
    after_counts, after_audit = table_counts(db), audit_actions(db)
    delta = {
        k: after_counts[k] - before_counts[k] for k in after_counts if after_counts[k] != before_counts[k]
    }
    return Done(value, after_audit - before_audit, delta)


@contextmanager
def unchanged(db: Database) -> Iterator[None]:
    """Assert the block leaves the row count of every table (and the audit trail) unchanged."""
    before = table_counts(db)
    yield
    assert table_counts(db) == before


def refused(db: Database, fn: Callable[[Session], Any]) -> DomainError:
    """Run ``fn`` in a transaction that goes on to commit; it must raise a DomainError and write nothing."""
    before = table_counts(db)
    with db.transaction() as s, pytest.raises(DomainError) as info:
        fn(s)
    assert table_counts(db) == before, "a refused action left rows behind"
    return info.value


def problem(err: DomainError, field: str, *fragments: str, code: str | None = None) -> Problem:
    """The one problem of ``err`` on ``field``, whose message names the rule (every fragment)."""
    found = [p for p in err.problems if p.field == field]
    assert len(found) == 1, (
        f"expected one problem on {field!r}, got {[(p.field, p.message) for p in err.problems]}"
    )
    p = found[0]
    for fragment in fragments:
        assert fragment in p.message, f"{fragment!r} not in {p.message!r}"
    if code is not None:
        assert p.code == code
    return p
