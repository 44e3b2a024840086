"""Change capture: every flush of a Session that writes business rows records them in the sync change log.

One listener on every Session (``after_flush``) looks at the new, changed and deleted objects and the
many-to-many collections, and writes the change rows on the same connection, in the same transaction, so
a change exists in the log exactly when it exists in the database. It does nothing in a database that is
not set up for sync (no own device) and while an import applies a bundle (``capture_off``). Core writes
(``session.execute(insert(...))``) bypass it: code that writes that way records its rows with
``record_rows`` (see services/enrol.py for the demo on a laptop).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, event, insert, select, update
from sqlalchemy.orm import Mapper, Session, UOWTransaction, object_session
from sqlalchemy.orm import object_mapper as _object_mapper
from sqlalchemy.orm.attributes import get_history
from sqlalchemy.orm.base import PASSIVE_NO_INITIALIZE

from patronat_desktop.models import Base, SyncChange, SyncConflict, SyncDevice, SyncRow
from patronat_desktop.sync import tables as T
from patronat_desktop.sync import versions as V

CAPTURE_OFF = "patronat.sync.capture_off"
DELETED = "patronat.sync.deleted"  # objects deleted in the current flush (orphans included)


@contextmanager
def capture_off(session: Session) -> Iterator[None]:
    """Writes inside this block are not captured (applying a bundle, purging a family)."""
    session.info[CAPTURE_OFF] = True
    try:
        yield
    finally:
        session.info.pop(CAPTURE_OFF, None)


@dataclass
class Pending:
    """A row change before it gets its sequence number."""

    tbl: str
    key: str
    op: str  # "put" or "del"
    values: dict[str, Any]  # JSON values of the fields set (a put)
    full: dict[str, Any]  # JSON values of every column known (to find the family)
    insert: bool
    bases: dict[str, list[V.Dot]] | None = None  # given: a resolution made on top of every head


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def digest(tbl: str, key: str, op: str, payload: str) -> str:
    return hashlib.sha256(f"{tbl}\x1f{key}\x1f{op}\x1f{payload}".encode()).hexdigest()[:16]


def _column_values(obj: Any, mapper: Mapper[Any], table_name: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for prop in mapper.column_attrs:
        col = prop.columns[0]
        if getattr(getattr(col, "table", None), "name", None) == table_name:
            if col.name in T.LOCAL_COLUMNS:
                continue
            out[col.name] = T.to_json(obj.__dict__.get(prop.key, getattr(obj, prop.key)))
    return out


def _changed_values(obj: Any, mapper: Mapper[Any], table_name: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for prop in mapper.column_attrs:
        col = prop.columns[0]
        if col.name in T.LOCAL_COLUMNS or getattr(getattr(col, "table", None), "name", None) != table_name:
            continue
        hist = get_history(obj, prop.key, passive=PASSIVE_NO_INITIALIZE)
        if hist.added or hist.deleted:
            out[col.name] = T.to_json(getattr(obj, prop.key))
    return out


def _attr_of_column(mapper: Mapper[Any], column: Any) -> str:
    return mapper.get_property_by_column(column).key


def _association_changes(obj: Any, mapper: Mapper[Any]) -> Iterator[Pending]:
    for rel in mapper.relationships:
        secondary = rel.secondary
        if secondary is None or not T.is_business(getattr(secondary, "name", "")):
            continue
        name = str(getattr(secondary, "name", ""))
        hist = get_history(obj, rel.key, passive=PASSIVE_NO_INITIALIZE)
        if not hist.added and not hist.deleted:
            continue
        parent_vals = {
            sec_col.name: T.to_json(getattr(obj, _attr_of_column(mapper, par_col)))
            for par_col, sec_col in rel.synchronize_pairs
        }
        child_mapper = rel.mapper
        for op, items in (("put", hist.added), ("del", hist.deleted)):
            for child in items:
                vals = dict(parent_vals)
                for child_col, sec_col in rel.secondary_synchronize_pairs or []:
                    vals[sec_col.name] = T.to_json(getattr(child, _attr_of_column(child_mapper, child_col)))
                key = T.row_key(name, vals)
                yield Pending(name, key, op, vals if op == "put" else {}, vals, op == "put")


def _pending(session: Session) -> list[Pending]:
    out: list[Pending] = []
    for obj in session.new:
        mapper = _object_mapper(obj)
        name = mapper.local_table.name  # type: ignore[attr-defined]
        if not T.is_business(name):
            continue
        vals = _column_values(obj, mapper, name)
        out.append(Pending(name, T.row_key(name, vals), "put", vals, vals, True))
        out.extend(_association_changes(obj, mapper))
    for obj in session.dirty:
        mapper = _object_mapper(obj)
        name = mapper.local_table.name  # type: ignore[attr-defined]
        if not T.is_business(name):
            continue
        changed = _changed_values(obj, mapper, name)
        if changed:
            full = _column_values(obj, mapper, name)
            out.append(Pending(name, T.row_key(name, full), "put", changed, full, False))
        out.extend(_association_changes(obj, mapper))
    deleted = session.info.pop(DELETED, [])
    for obj in deleted:
        mapper = _object_mapper(obj)
        name = mapper.local_table.name  # type: ignore[attr-defined]
        if not T.is_business(name):
            continue
        full = _column_values(obj, mapper, name)
        out.append(Pending(name, T.row_key(name, full), "del", {}, full, False))
    # one change per row and operation; parents before children, deletes of children first
    seen: dict[tuple[str, str, str], Pending] = {}
    for p in out:
        k = (p.tbl, p.key, p.op)
        if k in seen and p.op == "put":
            seen[k].values.update(p.values)
        else:
            seen[k] = p
    order = T.order()
    puts = sorted((p for p in seen.values() if p.op == "put"), key=lambda p: order[p.tbl])
    dels = sorted((p for p in seen.values() if p.op == "del"), key=lambda p: -order[p.tbl])
    return dels + puts


class FamilyFinder:
    """Finds the family of a row: from its own columns, rows of this batch, sync_row, or the parent row."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.known: dict[tuple[str, str], str | None] = {}

    def remember(self, tbl: str, key: str, family: str | None) -> None:
        self.known[(tbl, key)] = family

    def family_of(self, tbl: str, values: dict[str, Any]) -> str | None:
        link = T.family_links().get(tbl)
        if link is None:
            return None
        column, parent = link
        ref = values.get(column)
        if ref is None:
            return None
        if parent == "family":
            return str(ref)
        return self.family_of_row(parent, str(ref))

    def family_of_row(self, tbl: str, key: str) -> str | None:
        if (tbl, key) in self.known:
            return self.known[(tbl, key)]
        found = self.conn.execute(
            select(SyncRow.family_id).where(SyncRow.tbl == tbl, SyncRow.row_id == key)
        ).first()
        if found is not None and found[0] is not None:
            fam: str | None = str(found[0])
        else:
            table = T.tables()[tbl]
            row = self.conn.execute(select(table).filter_by(**T.key_values(tbl, key))).mappings().first()
            fam = self.family_of(tbl, {k: T.to_json(v) for k, v in row.items()}) if row is not None else None
        self.known[(tbl, key)] = fam
        return fam


