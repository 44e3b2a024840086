"""Sync by bundle files: the user actions (export, preview, import, conflicts) the screens and the CLI call.

Every function takes the caller's Session; the caller commits (``Database.transaction()``). A refusal
raises ``SyncRefused`` (a DomainError with one Russian message) and the caller's rollback leaves the
database exactly as it was. The format, the merge rules and the commands are described in docs/sync.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.models import (
    Centre,
    Family,
    SyncChange,
    SyncConflict,
    SyncDevice,
    SyncHolding,
    SyncLedger,
    SyncRow,
    Worker,
)
from patronat_desktop.services.base import Actor, audit
from patronat_desktop.services.demo import SQLITE_LOAD_CACHE_KIB
from patronat_desktop.storage.migrate import SCHEMA_REVISION
from patronat_desktop.sync import bundle as B
from patronat_desktop.sync import merge as M
from patronat_desktop.sync import tables as T
from patronat_desktop.sync import versions as V
from patronat_desktop.sync.capture import Pending, capture_off, load_heads, record
from patronat_desktop.sync.stick import write_safely


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


CENTRE_LABEL = "центр"
CLOCK_AHEAD = timedelta(days=2)
CLOCK_BEHIND = timedelta(days=366)


# -- devices ----------------------------------------------------------------------------------------------


def own_device(session: Session) -> SyncDevice | None:
    """This database's own device, or None when it is not set up for sync."""
    return session.scalars(select(SyncDevice).where(SyncDevice.is_self.is_(True))).first()


def _require_self(session: Session, role: str | None = None) -> SyncDevice:
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


def _centre_peer(session: Session) -> SyncDevice:
    peer = session.scalars(
        select(SyncDevice).where(SyncDevice.is_self.is_(False), SyncDevice.role == "centre")
    ).first()
    if peer is None:
        raise SyncRefused("Ноутбук не подключён к центру: нет ключей центра.", "not_enrolled")
    return peer


def _device_labels(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(SyncDevice.id, SyncDevice.role, Worker.login).join(
            Worker, Worker.id == SyncDevice.worker_id, isouter=True
        )
    ).all()
    return {d.hex: (CENTRE_LABEL if role == "centre" else (login or d.hex[:8])) for d, role, login in rows}


def _held_families(session: Session) -> list[uuid.UUID]:
    return list(session.scalars(select(Family.id)))


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
        peer = _centre_peer(session)
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
    me = _require_self(session, "laptop")
    centre = _centre_peer(session)
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
        holds=[str(f) for f in _held_families(session)],
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
    me = _require_self(session, "centre")
    worker = session.scalars(
        select(Worker).where(Worker.centre_id == me.centre_id, Worker.login == worker_login)
    ).first()
    if worker is None:
        raise SyncRefused(f"Специалист с логином «{worker_login}» не найден.", "unknown_worker")
    device = session.scalars(
        select(SyncDevice)
        .where(SyncDevice.worker_id == worker.id, SyncDevice.role == "laptop", SyncDevice.revoked.is_(False))
        .order_by(SyncDevice.created_at.desc())
    ).first()
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
    me = _require_self(session, "centre")
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


# -- import -----------------------------------------------------------------------------------------------


@dataclass
class _Verified:
    me: SyncDevice
    sender: SyncDevice
    manifest: dict[str, Any]
    changes: list[M.Change]
    sha256: str
    already: SyncLedger | None
    clock_warning: str
    pin: tuple[bytes, bytes] | None  # (sign, box) keys to pin on the sender's first bundle


def _refuse(message: str, code: str) -> SyncRefused:
    return SyncRefused(message, code)


def _int(manifest: dict[str, Any], key: str) -> int:
    value = manifest.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _refuse(f"Пакет повреждён: в описании пакета нет поля «{key}».", "damaged")
    return value


def _str(manifest: dict[str, Any], key: str) -> str:
    value = manifest.get(key)
    if not isinstance(value, str):
        raise _refuse(f"Пакет повреждён: в описании пакета нет поля «{key}».", "damaged")
    return value


def _fmt_when(at: datetime) -> str:
    local = at if at.tzinfo is None else at.astimezone()
    return local.strftime("%d.%m.%Y в %H:%M")


