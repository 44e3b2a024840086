"""Sync export: the laptop's bundle for its centre and the centre's return bundle for one laptop."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.models import (
    Centre,
    Family,
    SyncChange,
    SyncDevice,
    SyncHolding,
    SyncLedger,
    Worker,
)
from patronat_desktop.services.sync_common import (
    ExportResult,
    SyncRefused,
    SyncStatus,
    centre_peer,
    held_families,
    own_device,
    require_self,
)
from patronat_desktop.storage.schema import SCHEMA_REVISION
from patronat_desktop.sync import bundle as B
from patronat_desktop.sync.stick import write_safely


def sync_status(session: Session) -> SyncStatus:
    """The role of this database and the counters shown next to the sync buttons."""
    me = own_device(session)
    if me is None:
        return SyncStatus("none", None, "", "", 0, None, None)
    centre = session.get(Centre, me.centre_id)
    login = ""
    if me.worker_id is not None:
        worker = session.get(Worker, me.worker_id)
        login = worker.login if worker else ""
    unsent = 0
    if me.role == "laptop":
        peer = centre_peer(session)
        unsent = (me.next_seq - 1) - peer.acked_seq
    last_import = session.scalar(select(func.max(SyncLedger.imported_at)))
    return SyncStatus(
        me.role, me.id, centre.name if centre else "", login, max(unsent, 0), me.last_clock, last_import
    )


# -- export -----------------------------------------------------------------------------------------------


def _wire(c: SyncChange) -> list[Any]:
    return [
        c.origin.hex,
        c.seq,
        c.lamport,
        c.tbl,
        c.row_id,
        c.op,
        c.payload,
        str(c.family_id) if c.family_id else None,
        c.digest,
    ]


def _payload(rows: list[list[Any]]) -> bytes:
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()


def _manifest(
    kind: str, me: SyncDevice, peer: SyncDevice, payload: bytes, rows: list[list[Any]], **extra: Any
) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[3]] = counts.get(r[3], 0) + 1
    return {
        "format": B.FORMAT,
        "bundle_id": str(uuid.uuid4()),
        "kind": kind,
        "sender": me.id.hex,
        "recipient": peer.id.hex,
        "centre_id": str(me.centre_id),
        "schema": SCHEMA_REVISION,
        "created_at": datetime.now(UTC).isoformat(),
        "lamport": me.lamport,
        "bundle_no": peer.bundles_out,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "count": len(rows),
        "counts": counts,
        **extra,
    }


def _families_in(rows: list[list[Any]]) -> int:
    return len({r[7] for r in rows if r[7]})


def build_laptop_bundle(session: Session) -> tuple[bytes, dict[str, Any]]:
    """On a laptop: the bundle bytes for the centre and its manifest (every own unacknowledged change)."""
    me = require_self(session, "laptop")
    centre = centre_peer(session)
    changes = session.scalars(
        select(SyncChange)
        .where(SyncChange.origin == me.id, SyncChange.seq > centre.acked_seq)
        .order_by(SyncChange.seq)
    ).all()
    rows = [_wire(c) for c in changes]
    payload = _payload(rows)
    centre.bundles_out += 1
    assert me.sign_private is not None and me.sign_public is not None and me.box_public is not None
    manifest = _manifest(
        "laptop",
        me,
        centre,
        payload,
        rows,
        worker_id=str(me.worker_id),
        first_seq=centre.acked_seq + 1,
        last_seq=me.next_seq - 1,
        ack=centre.applied_seq,
        holds=[str(f) for f in held_families(session)],
        sign_public=me.sign_public.hex(),
        box_public=me.box_public.hex(),
        proof=B.enrol_proof(me.enrol_secret or b"", me.id, me.sign_public),
    )
    assert centre.box_public is not None
    data = B.seal(manifest, payload, me.id, me.sign_private, centre.box_public)
    me.last_clock = datetime.now(UTC)
    session.flush()
    return data, manifest


def export_for_centre(session: Session, out_path: Path) -> ExportResult:
    """On a laptop: write every own change the centre has not acknowledged yet to ``out_path``.

    Cumulative: a newer export replaces an older one. Written through sync.stick.write_safely (temporary
    name, fsync, rename, read-back hash), so a returned result means "safe to remove".
    """
    data, manifest = build_laptop_bundle(session)
    written = write_safely(data, Path(out_path))
    return ExportResult(
        written.path,
        "laptop",
        uuid.UUID(manifest["bundle_id"]),
        manifest["count"],
        len({f for f in manifest["holds"]}),
        written.size,
        written.sha256,
    )


def _laptop_of(session: Session, worker_login: str) -> tuple[Worker, SyncDevice]:
    me = require_self(session, "centre")
    worker = session.scalars(
        select(Worker).where(Worker.centre_id == me.centre_id, Worker.login == worker_login)
    ).first()
    if worker is None:
        raise SyncRefused(f"Специалист с логином «{worker_login}» не найден.", "unknown_worker")
    # The laptop that sent a bundle last: a new enrolment file written for the same worker (a lost file,
    # a second laptop) must not cut off the laptop in use; a laptop that has not sent anything yet is
    # addressed only when no other has (its first bundle makes it the one addressed from then on).
    last_seen = (
        select(func.max(SyncLedger.imported_at))
        .where(SyncLedger.device_id == SyncDevice.id)
        .correlate(SyncDevice)
        .scalar_subquery()
    )
    candidates = session.execute(
        select(SyncDevice, last_seen).where(
            SyncDevice.worker_id == worker.id, SyncDevice.role == "laptop", SyncDevice.revoked.is_(False)
        )
    ).all()
    device = max(
        candidates,
        key=lambda pair: (pair[1] is not None, _aware(pair[1]), _aware(pair[0].created_at)),
        default=(None, None),
    )[0]
    if device is None:
        raise SyncRefused(f"У специалиста «{worker_login}» нет подключённого ноутбука.", "no_laptop")
    return worker, device


def return_rows(
    session: Session, worker: Worker, device_id: uuid.UUID | None, from_pos: int, held: set[uuid.UUID]
) -> tuple[list[list[Any]], int, list[uuid.UUID], list[uuid.UUID]]:
    """Changes for one worker's laptop: (rows, last pos, whole families sent, families to purge)."""
    to_pos = session.scalar(select(func.max(SyncChange.pos))) or 0
    assigned = set(session.scalars(select(Family.id).where(Family.responsible_worker_id == worker.id)))
    whole = sorted(assigned - held)
    purge = sorted(held - assigned)
    cond = (SyncChange.family_id.is_(None)) | (SyncChange.family_id.in_(sorted(assigned)))
    query = select(SyncChange).where(SyncChange.pos > from_pos, SyncChange.pos <= to_pos, cond)
    if device_id is not None:
        query = query.where(SyncChange.origin != device_id)
    picked = {c.pos: c for c in session.scalars(query)}
    for i in range(0, len(whole), 500):
        for c in session.scalars(
            select(SyncChange).where(SyncChange.family_id.in_(whole[i : i + 500]), SyncChange.pos <= to_pos)
        ):
            picked[c.pos] = c
    rows = [_wire(picked[p]) for p in sorted(picked)]
    return rows, to_pos, whole, purge