def load_heads(conn: Connection, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], V.Heads]:
    """Heads of the given rows that have versions here (batched)."""
    by_tbl: dict[str, list[str]] = {}
    for tbl, key in keys:
        by_tbl.setdefault(tbl, []).append(key)
    out: dict[tuple[str, str], V.Heads] = {}
    if conn.dialect.name == "sqlite":  # plain SQL: a bundle asks for ~100,000 rows, mostly absent
        for tbl, ks in by_tbl.items():
            for i in range(0, len(ks), 900):
                part = ks[i : i + 900]
                marks = ",".join("?" * len(part))
                sql = f"SELECT row_id, heads FROM sync_row WHERE tbl = ? AND row_id IN ({marks})"
                for row_id, heads in conn.exec_driver_sql(sql, (tbl, *part)):
                    out[(tbl, row_id)] = json.loads(heads)
        return out
    for tbl, ks in by_tbl.items():
        for i in range(0, len(ks), 500):
            rows = conn.execute(
                select(SyncRow.row_id, SyncRow.heads).where(
                    SyncRow.tbl == tbl, SyncRow.row_id.in_(ks[i : i + 500])
                )
            )
            for row_id, heads in rows:
                out[(tbl, row_id)] = json.loads(heads)
    return out


def head_value(conn: Connection, dot: V.Dot, field: str) -> Any:
    """The value a head gave a field (``"*"``: the whole row), from the change log; deletes give None."""
    if dot[3]:
        return None
    row = conn.execute(
        select(SyncChange.payload).where(SyncChange.origin == uuid.UUID(dot[1]), SyncChange.seq == dot[2])
    ).first()
    if row is None:
        return None
    values = json.loads(row[0])["v"]
    return values if field == V.ALL else values.get(field)