def _sender_device(
    session: Session, me: SyncDevice, opened: B.Opened
) -> tuple[SyncDevice, tuple[bytes, bytes] | None]:
    sender = session.get(SyncDevice, opened.sender)
    if sender is None or sender.is_self:
        raise _refuse(
            "Пакет от неизвестного устройства: этот ноутбук не подключён к вашему центру.", "unknown_device"
        )
    if sender.revoked:
        raise _refuse(
            "Пакет от отключённого устройства: ноутбук отозван, его пакеты не принимаются.", "revoked"
        )
    pin = None
    sign_public = sender.sign_public
    if sign_public is None:
        m = opened.manifest
        try:
            sign_public = bytes.fromhex(_str(m, "sign_public"))
            box_public = bytes.fromhex(_str(m, "box_public"))
        except ValueError as exc:
            raise _refuse("Пакет повреждён: ключи устройства не читаются.", "damaged") from exc
        proof = B.enrol_proof(sender.enrol_secret or b"", sender.id, sign_public)
        if sender.enrol_secret is None or not _consteq(proof, m.get("proof")):
            raise _refuse(
                "Первый пакет ноутбука не подтверждён файлом подключения: устройство неизвестно.",
                "unknown_device",
            )
        pin = (sign_public, box_public)
    try:
        B.verify_signature(opened, sign_public)
    except B.BundleError as exc:
        raise _refuse(str(exc), exc.code) from exc
    return sender, pin


def _consteq(a: str, b: Any) -> bool:
    import hmac

    return isinstance(b, str) and hmac.compare_digest(a, b)


def _clock_warning(manifest: dict[str, Any], sender: SyncDevice) -> str:
    try:
        at = datetime.fromisoformat(_str(manifest, "created_at"))
    except ValueError:
        return "Время создания пакета не читается."
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    now = datetime.now(UTC)
    if at > now + CLOCK_AHEAD or at < now - CLOCK_BEHIND:
        return (
            f"Часы устройства, создавшего пакет, показывали {at:%d.%m.%Y %H:%M} (UTC): они явно неверны. "
            "Пакет принят: время устройств не влияет на слияние, но проверьте часы."
        )
    last = sender.last_clock
    if last is not None:
        last = last if last.tzinfo is not None else last.replace(tzinfo=UTC)
        if at < last - CLOCK_AHEAD:
            return (
                f"Часы устройства ушли назад: пакет создан {at:%d.%m.%Y}, предыдущий — {last:%d.%m.%Y}. "
                "Пакет принят, но проверьте часы."
            )
    return ""


def _open(session: Session, me: SyncDevice, data: bytes) -> B.Opened:
    """Decrypt with this device's key; a laptop also tries its enrolment key (return bundles made before
    the centre knew the laptop's own key)."""
    assert me.box_private is not None
    try:
        return B.open_sealed(data, me.box_private)
    except B.BundleError as exc:
        if exc.code != "not_for_us" or me.role != "laptop":
            raise
        enrol_key = _centre_peer(session).box_private
        if enrol_key is None:
            raise
        return B.open_sealed(data, enrol_key)


