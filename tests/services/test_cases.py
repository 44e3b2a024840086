"""The services of a case, on SQLite and on PostgreSQL: every action's effect and every refusal.

Each user action runs in its own transaction, as in the program. A refusal is raised inside a transaction
that then commits, and the row count of every table (the audit trail included) must not have changed: a
refused action writes nothing at all. A successful action writes exactly its audit entries.
"""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import pytest
from factories import (
    APP_DATE,
    CLOSURE_DATE,
    CONTRACT_DATE,
    PLAN_DATE,
    PROBLEM_DATE,
    SURVEY_DATE,
    TERM_END,
    TODAY,
    Case,
    act,
    add_agency,
    add_worker,
    address,
    adult,
    audit_actions,
    child,
    closure,
    contract,
    ground_ids,
    new_case,
    plan_item,
    problem,
    refused,
    register,
    spouse,
    stage_of,
    survey,
    table_counts,
    visit,
    walk,
)
from sqlalchemy import select

from patronat_desktop.domain.errors import DomainError, NotFoundError
from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import (
    ClosureReason,
    Outcome,
    PlanItemStatus,
    ReferralSource,
    Stage,
    VisitKind,
)
from patronat_desktop.models import (
    Application,
    AuditEntry,
    ClosingSummary,
    Contract,
    Family,
    Member,
    Plan,
    PlanItem,
    PlanVersion,
    SurveyAct,
    TypePeriod,
    Visit,
)
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.services.reference import create_centre
from patronat_desktop.services.settings import set_setting
from patronat_desktop.storage.db import Database


@pytest.fixture
def other_actor(db: Database) -> Actor:
    """The head of a second centre in the same database."""
    with db.transaction() as s:
        worker = create_centre(s, "ТЦСОН Соседнего района", "Соседний", "Минская", "Козлова", "Мария")
        return Actor.of(worker)


def family_row(db: Database, family_id: uuid.UUID) -> Family:
    with db.transaction() as s:
        family = s.get(Family, family_id)
        assert family is not None
        return family


# --- register_application ---


def test_register_application_opens_a_case(db: Database, actor: Actor) -> None:
    done = act(db, lambda s: cases.register_application(s, actor, new_case(s, actor), today=TODAY).id)
    assert done.audit == Counter({"application.register": 1})
    assert done.rows == {"family": 1, "member": 2, "application": 1, "family_ground": 2, "audit_entry": 1}
    with db.transaction() as s:
        family = s.get(Family, done.value)
        assert family is not None
        assert family.stage == Stage.APPLICATION
        assert family.case_number == "2026/001"
        assert family.centre_id == actor.centre_id
        assert family.responsible_worker_id == actor.worker_id
        assert family.settlement == "д. Новосёлки"
        assert sorted(g.code for g in family.grounds) == ["dysfunction", "unemployment"]
        app = family.application
        assert app is not None
        assert (app.number, app.date) == ("1", APP_DATE)
        assert app.applicant_id == family.applicant.id  # type: ignore[union-attr]
        assert app.received_by_id == actor.worker_id
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "application.register")).one()
        assert entry.family_id == family.id
        assert entry.worker_id == actor.worker_id
        assert entry.changes["case_number"] == "2026/001"


def test_case_numbers_are_sequential_per_year_and_centre(
    db: Database, actor: Actor, other_actor: Actor
) -> None:
    def number(a: Actor, app_no: str, day: date) -> str:
        with db.transaction() as s:
            data = new_case(s, a, application_number=app_no, application_date=day)
            return cases.register_application(s, a, data, today=TODAY).case_number

    assert number(actor, "1", APP_DATE) == "2026/001"
    assert number(actor, "2", APP_DATE) == "2026/002"
    assert number(actor, "17", date(2025, 12, 30)) == "2025/001"
    assert number(actor, "3", date(2026, 1, 5)) == "2026/003"
    assert number(other_actor, "1", APP_DATE) == "2026/001"  # another centre counts on its own
    assert number(actor, "4", TODAY) == "2026/004"


def test_child_as_applicant_is_refused(db: Database, actor: Actor) -> None:
    err = refused(
        db,
        lambda s: cases.register_application(
            s, actor, new_case(s, actor, members=[adult(is_applicant=False), child(is_applicant=True)]), TODAY
        ),
    )
    problem(err, "applicant", "18 лет", code="no_adult_applicant")


def test_duplicate_application_number_in_the_same_year_is_refused(
    db: Database, actor: Actor, other_actor: Actor
) -> None:
    register(db, actor, application_number="15")
    err = refused(
        db,
        lambda s: cases.register_application(
            s, actor, new_case(s, actor, application_number=" 15 ", application_date=date(2026, 4, 1)), TODAY
        ),
    )
    problem(err, "application.number", "№ 15", "2026", "уже есть", code="duplicate")
    # The same number is free in another year and in another centre.
    register(db, actor, application_number="15", application_date=date(2025, 11, 3))
    register(db, other_actor, application_number="15")


def test_empty_grounds_are_refused(db: Database, actor: Actor) -> None:
    err = refused(
        db, lambda s: cases.register_application(s, actor, new_case(s, actor, ground_ids=[]), today=TODAY)
    )
    problem(err, "grounds", "хотя бы одно основание", code="no_grounds")


def test_ground_not_valid_on_the_application_date_is_refused(db: Database, actor: Actor) -> None:
    err = refused(
        db,
        lambda s: cases.register_application(
            s, actor, new_case(s, actor, ground_ids=ground_ids(s, "dysfunction_old")), today=TODAY
        ),
    )
    problem(err, "grounds", "не действует на дату заявления", code="not_valid")
    err = refused(
        db,
        lambda s: cases.register_application(
            s, actor, new_case(s, actor, ground_ids=[uuid.uuid4()]), today=TODAY
        ),
    )
    problem(err, "grounds", "не найдено", code="not_found")


def test_responsible_worker_of_another_centre_or_inactive_is_refused(
    db: Database, actor: Actor, other_actor: Actor
) -> None:
    err = refused(
        db,
        lambda s: cases.register_application(
            s, actor, new_case(s, actor, responsible_worker_id=other_actor.worker_id), today=TODAY
        ),
    )
    problem(err, "responsible_worker", "вашего центра")
    gone = add_worker(db, actor.centre_id, active=False)
    err = refused(
        db,
        lambda s: cases.register_application(
            s, actor, new_case(s, actor, responsible_worker_id=gone), today=TODAY
        ),
    )
    problem(err, "responsible_worker", "больше не работает", code="inactive")


