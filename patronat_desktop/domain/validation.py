"""Input of every user action as plain data, with the checks that need no database.

Each ``problems()`` returns every broken rule, each naming the field and the rule in Russian, so a form
can show them next to the fields and a service can refuse the whole action.
"""

from __future__ import annotations

import calendar
import datetime as dt
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.stages import ADULT_AGE
from patronat_desktop.domain.vocab import (
    ClosureReason,
    ContractForm,
    Disability,
    HousingType,
    Outcome,
    PlanItemStatus,
    ReferralSource,
    Relation,
    Sex,
    VisitKind,
)


def age_on(birth: date, day: date) -> int:
    """Full years of age on ``day``.

    Someone born on 29 February has their birthday on 28 February in a common year: a period in years ends
    on the last day of the month when that month has no such day (the civil-code rule for periods).
    """
    month_day = (birth.month, birth.day)
    if month_day == (2, 29) and not calendar.isleap(day.year):
        month_day = (2, 28)
    return day.year - birth.year - ((day.month, day.day) < month_day)


def _required(value: str, field_name: str, label: str) -> list[Problem]:
    if value.strip():
        return []
    return [Problem(field_name, f"{label}: обязательное поле.", "required")]


def _not_future(value: date, today: date, field_name: str, label: str) -> list[Problem]:
    if value <= today:
        return []
    return [Problem(field_name, f"{label}: дата не может быть позже сегодняшней.", "future_date")]


@dataclass
class MemberData:
    surname: str
    name: str
    birth_date: date
    sex: Sex
    patronymic: str = ""
    relation: Relation = Relation.OTHER
    is_applicant: bool = False
    disability: Disability = Disability.NONE
    school_or_work: str = ""
    notes: str = ""

    def problems(self, today: date, prefix: str = "member") -> list[Problem]:
        out = _required(self.surname, f"{prefix}.surname", "Фамилия")
        out += _required(self.name, f"{prefix}.name", "Имя")
        out += _not_future(self.birth_date, today, f"{prefix}.birth_date", "Дата рождения")
        if self.birth_date.year < 1900:
            out.append(Problem(f"{prefix}.birth_date", "Дата рождения: не раньше 1900 года.", "range"))
        return out


@dataclass
class AddressData:
    settlement: str
    region: str = ""
    district: str = ""
    village_council: str = ""
    street: str = ""
    house: str = ""
    flat: str = ""
    phone: str = ""

    def problems(self) -> list[Problem]:
        out = _required(self.settlement, "address.settlement", "Населённый пункт")
        digits = [c for c in self.phone if c.isdigit()]
        if self.phone.strip() and not 5 <= len(digits) <= 15:
            out.append(Problem("address.phone", "Телефон: от 5 до 15 цифр.", "format"))
        return out


@dataclass
class NewCaseData:
    """A written application that opens a case: the applicant, members, address, grounds and referral."""

    application_number: str
    application_date: date
    members: list[MemberData]
    address: AddressData
    ground_ids: list[uuid.UUID]
    referral_source: ReferralSource
    responsible_worker_id: uuid.UUID
    referral_note: str = ""
    request_text: str = ""

    def problems(self, today: date) -> list[Problem]:
        out = _required(self.application_number, "application.number", "Номер заявления")
        out += _not_future(self.application_date, today, "application.date", "Дата заявления")
        if not self.members:
            out.append(Problem("members", "Члены семьи: укажите хотя бы заявителя.", "required"))
        for i, m in enumerate(self.members):
            out += m.problems(today, f"members[{i}]")
        applicants = [m for m in self.members if m.is_applicant]
        if self.members and len(applicants) != 1:
            out.append(Problem("applicant", "Заявитель: отметьте ровно одного заявителя.", "one_applicant"))
        elif applicants and age_on(applicants[0].birth_date, self.application_date) < ADULT_AGE:
            out.append(
                Problem(
                    "applicant",
                    "Заявитель: заявление подаёт совершеннолетний (18 лет и старше) член семьи.",
                    "no_adult_applicant",
                )
            )
        out += self.address.problems()
        if not self.ground_ids:
            out.append(Problem("grounds", "Основания ТЖС: укажите хотя бы одно основание.", "no_grounds"))
        if self.referral_source == ReferralSource.OTHER and not self.referral_note.strip():
            out.append(
                Problem("referral_note", "Источник обращения «иное»: укажите, кто направил.", "required")
            )
        return out


