"""Sync by bundle files: the user actions (export, preview, import, conflicts) the screens and the CLI call.

Every function takes the caller's Session; the caller commits (``Database.transaction()``). A refusal
raises ``SyncRefused`` (a DomainError with one Russian message) and the caller's rollback leaves the
database exactly as it was. The format, the merge rules and the commands are described in docs/sync.md.
"""

from __future__ import annotations

from patronat_desktop.services.sync_common import (
    CENTRE_LABEL,
    ConflictInfo,
    ConflictValue,
    ExportResult,
    FamilyImpact,
    ImportPreview,
    ImportReport,
    SyncRefused,
    SyncStatus,
    own_device,
)
from patronat_desktop.services.sync_conflicts import list_conflicts, resolve_conflict
from patronat_desktop.services.sync_export import (
    build_laptop_bundle,
    build_return_bundle,
    export_for_centre,
    export_return,
    return_rows,
    sync_status,
)
from patronat_desktop.services.sync_import import (
    UNIQUE_NUMBERS,
    import_bundle,
    import_bytes,
    preview_import,
    renumber_collisions,
    verify,
)

__all__ = [
    "CENTRE_LABEL",
    "UNIQUE_NUMBERS",
    "ConflictInfo",
    "ConflictValue",
    "ExportResult",
    "FamilyImpact",
    "ImportPreview",
    "ImportReport",
    "SyncRefused",
    "SyncStatus",
    "build_laptop_bundle",
    "build_return_bundle",
    "export_for_centre",
    "export_return",
    "import_bundle",
    "import_bytes",
    "list_conflicts",
    "own_device",
    "preview_import",
    "renumber_collisions",
    "resolve_conflict",
    "return_rows",
    "sync_status",
    "verify",
]