def bases_for(conn: Connection, heads: V.Heads, keys: Iterable[str]) -> dict[str, list[V.Dot]]:
    """What a local change is made on top of: per field, the shown head (and heads with the same value).

    The other heads of an open conflict stay heads, so an ordinary edit never silently resolves a conflict.
    """
    out: dict[str, list[V.Dot]] = {}
    for k in keys:
        current = V.field_heads(heads, k)
        if len(current) <= 1:
            out[k] = list(current)
            continue
        shown = V.winner(current)
        value = head_value(conn, shown, k)
        out[k] = [d for d in current if d[3] == shown[3] and head_value(conn, d, k) == value]
    return out


def record(conn: Connection, pending: list[Pending], finder: FamilyFinder | None = None) -> int:
    """Give ``pending`` changes sequence numbers of this device and write them to the log; returns count."""
    if not pending:
        return 0
    me = conn.execute(
        select(SyncDevice.id, SyncDevice.lamport, SyncDevice.next_seq).where(SyncDevice.is_self.is_(True))
    ).first()
    if me is None:
        return 0
    device, lamport, seq = me
    lamport += 1
    origin = device.hex
    finder = finder or FamilyFinder(conn)
    heads_by_row = load_heads(conn, ((p.tbl, p.key) for p in pending))
    change_rows: list[dict[str, Any]] = []
    new_rows: list[dict[str, Any]] = []
    upd_rows: list[dict[str, Any]] = []
    for p in pending:
        heads = heads_by_row.get((p.tbl, p.key), {})
        dot: V.Dot = [lamport, origin, seq, 1 if p.op == "del" else 0]
        if p.bases is not None:
            bases = p.bases
            new_heads = (
                V.apply_delete(heads, bases, dot)
                if p.op == "del"
                else V.apply_put(heads, p.values, bases, dot, full=p.insert)
            )
        elif p.op == "del":
            bases = bases_for(conn, heads, heads.keys())
            new_heads = V.apply_delete(heads, bases, dot)
        else:
            keys = [*p.values, V.ALL] if p.insert and heads else list(p.values)
            bases = bases_for(conn, heads, keys) if heads else {}
            new_heads = V.apply_put(heads, p.values, bases, dot, full=p.insert)
        family = finder.family_of(p.tbl, p.full) if p.tbl != "family" else p.key
        link = T.family_links().get(p.tbl)
        if family is None and link is not None and p.full.get(link[0]) is None:
            # ``full`` lacks the row's link (a conflict's resolution carries only the key): the family the
            # row's versions or its stored columns name, else the change would travel to every laptop
            family = finder.family_of_row(p.tbl, p.key)
        finder.remember(p.tbl, p.key, family)
        payload = dumps({"v": p.values, "b": {k: v for k, v in bases.items() if v}})
        change_rows.append(
            {
                "origin": device,
                "seq": seq,
                "lamport": lamport,
                "tbl": p.tbl,
                "row_id": p.key,
                "op": p.op,
                "payload": payload,
                "family_id": uuid.UUID(family) if family else None,
                "digest": digest(p.tbl, p.key, p.op, payload),
            }
        )
        row = {"tbl": p.tbl, "row_id": p.key, "heads": dumps(new_heads)}
        if (p.tbl, p.key) in heads_by_row:
            upd_rows.append(row)
        else:
            new_rows.append({**row, "family_id": uuid.UUID(family) if family else None})
        heads_by_row[(p.tbl, p.key)] = new_heads
        seq += 1
    conn.execute(insert(SyncChange), change_rows)
    if new_rows:
        conn.execute(insert(SyncRow), new_rows)
    for row in upd_rows:
        conn.execute(
            update(SyncRow)
            .where(SyncRow.tbl == row["tbl"], SyncRow.row_id == row["row_id"])
            .values(heads=row["heads"])
        )
    conn.execute(update(SyncDevice).where(SyncDevice.id == device).values(lamport=lamport, next_seq=seq))
    _refresh_conflicts(conn, {k: h for k, h in heads_by_row.items() if V.multi_head_keys(h)}, finder)
    return len(change_rows)


