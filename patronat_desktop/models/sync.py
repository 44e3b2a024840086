"""Sync bookkeeping: devices and their keys, the change log, per-row field versions, the ledger, conflicts.

None of these tables is itself captured as a change (see sync/capture.py). Private keys are stored here in
the clear: the whole database file is what SQLCipher encrypts at rest when the centre turns it on.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from patronat_desktop.models.base import Base, utcnow


class SyncDevice(Base):
    """A device of the sync network: this database itself (``is_self``) or a peer it knows.

    At the centre: the centre itself and one row per enrolled laptop (its signing key pinned with the first
    bundle). On a laptop: the laptop itself and its centre (public keys from the enrolment file).
    """

    __tablename__ = "sync_device"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    role: Mapped[str] = mapped_column(String(10))  # "centre" or "laptop"
    is_self: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    centre_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    worker_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    sign_public: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    box_public: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    sign_private: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    box_private: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    enrol_secret: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    # this device: the Lamport counter and the next sequence number of its own changes
    lamport: Mapped[int] = mapped_column(BigInteger, default=0)
    next_seq: Mapped[int] = mapped_column(BigInteger, default=1)
    # a peer: the highest sequence of ITS stream applied here (laptop: its own seqs; centre: centre log pos)
    applied_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # a peer: the highest sequence of OUR stream it has acknowledged
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    bundles_out: Mapped[int] = mapped_column(Integer, default=0)  # bundles this device exported to the peer
    last_bundle_in: Mapped[int] = mapped_column(Integer, default=0)  # highest bundle number imported from it
    last_clock: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SyncChange(Base):
    """One captured change of one row: (origin, seq) identifies it everywhere; ``pos`` is the local order."""

    __tablename__ = "sync_change"
    __table_args__ = (UniqueConstraint("origin", "seq"),)

    pos: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    origin: Mapped[uuid.UUID] = mapped_column(Uuid)
    seq: Mapped[int] = mapped_column(BigInteger)
    lamport: Mapped[int] = mapped_column(BigInteger)
    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(4))  # "put" or "del"
    payload: Mapped[str] = mapped_column(Text)  # JSON {"v": {field: value}, "b": {field: [dots]}}
    family_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    digest: Mapped[str] = mapped_column(String(16))  # content hash: a cloned device reuses seqs with others


class SyncRow(Base):
    """Field versions of one business row: for each field the heads (changes not superseded) as dots.

    A dot is ``[lamport, origin hex, seq, is_delete]``. Key ``"*"`` holds the heads of fields not listed.
    """

    __tablename__ = "sync_row"

    tbl: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    family_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    heads: Mapped[str] = mapped_column(Text)


class SyncLedger(Base):
    """A bundle imported here: the same bundle again changes nothing and says when it was imported."""

    __tablename__ = "sync_ledger"

    bundle_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    bundle_no: Mapped[int] = mapped_column(Integer)
    first_seq: Mapped[int] = mapped_column(BigInteger)
    last_seq: Mapped[int] = mapped_column(BigInteger)
    changes: Mapped[int] = mapped_column(Integer)
    applied: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    sender_clock: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class SyncConflict(Base):
    """A concurrent change kept for a person: both (all) values, one provisionally shown, never dropped."""

    __tablename__ = "sync_conflict"
    __table_args__ = (UniqueConstraint("tbl", "row_id", "field"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(12))  # "field", "delete_edit", "orphan"
    tbl: Mapped[str] = mapped_column(String(60))
    row_id: Mapped[str] = mapped_column(String(80))
    field: Mapped[str] = mapped_column(String(60))
    family_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    sides: Mapped[str] = mapped_column(Text)  # JSON [[dot, value], ...], the shown one first
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class SyncHolding(Base):
    """At the centre: a family a laptop holds (reported by the laptop in each of its bundles)."""

    __tablename__ = "sync_holding"

    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    family_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
