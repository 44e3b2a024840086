"""Setting up the sync network: the centre's keys, a worker's enrolment file, a laptop taking it, demo data.

The centre's database holds the centre's key pairs. Adding a worker writes an enrolment file for their laptop
(the centre's public keys, the worker's account, the laptop's device id and a one-time secret, reference data
and the families assigned), sealed under an enrolment code (empty by default: then the file must travel by
hand like a key). The laptop creates its own keys when it takes the file and proves the secret in its first
bundle; the centre pins the laptop's keys then.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.models import Agency, Centre, SyncDevice, SyncRow, Worker
from patronat_desktop.services.base import Actor, audit
from patronat_desktop.services.demo import bulk_insert, load_demo
from patronat_desktop.services.directory import WorkerData, add_worker
from patronat_desktop.services.reference import create_centre
from patronat_desktop.services.startup import acting_worker as acting_worker  # the commands take it here
from patronat_desktop.services.sync import UNIQUE_NUMBERS, SyncRefused, own_device, return_rows
from patronat_desktop.storage.db import Database
from patronat_desktop.storage.schema import SCHEMA_REVISION
from patronat_desktop.sync import bundle as B
from patronat_desktop.sync import merge as M
from patronat_desktop.sync import tables as T
from patronat_desktop.sync.capture import capture_off, record_rows
from patronat_desktop.sync.stick import write_safely

ENROL_FORMAT = 1
ENROL_SUFFIX = ".pte"
"""File name ending of an enrolment file (patronat enrolment)."""


def default_enrolment_name(day: date) -> str:
    """An enrolment file name that holds no personal data: a date and a short random part."""
    return f"patronat-enrol-{day:%Y%m%d}-{os.urandom(3).hex()}{ENROL_SUFFIX}"


@dataclass(frozen=True)
class EnrolmentResult:
    """An enrolment file written for a worker's laptop."""

    worker_id: uuid.UUID
    device_id: uuid.UUID
    path: Path
    families: int


def _device(keys: B.KeyPair, **fields: Any) -> SyncDevice:
    return SyncDevice(
        sign_private=keys.sign_private,
        sign_public=keys.sign_public,
        box_private=keys.box_private,
        box_public=keys.box_public,
        **fields,
    )


def baseline(session: Session) -> int:
    """Record every business row that has no versions yet as a change of this device (rows written before
    the database joined the sync network); returns how many."""
    total = 0
    conn = session.connection()
    for name, table in T.tables().items():
        have = set(conn.execute(select(SyncRow.row_id).where(SyncRow.tbl == name)).scalars())
        rows = [dict(r) for r in conn.execute(select(table)).mappings()]
        rows = [r for r in rows if T.row_key(name, {k: T.to_json(v) for k, v in r.items()}) not in have]
        total += record_rows(session, name, rows)
    return total


def init_centre(session: Session, name: str, district: str = "") -> Worker:
    """Make this database the centre of a sync network: its keys, and the centre with its head if none."""
    if own_device(session) is not None:
        raise SyncRefused("База уже подключена к синхронизации.", "already")
    device = _device(
        B.KeyPair.generate(), id=uuid.uuid4(), role="centre", is_self=True, centre_id=uuid.uuid4()
    )
    session.add(device)
    session.flush()
    centre = session.scalars(select(Centre)).first()
    if centre is None:
        head = create_centre(session, name, district or name, "", "Администратор", "Центра")
        centre_id = head.centre_id
    else:
        centre_id = centre.id
        found = session.scalars(select(Worker).where(Worker.centre_id == centre_id)).first()
        if found is None:
            raise SyncRefused("В центре нет ни одного специалиста.", "no_worker")
        head = found
    device.centre_id = centre_id
    session.flush()
    baseline(session)
    audit(session, Actor(None, centre_id), "sync.centre", None, None, {"device": str(device.id)})
    return head


def _split_name(full: str) -> tuple[str, str, str]:
    """Surname, name and patronymic from one line; a single word is taken as the surname."""
    parts = full.split()
    if not parts:
        raise DomainError(Problem("worker.name", "ФИО специалиста: обязательное поле.", "required"))
    return parts[0], parts[1] if len(parts) > 1 else "—", " ".join(parts[2:])