def verify(session: Session, data: bytes) -> _Verified:
    """Everything short of merging: format, recipient, decryption, signature, manifest, hash, counts,
    ledger, sequence. Raises SyncRefused with the reason."""
    me = _require_self(session)
    assert me.box_private is not None
    try:
        opened = _open(session, me, data)
    except B.BundleError as exc:
        raise _refuse(str(exc), exc.code) from exc
    m = opened.manifest
    sender, pin = _sender_device(session, me, opened)
    if m.get("format") != B.FORMAT:
        raise _refuse("Пакет другого формата: обновите программу.", "format")
    if m.get("recipient") != me.id.hex or m.get("centre_id") != str(me.centre_id):
        raise _refuse("Пакет предназначен другой базе (другому центру или ноутбуку).", "not_for_us")
    schema = _str(m, "schema")
    if not schema.isdigit() or int(schema) > int(SCHEMA_REVISION):
        raise _refuse(
            f"Пакет создан более новой версией программы (схема {schema}, у вас {SCHEMA_REVISION}): "
            "обновите программу на этом компьютере и импортируйте пакет снова.",
            "newer_schema",
        )
    expected_kind = "laptop" if me.role == "centre" else "return"
    if m.get("kind") != expected_kind:
        raise _refuse(
            "Пакет не того вида: ноутбук принимает пакеты центра, центр — пакеты ноутбуков.", "kind"
        )
    if hashlib.sha256(opened.payload).hexdigest() != m.get("payload_sha256"):
        raise _refuse("Пакет повреждён: контрольная сумма содержимого не совпадает.", "hash")
    try:
        raw = json.loads(opened.payload)
        if not isinstance(raw, list):
            raise ValueError
        changes = [M.parse(r) for r in raw]
    except (ValueError, M.MergeError) as exc:
        raise _refuse("Пакет повреждён: изменения не читаются.", "damaged") from exc
    if _int(m, "count") != len(changes):
        raise _refuse("Пакет повреждён: число изменений не совпадает с описанием.", "count")
    try:
        bundle_id = uuid.UUID(_str(m, "bundle_id"))
    except ValueError as exc:
        raise _refuse("Пакет повреждён: номер пакета не читается.", "damaged") from exc
    first, last, ack = _int(m, "first_seq"), _int(m, "last_seq"), _int(m, "ack")
    _int(m, "bundle_no")
    already = session.get(SyncLedger, bundle_id)
    if already is None:
        _check_sequence(me, sender, m, changes, first, last, ack)
    return _Verified(
        me, sender, m, changes, hashlib.sha256(data).hexdigest(), already, _clock_warning(m, sender), pin
    )


def _check_sequence(
    me: SyncDevice,
    sender: SyncDevice,
    m: dict[str, Any],
    changes: list[M.Change],
    first: int,
    last: int,
    ack: int,
) -> None:
    if me.role == "centre":
        seqs = [c.seq for c in changes]
        origin = sender.id.hex
        if any(c.origin != origin for c in changes) or seqs != list(range(first, first + len(seqs))):
            raise _refuse("Пакет повреждён: номера изменений идут не подряд.", "damaged")
        if seqs and seqs[-1] != last:
            raise _refuse("Пакет повреждён: диапазон изменений не совпадает с описанием.", "damaged")
        if first > sender.applied_seq + 1:
            raise _refuse(
                "Не хватает более ранних пакетов этого ноутбука: "
                f"изменения №{sender.applied_seq + 1}–{first - 1} "
                f"(пакеты №{sender.last_bundle_in + 1}–{m['bundle_no'] - 1}) не получены. "
                "Импортируйте их или сделайте на ноутбуке новый пакет.",
                "gap",
            )
    else:
        if first > sender.applied_seq + 1:
            raise _refuse(
                f"Не хватает ответных пакетов центра №{sender.last_bundle_in + 1}–{m['bundle_no'] - 1}: "
                "импортируйте их или попросите в центре новый ответный пакет.",
                "gap",
            )
        if ack > me.next_seq - 1:
            raise _refuse(
                f"Центр уже получил от этого ноутбука изменения до №{ack}, а на ноутбуке их только "
                f"{me.next_seq - 1}: база ноутбука восстановлена из резервной копии или скопирована. "
                "Обратитесь к администратору центра.",
                "cloned",
            )


def _merge_plan(session: Session, v: _Verified) -> M.Plan:
    try:
        return M.plan(session.connection(), v.changes)
    except M.MergeError as exc:
        code = exc.code
        if code == "cloned":
            raise _refuse(
                "Пакет отклонён: "
                + str(exc)
                + ". Пакеты с этого устройства не принимаются, пока администратор не разберётся.",
                code,
            ) from exc
        raise _refuse("Пакет повреждён: " + str(exc) + ".", code) from exc


def _case_numbers(session: Session, ids: set[str]) -> dict[str, str]:
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


def _impacts(session: Session, v: _Verified, p: M.Plan) -> tuple[list[FamilyImpact], list[FamilyImpact]]:
    numbers = _case_numbers(session, p.families_touched)
    for c in p.new:
        if c.tbl == "family" and c.key in p.families_created and "case_number" in c.values:
            numbers[c.key] = str(c.values["case_number"])
    created = [FamilyImpact(uuid.UUID(f), numbers.get(f, ""), "created") for f in sorted(p.families_created)]
    updated = [FamilyImpact(uuid.UUID(f), numbers.get(f, ""), "updated") for f in sorted(p.families_touched)]
    return created, updated


