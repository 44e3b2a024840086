"""Earlier, signed versions of a contract, kept when its content changes after the family signed it."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from patronat_desktop.domain.vocab import ContractForm
from patronat_desktop.models.base import Base, Timestamps, UUIDPk, str_enum


class ContractVersion(UUIDPk, Timestamps, Base):
    """The content of a contract as it was signed, before a later change made a new version."""

    __tablename__ = "contract_version"
    __table_args__ = (UniqueConstraint("contract_id", "version_no"),)

    contract_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"), index=True)
    version_no: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    form: Mapped[ContractForm] = mapped_column(str_enum(ContractForm))
    term_start: Mapped[dt.date] = mapped_column(Date)
    term_end: Mapped[dt.date] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    fingerprint: Mapped[str] = mapped_column(String(16), default="")
