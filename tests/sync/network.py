"""A small sync network for tests: a centre and enrolled laptops (SQLite files) driven by the services."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.validation import AddressData
from patronat_desktop.models import Family, SyncRow
from patronat_desktop.services import cases
from patronat_desktop.services import enrol as E
from patronat_desktop.services import sync as S
from patronat_desktop.services.base import Actor
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database
from patronat_desktop.sync import tables as T

TODAY = date(2026, 5, 20)
R = TypeVar("R")


@dataclass
class Node:
    """One database of the network."""

    name: str
    path: Path
    db: Database
    login: str = ""

    def write(self, fn: Callable[[Session], R]) -> R:
        with self.db.transaction() as session:
            return fn(session)

    def read(self, fn: Callable[[Session], R]) -> R:
        with self.db.sessions() as session:
            return fn(session)

    def actor(self) -> Actor:
        def get(session: Session) -> Actor:
            worker = E.acting_worker(session)
            assert worker is not None
            return Actor.of(worker)

        return self.read(get)

    def families(self) -> list[str]:
        return self.read(lambda s: sorted(str(f) for f in s.scalars(select(Family.id))))

    def open_families(self) -> list[str]:
        """Families whose case is not closed (the services refuse edits of a closed case)."""
        query = select(Family.id).where(Family.stage != "closed")
        return self.read(lambda s: sorted(str(f) for f in s.scalars(query)))


@dataclass
class Network:
    folder: Path
    centre: Node
    laptops: list[Node] = field(default_factory=list)
    counter: int = 0

    def bundle_path(self) -> Path:
        self.counter += 1
        return self.folder / f"b{self.counter}.ptb"

    def up(self, laptop: Node) -> Path:
        """Export from a laptop; returns the bundle file."""
        out = self.bundle_path()
        laptop.write(lambda s: S.export_for_centre(s, out))
        return out

    def down(self, laptop: Node) -> Path:
        out = self.bundle_path()
        self.centre.write(lambda s: S.export_return(s, laptop.login, out))
        return out

    def sync(self, laptop: Node) -> None:
        self.centre.write(lambda s: S.import_bundle(s, self.up(laptop)))
        path = self.down(laptop)
        laptop.write(lambda s: S.import_bundle(s, path))

    def dispose(self) -> None:
        for node in [self.centre, *self.laptops]:
            node.db.dispose()


def build(folder: Path, laptops: int = 2, families: int = 2) -> Network:
    """A centre, ``laptops`` enrolled laptops with ``families`` demo families each, all synced once."""
    folder.mkdir(parents=True, exist_ok=True)
    centre_db, _ = open_database(folder / "centre.sqlite3")
    centre = Node("centre", folder / "centre.sqlite3", centre_db)
    centre.write(lambda s: E.init_centre(s, "ТЦСОН Тестового района"))
    net = Network(folder, centre)
    actor = centre.actor()
    for i in range(laptops):
        login = f"sw{i + 1}"
        enrolment = folder / f"enrol-{login}.pte"
        name = f"Работник{i + 1} Анна"
        centre.write(
            lambda s, login=login, enrolment=enrolment, name=name: E.add_worker_with_enrolment(
                s, actor, name, login, enrolment
            )
        )
        path = folder / f"{login}.sqlite3"
        db, _ = open_database(path)
        node = Node(login, path, db, login)
        node.write(lambda s, enrolment=enrolment: E.enrol_laptop(s, enrolment))
        node.write(lambda s, i=i: E.demo_for_worker(s, families, 10 + i, TODAY))
        net.laptops.append(node)
    for node in net.laptops:
        net.sync(node)
    return net


def copy(template: Network, folder: Path) -> Network:
    """The same network in other files (each test gets its own)."""
    folder.mkdir(parents=True, exist_ok=True)

    def clone(node: Node) -> Node:
        target = folder / node.path.name
        src = sqlite3.connect(node.path)
        dst = sqlite3.connect(target)
        src.backup(dst)
        src.close()
        dst.close()
        return Node(node.name, target, Database.open(f"sqlite:///{target}"), node.login)

    return Network(folder, clone(template.centre), [clone(n) for n in template.laptops])


def snapshot(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: to show that a refused import changed nothing."""
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
    finally:
        con.close()


