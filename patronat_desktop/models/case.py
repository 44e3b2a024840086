"""The documents and events of a case: application, survey, problems, plan, contract, visits, closure."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import (
    ClosureReason,
    ContractForm,
    HousingType,
    Outcome,
    PlanItemStatus,
    VisitKind,
)
from patronat_desktop.models.base import Base, Timestamps, UUIDPk, str_enum
from patronat_desktop.models.family import Family, Member
from patronat_desktop.models.reference import Agency, Worker


class Application(UUIDPk, Timestamps, Base):
    """The written application (заявление) that opens a case."""

    __tablename__ = "application"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), unique=True)
    number: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id"))
    request_text: Mapped[str] = mapped_column(Text, default="")
    received_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), nullable=True)

    family: Mapped[Family] = relationship(back_populates="application")
    applicant: Mapped[Member] = relationship()


class SurveyAct(UUIDPk, Timestamps, Base):
    """Act of the survey of material and living conditions."""

    __tablename__ = "survey_act"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date)
    surveyors: Mapped[str] = mapped_column(String(500))
    housing_type: Mapped[HousingType] = mapped_column(str_enum(HousingType))
    housing_condition: Mapped[str] = mapped_column(Text, default="")
    amenities: Mapped[str] = mapped_column(Text, default="")
    income_sources: Mapped[str] = mapped_column(Text, default="")
    total_income: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    per_capita_income: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))
    conclusion: Mapped[str] = mapped_column(Text)

    family: Mapped[Family] = relationship(back_populates="survey_acts")


class Problem(UUIDPk, Timestamps, Base):
    """A problem the family cannot solve alone (problem assessment)."""

    __tablename__ = "problem"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(Text)
    identified_on: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("member.id"), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    family: Mapped[Family] = relationship(back_populates="problems")


class Plan(UUIDPk, Timestamps, Base):
    """The support plan of a family; its content lives in versions that are never overwritten."""

    __tablename__ = "plan"
    __table_args__ = (UniqueConstraint("centre_id", "plan_year", "plan_seq"),)

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), unique=True)
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centre.id"))
    plan_year: Mapped[int] = mapped_column(Integer)
    plan_seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(30))

    family: Mapped[Family] = relationship(back_populates="plan")
    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="plan", order_by="PlanVersion.version_no", cascade="all, delete-orphan"
    )

    @property
    def current(self) -> PlanVersion | None:
        return self.versions[-1] if self.versions else None


class PlanVersion(UUIDPk, Timestamps, Base):
    """One version of a plan; a revision adds a version and keeps the old one."""

    __tablename__ = "plan_version"
    __table_args__ = (UniqueConstraint("plan_id", "version_no"),)

    plan_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    version_no: Mapped[int] = mapped_column(Integer)
    drawn_up_on: Mapped[dt.date] = mapped_column(Date)
    revision_reason: Mapped[str] = mapped_column(Text, default="")
    agreed_with_family: Mapped[bool] = mapped_column(Boolean, default=False)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    agreed_by: Mapped[str] = mapped_column(String(200), default="")
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    # The family's signature on the printed version: it locks this version (a change makes a new one).
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    fingerprint: Mapped[str] = mapped_column(String(16), default="")

    plan: Mapped[Plan] = relationship(back_populates="versions")
    items: Mapped[list[PlanItem]] = relationship(
        back_populates="version", order_by="PlanItem.position", cascade="all, delete-orphan"
    )


class PlanItem(UUIDPk, Timestamps, Base):
    """A row of the plan: problem → goal → measure → responsible → deadline → completion."""

    __tablename__ = "plan_item"
    __table_args__ = (
        CheckConstraint(
            "(responsible_worker_id IS NULL) <> (responsible_agency_id IS NULL)", name="one_responsible"
        ),
    )

    version_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("plan_version.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    problem_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("problem.id"), nullable=True)
    goal: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(Text)
    responsible_worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    responsible_agency_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agency.id"), nullable=True)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    status: Mapped[PlanItemStatus] = mapped_column(str_enum(PlanItemStatus), default=PlanItemStatus.PLANNED)
    completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    completion_note: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[PlanVersion] = relationship(back_populates="items")
    problem: Mapped[Problem | None] = relationship()
    responsible_worker: Mapped[Worker | None] = relationship()
    responsible_agency: Mapped[Agency | None] = relationship()


class Contract(UUIDPk, Timestamps, Base):
    """Contract of free-of-charge social services (price is always zero)."""

    __tablename__ = "contract"
    __table_args__ = (UniqueConstraint("centre_id", "contract_year", "contract_seq"),)

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centre.id"))
    contract_year: Mapped[int] = mapped_column(Integer)
    contract_seq: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(30))
    date: Mapped[dt.date] = mapped_column(Date)
    form: Mapped[ContractForm] = mapped_column(str_enum(ContractForm))
    term_start: Mapped[dt.date] = mapped_column(Date)
    term_end: Mapped[dt.date] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    # Version of the content; a change after the family signed makes the next one (old content kept in
    # contract_version) and needs a new signature. ``signed_on`` is None while the version awaits it.
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    fingerprint: Mapped[str] = mapped_column(String(16), default="")

    family: Mapped[Family] = relationship(back_populates="contracts")


class TypePeriod(UUIDPk, Timestamps, Base):
    """A period of one patronage type; a type change closes the open period and starts a new one."""

    __tablename__ = "type_period"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    type: Mapped[PatronageType] = mapped_column(str_enum(PatronageType))
    start: Mapped[dt.date] = mapped_column(Date)
    end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text)

    family: Mapped[Family] = relationship(back_populates="type_periods")


visit_member = Table(
    "visit_member",
    Base.metadata,
    Column("visit_id", ForeignKey("visit.id", ondelete="CASCADE"), primary_key=True),
    Column("member_id", ForeignKey("member.id", ondelete="CASCADE"), primary_key=True),
)


class Visit(UUIDPk, Timestamps, Base):
    """A visit (or other contact) with the family."""

    __tablename__ = "visit"
    # Covering index of the norm queries (a family's counting visits in a date range): read from the index
    # alone, ten times faster than through ix_visit_date on a 150,000-visit district.
    __table_args__ = (Index("ix_visit_family_id_date", "family_id", "date", "counts_toward_norm"),)

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    kind: Mapped[VisitKind] = mapped_column(str_enum(VisitKind))
    counts_toward_norm: Mapped[bool] = mapped_column(Boolean)
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")

    family: Mapped[Family] = relationship(back_populates="visits")
    members_present: Mapped[list[Member]] = relationship(secondary=visit_member)


class AgencyRequest(UUIDPk, Timestamps, Base):
    """An interagency request sent on behalf of the family, and its answer."""

    __tablename__ = "agency_request"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agency.id"))
    sent_on: Mapped[dt.date] = mapped_column(Date)
    subject: Mapped[str] = mapped_column(Text)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answer: Mapped[str] = mapped_column(Text, default="")

    family: Mapped[Family] = relationship(back_populates="agency_requests")
    agency: Mapped[Agency] = relationship()


class ClosingSummary(UUIDPk, Timestamps, Base):
    """The closing summary (подведение итогов) of a case, early closure included."""

    __tablename__ = "closing_summary"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[ClosureReason] = mapped_column(str_enum(ClosureReason))
    dynamics: Mapped[str] = mapped_column(Text)
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome))
    decision: Mapped[str] = mapped_column(Text)
    reason_note: Mapped[str] = mapped_column(Text, default="")

    family: Mapped[Family] = relationship(back_populates="closing_summary")
    goal_results: Mapped[list[GoalResult]] = relationship(
        back_populates="summary", cascade="all, delete-orphan"
    )


class GoalResult(UUIDPk, Base):
    """One plan goal set against its result in the closing summary."""

    __tablename__ = "goal_result"

    summary_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("closing_summary.id", ondelete="CASCADE"), index=True
    )
    plan_item_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("plan_item.id"))
    result: Mapped[str] = mapped_column(Text)

    summary: Mapped[ClosingSummary] = relationship(back_populates="goal_results")
    plan_item: Mapped[PlanItem] = relationship()