def _conflict_infos(session: Session, p: M.Plan) -> list[ConflictInfo]:
    labels = _device_labels(session)
    numbers = _case_numbers(session, {c.family for c in p.conflicts if c.family})
    now = datetime.now(UTC)
    return [
        _info(
            uuid.uuid4(), cp.kind, cp.tbl, cp.key, cp.field, cp.family, cp.sides, labels, numbers, now, False
        )
        for cp in p.conflicts
    ]


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise _refuse(f"Файл пакета не читается: {exc.strerror or exc}.", "unreadable") from exc


def preview_import(session: Session, path: Path) -> ImportPreview:
    """Verify a bundle and compute what importing it would change, writing nothing (a dry run).

    Never raises for a bad bundle: the refusal is in ``ImportPreview.refusal``.
    """
    try:
        v = verify(session, _read(path))
        kind = str(v.manifest.get("kind", ""))
        sender = _device_labels(session).get(v.sender.id.hex, "")
        if v.already is not None:
            return ImportPreview(
                True, "", v.already.imported_at, kind, sender, len(v.changes), len(v.changes)
            )
        p = _merge_plan(session, v)
    except SyncRefused as exc:
        return ImportPreview(False, str(exc), None, "", "", 0, 0)
    created, updated = _impacts(session, v, p)
    purges = [
        FamilyImpact(uuid.UUID(f), "", "purged") for f in v.manifest.get("purge", []) if isinstance(f, str)
    ]
    return ImportPreview(
        True,
        "",
        None,
        kind,
        sender,
        len(v.changes),
        p.duplicates,
        created,
        updated,
        purges,
        _conflict_infos(session, p),
        v.clock_warning,
    )


def import_bundle(session: Session, path: Path) -> ImportReport:
    """Verify then apply a bundle in the caller's transaction, ledger entry included.

    Raises SyncRefused (nothing written) for a damaged, foreign, out-of-order or cloned-device bundle;
    returns status "already_imported" (nothing written) for a bundle imported before.
    """
    return import_bytes(session, _read(path))