def build_return_bundle(session: Session, worker_login: str) -> tuple[bytes, dict[str, Any]]:
    """At the centre: the bytes and manifest of the return bundle for one worker's laptop."""
    me = require_self(session, "centre")
    worker, device = _laptop_of(session, worker_login)
    if device.box_public is None:
        raise SyncRefused(
            f"Ноутбук специалиста «{worker_login}» ещё не прислал ни одного пакета: "
            "ответный пакет можно сделать после первого импорта с этого ноутбука.",
            "laptop_not_seen",
        )
    held = set(session.scalars(select(SyncHolding.family_id).where(SyncHolding.device_id == device.id)))
    rows, to_pos, whole, purge = return_rows(session, worker, device.id, device.acked_seq, held)
    payload = _payload(rows)
    device.bundles_out += 1
    manifest = _manifest(
        "return",
        me,
        device,
        payload,
        rows,
        worker_id=str(worker.id),
        first_seq=device.acked_seq + 1,
        last_seq=to_pos,
        ack=device.applied_seq,
        whole=[str(f) for f in whole],
        purge=[str(f) for f in purge],
    )
    assert me.sign_private is not None
    data = B.seal(manifest, payload, me.id, me.sign_private, device.box_public)
    session.flush()
    return data, manifest


def export_return(session: Session, worker_login: str, out_path: Path) -> ExportResult:
    """At the centre: the return bundle for one worker's laptop (acknowledgement, others' edits to the
    worker's families, newly assigned families, purge orders, reference data)."""
    data, manifest = build_return_bundle(session, worker_login)
    written = write_safely(data, Path(out_path))
    return ExportResult(
        written.path,
        "return",
        uuid.UUID(manifest["bundle_id"]),
        manifest["count"],
        len(manifest["whole"]),
        written.size,
        written.sha256,
    )


def _aware(moment: datetime | None) -> datetime:
    """A stored moment comparable with others (SQLite returns them without a time zone)."""
    if moment is None:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