def _refresh_conflicts(conn: Connection, rows: dict[tuple[str, str], V.Heads], finder: FamilyFinder) -> None:
    """A local edit of a field in open conflict replaces the shown side and keeps the others: the stored
    conflict gets the new sides (as every replica that imports the edit computes them)."""
    if not rows:
        return
    from patronat_desktop.sync.merge import conflict_of, save_conflict  # merge imports this module

    now = datetime.now(UTC)
    for (tbl, key), heads in rows.items():
        open_fields = set(
            conn.execute(
                select(SyncConflict.field).where(
                    SyncConflict.tbl == tbl, SyncConflict.row_id == key, SyncConflict.resolved.is_(False)
                )
            ).scalars()
        )
        for k in V.multi_head_keys(heads):
            fld = "" if k == V.ALL else k
            if fld not in open_fields:
                continue
            cp = conflict_of(conn, tbl, key, k, heads[k], {})
            if cp is None:
                conn.execute(
                    update(SyncConflict)
                    .where(SyncConflict.tbl == tbl, SyncConflict.row_id == key, SyncConflict.field == fld)
                    .values(resolved=True, resolved_at=now)
                )
                continue
            cp.family = finder.family_of_row(tbl, key) if tbl != "family" else key
            save_conflict(conn, cp, now)


def record_rows(session: Session, tbl: str, rows: list[dict[str, Any]]) -> int:
    """Record rows written with Core inserts (no ORM events) as new rows of this device."""
    cols = T.columns(tbl)
    pending = []
    for r in rows:
        vals = {c: T.to_json(r.get(c)) for c in cols}
        pending.append(Pending(tbl, T.row_key(tbl, vals), "put", vals, vals, True))
    return record(session.connection(), pending)


@event.listens_for(Base, "after_delete", propagate=True)
def _after_delete(_mapper: Mapper[Any], _conn: Connection, target: Any) -> None:
    # session.deleted misses rows deleted as orphans during the flush: collect them here
    session = object_session(target)
    if session is not None:
        session.info.setdefault(DELETED, []).append(target)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _ctx: UOWTransaction) -> None:
    if session.info.get(CAPTURE_OFF):
        session.info.pop(DELETED, None)
        return
    if (
        session.connection().execute(select(SyncDevice.id).where(SyncDevice.is_self.is_(True))).first()
        is None
    ):
        return
    pending = _pending(session)
    if pending:
        record(session.connection(), pending)
