"""Reference tables: centre, worker, interagency agency, grounds, calendar overrides, settings."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from patronat_desktop.domain.vocab import AgencyKind, WorkerRole
from patronat_desktop.models.base import Base, Timestamps, UUIDPk, str_enum


class Centre(UUIDPk, Timestamps, Base):
    """A district territorial centre of social services (ТЦСОН)."""

    __tablename__ = "centre"

    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(100), default="")
    district: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")

    workers: Mapped[list[Worker]] = relationship(back_populates="centre")


class Worker(UUIDPk, Timestamps, Base):
    """A specialist of the centre; the responsible worker of families."""

    __tablename__ = "worker"
    __table_args__ = (UniqueConstraint("centre_id", "login"),)

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centre.id"), index=True)
    login: Mapped[str] = mapped_column(String(64))
    surname: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(100))
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[WorkerRole] = mapped_column(str_enum(WorkerRole), default=WorkerRole.CASEWORKER)
    phone: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    centre: Mapped[Centre] = relationship(back_populates="workers")

    @property
    def short_name(self) -> str:
        initials = "".join(f"{p[0]}." for p in (self.name, self.patronymic) if p)
        return f"{self.surname} {initials}".strip()


class Agency(UUIDPk, Timestamps, Base):
    """A participant of interagency cooperation (the centre's directory)."""

    __tablename__ = "agency"

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centre.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[AgencyKind] = mapped_column(str_enum(AgencyKind), default=AgencyKind.OTHER)
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Ground(UUIDPk, Base):
    """A ground of a difficult life situation; the list changes by law, hence the validity dates."""

    __tablename__ = "ground"

    code: Mapped[str] = mapped_column(String(50), unique=True)
    name_ru: Mapped[str] = mapped_column(Text)
    name_be: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(default=0)

    def is_valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


class CalendarOverride(UUIDPk, Timestamps, Base):
    """A centre's correction of the working-day calendar (a transferred day off or working Saturday)."""

    __tablename__ = "calendar_override"
    __table_args__ = (UniqueConstraint("centre_id", "day"),)

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centre.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    is_working: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(300), default="")


class Setting(UUIDPk, Timestamps, Base):
    """A local rule of a centre (e.g. which visit kinds count toward the norm)."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("centre_id", "key"),)

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centre.id"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    value: Mapped[Any] = mapped_column(JSON)