def import_bytes(session: Session, data: bytes) -> ImportReport:
    """``import_bundle`` on the bytes of a bundle."""
    v = verify(session, data)
    m = v.manifest
    bundle_id = uuid.UUID(m["bundle_id"])
    if v.already is not None:
        at = v.already.imported_at
        return ImportReport(
            "already_imported",
            f"Пакет уже импортирован {_fmt_when(at)}; ничего не изменено.",
            bundle_id,
            0,
            len(v.changes),
            0,
            0,
            0,
            at,
        )
    try:
        return _apply(session, v)
    except (DBAPIError, ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as exc:
        raise _refuse(
            "Пакет не может быть применён: его данные не согласуются с этой базой. Ничего не изменено.",
            "cannot_apply",
        ) from exc


@contextlib.contextmanager
def _large_cache(session: Session, changes: int) -> Iterator[None]:
    """A large SQLite page cache while a big bundle is applied: rows keyed by random UUIDs land all over
    the indexes (the demo loader does the same)."""
    if changes < 5000 or session.connection().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size=-{SQLITE_LOAD_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size={int(before or -2000)}"))


def _apply(session: Session, v: _Verified) -> ImportReport:
    m = v.manifest
    bundle_id = uuid.UUID(m["bundle_id"])
    p = _merge_plan(session, v)
    created, updated = _impacts(session, v, p)
    conn = session.connection()

    renumbered = renumber_collisions(session, p)
    with capture_off(session), _large_cache(session, len(p.new)):
        M.apply(conn, p)
    me, sender = v.me, v.sender
    me.lamport = max(me.lamport, p.max_lamport)
    session.flush()
    record(conn, renumbered)
    session.refresh(me)
    if v.pin is not None:
        sender.sign_public, sender.box_public = v.pin
    purged: list[FamilyImpact] = []
    if me.role == "centre":
        sender.applied_seq = max(sender.applied_seq, m["last_seq"])
        sender.acked_seq = max(sender.acked_seq, m["ack"])
        holds = [h for h in m.get("holds", []) if isinstance(h, str)]
        session.execute(delete(SyncHolding).where(SyncHolding.device_id == sender.id))
        session.add_all(SyncHolding(device_id=sender.id, family_id=uuid.UUID(h)) for h in set(holds))
    else:
        sender.applied_seq = max(sender.applied_seq, m["last_seq"])
        sender.acked_seq = max(sender.acked_seq, m["ack"])
        purged = _purge(session, me, [f for f in m.get("purge", []) if isinstance(f, str)])
    sender.last_bundle_in = max(sender.last_bundle_in, m["bundle_no"])
    with contextlib.suppress(ValueError, TypeError, KeyError):
        sender.last_clock = datetime.fromisoformat(m["created_at"])
    now = datetime.now(UTC)
    session.add(
        SyncLedger(
            bundle_id=bundle_id,
            device_id=sender.id,
            kind=m["kind"],
            bundle_no=m["bundle_no"],
            first_seq=m["first_seq"],
            last_seq=m["last_seq"],
            changes=len(v.changes),
            applied=len(p.new),
            sha256=v.sha256,
            sender_clock=sender.last_clock,
            imported_at=now,
        )
    )
    session.flush()
    refused = [x for x in purged if x.action == "purge_refused"]
    message = (
        f"Пакет импортирован: изменений {len(p.new)}, повторов {p.duplicates}, "
        f"конфликтов {len(p.conflicts)}, "
        f"новых семей {len(created)}, изменённых семей {len(updated)}."
    )
    if refused:
        message += f" Семьи с неотправленными изменениями не удалены: {len(refused)}."
    return ImportReport(
        "applied",
        message,
        bundle_id,
        len(p.new),
        p.duplicates,
        len(p.conflicts),
        len(created),
        len(updated),
        now,
        v.clock_warning,
    )


def _purge(session: Session, me: SyncDevice, families: list[str]) -> list[FamilyImpact]:
    """Remove families reassigned away from this laptop, unless it holds unsent edits to them."""
    peer = _centre_peer(session)
    out = []
    for f in families:
        fid = uuid.UUID(f)
        unsent = session.scalar(
            select(func.count())
            .select_from(SyncChange)
            .where(SyncChange.family_id == fid, SyncChange.origin == me.id, SyncChange.seq > peer.acked_seq)
        )
        if unsent:
            out.append(FamilyImpact(fid, "", "purge_refused"))
            continue
        with capture_off(session):
            session.execute(delete(Family).where(Family.id == fid))
            session.execute(delete(SyncRow).where(SyncRow.family_id == fid))
            session.execute(delete(SyncChange).where(SyncChange.family_id == fid))
            session.execute(delete(SyncConflict).where(SyncConflict.family_id == fid))
        out.append(FamilyImpact(fid, "", "purged"))
    return out


UNIQUE_NUMBERS = {
    "family": ("case_year", "case_seq", "case_number"),
    "plan": ("plan_year", "plan_seq", "number"),
    "contract": ("contract_year", "contract_seq", "number"),
}


def _next_free(owner: dict[tuple[str, int, int], str], centre: str, year: int) -> int:
    return max([s for (c, y, s) in owner if c == centre and y == year] or [0]) + 1


def renumber_collisions(session: Session, p: M.Plan) -> list[Pending]:
    """Numbers unique per (centre, year) that an incoming bundle would give twice: the receiver renumbers.

    Two laptops numbering cases offline can give the same number. A new incoming row whose number is taken
    gets the next free one; an incoming renumbering that lands on a number a row of this database holds
    (one not in the bundle) moves that row to the next free number. Either way the new number is recorded
    as this database's own change, which travels back.
    """
    out: list[Pending] = []
    for tbl, (ycol, scol, ncol) in UNIQUE_NUMBERS.items():
        table = T.tables().get(tbl)
        if table is None:
            continue
        rows = [rp for rp in p.rows.values() if rp.tbl == tbl]
        inserts = [rp for rp in rows if rp.insert is not None]
        updates = [rp for rp in rows if rp.insert is None and (scol in rp.update or ycol in rp.update)]
        if not inserts and not updates:
            continue
        years = {int(rp.insert[ycol]) for rp in inserts if rp.insert is not None}
        current = {}
        for rp in updates:
            found = session.execute(select(table).where(table.c.id == uuid.UUID(rp.key))).mappings().first()
            if found is not None:
                current[rp.key] = {k: T.to_json(v) for k, v in found.items()}
                years.add(int(rp.update.get(ycol, found[ycol])))
        leaving = {rp.key for rp in updates} | {rp.key for rp in rows if rp.delete}
        owner: dict[tuple[str, int, int], str] = {}
        for rid, centre, year, seq in session.execute(
            select(table.c.id, table.c.centre_id, table.c[ycol], table.c[scol]).where(
                table.c[ycol].in_(years)
            )
        ):
            if str(rid) not in leaving:
                owner[(str(centre), int(year), int(seq))] = str(rid)

        for rp in updates:
            row = current.get(rp.key)
            if row is None:
                continue
            final = (
                str(row["centre_id"]),
                int(rp.update.get(ycol, row[ycol])),
                int(rp.update.get(scol, row[scol])),
            )
            blocker = owner.get(final)
            if blocker is not None and blocker != rp.key:
                seq = _next_free(owner, final[0], final[1])
                values = {scol: seq, ncol: f"{final[1]}/{seq:03d}"}
                with capture_off(session):
                    session.execute(update(table).where(table.c.id == uuid.UUID(blocker)).values(**values))
                moved = (
                    session.execute(select(table).where(table.c.id == uuid.UUID(blocker))).mappings().one()
                )
                full = {k: T.to_json(v) for k, v in moved.items()}
                out.append(Pending(tbl, blocker, "put", values, full, False))
                owner[(final[0], final[1], seq)] = blocker
            owner[final] = rp.key
        for rp in inserts:
            ins = rp.insert
            assert ins is not None
            key = (str(ins["centre_id"]), int(ins[ycol]), int(ins[scol]))
            if key in owner:
                seq = _next_free(owner, key[0], key[1])
                ins[scol] = seq
                ins[ncol] = f"{ins[ycol]}/{seq:03d}"
                out.append(Pending(tbl, rp.key, "put", {scol: seq, ncol: ins[ncol]}, dict(ins), False))
                key = (key[0], key[1], seq)
            owner[key] = rp.key
    return out


# -- conflicts --------------------------------------------------------------------------------------------

FIELD_LABELS = {
    "phone": "телефон",
    "region": "область",
    "district": "район",
    "village_council": "сельсовет",
    "settlement": "населённый пункт",
    "street": "улица",
    "house": "дом",
    "flat": "квартира",
    "notes": "примечания",
    "referral_note": "кто направил",
    "surname": "фамилия",
    "name": "имя",
    "patronymic": "отчество",
    "school_or_work": "место учёбы или работы",
    "date": "дата",
    "kind": "вид",
    "result": "результат",
    "next_steps": "дальнейшие шаги",
    "responsible_worker_id": "ответственный специалист",
    "stage": "этап",
}

TABLE_LABELS = {
    "family": "Семья",
    "member": "Член семьи",
    "visit": "Посещение",
    "family_ground": "Основание ТЖС",
    "visit_member": "Присутствовавший на посещении",
    "consent": "Согласие",
    "plan_item": "Строка плана",
}


def _info(
    cid: uuid.UUID,
    kind: str,
    tbl: str,
    key: str,
    fld: str,
    family: str | None,
    sides: list[list[Any]],
    labels: dict[str, str],
    numbers: dict[str, str],
    created: datetime,
    resolved: bool,
) -> ConflictInfo:
    what = TABLE_LABELS.get(tbl, tbl)
    case = numbers.get(family or "", "")
    if kind == "orphan":
        label = f"{what}: запись ссылается на отсутствующую (удалённую) запись"
        values = [
            ConflictValue(labels.get(sides[0][0][1], ""), sides[0][1], False, True),
            ConflictValue("", None, True, False),
        ]
    else:
        label = f"{what}: " + (
            f"поле «{FIELD_LABELS.get(fld, fld)}» изменено одновременно"
            if kind == "field"
            else "удалено на одном устройстве, изменено на другом"
        )
        values = [
            ConflictValue(labels.get(s[0][1], s[0][1][:8]), s[1], bool(s[0][3]), i == 0)
            for i, s in enumerate(sides)
        ]
    if case:
        label = f"Дело {case}. {label}"
    fam = uuid.UUID(family) if family else None
    return ConflictInfo(cid, kind, fam, case, tbl, key, fld, label, values, created, resolved)


def list_conflicts(session: Session, open_only: bool = True) -> list[ConflictInfo]:
    """Conflicts kept by imports, newest first."""
    query = select(SyncConflict).order_by(SyncConflict.created_at.desc(), SyncConflict.id)
    if open_only:
        query = query.where(SyncConflict.resolved.is_(False))
    rows = session.scalars(query).all()
    labels = _device_labels(session)
    numbers = _case_numbers(session, {str(r.family_id) for r in rows if r.family_id})
    return [
        _info(
            r.id,
            r.kind,
            r.tbl,
            r.row_id,
            r.field,
            str(r.family_id) if r.family_id else None,
            json.loads(r.sides),
            labels,
            numbers,
            r.created_at,
            r.resolved,
        )
        for r in rows
    ]


def _all_bases(heads: V.Heads) -> dict[str, list[V.Dot]]:
    return {k: list(v) for k, v in heads.items()}


def _materialize(session: Session, tbl: str, key: str) -> dict[str, Any]:
    """The last known value of every field of a row, folded from its changes in the log."""
    changes = session.execute(
        select(SyncChange.lamport, SyncChange.origin, SyncChange.seq, SyncChange.payload).where(
            SyncChange.tbl == tbl, SyncChange.row_id == key, SyncChange.op == "put"
        )
    ).all()
    out: dict[str, Any] = {}
    for _l, _o, _s, payload in sorted(changes, key=lambda c: (c[0], c[1].hex, c[2])):
        out.update(json.loads(payload)["v"])
    return out


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
    row = session.get(SyncConflict, conflict_id)
    if row is None or row.resolved:
        raise SyncRefused("Конфликт не найден или уже разрешён.", "not_found")
    sides = json.loads(row.sides)
    conn = session.connection()
    heads = load_heads(conn, [(row.tbl, row.row_id)]).get((row.tbl, row.row_id), {})
    table = T.tables()[row.tbl]
    where = T.key_values(row.tbl, row.row_id)
    full = {k: T.to_json(v) for k, v in where.items()}
    n_choices = 2 if row.kind == "orphan" else len(sides)
    if choice is not None and not 0 <= choice < n_choices:
        raise SyncRefused("Выберите одно из значений конфликта.", "choice")
    if row.kind == "field":
        value = sides[choice][1] if choice is not None else manual_value
        if choice is None:
            T.decode_row(row.tbl, {row.field: value})
        pend = Pending(
            row.tbl,
            row.row_id,
            "put",
            {row.field: value},
            full,
            False,
            _all_bases({row.field: V.field_heads(heads, row.field)}),
        )
        with capture_off(session):
            session.execute(
                update(table).filter_by(**where).values(**T.decode_row(row.tbl, {row.field: value}))
            )
    else:
        delete_side = (row.kind == "orphan" and choice == 1) or (
            row.kind == "delete_edit" and choice is not None and bool(sides[choice][0][3])
        )
        if delete_side:
            pend = Pending(row.tbl, row.row_id, "del", {}, full, False, _all_bases(heads))
        else:
            values = _materialize(session, row.tbl, row.row_id)
            if choice is not None and isinstance(sides[choice][1], dict):
                values.update(sides[choice][1])
            values = {c: values.get(c) for c in T.columns(row.tbl)}
            values.update(full)
            try:
                with capture_off(session), session.begin_nested():
                    decoded = T.decode_row(row.tbl, values)
                    if "updated_at" in table.c:
                        decoded["updated_at"] = datetime.now(UTC)
                    session.execute(table.insert().values(**decoded))
            except DBAPIError as exc:
                raise SyncRefused(
                    "Запись нельзя восстановить: связанная с ней запись отсутствует. Выберите удаление.",
                    "restore_failed",
                ) from exc
            pend = Pending(row.tbl, row.row_id, "put", values, values, True, _all_bases(heads))
    record(conn, [pend])
    row.resolved = True
    row.resolved_at = datetime.now(UTC)
    audit(session, actor, "sync.resolve", None, row.family_id, {"table": row.tbl, "field": row.field})
    session.flush()
