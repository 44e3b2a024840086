"""Planned visits: a visit put on a day ahead, later recorded as done (linked to its Visit), moved or
cancelled."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from patronat_desktop.domain.planning import PlannedVisitStatus
from patronat_desktop.models.base import Base, Timestamps, UUIDPk, str_enum


class PlannedVisit(UUIDPk, Timestamps, Base):
    """A visit planned for a day; ``moved_from`` is the day before the last move, ``visit_id`` the visit
    that fulfilled it once done."""

    __tablename__ = "planned_visit"

    family_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("family.id", ondelete="CASCADE"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), nullable=True, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[PlannedVisitStatus] = mapped_column(
        str_enum(PlannedVisitStatus), default=PlannedVisitStatus.PLANNED, index=True
    )
    moved_from: Mapped[date | None] = mapped_column(Date, nullable=True)
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("visit.id", ondelete="SET NULL"), nullable=True
    )