def test_future_application_is_refused(db: Database, actor: Actor) -> None:
    err = refused(
        db,
        lambda s: cases.register_application(
            s, actor, new_case(s, actor, application_date=TODAY + timedelta(days=1)), today=TODAY
        ),
    )
    problem(err, "application.date", "позже сегодняшней")


def test_register_application_reports_every_problem_at_once(
    db: Database, actor: Actor, other_actor: Actor
) -> None:
    register(db, actor, application_number="9")
    err = refused(
        db,
        lambda s: cases.register_application(
            s,
            actor,
            new_case(
                s,
                actor,
                application_number="9",
                members=[child(is_applicant=True)],
                ground_ids=[],
                address=address(settlement=""),
                responsible_worker_id=other_actor.worker_id,
            ),
            today=TODAY,
        ),
    )
    assert err.fields == {
        "application.number",
        "applicant",
        "grounds",
        "address.settlement",
        "responsible_worker",
    }


# --- edit_family ---


def test_edit_family(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    done = act(
        db,
        lambda s: cases.edit_family(
            s,
            actor,
            c.family_id,
            address(settlement="аг. Крутогорье", house="12"),
            ReferralSource.OTHER,
            ground_ids(s, "unemployment", "bereavement"),
            referral_note="Соседи",
            notes="Собака во дворе",
        ),
    )
    assert done.audit == Counter({"family.edit": 1})
    assert done.rows == {"audit_entry": 1}
    with db.transaction() as s:
        family = s.get(Family, c.family_id)
        assert family is not None
        assert (family.settlement, family.house, family.notes) == ("аг. Крутогорье", "12", "Собака во дворе")
        assert family.referral_source == ReferralSource.OTHER
        assert sorted(g.code for g in family.grounds) == ["bereavement", "unemployment"]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "family.edit")).one()
        assert entry.changes["settlement"] == ["д. Новосёлки", "аг. Крутогорье"]
        assert entry.changes["grounds"] == [["dysfunction", "unemployment"], ["bereavement", "unemployment"]]
        assert "street" not in entry.changes


