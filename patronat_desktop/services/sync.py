"""Sync by bundle files: the user actions (export, preview, import, conflicts) the screens and the CLI call.

Every function takes the caller's Session; the caller commits (``Database.transaction()``). A refusal
raises ``SyncRefused`` (a DomainError with one Russian message) and the caller's rollback leaves the
database exactly as it was. The format, the merge rules and the commands are described in docs/sync.md.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.services.base import Actor


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


def sync_status(session: Session) -> SyncStatus:
    """The role of this database and the counters shown next to the sync buttons."""
    raise NotImplementedError


def export_for_centre(session: Session, out_path: Path) -> ExportResult:
    """On a laptop: write every own change the centre has not acknowledged yet to ``out_path``.

    Cumulative: a newer export replaces an older one. Written through sync.stick.write_safely (temporary
    name, fsync, rename, read-back hash), so a returned result means "safe to remove".
    """
    raise NotImplementedError


def export_return(session: Session, worker_login: str, out_path: Path) -> ExportResult:
    """At the centre: the return bundle for one worker's laptop (acknowledgement, others' edits to the
    worker's families, newly assigned families, purge orders, reference data)."""
    raise NotImplementedError


def preview_import(session: Session, path: Path) -> ImportPreview:
    """Verify a bundle and compute what importing it would change, writing nothing (a dry run).

    Never raises for a bad bundle: the refusal is in ``ImportPreview.refusal``.
    """
    raise NotImplementedError


def import_bundle(session: Session, path: Path) -> ImportReport:
    """Verify then apply a bundle in the caller's transaction, ledger entry included.

    Raises SyncRefused (nothing written) for a damaged, foreign, out-of-order or cloned-device bundle;
    returns status "already_imported" (nothing written) for a bundle imported before.
    """
    raise NotImplementedError


def list_conflicts(session: Session, open_only: bool = True) -> list[ConflictInfo]:
    """Conflicts kept by imports, newest first."""
    raise NotImplementedError


def resolve_conflict(
    session: Session,
    actor: Actor,
    conflict_id: uuid.UUID,
    choice: int | None = None,
    manual_value: Any = None,
) -> None:
    """Resolve a conflict: take ``ConflictInfo.values[choice]``, or ``manual_value`` when ``choice`` is None.

    The resolution is a new change that travels onward and does not conflict again.
    """
    raise NotImplementedError