def add_worker_with_enrolment(
    session: Session, actor: Actor, full_name: str, login: str, out_path: Path, code: str = ""
) -> EnrolmentResult:
    """At the centre: add a worker and write the enrolment file for their laptop."""
    me = own_device(session)
    if me is None or me.role != "centre":
        raise SyncRefused(
            "Специалиста с ноутбуком добавляют в базе центра (сначала centre init).", "wrong_role"
        )
    surname, name, patronymic = _split_name(full_name)
    worker = add_worker(session, actor, WorkerData(surname, name, login, patronymic))
    return write_enrolment(session, worker, out_path, code)


def write_enrolment(session: Session, worker: Worker, out_path: Path, code: str = "") -> EnrolmentResult:
    """At the centre: a (new) enrolment file for an existing worker; an older laptop of theirs keeps working
    until it is revoked."""
    me = own_device(session)
    if me is None or me.role != "centre":
        raise SyncRefused("Файл подключения создаётся в базе центра.", "wrong_role")
    assert me.sign_public is not None and me.box_public is not None
    # Return bundles made before the laptop's first bundle (its own keys unknown yet) are sealed to this
    # enrolment key, which travels in the (code-protected) enrolment file.
    enrol_keys = B.KeyPair.generate()
    device = SyncDevice(
        id=uuid.uuid4(),
        role="laptop",
        is_self=False,
        centre_id=me.centre_id,
        worker_id=worker.id,
        enrol_secret=os.urandom(32),
        box_public=enrol_keys.box_public,
    )
    session.add(device)
    session.flush()
    rows, to_pos, whole, _purge = return_rows(session, worker, None, 0, set())
    content = {
        "format": ENROL_FORMAT,
        "schema": SCHEMA_REVISION,
        "centre_id": str(me.centre_id),
        "centre_device": me.id.hex,
        "centre_sign_public": me.sign_public.hex(),
        "centre_box_public": me.box_public.hex(),
        "device_id": device.id.hex,
        "worker_id": str(worker.id),
        "worker_login": worker.login,
        "secret": (device.enrol_secret or b"").hex(),
        "enrol_box_private": enrol_keys.box_private.hex(),
        "last_pos": to_pos,
        "changes": rows,
    }
    written = write_safely(B.seal_enrolment(content, code), Path(out_path))
    audit(session, Actor(None, me.centre_id), "sync.enrol", worker, changes={"device": str(device.id)})
    return EnrolmentResult(worker.id, device.id, written.path, len(whole))


def enrol_laptop(session: Session, path: Path, code: str = "") -> Worker:
    """On a new laptop: take the enrolment file, create the device keys, load reference data and families."""
    me = own_device(session)
    if me is not None and me.role == "centre":
        raise SyncRefused("Это база центра обмена: её нельзя подключить к центру как ноутбук.", "already")
    if me is not None:
        raise SyncRefused("Этот ноутбук уже подключён к центру.", "already")
    if session.scalar(select(func.count()).select_from(Centre)):
        raise SyncRefused("Подключить можно только новую (пустую) базу ноутбука.", "not_empty")
    try:
        content = B.open_enrolment(Path(path).read_bytes(), code)
    except OSError as exc:
        raise SyncRefused(f"Файл подключения не читается: {exc.strerror or exc}.", "unreadable") from exc
    except B.BundleError as exc:
        raise SyncRefused(str(exc), exc.code) from exc
    try:
        if content.get("format") != ENROL_FORMAT or int(content["schema"]) > int(SCHEMA_REVISION):
            raise SyncRefused(
                "Файл подключения создан более новой версией программы: обновите её.", "newer_schema"
            )
        centre_id = uuid.UUID(content["centre_id"])
        me = _device(
            B.KeyPair.generate(),
            id=uuid.UUID(content["device_id"]),
            role="laptop",
            is_self=True,
            centre_id=centre_id,
            worker_id=uuid.UUID(content["worker_id"]),
            enrol_secret=bytes.fromhex(content["secret"]),
        )
        centre = SyncDevice(
            id=uuid.UUID(content["centre_device"]),
            role="centre",
            is_self=False,
            centre_id=centre_id,
            sign_public=bytes.fromhex(content["centre_sign_public"]),
            box_public=bytes.fromhex(content["centre_box_public"]),
            box_private=bytes.fromhex(content["enrol_box_private"]),  # see write_enrolment
            applied_seq=int(content["last_pos"]),
        )
        changes = [M.parse(r) for r in content["changes"]]
    except (KeyError, ValueError, TypeError, M.MergeError) as exc:
        raise SyncRefused("Файл подключения повреждён.", "damaged") from exc
    session.add_all([me, centre])
    session.flush()
    plan = M.plan(session.connection(), changes)

    with capture_off(session):
        M.apply(session.connection(), plan)
    me.lamport = plan.max_lamport
    session.flush()
    worker = session.get(Worker, me.worker_id)
    if worker is None:
        raise SyncRefused("Файл подключения повреждён: нет учётной записи специалиста.", "damaged")
    return worker


