"""Plain content of each printed document, filled in by services/documents.py (no database objects here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CentreInfo:
    name: str
    address: str
    phone: str = ""
    head_name: str = ""
    settlement: str = ""
    short_name: str = ""


@dataclass(frozen=True)
class Person:
    """A signer as printed: full name, short name (Фамилия И.О.) and position."""

    full_name: str
    short_name: str
    position: str = ""


@dataclass(frozen=True)
class CaseInfo:
    """What identifies the family's case on every paper."""

    case_number: str
    family_name: str
    address: str
    phone: str
    applicant: Person | None
    worker: Person | None


@dataclass(frozen=True)
class MemberRow:
    full_name: str
    birth_date: dt.date
    relation: str
    occupation: str


@dataclass(frozen=True)
class ApplicationDoc:
    centre: CentreInfo
    case: CaseInfo
    number: str
    date: dt.date
    applicant_birth_date: dt.date | None
    request_text: str
    members: list[MemberRow]
    grounds: list[str]
    received_by: Person | None


@dataclass(frozen=True)
class SurveyDoc:
    centre: CentreInfo
    case: CaseInfo
    date: dt.date
    surveyors: str
    housing_type: str
    housing_condition: str
    amenities: str
    income_sources: str
    total_income: str
    per_capita_income: str
    conclusion: str
    members: list[MemberRow]


@dataclass(frozen=True)
class PlanRow:
    problem: str
    goal: str
    measure: str
    responsible: str
    deadline: dt.date
    completion: str


@dataclass(frozen=True)
class Signature:
    """The family's signature mark of a plan or contract version."""

    signed_on: dt.date
    signed_by: str
    fingerprint: str


@dataclass(frozen=True)
class PlanDoc:
    centre: CentreInfo
    case: CaseInfo
    plan_number: str
    version_no: int
    drawn_up_on: dt.date
    revision_reason: str
    agreed_on: dt.date | None
    agreed_by: str
    fingerprint: str
    signature: Signature | None
    rows: list[PlanRow]
    author: Person | None


@dataclass(frozen=True)
class ContractDoc:
    centre: CentreInfo
    case: CaseInfo
    number: str
    date: dt.date
    form: str
    term_start: dt.date
    term_end: dt.date
    version_no: int
    fingerprint: str
    signature: Signature | None
    client: Person


@dataclass(frozen=True)
class VisitRow:
    date: dt.date
    kind: str
    worker: str
    present: str
    content: str
    next_steps: str


@dataclass(frozen=True)
class VisitLogDoc:
    centre: CentreInfo
    case: CaseInfo
    patronage: str
    rows: list[VisitRow]


@dataclass(frozen=True)
class GoalRow:
    goal: str
    measure: str
    result: str


@dataclass(frozen=True)
class SummaryDoc:
    centre: CentreInfo
    case: CaseInfo
    date: dt.date
    period_start: dt.date | None
    reason: str
    reason_note: str
    dynamics: str
    goals: list[GoalRow]
    outcome: str
    decision: str
    visits: int


@dataclass(frozen=True)
class RegisterRow:
    case_number: str
    application_date: dt.date | None
    applicant: str
    address: str
    grounds: str
    patronage: str
    contract: str
    worker: str
    closed: str


@dataclass(frozen=True)
class RegisterDoc:
    centre: CentreInfo
    year: int
    rows: list[RegisterRow]


@dataclass(frozen=True)
class WeeklyRow:
    settlement: str
    case_number: str
    family: str
    address: str
    patronage: str
    needed: str
    last_visit: dt.date | None


@dataclass(frozen=True)
class WeeklyDoc:
    centre: CentreInfo
    worker: Person
    week_start: dt.date
    week_end: dt.date
    rows: list[WeeklyRow] = field(default_factory=list)
