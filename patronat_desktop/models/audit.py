"""The audit trail: who did what to which case, with old → new values."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from patronat_desktop.models.base import Base, UUIDPk, utcnow


class AuditEntry(UUIDPk, Base):
    """One user action; written by services in the same transaction as the change itself."""

    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    worker_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("worker.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(60), index=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    family_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