def demo_for_worker(session: Session, families: int, seed: int, today: date | None = None) -> int:
    """On an enrolled laptop: demo families of its worker, recorded as the laptop's own changes.

    The demo district is generated in a scratch in-memory database and its families are copied in, with the
    centre, every worker reference and (when the laptop has agencies) every agency reference mapped to this
    laptop's own; case, plan and contract numbers continue after the laptop's. Returns the families added.
    """
    me = own_device(session)
    if me is None or me.role != "laptop" or me.worker_id is None:
        raise SyncRefused("Демо-семьи специалиста создаются на подключённом ноутбуке.", "wrong_role")
    scratch = Database.open("sqlite://")
    try:
        from patronat_desktop.models import Base

        Base.metadata.create_all(scratch.engine)
        with scratch.transaction() as s:
            load_demo(s, families, seed, today)
        with scratch.sessions() as s:
            data = {
                name: [dict(r) for r in s.execute(select(t)).mappings()] for name, t in T.tables().items()
            }
    finally:
        scratch.dispose()
    device_id = me.id

    def own(value: uuid.UUID) -> uuid.UUID:
        # the same seed on two laptops must not give the same row ids: make them this device's own
        return uuid.uuid5(device_id, str(value))

    local_agencies = list(session.scalars(select(Agency).where(Agency.centre_id == me.centre_id)))
    agency_map: dict[Any, Any] = {}
    copy_agencies = not local_agencies
    for i, a in enumerate(data["agency"]):
        if copy_agencies:
            agency_map[a["id"]] = own(a["id"])
        else:
            same_kind = [x for x in local_agencies if x.kind == a["kind"]] or local_agencies
            agency_map[a["id"]] = same_kind[i % len(same_kind)].id
    links = T.family_links()
    offsets: dict[tuple[str, int], int] = {}
    for tbl, (ycol, scol, _n) in UNIQUE_NUMBERS.items():
        table = T.tables()[tbl]
        for year, top in session.execute(
            select(table.c[ycol], func.max(table.c[scol])).group_by(table.c[ycol])
        ):
            offsets[(tbl, int(year))] = int(top or 0)
    order = ["agency"] if copy_agencies else []
    order += [name for name in T.tables() if links.get(name) is not None]
    copied = set(order)
    for name in order:
        table = T.tables()[name]
        rows = data[name]
        targets = {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}
        own_pk = [c.name for c in table.primary_key.columns if c.name not in targets]
        for r in rows:
            for col in own_pk:
                r[col] = own(r[col])
            for col, target in targets.items():
                if r.get(col) is None:
                    continue
                if target == "centre":
                    r[col] = me.centre_id
                elif target == "worker":
                    r[col] = me.worker_id
                elif target == "agency":
                    r[col] = agency_map[r[col]]
                elif target in copied:
                    r[col] = own(r[col])
            if name in UNIQUE_NUMBERS:
                ycol, scol, ncol = UNIQUE_NUMBERS[name]
                r[scol] = r[scol] + offsets.get((name, int(r[ycol])), 0)
                r[ncol] = f"{r[ycol]}/{r[scol]:03d}"
        bulk_insert(session, table, rows)
        record_rows(session, name, rows)
    added = len(data["family"])
    audit(
        session, Actor(me.worker_id, me.centre_id), "demo.load", None, None, {"families": added, "seed": seed}
    )
    session.flush()
    return added
