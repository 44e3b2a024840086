"""Shared by the sync services: refusals, result dataclasses, this database's devices, case numbers."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.models import (
    Family,
    SyncDevice,
    Worker,
)

CENTRE_LABEL = "центр"


class SyncRefused(DomainError):
    """A bundle or a sync action was refused; ``code`` tells the reason to programs, the message to people."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(Problem("bundle", message, code))
        self.code = code


@dataclass(frozen=True)
class SyncStatus:
    """What this database is in the sync network (for a status line and to enable the right buttons)."""

    role: str  # "centre", "laptop" or "none" (not set up for sync)
    device_id: uuid.UUID | None
    centre_name: str
    worker_login: str  # the laptop's worker; "" at the centre
    unsent_changes: int  # laptop: own changes the centre has not acknowledged yet
    last_export_at: datetime | None
    last_import_at: datetime | None


@dataclass(frozen=True)
class ExportResult:
    """A bundle written and read back identical: safe to remove the stick."""

    path: Path
    kind: str  # "laptop" (laptop → centre) or "return" (centre → one laptop)
    bundle_id: uuid.UUID
    changes: int
    families: int
    size: int
    sha256: str


@dataclass(frozen=True)
class FamilyImpact:
    """A family an import creates, updates or removes (purge order)."""

    family_id: uuid.UUID
    case_number: str
    action: str  # "created", "updated", "purged", "purge_refused"


@dataclass(frozen=True)
class ConflictValue:
    """One side of a conflict: whose value it is and whether it is the one shown for now."""

    device: str  # "центр" or the worker's login
    value: Any  # JSON value (a deleted row: None with deleted=True)
    deleted: bool
    shown: bool


@dataclass(frozen=True)
class ConflictInfo:
    """A concurrent change kept for a person to resolve; nothing is ever dropped."""

    id: uuid.UUID
    kind: str  # "field" (same field changed twice), "delete_edit" (deleted here, edited there), "orphan"
    family_id: uuid.UUID | None
    case_number: str
    table: str
    row_id: str
    field: str  # "" for whole-row conflicts
    label: str  # Russian, one line: what is in conflict
    values: list[ConflictValue]
    created_at: datetime
    resolved: bool


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, computed before anything is written (dry run)."""

    ok: bool  # False: refused; ``refusal`` says why
    refusal: str
    already_imported_on: datetime | None  # set when this very bundle was imported before
    kind: str
    sender: str  # "центр" or the laptop's worker login
    changes: int
    duplicates: int  # changes this database already has
    families_created: list[FamilyImpact] = field(default_factory=list)
    families_updated: list[FamilyImpact] = field(default_factory=list)
    purges: list[FamilyImpact] = field(default_factory=list)
    conflicts: list[ConflictInfo] = field(default_factory=list)
    clock_warning: str = ""  # the sender's clock is clearly wrong (never used for correctness)


@dataclass(frozen=True)
class ImportReport:
    """The outcome of an import that was applied or had already been applied."""

    status: str  # "applied" or "already_imported"
    message: str  # Russian, one line: e.g. "Пакет уже импортирован 01.12.2026 в 15:04."
    bundle_id: uuid.UUID
    applied: int
    duplicates: int
    conflicts: int
    families_created: int
    families_updated: int
    imported_at: datetime
    clock_warning: str = ""


# -- devices ----------------------------------------------------------------------------------------------


def own_device(session: Session) -> SyncDevice | None:
    """This database's own device, or None when it is not set up for sync."""
    return session.scalars(select(SyncDevice).where(SyncDevice.is_self.is_(True))).first()


def require_self(session: Session, role: str | None = None) -> SyncDevice:
    me = own_device(session)
    if me is None:
        raise SyncRefused(
            "База не подключена к синхронизации: создайте центр (centre init) "
            "или подключите ноутбук (enrol).",
            "not_enrolled",
        )
    if role is not None and me.role != role:
        what = "в базе центра" if role == "centre" else "на ноутбуке"
        raise SyncRefused(f"Это действие выполняется {what}.", "wrong_role")
    return me


def centre_peer(session: Session) -> SyncDevice:
    peer = session.scalars(
        select(SyncDevice).where(SyncDevice.is_self.is_(False), SyncDevice.role == "centre")
    ).first()
    if peer is None:
        raise SyncRefused("Ноутбук не подключён к центру: нет ключей центра.", "not_enrolled")
    return peer


def device_labels(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(SyncDevice.id, SyncDevice.role, Worker.login).join(
            Worker, Worker.id == SyncDevice.worker_id, isouter=True
        )
    ).all()
    return {d.hex: (CENTRE_LABEL if role == "centre" else (login or d.hex[:8])) for d, role, login in rows}


def held_families(session: Session) -> list[uuid.UUID]:
    return list(session.scalars(select(Family.id)))


def case_numbers(session: Session, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    keys = sorted(ids)
    for i in range(0, len(keys), 500):
        for fid, num in session.execute(
            select(Family.id, Family.case_number).where(
                Family.id.in_([uuid.UUID(k) for k in keys[i : i + 500]])
            )
        ):
            out[str(fid)] = num
    return out


def refuse(message: str, code: str) -> SyncRefused:
    return SyncRefused(message, code)
