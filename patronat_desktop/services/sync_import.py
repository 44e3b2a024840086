"""Sync import: verify a bundle completely, then merge and apply it in one transaction (or only preview)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from patronat_desktop.models import (
    Family,
    SyncChange,
    SyncConflict,
    SyncDevice,
    SyncHolding,
    SyncLedger,
    SyncRow,
)
from patronat_desktop.services.bulk_read import collector_paused
from patronat_desktop.services.demo import SQLITE_LOAD_CACHE_KIB
from patronat_desktop.services.sync_common import (
    ConflictInfo,
    FamilyImpact,
    ImportPreview,
    ImportReport,
    SyncRefused,
    case_numbers,
    centre_peer,
    device_labels,
    refuse,
    require_self,
)
from patronat_desktop.services.sync_conflicts import conflict_info
from patronat_desktop.storage.schema import SCHEMA_REVISION
from patronat_desktop.sync import bundle as B
from patronat_desktop.sync import merge as M
from patronat_desktop.sync import tables as T
from patronat_desktop.sync.capture import Pending, capture_off, record

CLOCK_AHEAD = timedelta(days=2)
CLOCK_BEHIND = timedelta(days=366)


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


def _int(manifest: dict[str, Any], key: str) -> int:
    value = manifest.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise refuse(f"Пакет повреждён: в описании пакета нет поля «{key}».", "damaged")
    return value


def _str(manifest: dict[str, Any], key: str) -> str:
    value = manifest.get(key)
    if not isinstance(value, str):
        raise refuse(f"Пакет повреждён: в описании пакета нет поля «{key}».", "damaged")
    return value


def _fmt_when(at: datetime) -> str:
    local = at if at.tzinfo is None else at.astimezone()
    return local.strftime("%d.%m.%Y в %H:%M")


def _sender_device(
    session: Session, me: SyncDevice, opened: B.Opened
) -> tuple[SyncDevice, tuple[bytes, bytes] | None]:
    sender = session.get(SyncDevice, opened.sender)
    if sender is None or sender.is_self:
        raise refuse(
            "Пакет от неизвестного устройства: этот ноутбук не подключён к вашему центру.", "unknown_device"
        )
    if sender.revoked:
        raise refuse(
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
            raise refuse("Пакет повреждён: ключи устройства не читаются.", "damaged") from exc
        proof = B.enrol_proof(sender.enrol_secret or b"", sender.id, sign_public)
        if sender.enrol_secret is None or not _consteq(proof, m.get("proof")):
            raise refuse(
                "Первый пакет ноутбука не подтверждён файлом подключения: устройство неизвестно.",
                "unknown_device",
            )
        pin = (sign_public, box_public)
    try:
        B.verify_signature(opened, sign_public)
    except B.BundleError as exc:
        raise refuse(str(exc), exc.code) from exc
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
        enrol_key = centre_peer(session).box_private
        if enrol_key is None:
            raise
        return B.open_sealed(data, enrol_key)


def verify(session: Session, data: bytes) -> _Verified:
    """Everything short of merging: format, recipient, decryption, signature, manifest, hash, counts,
    ledger, sequence. Raises SyncRefused with the reason."""
    me = require_self(session)
    assert me.box_private is not None
    try:
        opened = _open(session, me, data)
    except B.BundleError as exc:
        raise refuse(str(exc), exc.code) from exc
    m = opened.manifest
    sender, pin = _sender_device(session, me, opened)
    if m.get("format") != B.FORMAT:
        raise refuse("Пакет другого формата: обновите программу.", "format")
    if m.get("recipient") != me.id.hex or m.get("centre_id") != str(me.centre_id):
        raise refuse("Пакет предназначен другой базе (другому центру или ноутбуку).", "not_for_us")
    schema = _str(m, "schema")
    if not schema.isdigit() or int(schema) > int(SCHEMA_REVISION):
        raise refuse(
            f"Пакет создан более новой версией программы (схема {schema}, у вас {SCHEMA_REVISION}): "
            "обновите программу на этом компьютере и импортируйте пакет снова.",
            "newer_schema",
        )
    expected_kind = "laptop" if me.role == "centre" else "return"
    if m.get("kind") != expected_kind:
        raise refuse("Пакет не того вида: ноутбук принимает пакеты центра, центр — пакеты ноутбуков.", "kind")
    if hashlib.sha256(opened.payload).hexdigest() != m.get("payload_sha256"):
        raise refuse("Пакет повреждён: контрольная сумма содержимого не совпадает.", "hash")
    try:
        raw = json.loads(opened.payload)
        if not isinstance(raw, list):
            raise ValueError
        changes = [M.parse(r) for r in raw]
    except (ValueError, M.MergeError) as exc:
        raise refuse("Пакет повреждён: изменения не читаются.", "damaged") from exc
    if _int(m, "count") != len(changes):
        raise refuse("Пакет повреждён: число изменений не совпадает с описанием.", "count")
    try:
        bundle_id = uuid.UUID(_str(m, "bundle_id"))
    except ValueError as exc:
        raise refuse("Пакет повреждён: номер пакета не читается.", "damaged") from exc
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
            raise refuse("Пакет повреждён: номера изменений идут не подряд.", "damaged")
        if seqs and seqs[-1] != last:
            raise refuse("Пакет повреждён: диапазон изменений не совпадает с описанием.", "damaged")
        if first > sender.applied_seq + 1:
            raise refuse(
                "Не хватает более ранних пакетов этого ноутбука: "
                f"изменения №{sender.applied_seq + 1}–{first - 1} "
                f"(пакеты №{sender.last_bundle_in + 1}–{m['bundle_no'] - 1}) не получены. "
                "Импортируйте их или сделайте на ноутбуке новый пакет.",
                "gap",
            )
    else:
        if first > sender.applied_seq + 1:
            raise refuse(
                f"Не хватает ответных пакетов центра №{sender.last_bundle_in + 1}–{m['bundle_no'] - 1}: "
                "импортируйте их или попросите в центре новый ответный пакет.",
                "gap",
            )
        if ack > me.next_seq - 1:
            raise refuse(
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
            raise refuse(
                "Пакет отклонён: "
                + str(exc)
                + ". Пакеты с этого устройства не принимаются, пока администратор не разберётся.",
                code,
            ) from exc
        raise refuse("Пакет повреждён: " + str(exc) + ".", code) from exc


def _impacts(session: Session, v: _Verified, p: M.Plan) -> tuple[list[FamilyImpact], list[FamilyImpact]]:
    numbers = case_numbers(session, p.families_touched)
    for c in p.new:
        if c.tbl == "family" and c.key in p.families_created and "case_number" in c.values:
            numbers[c.key] = str(c.values["case_number"])
    created = [FamilyImpact(uuid.UUID(f), numbers.get(f, ""), "created") for f in sorted(p.families_created)]
    updated = [FamilyImpact(uuid.UUID(f), numbers.get(f, ""), "updated") for f in sorted(p.families_touched)]
    return created, updated


def _conflict_infos(session: Session, p: M.Plan) -> list[ConflictInfo]:
    labels = device_labels(session)
    numbers = case_numbers(session, {c.family for c in p.conflicts if c.family})
    now = datetime.now(UTC)
    return [
        conflict_info(
            uuid.uuid4(), cp.kind, cp.tbl, cp.key, cp.field, cp.family, cp.sides, labels, numbers, now, False
        )
        for cp in p.conflicts
    ]


def _read(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise refuse(f"Файл пакета не читается: {exc.strerror or exc}.", "unreadable") from exc


def preview_import(session: Session, path: Path) -> ImportPreview:
    """Verify a bundle and compute what importing it would change, writing nothing (a dry run).

    Never raises for a bad bundle: the refusal is in ``ImportPreview.refusal``.
    """
    with collector_paused():
        return _preview(session, path)


def _preview(session: Session, path: Path) -> ImportPreview:
    try:
        v = verify(session, _read(path))
        kind = str(v.manifest.get("kind", ""))
        sender = device_labels(session).get(v.sender.id.hex, "")
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
    with collector_paused():
        return _import_bytes(session, data)


def _import_bytes(session: Session, data: bytes) -> ImportReport:
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
        raise refuse(
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
    peer = centre_peer(session)
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
