"""The family (a case), its members, grounds and the members' consents to personal data processing."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from patronat_desktop.domain.vocab import Disability, ReferralSource, Relation, Sex, Stage
from patronat_desktop.models.base import Base, Timestamps, UUIDPk, str_enum
from patronat_desktop.models.reference import Ground, Worker

if TYPE_CHECKING:
    from patronat_desktop.models.case import (
        AgencyRequest,
        Application,
        ClosingSummary,
        Contract,
        Plan,
        Problem,
        SurveyAct,
        TypePeriod,
        Visit,
    )

family_ground = Table(
    "family_ground",
    Base.metadata,
    Column("family_id", ForeignKey("family.id", ondelete="CASCADE"), primary_key=True),
    Column("ground_id", ForeignKey("ground.id"), primary_key=True),
)


class Family(UUIDPk, Timestamps, Base):
    """A family (or single citizen) served under social patronage: one case."""

    __tablename__ = "family"
    __table_args__ = (UniqueConstraint("centre_id", "case_year", "case_seq"),)

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centre.id"), index=True)
    case_year: Mapped[int] = mapped_column(Integer)
    case_seq: Mapped[int] = mapped_column(Integer)
    case_number: Mapped[str] = mapped_column(String(30), index=True)

    region: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    village_council: Mapped[str] = mapped_column(String(100), default="")
    settlement: Mapped[str] = mapped_column(String(100), default="", index=True)
    street: Mapped[str] = mapped_column(String(100), default="")
    house: Mapped[str] = mapped_column(String(20), default="")
    flat: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")

    referral_source: Mapped[ReferralSource] = mapped_column(str_enum(ReferralSource))
    referral_note: Mapped[str] = mapped_column(String(300), default="")
    responsible_worker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worker.id"), index=True)
    stage: Mapped[Stage] = mapped_column(str_enum(Stage), default=Stage.APPLICATION, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    responsible_worker: Mapped[Worker] = relationship()
    grounds: Mapped[list[Ground]] = relationship(secondary=family_ground, order_by=Ground.position)
    members: Mapped[list[Member]] = relationship(
        back_populates="family", cascade="all, delete-orphan", order_by="Member.birth_date"
    )
    application: Mapped[Application | None] = relationship(back_populates="family", uselist=False)
    survey_acts: Mapped[list[SurveyAct]] = relationship(back_populates="family", order_by="SurveyAct.date")
    problems: Mapped[list[Problem]] = relationship(back_populates="family", order_by="Problem.position")
    plan: Mapped[Plan | None] = relationship(back_populates="family", uselist=False)
    contracts: Mapped[list[Contract]] = relationship(back_populates="family", order_by="Contract.date")
    type_periods: Mapped[list[TypePeriod]] = relationship(
        back_populates="family", order_by="TypePeriod.start"
    )
    visits: Mapped[list[Visit]] = relationship(back_populates="family", order_by="Visit.date")
    agency_requests: Mapped[list[AgencyRequest]] = relationship(back_populates="family")
    closing_summary: Mapped[ClosingSummary | None] = relationship(back_populates="family", uselist=False)

    @property
    def applicant(self) -> Member | None:
        return next((m for m in self.members if m.is_applicant), None)

    @property
    def address_line(self) -> str:
        parts = [self.settlement]
        if self.street:
            parts.append(f"ул. {self.street}")
        if self.house:
            parts.append(f"д. {self.house}")
        if self.flat:
            parts.append(f"кв. {self.flat}")
        return ", ".join(p for p in parts if p)


class Member(UUIDPk, Timestamps, Base):
    """A member of a family."""

    __tablename__ = "member"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    surname: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, 8))
    relation: Mapped[Relation] = mapped_column(str_enum(Relation), default=Relation.OTHER)
    is_applicant: Mapped[bool] = mapped_column(Boolean, default=False)
    disability: Mapped[Disability] = mapped_column(str_enum(Disability), default=Disability.NONE)
    school_or_work: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    family: Mapped[Family] = relationship(back_populates="members")
    consents: Mapped[list[Consent]] = relationship(back_populates="member", cascade="all, delete-orphan")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.surname, self.name, self.patronymic) if p)

    @property
    def short_name(self) -> str:
        initials = "".join(f"{p[0]}." for p in (self.name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()


class Consent(UUIDPk, Timestamps, Base):
    """Consent to personal data processing (Law № 99-З): per adult, or by a legal representative."""

    __tablename__ = "consent"

    member_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(300))
    given_on: Mapped[date] = mapped_column(Date)
    given_by: Mapped[str] = mapped_column(String(200), default="")
    withdrawn_on: Mapped[date | None] = mapped_column(Date, nullable=True)

    member: Mapped[Member] = relationship(back_populates="consents")
