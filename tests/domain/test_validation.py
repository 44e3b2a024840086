"""The database-free checks of every user action's input (``*Data.problems()``) and ``age_on``."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

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
    age_on,
    completion_problems,
)
from patronat_desktop.domain.vocab import (
    ClosureReason,
    ContractForm,
    HousingType,
    Outcome,
    PlanItemStatus,
    ReferralSource,
    Relation,
    Sex,
    VisitKind,
)

TODAY = date(2026, 5, 20)
APP_DATE = date(2026, 3, 2)
WORKER = uuid.uuid4()
AGENCY = uuid.uuid4()


def fields(problems: list[Problem]) -> list[str]:
    return [p.field for p in problems]


def one(problems: list[Problem], field: str) -> Problem:
    found = [p for p in problems if p.field == field]
    assert len(found) == 1, f"{field} not exactly once in {fields(problems)}"
    return found[0]


def adult(**kw: object) -> MemberData:
    base = MemberData(
        "Петрова", "Ольга", date(1990, 4, 12), Sex.FEMALE, "Ивановна", Relation.SELF, is_applicant=True
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def child(**kw: object) -> MemberData:
    base = MemberData("Петров", "Максим", date(2015, 9, 1), Sex.MALE, relation=Relation.CHILD)
    return replace(base, **kw)  # type: ignore[arg-type]


def case(**kw: object) -> NewCaseData:
    base = NewCaseData(
        application_number="12",
        application_date=APP_DATE,
        members=[adult(), child()],
        address=AddressData("д. Новосёлки", street="Центральная", house="5", phone="+375 29 123-45-67"),
        ground_ids=[uuid.uuid4()],
        referral_source=ReferralSource.SELF,
        responsible_worker_id=WORKER,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


# --- age ---


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(2008, 3, 2), date(2026, 3, 1), 17),  # the day before the 18th birthday
        (date(2008, 3, 2), date(2026, 3, 2), 18),  # on the birthday
        (date(2008, 3, 2), date(2026, 3, 3), 18),
        (date(2008, 12, 31), date(2026, 12, 30), 17),
        (date(2008, 12, 31), date(2026, 12, 31), 18),
        (date(2008, 1, 1), date(2026, 1, 1), 18),
        (date(2008, 1, 1), date(2025, 12, 31), 17),
        (date(2026, 3, 2), date(2026, 3, 2), 0),
        # Born on a leap day: in a common year the birthday falls on 28 February.
        (date(2008, 2, 29), date(2026, 2, 27), 17),
        (date(2008, 2, 29), date(2026, 2, 28), 18),
        (date(2008, 2, 29), date(2028, 2, 28), 19),
        (date(2008, 2, 29), date(2028, 2, 29), 20),
        # Someone else's birthday in a leap year.
        (date(2010, 3, 1), date(2028, 2, 29), 17),
        (date(2010, 3, 1), date(2028, 3, 1), 18),
    ],
)
def test_age_on(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age


# --- application ---


def test_valid_application_has_no_problems() -> None:
    assert case().problems(TODAY) == []
    assert case(application_date=TODAY).problems(TODAY) == []


def test_child_as_applicant_is_refused() -> None:
    data = case(members=[adult(is_applicant=False), child(is_applicant=True)])
    p = one(data.problems(TODAY), "applicant")
    assert p.code == "no_adult_applicant"
    assert "18 лет" in p.message


def test_applicant_turning_18_on_the_application_date_is_adult() -> None:
    born = date(APP_DATE.year - 18, APP_DATE.month, APP_DATE.day)
    assert case(members=[adult(birth_date=born)]).problems(TODAY) == []
    day_later = date(born.year, born.month, born.day + 1)
    p = one(case(members=[adult(birth_date=day_later)]).problems(TODAY), "applicant")
    assert "18 лет" in p.message


def test_applicant_age_is_counted_on_the_application_date_not_today() -> None:
    # 18 today, but 17 on the day the application was written.
    born = date(2008, 4, 1)
    data = case(members=[adult(birth_date=born)])
    assert age_on(born, TODAY) == 18
    assert one(data.problems(TODAY), "applicant").code == "no_adult_applicant"


def test_two_applicants_are_refused() -> None:
    data = case(members=[adult(), adult(name="Анна", birth_date=date(1988, 1, 1))])
    p = one(data.problems(TODAY), "applicant")
    assert p.code == "one_applicant"
    assert "ровно одного заявителя" in p.message


def test_no_applicant_is_refused() -> None:
    data = case(members=[adult(is_applicant=False), child()])
    assert one(data.problems(TODAY), "applicant").code == "one_applicant"


def test_no_members_is_refused() -> None:
    p = one(case(members=[]).problems(TODAY), "members")
    assert "хотя бы заявителя" in p.message


def test_no_grounds_is_refused() -> None:
    p = one(case(ground_ids=[]).problems(TODAY), "grounds")
    assert p.code == "no_grounds"
    assert "хотя бы одно основание" in p.message


def test_future_application_date_is_refused() -> None:
    p = one(case(application_date=date(2026, 5, 21)).problems(TODAY), "application.date")
    assert p.code == "future_date"
    assert "позже сегодняшней" in p.message


def test_future_birth_date_is_refused_with_the_member_index() -> None:
    data = case(members=[adult(), child(birth_date=date(2026, 6, 1))])
    p = one(data.problems(TODAY), "members[1].birth_date")
    assert "Дата рождения" in p.message
    assert "позже сегодняшней" in p.message


def test_birth_before_1900_is_refused() -> None:
    p = one(adult(birth_date=date(1899, 12, 31)).problems(TODAY), "member.birth_date")
    assert "1900" in p.message


@pytest.mark.parametrize(
    ("change", "field", "label"),
    [
        ({"application_number": "  "}, "application.number", "Номер заявления"),
        ({"members": [adult(surname=" ")]}, "members[0].surname", "Фамилия"),
        ({"members": [adult(), child(name="")]}, "members[1].name", "Имя"),
        ({"address": AddressData("  ")}, "address.settlement", "Населённый пункт"),
        ({"referral_source": ReferralSource.OTHER}, "referral_note", "«иное»"),
    ],
)
def test_empty_required_fields_name_the_field(change: dict[str, object], field: str, label: str) -> None:
    p = one(case(**change).problems(TODAY), field)
    assert label in p.message
    assert p.blocking


def test_referral_other_with_a_note_is_accepted() -> None:
    assert case(referral_source=ReferralSource.OTHER, referral_note="Соседи").problems(TODAY) == []


@pytest.mark.parametrize("phone", ["12", "1234567890123456", "тел."])
def test_bad_phone_is_refused(phone: str) -> None:
    p = one(AddressData("г. Узда", phone=phone).problems(), "address.phone")
    assert "от 5 до 15 цифр" in p.message


def test_application_returns_every_problem_at_once() -> None:
    data = case(
        application_number="",
        application_date=date(2026, 6, 1),
        members=[adult(is_applicant=False, surname=""), child()],
        address=AddressData(""),
        ground_ids=[],
    )
    assert sorted(fields(data.problems(TODAY))) == sorted(
        [
            "application.number",
            "application.date",
            "members[0].surname",
            "applicant",
            "address.settlement",
            "grounds",
        ]
    )
    err = DomainError(data.problems(TODAY))
    assert len(err.problems) == 6
    assert "grounds" in err.fields
    assert not err.only_warnings


# --- survey ---


def test_survey_checks() -> None:
    ok = SurveyData(date(2026, 3, 4), "Иванова А.", HousingType.OWN_HOUSE, "Нуждается в помощи")
    assert ok.problems(TODAY) == []
    bad = SurveyData(
        date(2026, 5, 21),
        " ",
        HousingType.RENTED,
        "",
        total_income=Decimal("-1"),
        per_capita_income=Decimal(-2),
    )
    assert sorted(fields(bad.problems(TODAY))) == sorted(
        [
            "survey.date",
            "survey.surveyors",
            "survey.conclusion",
            "survey.total_income",
            "survey.per_capita_income",
        ]
    )
    assert "обязательное поле" in one(bad.problems(TODAY), "survey.conclusion").message


# --- plan items ---


def item(**kw: object) -> PlanItemData:
    base = PlanItemData("Трудоустройство", "Направить в управление по труду", date(2026, 4, 30), WORKER)
    return replace(base, **kw)  # type: ignore[arg-type]


def test_plan_item_with_one_responsible_is_valid() -> None:
    assert item().problems(date(2026, 3, 10), "items[0]") == []
    agency_item = item(responsible_worker_id=None, responsible_agency_id=AGENCY)
    assert agency_item.problems(date(2026, 3, 10), "items[0]") == []


@pytest.mark.parametrize(("worker", "agency"), [(WORKER, AGENCY), (None, None)], ids=["both", "neither"])
def test_plan_item_needs_exactly_one_responsible(worker: uuid.UUID | None, agency: uuid.UUID | None) -> None:
    data = item(responsible_worker_id=worker, responsible_agency_id=agency)
    p = one(data.problems(date(2026, 3, 10), "items[2]"), "items[2].responsible")
    assert p.code == "one_responsible"
    assert "укажите одного" in p.message


def test_plan_item_deadline_before_the_plan_date_is_refused() -> None:
    p = one(item(deadline=date(2026, 3, 9)).problems(date(2026, 3, 10), "items[0]"), "items[0].deadline")
    assert p.code == "deadline_before_plan"
    assert "не раньше даты составления плана" in p.message
    assert item(deadline=date(2026, 3, 10)).problems(date(2026, 3, 10), "items[0]") == []


def test_plan_item_required_fields() -> None:
    out = item(goal=" ", measure="").problems(date(2026, 3, 10), "items[1]")
    assert fields(out) == ["items[1].goal", "items[1].measure"]


@pytest.mark.parametrize(
    ("status", "completed_on", "bad"),
    [
        (PlanItemStatus.DONE, None, True),
        (PlanItemStatus.PARTLY, None, True),
        (PlanItemStatus.PLANNED, date(2026, 4, 1), True),
        (PlanItemStatus.DONE, date(2026, 4, 1), False),
        (PlanItemStatus.PLANNED, None, False),
        (PlanItemStatus.NOT_DONE, None, False),
        (PlanItemStatus.CANCELLED, date(2026, 4, 1), False),
    ],
)
def test_completion_mark(status: PlanItemStatus, completed_on: date | None, bad: bool) -> None:
    out = completion_problems(status, completed_on, "item")
    assert fields(out) == (["item.completed_on"] if bad else [])


# --- contract ---


def contract(**kw: object) -> ContractData:
    base = ContractData(
        "7", date(2026, 3, 12), ContractForm.NON_STATIONARY, date(2026, 3, 12), date(2026, 12, 31)
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_valid_contract() -> None:
    assert contract().problems(TODAY) == []
    typed = contract(patronage_type=PatronageType.EMERGENCY, type_reason="Угроза жизни")
    assert typed.problems(TODAY) == []


def test_contract_term_end_before_start_is_refused() -> None:
    p = one(contract(term_end=date(2026, 3, 11)).problems(TODAY), "contract.term_end")
    assert "окончание раньше начала" in p.message
    assert contract(term_end=date(2026, 3, 12)).problems(TODAY) == []  # one-day term


def test_contract_term_start_before_contract_date_is_refused() -> None:
    p = one(contract(term_start=date(2026, 3, 11)).problems(TODAY), "contract.term_start")
    assert "раньше даты договора" in p.message


def test_future_contract_date_is_refused() -> None:
    out = contract(date=date(2026, 5, 21), term_start=date(2026, 5, 21)).problems(TODAY)
    assert fields(out) == ["contract.date"]


def test_contract_type_without_reason_is_refused() -> None:
    p = one(contract(patronage_type=PatronageType.PLANNED, type_reason=" ").problems(TODAY), "type_reason")
    assert "обязательное поле" in p.message


# --- visits ---


def test_home_visit_without_members_present_is_refused() -> None:
    p = one(VisitData(date(2026, 4, 1), VisitKind.HOME).problems(TODAY), "visit.members")
    assert "Присутствовали" in p.message


@pytest.mark.parametrize("kind", [VisitKind.OFFICE, VisitKind.PHONE, VisitKind.JOINT])
def test_other_contacts_need_no_members_present(kind: VisitKind) -> None:
    assert VisitData(date(2026, 4, 1), kind).problems(TODAY) == []


def test_home_visit_with_members_and_future_visit() -> None:
    assert VisitData(date(2026, 4, 1), VisitKind.HOME, [uuid.uuid4()]).problems(TODAY) == []
    future = VisitData(date(2026, 5, 21), VisitKind.PHONE)
    p = one(future.problems(TODAY), "visit.date")
    assert "позже сегодняшней" in p.message


# --- closure ---


def closure(**kw: object) -> ClosureData:
    base = ClosureData(
        date(2026, 5, 15), ClosureReason.COMPLETED, Outcome.OVERCOME, "Положительная", "Снять с учёта"
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def test_valid_closure() -> None:
    assert closure().problems(TODAY) == []


def test_closure_other_reason_needs_a_note() -> None:
    p = one(closure(reason=ClosureReason.OTHER).problems(TODAY), "closure.reason_note")
    assert "«иная»" in p.message
    assert closure(reason=ClosureReason.OTHER, reason_note="Смерть заявителя").problems(TODAY) == []


def test_closure_without_summary_text_names_both_fields() -> None:
    out = closure(dynamics=" ", decision="").problems(TODAY)
    assert fields(out) == ["closure.dynamics", "closure.decision"]
    assert "Динамика ситуации" in out[0].message
    assert "Решение" in out[1].message


def test_future_closure_is_refused() -> None:
    assert fields(closure(date=date(2026, 5, 21)).problems(TODAY)) == ["closure.date"]


# --- DomainError ---


def test_domain_error_carries_every_problem() -> None:
    w = Problem("plan", "Предупреждение", "plan_not_agreed", blocking=False)
    assert DomainError([w]).only_warnings
    assert not DomainError([w, Problem("contract", "Блок")]).only_warnings
    err = DomainError("Сообщение", field="x")
    assert err.problems == [Problem("x", "Сообщение")]
    assert str(err) == "Сообщение"
    assert str(DomainError([Problem("a", "1"), Problem("b", "2")])) == "1\n2"