def family_state(node: Node, families: set[str]) -> dict[str, dict[str, Any]]:
    """Business rows (without ``updated_at``) of the given families, by table and row key."""

    def read(session: Session) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        owned = {
            (tbl, key)
            for tbl, key, fam in session.execute(select(SyncRow.tbl, SyncRow.row_id, SyncRow.family_id))
            if fam is not None and str(fam) in families
        }
        for name, table in T.tables().items():
            if T.family_links().get(name) is None:
                continue
            for row in session.execute(select(table)).mappings():
                values = {k: T.to_json(v) for k, v in row.items() if k != "updated_at"}
                key = T.row_key(name, values)
                if (name, key) in owned:
                    out.setdefault(name, {})[key] = values
        return out

    return node.read(read)


def open_conflicts(node: Node, families: set[str]) -> set[str]:
    items = node.read(lambda s: S.list_conflicts(s))
    return {
        json.dumps(
            [c.kind, c.table, c.row_id, c.field, sorted(json.dumps([v.value, v.deleted]) for v in c.values)],
            ensure_ascii=False,
        )
        for c in items
        if c.family_id is not None and str(c.family_id) in families
    }


ADDRESS_FIELDS = ("settlement", "region", "district", "village_council", "street", "house", "flat", "phone")


def edit_family(node: Node, family_id: str, field: str, value: str) -> None:
    """Change one address field (or ``notes``) of a family through the service, as the node's worker."""
    actor = node.actor()

    def act(session: Session) -> None:
        family = session.get(Family, uuid.UUID(family_id))
        assert family is not None
        address = {f: getattr(family, f) for f in ADDRESS_FIELDS}
        if field in address:
            address[field] = value
        cases.edit_family(
            session,
            actor,
            family.id,
            AddressData(**address),
            family.referral_source,
            [g.id for g in family.grounds],
            family.referral_note or "не указано",  # some demo families lack it: the service requires it
            value if field == "notes" else family.notes,
        )

    node.write(act)


def set_phone(node: Node, family_id: str, phone: str) -> None:
    edit_family(node, family_id, "phone", phone)


def copy_file(src: Path, dst: Path) -> Path:
    shutil.copy(src, dst)
    return dst


def keys_of(node: Node) -> tuple[bytes, bytes, bytes]:
    """(device id bytes, sign private, box private) of a node's own device."""

    def get(session: Session) -> tuple[bytes, bytes, bytes]:
        me = S.own_device(session)
        assert me is not None and me.sign_private is not None and me.box_private is not None
        return me.id.bytes, me.sign_private, me.box_private

    return node.read(get)


def reseal(
    data: bytes,
    sender: Node,
    recipient: Node,
    manifest_fn: Callable[[dict[str, Any]], None] | None = None,
    payload_fn: Callable[[bytes], bytes] | None = None,
    rehash: bool = True,
) -> bytes:
    """A bundle rewritten and signed again by its real sender (a bundle the sender could have made)."""
    import hashlib
    import uuid as _uuid

    from patronat_desktop.sync import bundle as B

    sender_id, sign_private, _ = keys_of(sender)
    _, _, box_private = keys_of(recipient)
    opened = B.open_sealed(data, box_private)
    manifest = dict(opened.manifest)
    payload = payload_fn(opened.payload) if payload_fn else opened.payload
    if rehash:
        manifest["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    if manifest_fn:
        manifest_fn(manifest)
    box_public = recipient.read(lambda s: S.own_device(s).box_public)  # type: ignore[union-attr]
    return B.seal(manifest, payload, _uuid.UUID(bytes=sender_id), sign_private, box_public)