@dataclass
class SurveyData:
    date: dt.date
    surveyors: str
    housing_type: HousingType
    conclusion: str
    housing_condition: str = ""
    amenities: str = ""
    income_sources: str = ""
    total_income: Decimal = Decimal("0")
    per_capita_income: Decimal | None = None

    def problems(self, today: dt.date) -> list[Problem]:
        out = _not_future(self.date, today, "survey.date", "Дата обследования")
        out += _required(self.surveyors, "survey.surveyors", "Обследование проводили")
        out += _required(self.conclusion, "survey.conclusion", "Заключение")
        if self.total_income < 0:
            out.append(Problem("survey.total_income", "Доход семьи: не может быть отрицательным.", "range"))
        if self.per_capita_income is not None and self.per_capita_income < 0:
            out.append(
                Problem(
                    "survey.per_capita_income", "Среднедушевой доход: не может быть отрицательным.", "range"
                )
            )
        return out


@dataclass
class PlanItemData:
    goal: str
    measure: str
    deadline: date
    responsible_worker_id: uuid.UUID | None = None
    responsible_agency_id: uuid.UUID | None = None
    problem_id: uuid.UUID | None = None
    status: PlanItemStatus = PlanItemStatus.PLANNED
    completed_on: date | None = None
    completion_note: str = ""

    def problems(self, drawn_up_on: date, prefix: str) -> list[Problem]:
        out = _required(self.goal, f"{prefix}.goal", "Цель")
        out += _required(self.measure, f"{prefix}.measure", "Мероприятие")
        if (self.responsible_worker_id is None) == (self.responsible_agency_id is None):
            out.append(
                Problem(
                    f"{prefix}.responsible",
                    "Ответственный: укажите одного — специалиста центра или организацию.",
                    "one_responsible",
                )
            )
        if self.deadline < drawn_up_on:
            out.append(
                Problem(
                    f"{prefix}.deadline", "Срок: не раньше даты составления плана.", "deadline_before_plan"
                )
            )
        out += completion_problems(self.status, self.completed_on, prefix)
        return out


def completion_problems(status: PlanItemStatus, completed_on: date | None, prefix: str) -> list[Problem]:
    if status in (PlanItemStatus.DONE, PlanItemStatus.PARTLY) and completed_on is None:
        return [Problem(f"{prefix}.completed_on", "Дата выполнения: укажите для выполненного мероприятия.")]
    if status == PlanItemStatus.PLANNED and completed_on is not None:
        return [Problem(f"{prefix}.completed_on", "Дата выполнения: только для выполненного мероприятия.")]
    return []


@dataclass
class ContractData:
    number: str
    date: dt.date
    form: ContractForm
    term_start: dt.date
    term_end: dt.date
    signed_by: str = ""
    patronage_type: PatronageType | None = None
    type_reason: str = ""

    def problems(self, today: dt.date) -> list[Problem]:
        out = _not_future(self.date, today, "contract.date", "Дата договора")
        if self.term_end < self.term_start:
            out.append(Problem("contract.term_end", "Срок договора: окончание раньше начала.", "range"))
        if self.term_start < self.date:
            out.append(Problem("contract.term_start", "Срок договора: начало раньше даты договора.", "range"))
        if self.patronage_type is not None and not self.type_reason.strip():
            out.append(Problem("type_reason", "Основание вида патроната: обязательное поле.", "required"))
        return out


@dataclass
class VisitData:
    date: dt.date
    kind: VisitKind
    member_ids: list[uuid.UUID] = field(default_factory=list)
    notes: str = ""
    result: str = ""
    next_steps: str = ""
    counts_toward_norm: bool | None = None  # None: decided by the centre's counting kinds
    worker_id: uuid.UUID | None = None

    def problems(self, today: dt.date) -> list[Problem]:
        out = _not_future(self.date, today, "visit.date", "Дата посещения")
        if self.kind == VisitKind.HOME and not self.member_ids:
            out.append(
                Problem(
                    "visit.members", "Присутствовали: отметьте членов семьи, с кем была встреча.", "required"
                )
            )
        return out


@dataclass
class ClosureData:
    date: dt.date
    reason: ClosureReason
    outcome: Outcome
    dynamics: str
    decision: str
    goal_results: dict[uuid.UUID, str] = field(default_factory=dict)
    reason_note: str = ""

    def problems(self, today: dt.date) -> list[Problem]:
        out = _not_future(self.date, today, "closure.date", "Дата закрытия")
        out += _required(self.dynamics, "closure.dynamics", "Динамика ситуации")
        out += _required(self.decision, "closure.decision", "Решение")
        if self.reason == ClosureReason.OTHER and not self.reason_note.strip():
            out.append(
                Problem("closure.reason_note", "Причина закрытия «иная»: опишите причину.", "required")
            )
        return out