def test_edit_family_without_changes_writes_no_audit(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    done = act(
        db,
        lambda s: cases.edit_family(s, actor, c.family_id, address(), ReferralSource.SELF, ground_ids(s)),
    )
    assert done.audit == Counter()
    assert done.rows == {}


def test_edit_family_refusals(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(
        db,
        lambda s: cases.edit_family(
            s, actor, c.family_id, address(settlement=" "), ReferralSource.OTHER, [], referral_note=""
        ),
    )
    problem(err, "grounds", "хотя бы одно основание", code="no_grounds")
    problem(err, "address.settlement", "обязательное поле")
    problem(err, "referral_note", "«иное»")
    assert family_row(db, c.family_id).settlement == "д. Новосёлки"


def test_family_of_another_centre_is_not_found(db: Database, actor: Actor, other_actor: Actor) -> None:
    c = register(db, actor)
    err = refused(
        db,
        lambda s: cases.edit_family(
            s, other_actor, c.family_id, address(), ReferralSource.SELF, ground_ids(s)
        ),
    )
    assert isinstance(err, NotFoundError)
    problem(err, "family", "не найдена")
    err = refused(db, lambda s: cases.record_survey(s, actor, uuid.uuid4(), survey(), today=TODAY))
    problem(err, "family", "не найдена", code="not_found")


# --- members ---


def test_add_member(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    done = act(db, lambda s: cases.add_member(s, actor, c.family_id, spouse(), today=TODAY).id)
    assert done.audit == Counter({"member.add": 1})
    assert done.rows == {"member": 1, "audit_entry": 1}
    with db.transaction() as s:
        m = s.get(Member, done.value)
        assert m is not None
        assert (m.family_id, m.full_name, m.is_applicant) == (c.family_id, "Петров Сергей Николаевич", False)


def test_add_member_refusals(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(db, lambda s: cases.add_member(s, actor, c.family_id, spouse(is_applicant=True), TODAY))
    problem(err, "applicant", "ровно один заявитель", code="one_applicant")
    err = refused(
        db,
        lambda s: cases.add_member(
            s, actor, c.family_id, child(name="", birth_date=TODAY + timedelta(days=1)), TODAY
        ),
    )
    problem(err, "member.name", "обязательное поле")
    problem(err, "member.birth_date", "позже сегодняшней")


def test_edit_member(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    done = act(
        db,
        lambda s: cases.edit_member(s, actor, c.child_id, child(school_or_work="6 класс", notes=" "), TODAY),
    )
    assert done.audit == Counter({"member.edit": 1})
    assert done.rows == {"audit_entry": 1}
    with db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "member.edit")).one()
        assert entry.changes == {"school_or_work": ["ГУО «Новосёлковская СШ», 5 класс", "6 класс"]}
    # Saving the same data again changes nothing and writes no audit entry.
    again = act(db, lambda s: cases.edit_member(s, actor, c.child_id, child(school_or_work="6 класс"), TODAY))
    assert again.audit == Counter()


def test_edit_member_cannot_make_the_applicant_a_minor_or_remove_the_flag(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(
        db, lambda s: cases.edit_member(s, actor, c.applicant_id, adult(birth_date=date(2009, 1, 1)), TODAY)
    )
    problem(err, "applicant", "18 лет", code="no_adult_applicant")
    err = refused(db, lambda s: cases.edit_member(s, actor, c.applicant_id, adult(is_applicant=False), TODAY))
    problem(err, "applicant", "ровно один заявитель", code="one_applicant")
    with db.transaction() as s:
        m = s.get(Member, c.applicant_id)
        assert m is not None
        assert m.is_applicant
        assert m.birth_date == date(1990, 4, 12)


def test_edit_member_can_make_another_adult_the_applicant(db: Database, actor: Actor) -> None:
    c = register(db, actor, members=[adult(), spouse(), child()])
    with db.transaction() as s:
        husband = next(m.id for m in s.get(Family, c.family_id).members if m.name == "Сергей")  # type: ignore[union-attr]
    # A minor cannot take over the application.
    err = refused(db, lambda s: cases.edit_member(s, actor, c.child_id, child(is_applicant=True), TODAY))
    problem(err, "applicant", "18 лет")
    done = act(db, lambda s: cases.edit_member(s, actor, husband, spouse(is_applicant=True), TODAY))
    assert done.audit == Counter({"member.edit": 1})
    with db.transaction() as s:
        family = s.get(Family, c.family_id)
        assert family is not None
        assert [m.id for m in family.members if m.is_applicant] == [husband]
        assert family.application.applicant_id == husband  # type: ignore[union-attr]
    # Now the former applicant can be removed (e.g. she moved away).
    done = act(db, lambda s: cases.remove_member(s, actor, c.applicant_id))
    assert done.audit == Counter({"member.remove": 1})
    assert done.rows == {"member": -1, "audit_entry": 1}


def test_remove_member(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    done = act(db, lambda s: cases.remove_member(s, actor, c.child_id))
    assert done.audit == Counter({"member.remove": 1})
    assert done.rows == {"member": -1, "audit_entry": 1}
    with db.transaction() as s:
        assert s.get(Member, c.child_id) is None


def test_removing_the_applicant_is_refused(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(db, lambda s: cases.remove_member(s, actor, c.applicant_id))
    problem(err, "member", "Заявителя нельзя удалить")


def test_removing_a_member_present_at_a_visit_or_named_in_a_problem_is_refused(
    db: Database, actor: Actor
) -> None:
    c = walk(db, actor, Stage.SURVEY)
    with db.transaction() as s:
        cases.record_visit(s, actor, c.family_id, visit([c.child_id]), today=TODAY)
    err = refused(db, lambda s: cases.remove_member(s, actor, c.child_id))
    problem(err, "member", "посещениях", code="in_use")

    c = walk(db, actor, Stage.SURVEY, application_number="2")
    with db.transaction() as s:
        cases.add_problem(s, actor, c.family_id, "Ребёнок пропускает школу", PROBLEM_DATE, c.child_id, TODAY)
    err = refused(db, lambda s: cases.remove_member(s, actor, c.child_id))
    problem(err, "member", "проблем", code="in_use")


def test_unknown_member_is_not_found(db: Database, actor: Actor) -> None:
    err = refused(db, lambda s: cases.remove_member(s, actor, uuid.uuid4()))
    problem(err, "member", "не найдена", code="not_found")
    err = refused(db, lambda s: cases.edit_member(s, actor, uuid.uuid4(), child(), TODAY))
    problem(err, "member", "не найдена")


# --- reassign_family ---


def test_reassign_family(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    colleague = add_worker(db, actor.centre_id)
    done = act(db, lambda s: cases.reassign_family(s, actor, c.family_id, colleague))
    assert done.audit == Counter({"family.reassign": 1})
    assert done.rows == {"audit_entry": 1}
    assert family_row(db, c.family_id).responsible_worker_id == colleague


def test_reassign_refusals(db: Database, actor: Actor, other_actor: Actor) -> None:
    c = register(db, actor)
    assert other_actor.worker_id is not None
    err = refused(db, lambda s: cases.reassign_family(s, actor, c.family_id, other_actor.worker_id))
    problem(err, "responsible_worker", "вашего центра", code="not_found")
    err = refused(db, lambda s: cases.reassign_family(s, actor, c.family_id, actor.worker_id))
    problem(err, "responsible_worker", "уже закреплена", code="same")
    gone = add_worker(db, actor.centre_id, active=False)
    err = refused(db, lambda s: cases.reassign_family(s, actor, c.family_id, gone))
    problem(err, "responsible_worker", "больше не работает", code="inactive")
    assert family_row(db, c.family_id).responsible_worker_id == actor.worker_id


# --- survey and problems ---


def test_record_survey_completes_the_survey_step(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    done = act(
        db,
        lambda s: cases.record_survey(s, actor, c.family_id, survey(total_income=Decimal("1000")), TODAY).id,
    )
    assert done.audit == Counter({"survey.record": 1, "family.stage": 1})
    assert done.rows == {"survey_act": 1, "audit_entry": 2}
    assert stage_of(db, c.family_id) == Stage.SURVEY
    with db.transaction() as s:
        act_row = s.get(SurveyAct, done.value)
        assert act_row is not None
        assert act_row.per_capita_income == Decimal("500.00")  # 1000 over 2 members
        assert act_row.date == SURVEY_DATE
    # A second survey (a re-survey) is recorded and the stage stays.
    again = act(
        db, lambda s: cases.record_survey(s, actor, c.family_id, survey(date=date(2026, 4, 6)), TODAY)
    )
    assert again.audit == Counter({"survey.record": 1})
    assert stage_of(db, c.family_id) == Stage.SURVEY


def test_survey_before_the_application_is_refused(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(
        db, lambda s: cases.record_survey(s, actor, c.family_id, survey(date=APP_DATE - timedelta(1)), TODAY)
    )
    problem(err, "survey.date", "не раньше даты заявления", "02.03.2026", code="before_application")
    err = refused(
        db, lambda s: cases.record_survey(s, actor, c.family_id, survey(date=TODAY + timedelta(1)), TODAY)
    )
    problem(err, "survey.date", "позже сегодняшней")
    err = refused(db, lambda s: cases.record_survey(s, actor, c.family_id, survey(conclusion=""), TODAY))
    problem(err, "survey.conclusion", "обязательное поле")
    assert stage_of(db, c.family_id) == Stage.APPLICATION


def test_add_problem_completes_the_assessment(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.SURVEY)
    done = act(
        db, lambda s: cases.add_problem(s, actor, c.family_id, " Долги за ЖКУ ", PROBLEM_DATE, today=TODAY).id
    )
    assert done.audit == Counter({"problem.add": 1, "family.stage": 1})
    assert done.rows == {"problem": 1, "audit_entry": 2}
    assert stage_of(db, c.family_id) == Stage.ASSESSMENT
    second = act(
        db, lambda s: cases.add_problem(s, actor, c.family_id, "Пьянство отца", PROBLEM_DATE, today=TODAY)
    )
    assert second.audit == Counter({"problem.add": 1})
    with db.transaction() as s:
        family = s.get(Family, c.family_id)
        assert family is not None
        assert [(p.description, p.position) for p in family.problems] == [
            ("Долги за ЖКУ", 0),
            ("Пьянство отца", 1),
        ]


def test_problem_before_the_survey_is_refused(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(db, lambda s: cases.add_problem(s, actor, c.family_id, "Долги", PROBLEM_DATE, today=TODAY))
    problem(err, "survey", "Нет акта обследования", code="survey_missing")
    assert stage_of(db, c.family_id) == Stage.APPLICATION


def test_add_problem_refusals(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.SURVEY)
    other = register(db, actor, application_number="2")
    err = refused(
        db,
        lambda s: cases.add_problem(
            s, actor, c.family_id, " ", TODAY + timedelta(1), member_id=other.applicant_id, today=TODAY
        ),
    )
    problem(err, "problem.description", "обязательное поле")
    problem(err, "problem.identified_on", "не позже сегодняшней")
    problem(err, "problem.member", "этой семьи")
    err = refused(
        db, lambda s: cases.add_problem(s, actor, c.family_id, "Долги", date(2026, 3, 1), today=TODAY)
    )
    problem(err, "problem.identified_on", "не раньше даты заявления")


# --- plan ---


def test_save_plan_version_creates_the_plan(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.ASSESSMENT)
    agency = add_agency(db, actor.centre_id)
    done = act(
        db,
        lambda s: (
            cases.save_plan_version(
                s,
                actor,
                c.family_id,
                [
                    plan_item(actor.worker_id),
                    plan_item(None, responsible_agency_id=agency, goal="Пособие", measure="Запрос"),
                ],
                PLAN_DATE,
                today=TODAY,
            ).id
        ),
    )
    assert done.audit == Counter({"plan.save_version": 1})
    assert done.rows == {"plan": 1, "plan_version": 1, "plan_item": 2, "audit_entry": 1}
    assert stage_of(db, c.family_id) == Stage.ASSESSMENT  # the plan step completes when it is agreed
    with db.transaction() as s:
        v = s.get(PlanVersion, done.value)
        assert v is not None
        assert (v.plan.number, v.version_no, v.agreed_with_family) == ("2026/001", 1, False)
        assert [i.goal for i in v.items] == ["Трудоустройство матери", "Пособие"]


def test_plan_revision_keeps_the_old_version(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    done = act(
        db,
        lambda s: (
            cases.save_plan_version(
                s,
                actor,
                c.family_id,
                [plan_item(actor.worker_id, goal="Трудоустройство отца", deadline=date(2026, 5, 31))],
                date(2026, 4, 1),
                revision_reason="Мать трудоустроена",
                today=TODAY,
            ).id
        ),
    )
    assert done.audit == Counter({"plan.save_version": 1})
    assert done.rows == {"plan_version": 1, "plan_item": 1, "audit_entry": 1}
    with db.transaction() as s:
        plan = s.scalars(select(Plan).where(Plan.family_id == c.family_id)).one()
        v1, v2 = plan.versions
        assert (v1.version_no, v1.agreed_with_family, len(v1.items)) == (1, True, 2)
        assert [i.id for i in v1.items] == c.item_ids
        assert (v2.version_no, v2.agreed_with_family, v2.revision_reason) == (2, False, "Мать трудоустроена")
        assert plan.current is v2
        assert plan.number == "2026/001"
    assert stage_of(db, c.family_id) == Stage.PLAN


def test_plan_with_no_items_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.ASSESSMENT)
    err = refused(db, lambda s: cases.save_plan_version(s, actor, c.family_id, [], PLAN_DATE, today=TODAY))
    problem(err, "plan.items", "хотя бы одно мероприятие", code="plan_empty")


def test_save_plan_refusals(db: Database, actor: Actor, other_actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    foreign_agency = add_agency(db, other_actor.centre_id)
    own_agency = add_agency(db, actor.centre_id)
    err = refused(
        db,
        lambda s: cases.save_plan_version(
            s,
            actor,
            c.family_id,
            [
                plan_item(actor.worker_id, responsible_agency_id=own_agency),
                plan_item(None, responsible_agency_id=foreign_agency, deadline=date(2026, 3, 9)),
                plan_item(other_actor.worker_id, problem_id=uuid.uuid4()),
            ],
            date(2026, 4, 1),
            today=TODAY,
        ),
    )
    problem(err, "plan.revision_reason", "Причина пересмотра")
    problem(err, "items[0].responsible", "укажите одного", code="one_responsible")
    problem(err, "items[1].deadline", "не раньше даты составления плана", code="deadline_before_plan")
    assert {p.message for p in err.problems if p.field == "items[1].responsible"} == {
        "Ответственный: организация не найдена в справочнике."
    }
    problem(err, "items[2].problem", "этой семьи")
    problem(err, "items[2].responsible", "вашего центра")


def test_plan_before_problems_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.SURVEY)
    err = refused(
        db,
        lambda s: cases.save_plan_version(
            s, actor, c.family_id, [plan_item(actor.worker_id)], PLAN_DATE, today=TODAY
        ),
    )
    problem(err, "problems", "не определены", code="no_problems")
    c = register(db, actor, application_number="2")
    err = refused(
        db,
        lambda s: cases.save_plan_version(
            s, actor, c.family_id, [plan_item(actor.worker_id)], PLAN_DATE, today=TODAY
        ),
    )
    assert err.fields == {"survey", "problems"}


def test_mark_plan_agreed_completes_the_plan_step(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.ASSESSMENT)
    with db.transaction() as s:
        cases.save_plan_version(s, actor, c.family_id, [plan_item(actor.worker_id)], PLAN_DATE, today=TODAY)
    done = act(
        db,
        lambda s: cases.mark_plan_agreed(s, actor, c.family_id, date(2026, 3, 11), " Петрова О.И. ", TODAY),
    )
    assert done.audit == Counter({"plan.agree": 1, "family.stage": 1})
    assert done.rows == {"audit_entry": 2}
    assert stage_of(db, c.family_id) == Stage.PLAN
    with db.transaction() as s:
        v = s.scalars(select(PlanVersion)).one()
        assert (v.agreed_with_family, v.agreed_on, v.agreed_by) == (True, date(2026, 3, 11), "Петрова О.И.")


def test_agreeing_a_plan_twice_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    err = refused(db, lambda s: cases.mark_plan_agreed(s, actor, c.family_id, PLAN_DATE, "Петрова", TODAY))
    problem(err, "plan", "уже согласован", code="already_agreed")


def test_mark_plan_agreed_refusals(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.ASSESSMENT)
    err = refused(db, lambda s: cases.mark_plan_agreed(s, actor, c.family_id, PLAN_DATE, "Петрова", TODAY))
    problem(err, "plan", "не составлен", code="no_plan")
    with db.transaction() as s:
        cases.save_plan_version(s, actor, c.family_id, [plan_item(actor.worker_id)], PLAN_DATE, today=TODAY)
    err = refused(
        db, lambda s: cases.mark_plan_agreed(s, actor, c.family_id, PLAN_DATE - timedelta(1), " ", TODAY)
    )
    problem(err, "plan.agreed_on", "не раньше даты составления плана")
    problem(err, "plan.agreed_by", "обязательное поле")
    err = refused(
        db, lambda s: cases.mark_plan_agreed(s, actor, c.family_id, TODAY + timedelta(1), "Петрова", TODAY)
    )
    problem(err, "plan.agreed_on", "не позже сегодняшней")
    assert stage_of(db, c.family_id) == Stage.ASSESSMENT


def test_mark_plan_item(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    item_id = c.item_ids[0]
    done = act(
        db,
        lambda s: cases.mark_plan_item(
            s, actor, item_id, PlanItemStatus.DONE, date(2026, 4, 20), " Принята дояркой ", TODAY
        ),
    )
    assert done.audit == Counter({"plan.item_mark": 1})
    assert done.rows == {"audit_entry": 1}
    with db.transaction() as s:
        item = s.get(PlanItem, item_id)
        assert item is not None
        assert (item.status, item.completed_on, item.completion_note) == (
            PlanItemStatus.DONE,
            date(2026, 4, 20),
            "Принята дояркой",
        )


def test_mark_plan_item_refusals(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    err = refused(
        db, lambda s: cases.mark_plan_item(s, actor, c.item_ids[0], PlanItemStatus.DONE, None, "", TODAY)
    )
    problem(err, "item.completed_on", "укажите для выполненного")
    err = refused(
        db,
        lambda s: cases.mark_plan_item(
            s, actor, c.item_ids[0], PlanItemStatus.DONE, TODAY + timedelta(1), "", TODAY
        ),
    )
    problem(err, "item.completed_on", "не позже сегодняшней")
    with db.transaction() as s:
        cases.save_plan_version(
            s, actor, c.family_id, [plan_item(actor.worker_id)], date(2026, 4, 1), "Пересмотр", TODAY
        )
    err = refused(
        db,
        lambda s: cases.mark_plan_item(
            s, actor, c.item_ids[0], PlanItemStatus.DONE, date(2026, 4, 20), "", TODAY
        ),
    )
    problem(err, "item", "действующей версии", code="old_version")
    err = refused(db, lambda s: cases.mark_plan_item(s, actor, uuid.uuid4(), PlanItemStatus.PLANNED, None))
    problem(err, "item", "не найдена")


# --- contract ---


def test_sign_contract(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    done = act(db, lambda s: cases.sign_contract(s, actor, c.family_id, contract(), today=TODAY).id)
    assert done.audit == Counter({"contract.sign": 1, "family.stage": 1})
    assert done.rows == {"contract": 1, "audit_entry": 2}
    assert stage_of(db, c.family_id) == Stage.CONTRACT
    with db.transaction() as s:
        row = s.get(Contract, done.value)
        assert row is not None
        assert (row.number, row.term_start, row.term_end) == ("2026/001", CONTRACT_DATE, TERM_END)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "contract.sign")).one()
        assert entry.changes["confirmed_warnings"] == []


def test_sign_contract_with_a_type_starts_the_patronage(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    data = contract(number="7-п", patronage_type=PatronageType.EMERGENCY, type_reason="Угроза здоровью")
    done = act(db, lambda s: cases.sign_contract(s, actor, c.family_id, data, today=TODAY).number)
    assert done.value == "7-п"
    assert done.audit == Counter({"contract.sign": 1, "type.change": 1, "family.stage": 2})
    assert done.rows == {"contract": 1, "type_period": 1, "audit_entry": 4}
    assert stage_of(db, c.family_id) == Stage.PATRONAGE
    with db.transaction() as s:
        p = s.scalars(select(TypePeriod)).one()
        assert (p.type, p.start, p.end, p.reason) == (
            PatronageType.EMERGENCY,
            CONTRACT_DATE,
            None,
            "Угроза здоровью",
        )


def test_contract_before_the_plan_is_agreed_is_a_warning(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.ASSESSMENT)
    with db.transaction() as s:
        cases.save_plan_version(s, actor, c.family_id, [plan_item(actor.worker_id)], PLAN_DATE, today=TODAY)
    err = refused(db, lambda s: cases.sign_contract(s, actor, c.family_id, contract(), today=TODAY))
    assert err.only_warnings
    p = problem(err, "plan", "не согласован", code="plan_not_agreed")
    assert not p.blocking
    done = act(
        db,
        lambda s: cases.sign_contract(s, actor, c.family_id, contract(), confirm_warnings=True, today=TODAY),
    )
    assert done.audit == Counter({"contract.sign": 1, "family.stage": 1})
    assert stage_of(db, c.family_id) == Stage.CONTRACT
    with db.transaction() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "contract.sign")).one()
        assert entry.changes["confirmed_warnings"] == ["plan_not_agreed"]


def test_contract_before_the_plan_is_agreed_is_blocked_by_the_centre_rule(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.ASSESSMENT)
    with db.transaction() as s:
        cases.save_plan_version(s, actor, c.family_id, [plan_item(actor.worker_id)], PLAN_DATE, today=TODAY)
        set_setting(s, actor, "contract_requires_agreed_plan", True)
    err = refused(
        db,
        lambda s: cases.sign_contract(s, actor, c.family_id, contract(), confirm_warnings=True, today=TODAY),
    )
    assert not err.only_warnings
    p = problem(err, "plan", "не согласован", code="plan_not_agreed")
    assert p.blocking
    assert stage_of(db, c.family_id) == Stage.ASSESSMENT


def test_second_contract_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.CONTRACT)
    err = refused(
        db,
        lambda s: cases.sign_contract(
            s, actor, c.family_id, contract(date=date(2026, 4, 1), term_start=date(2026, 4, 1)), today=TODAY
        ),
    )
    problem(err, "contract", "уже заключён", code="exists")


def test_sign_contract_refusals(db: Database, actor: Actor) -> None:
    first = walk(db, actor, Stage.CONTRACT)
    with db.transaction() as s:
        number = s.get(Contract, first.contract_id).number  # type: ignore[union-attr]
    c = walk(db, actor, Stage.PLAN, application_number="2")
    err = refused(
        db,
        lambda s: cases.sign_contract(
            s,
            actor,
            c.family_id,
            contract(
                number=number, date=date(2026, 3, 1), term_start=date(2026, 3, 1), term_end=date(2026, 2, 1)
            ),
            today=TODAY,
        ),
    )
    problem(err, "contract.number", "уже есть", code="duplicate")
    problem(err, "contract.date", "не раньше даты заявления")
    problem(err, "contract.term_end", "окончание раньше начала")
    # Without a survey act the contract is refused (the plan warning is not even asked about).
    bare = register(db, actor, application_number="3")
    err = refused(db, lambda s: cases.sign_contract(s, actor, bare.family_id, contract(), True, TODAY))
    problem(err, "survey", "акта обследования", code="survey_missing")


def test_contract_type_starting_beyond_a_month_refuses_the_whole_contract(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    data = contract(
        term_start=TODAY + timedelta(days=40), patronage_type=PatronageType.PLANNED, type_reason="Плановый"
    )
    err = refused(db, lambda s: cases.sign_contract(s, actor, c.family_id, data, today=TODAY))
    problem(err, "type.start", "через месяц")
    assert stage_of(db, c.family_id) == Stage.PLAN


# --- patronage type ---


def test_change_type_closes_the_previous_period_the_day_before(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    done = act(
        db,
        lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.PLANNED, date(2026, 4, 1), "Угроза миновала", TODAY
        ),
    )
    assert done.audit == Counter({"type.change": 1})
    assert done.rows == {"type_period": 1, "audit_entry": 1}
    with db.transaction() as s:
        periods = s.scalars(select(TypePeriod).order_by(TypePeriod.start)).all()
        assert [(p.type, p.start, p.end) for p in periods] == [
            (PatronageType.EMERGENCY, CONTRACT_DATE, date(2026, 3, 31)),
            (PatronageType.PLANNED, date(2026, 4, 1), None),
        ]
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "type.change")).all()
        assert sorted((e.changes["type"] for e in entries), key=str) == [
            ["emergency", "planned"],
            [None, "emergency"],
        ]


def test_first_type_after_the_contract_starts_the_patronage(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.CONTRACT)
    done = act(
        db,
        lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.CONTROL, date(2026, 3, 20), "Контроль", TODAY
        ),
    )
    assert done.audit == Counter({"type.change": 1, "family.stage": 1})
    assert stage_of(db, c.family_id) == Stage.PATRONAGE


def test_change_type_to_the_same_type_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    err = refused(
        db,
        lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.EMERGENCY, date(2026, 4, 1), "x", TODAY
        ),
    )
    problem(err, "type.type", "уже «экстренный»", code="same_type")


def test_change_type_without_reason_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    err = refused(
        db,
        lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.PLANNED, date(2026, 4, 1), " ", TODAY
        ),
    )
    problem(err, "type.reason", "Причина смены вида патроната", code="required")


@pytest.mark.parametrize("start", [date(2026, 3, 11), CONTRACT_DATE], ids=["before", "same_day"])
def test_change_type_not_after_the_current_period_start_is_refused(
    db: Database, actor: Actor, start: date
) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    err = refused(
        db,
        lambda s: cases.change_type(s, actor, c.family_id, PatronageType.PLANNED, start, "Снижение", TODAY),
    )
    msgs = [p.message for p in err.problems if p.field == "type.start"]
    assert any("позже начала текущего вида (12.03.2026)" in m for m in msgs)


def test_change_type_outside_the_contract_term_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    with db.transaction() as s:
        s.get(Contract, c.contract_id).term_end = date(2026, 5, 31)  # type: ignore[union-attr]
    err = refused(
        db,
        lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.PLANNED, date(2026, 6, 1), "x", TODAY
        ),
    )
    problem(err, "type.start", "в пределах срока договора", "12.03.2026 – 31.05.2026", code="range")


def test_change_type_without_contract_or_too_far_ahead_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    err = refused(
        db,
        lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.PLANNED, date(2026, 4, 1), "x", TODAY
        ),
    )
    problem(err, "contract", "после заключения договора", code="no_contract")
    c = walk(db, actor, Stage.PATRONAGE, application_number="2")
    err = refused(
        db,
        lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.PLANNED, TODAY + timedelta(32), "x", TODAY
        ),
    )
    problem(err, "type.start", "через месяц")


# --- visits ---


def test_record_visit(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.CONTRACT)
    done = act(
        db, lambda s: cases.record_visit(s, actor, c.family_id, visit([c.applicant_id, c.child_id]), TODAY).id
    )
    assert done.audit == Counter({"visit.record": 1})
    assert done.rows == {"visit": 1, "visit_member": 2, "audit_entry": 1}
    with db.transaction() as s:
        v = s.get(Visit, done.value)
        assert v is not None
        assert v.counts_toward_norm
        assert v.worker_id == actor.worker_id
        assert sorted(m.id for m in v.members_present) == sorted([c.applicant_id, c.child_id])


def test_visit_counts_toward_the_norm_by_the_centre_setting(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.CONTRACT)

    def counts(kind: VisitKind, explicit: bool | None = None) -> bool:
        with db.transaction() as s:
            data = visit([c.applicant_id], kind=kind, counts_toward_norm=explicit)
            return cases.record_visit(s, actor, c.family_id, data, TODAY).counts_toward_norm

    assert counts(VisitKind.HOME) is True
    assert counts(VisitKind.PHONE) is False
    assert counts(VisitKind.OFFICE) is False
    assert counts(VisitKind.JOINT) is False
    assert counts(VisitKind.PHONE, explicit=True) is True
    with db.transaction() as s:
        set_setting(s, actor, "counting_visit_kinds", ["home", "joint", "phone"])
    assert counts(VisitKind.PHONE) is True
    assert counts(VisitKind.JOINT) is True
    assert counts(VisitKind.OFFICE) is False
    assert counts(VisitKind.HOME, explicit=False) is False


def test_visit_before_the_application_is_refused(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(
        db,
        lambda s: cases.record_visit(
            s, actor, c.family_id, visit([c.applicant_id], date=date(2026, 3, 1)), TODAY
        ),
    )
    problem(err, "visit.date", "не раньше даты заявления", code="before_application")


def test_visit_in_the_future_is_refused(db: Database, actor: Actor) -> None:
    c = register(db, actor)
    err = refused(
        db,
        lambda s: cases.record_visit(
            s, actor, c.family_id, visit([c.applicant_id], date=TODAY + timedelta(1)), TODAY
        ),
    )
    problem(err, "visit.date", "позже сегодняшней", code="future_date")


def test_record_visit_refusals(db: Database, actor: Actor, other_actor: Actor) -> None:
    c = register(db, actor)
    stranger = register(db, actor, application_number="2")
    err = refused(db, lambda s: cases.record_visit(s, actor, c.family_id, visit([]), TODAY))
    problem(err, "visit.members", "Присутствовали", code="required")
    err = refused(
        db,
        lambda s: cases.record_visit(
            s, actor, c.family_id, visit([stranger.applicant_id], worker_id=other_actor.worker_id), TODAY
        ),
    )
    problem(err, "visit.members", "только члены этой семьи")
    problem(err, "visit.worker", "вашего центра")


def test_edit_visit(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    visit_id = c.visit_ids[0]
    data = visit([c.applicant_id], kind=VisitKind.PHONE, date=date(2026, 3, 17), notes="Звонок")
    done = act(db, lambda s: cases.edit_visit(s, actor, visit_id, data, TODAY))
    assert done.audit == Counter({"visit.edit": 1})
    assert done.rows == {"visit_member": -1, "audit_entry": 1}
    with db.transaction() as s:
        v = s.get(Visit, visit_id)
        assert v is not None
        assert (v.kind, v.date, v.counts_toward_norm, v.notes) == (
            VisitKind.PHONE,
            date(2026, 3, 17),
            False,
            "Звонок",
        )
        assert [m.id for m in v.members_present] == [c.applicant_id]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "visit.edit")).one()
        assert entry.changes["kind"] == ["home", "phone"]
        assert entry.changes["counts_toward_norm"] == [True, False]
        assert entry.changes["members_present"] == [
            sorted([str(c.applicant_id), str(c.child_id)]),
            [str(c.applicant_id)],
        ]


def test_edit_visit_changes_the_worker(db: Database, actor: Actor, other_actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    colleague = add_worker(db, actor.centre_id)
    visit_id = c.visit_ids[0]
    err = refused(
        db,
        lambda s: cases.edit_visit(
            s, actor, visit_id, visit([c.applicant_id], worker_id=other_actor.worker_id), TODAY
        ),
    )
    problem(err, "visit.worker", "вашего центра")
    with db.transaction() as s:
        cases.edit_visit(s, actor, visit_id, visit([c.applicant_id], worker_id=colleague), TODAY)
    with db.transaction() as s:
        assert s.get(Visit, visit_id).worker_id == colleague  # type: ignore[union-attr]


def test_edit_visit_refusals(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    visit_id = c.visit_ids[0]
    err = refused(
        db, lambda s: cases.edit_visit(s, actor, visit_id, visit([], date=TODAY + timedelta(1)), TODAY)
    )
    problem(err, "visit.date", "позже сегодняшней")
    problem(err, "visit.members", "Присутствовали")
    with db.transaction() as s:
        v = s.get(Visit, visit_id)
        assert v is not None
        assert v.date == date(2026, 3, 16)
        assert len(v.members_present) == 2
    err = refused(db, lambda s: cases.edit_visit(s, actor, uuid.uuid4(), visit([]), TODAY))
    problem(err, "visit", "не найдена")


# --- closure ---


def test_close_case(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    results = {c.item_ids[0]: "Мать трудоустроена", c.item_ids[1]: "Ребёнок оздоровлен"}
    done = act(db, lambda s: cases.close_case(s, actor, c.family_id, closure(goal_results=results), TODAY).id)
    assert done.audit == Counter({"case.close": 1, "family.stage": 1})
    assert done.rows == {"closing_summary": 1, "goal_result": 2, "audit_entry": 2}
    assert stage_of(db, c.family_id) == Stage.CLOSED
    with db.transaction() as s:
        summary = s.get(ClosingSummary, done.value)
        assert summary is not None
        assert (summary.date, summary.reason, summary.outcome) == (
            CLOSURE_DATE,
            ClosureReason.COMPLETED,
            Outcome.OVERCOME,
        )
        assert {g.plan_item_id: g.result for g in summary.goal_results} == results
        period = s.scalars(select(TypePeriod)).one()
        assert period.end == CLOSURE_DATE  # closing closes the open type period


def test_early_closure_needs_no_goal_results(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.SURVEY)
    done = act(
        db,
        lambda s: cases.close_case(
            s,
            actor,
            c.family_id,
            closure(reason=ClosureReason.CONSENT_WITHDRAWN, outcome=Outcome.REFUSED),
            TODAY,
        ),
    )
    assert done.audit == Counter({"case.close": 1, "family.stage": 1})
    assert stage_of(db, c.family_id) == Stage.CLOSED


def test_closing_without_a_summary_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.SURVEY)
    err = refused(
        db,
        lambda s: cases.close_case(
            s,
            actor,
            c.family_id,
            closure(reason=ClosureReason.MOVED_AWAY, dynamics=" ", decision=""),
            TODAY,
        ),
    )
    problem(err, "summary", "без итогового заключения", code="no_summary")
    problem(err, "closure.dynamics", "обязательное поле")
    problem(err, "closure.decision", "обязательное поле")
    assert stage_of(db, c.family_id) == Stage.SURVEY


def test_closing_a_completed_case_needs_a_result_for_every_goal(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    err = refused(
        db,
        lambda s: cases.close_case(
            s,
            actor,
            c.family_id,
            closure(goal_results={c.item_ids[0]: "Выполнено", c.item_ids[1]: " "}),
            TODAY,
        ),
    )
    problem(err, "closure.goal_results", "по каждой цели", "не заполнено: 1", code="goal_results_missing")
    err = refused(
        db,
        lambda s: cases.close_case(
            s,
            actor,
            c.family_id,
            closure(goal_results=dict.fromkeys([*c.item_ids, uuid.uuid4()], "x")),
            TODAY,
        ),
    )
    problem(err, "closure.goal_results", "не из действующего плана")


def test_close_case_refusals(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    err = refused(
        db,
        lambda s: cases.close_case(
            s,
            actor,
            c.family_id,
            closure(reason=ClosureReason.OTHER, date=date(2026, 3, 15), goal_results={}),
            TODAY,
        ),
    )
    problem(err, "closure.reason_note", "«иная»")
    problem(err, "closure.date", "не раньше последнего посещения (16.03.2026)")
    err = refused(
        db, lambda s: cases.close_case(s, actor, c.family_id, closure(date=TODAY + timedelta(1)), TODAY)
    )
    assert any("позже сегодняшней" in p.message for p in err.problems if p.field == "closure.date")
    assert stage_of(db, c.family_id) == Stage.PATRONAGE


# --- a closed case ---


def test_any_change_to_a_closed_case_is_refused(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.CLOSED)
    colleague = add_worker(db, actor.centre_id)
    attempts = {
        "edit_family": lambda s: cases.edit_family(
            s, actor, c.family_id, address(), ReferralSource.SELF, ground_ids(s)
        ),
        "add_member": lambda s: cases.add_member(s, actor, c.family_id, spouse(), TODAY),
        "edit_member": lambda s: cases.edit_member(s, actor, c.child_id, child(notes="x"), TODAY),
        "remove_member": lambda s: cases.remove_member(s, actor, c.child_id),
        "reassign_family": lambda s: cases.reassign_family(s, actor, c.family_id, colleague),
        "record_survey": lambda s: cases.record_survey(s, actor, c.family_id, survey(), TODAY),
        "add_problem": lambda s: cases.add_problem(s, actor, c.family_id, "Ещё", PROBLEM_DATE, today=TODAY),
        "save_plan_version": lambda s: cases.save_plan_version(
            s, actor, c.family_id, [plan_item(actor.worker_id)], date(2026, 5, 16), "Пересмотр", TODAY
        ),
        "mark_plan_agreed": lambda s: cases.mark_plan_agreed(s, actor, c.family_id, PLAN_DATE, "П.", TODAY),
        "mark_plan_item": lambda s: cases.mark_plan_item(
            s, actor, c.item_ids[0], PlanItemStatus.DONE, date(2026, 5, 1), "", TODAY
        ),
        "sign_contract": lambda s: cases.sign_contract(
            s, actor, c.family_id, contract(number="99"), True, TODAY
        ),
        "change_type": lambda s: cases.change_type(
            s, actor, c.family_id, PatronageType.CONTROL, date(2026, 5, 18), "x", TODAY
        ),
        "record_visit": lambda s: cases.record_visit(
            s, actor, c.family_id, visit([c.applicant_id], date=date(2026, 5, 18)), TODAY
        ),
        "edit_visit": lambda s: cases.edit_visit(s, actor, c.visit_ids[0], visit([c.applicant_id]), TODAY),
        "close_case": lambda s: cases.close_case(
            s, actor, c.family_id, closure(reason=ClosureReason.OTHER), TODAY
        ),
    }
    before_audit = audit_actions(db)
    for name, attempt in attempts.items():
        err = refused(db, attempt)
        assert err.problems[0].field == "stage", name
        assert err.problems[0].code == "closed", name
        assert "Случай закрыт" in err.problems[0].message, name
    assert audit_actions(db) == before_audit
    assert stage_of(db, c.family_id) == Stage.CLOSED


# --- transactions ---


class Boom(Exception):
    pass


def test_rolled_back_action_leaves_no_audit_entry(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.SURVEY)
    before = table_counts(db)
    with pytest.raises(Boom), db.transaction() as s:
        cases.add_problem(s, actor, c.family_id, "Долги", PROBLEM_DATE, today=TODAY)
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.action == "problem.add")).all() == [
            "problem.add"
        ]
        raise Boom
    assert table_counts(db) == before
    assert stage_of(db, c.family_id) == Stage.SURVEY


def test_rolled_back_registration_leaves_nothing(db: Database, actor: Actor) -> None:
    before = table_counts(db)
    with pytest.raises(Boom), db.transaction() as s:
        cases.register_application(s, actor, new_case(s, actor), today=TODAY)
        raise Boom
    assert table_counts(db) == before
    # The case number is not used up by the rolled back registration.
    assert register(db, actor).family_id
    with db.transaction() as s:
        assert s.scalars(select(Family.case_number)).all() == ["2026/001"]


def test_a_refusal_does_not_spoil_the_transaction(db: Database, actor: Actor) -> None:
    """A form can show the refusal and the same user action can go on with corrected data."""
    c = walk(db, actor, Stage.SURVEY)
    with db.transaction() as s:
        with pytest.raises(DomainError):
            cases.add_problem(s, actor, c.family_id, "", PROBLEM_DATE, today=TODAY)
        cases.add_problem(s, actor, c.family_id, "Долги", PROBLEM_DATE, today=TODAY)
    assert stage_of(db, c.family_id) == Stage.ASSESSMENT
    assert audit_actions(db)["problem.add"] == 1


def test_full_walk_writes_one_row_per_document(db: Database, actor: Actor) -> None:
    c: Case = walk(db, actor, Stage.CLOSED)
    counts = table_counts(db)
    for table, n in {
        "family": 1,
        "member": 2,
        "application": 1,
        "survey_act": 1,
        "problem": 1,
        "plan": 1,
        "plan_version": 1,
        "plan_item": 2,
        "contract": 1,
        "type_period": 1,
        "visit": 1,
        "closing_summary": 1,
        "goal_result": 2,
    }.items():
        assert counts[table] == n, table
    assert audit_actions(db)["family.stage"] == 6
    with db.transaction() as s:
        assert s.scalars(select(Application.family_id)).one() == c.family_id
