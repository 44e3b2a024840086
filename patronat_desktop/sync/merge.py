"""Merge incoming changes into this database: plan first (read only, also the dry run), then apply in bulk.

``plan`` reads the versions of the rows a bundle touches, runs the merge rule of sync/versions.py over the
changes in their order and works out the end state of every row: inserted, updated (which fields), deleted,
or kept out as an orphan. ``apply`` writes that plan with one executemany per table and statement shape
(Core, not ORM objects) plus the change log and the new versions, all on the caller's connection.
"""

from __future__ import annotations

import json
import json.scanner
import operator
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Connection, Table, Uuid, delete, insert, select, tuple_, update

from patronat_desktop.models import SyncChange, SyncConflict, SyncRow
from patronat_desktop.sync import tables as T
from patronat_desktop.sync import versions as V
from patronat_desktop.sync.capture import dumps, load_heads
from patronat_desktop.sync.fastsql import _sqlite_uuids, insert_json, insert_tuples

CHUNK = 500


class MergeError(Exception):
    """The changes cannot be merged (damaged or from a cloned device); ``code`` says which."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(slots=True)
class Change:
    """One incoming change as it travels in a bundle."""

    origin: str  # device id, hex
    seq: int
    lamport: int
    tbl: str
    key: str
    op: str
    payload: str
    family: str | None
    digest: str
    values: dict[str, Any] = field(default_factory=dict)
    bases: dict[str, list[V.Dot]] = field(default_factory=dict)

    dot: V.Dot = field(default_factory=list)

    def __post_init__(self) -> None:
        self.dot = [self.lamport, self.origin, self.seq, 1 if self.op == "del" else 0]


@dataclass(slots=True)
class RowPlan:
    tbl: str
    key: str
    family: str | None
    heads_before: V.Heads | None
    heads: V.Heads
    insert: dict[str, Any] | None = None  # JSON values of a row to create
    update: dict[str, Any] = field(default_factory=dict)  # JSON values of fields to set
    delete: bool = False
    orphan: bool = False


@dataclass
class ConflictPlan:
    tbl: str
    key: str
    field: str
    kind: str
    family: str | None
    sides: list[list[Any]]  # [[dot, value], ...] shown first


@dataclass
class Plan:
    new: list[Change]
    duplicates: int
    rows: dict[tuple[str, str], RowPlan]
    conflicts: list[ConflictPlan]
    resolved: list[tuple[str, str, str]]
    max_lamport: int
    families_created: set[str]
    families_touched: set[str]


_ORIGINS: set[str] = set()  # device ids already seen well-formed
# The C scanner behind json.loads, called directly: a payload is one JSON value with no surrounding
# whitespace (as capture.dumps writes it); anything else is refused below. Saves json.loads' per-call
# overhead on each of a bundle's ~100,000 payloads.
_SCAN = json.scanner.make_scanner(cast(Any, json.JSONDecoder()))


@cache
def _shapes() -> dict[str, tuple[frozenset[str], int]]:
    """The columns and key length of each table that travels."""
    return {t: (frozenset(T.columns(t)), len(T.pk_columns(t))) for t in T.tables()}


def _body(payload: str) -> Any:
    try:
        body, end = _SCAN(payload, 0)
    except StopIteration as exc:
        raise ValueError("not JSON") from exc
    if end != len(payload):
        raise ValueError("not one JSON value")
    return body


def parse(raw: list[Any]) -> Change:
    """A change from its bundle form ``[origin, seq, lamport, tbl, key, op, payload, family, digest]``."""
    if type(raw) is not list or len(raw) != 9:
        raise MergeError("изменение повреждено", "damaged")
    origin, seq, lamport, tbl, key, op, payload, family, dig = raw
    shape = _shapes().get(tbl) if type(tbl) is str else None
    ok = (
        shape is not None
        and type(origin) is str
        and type(seq) is int
        and type(lamport) is int
        and type(key) is str
        and (op == "put" or op == "del")
        and type(payload) is str
        and (family is None or type(family) is str)
        and type(dig) is str
    )
    if not ok or shape is None:
        raise MergeError("изменение повреждено", "damaged")
    try:
        if origin not in _ORIGINS:
            uuid.UUID(origin)
            _ORIGINS.add(origin)
        body = _body(payload)
        values, bases = body["v"], body["b"]
        if type(values) is not dict or type(bases) is not dict or not shape[0].issuperset(values):
            raise ValueError
        if key.count("|") + 1 != shape[1]:
            raise ValueError
        if bases:
            for dots in bases.values():
                for d in dots:
                    if not (type(d) is list and len(d) == 4 and type(d[0]) is int and type(d[2]) is int):
                        raise ValueError
        if family is not None and len(family) != 36:
            raise ValueError
    except (ValueError, KeyError, TypeError, AttributeError, ArithmeticError) as exc:
        raise MergeError("изменение повреждено", "damaged") from exc
    return Change(origin, seq, lamport, tbl, key, op, payload, family, dig, values, bases)


def existing_digests(conn: Connection, changes: list[Change]) -> dict[tuple[str, int], str]:
    """Digests of the incoming (origin, seq) pairs this database already has."""
    ranges: dict[str, tuple[int, int]] = {}
    for c in changes:
        lo, hi = ranges.get(c.origin, (c.seq, c.seq))
        ranges[c.origin] = (min(lo, c.seq), max(hi, c.seq))
    out: dict[tuple[str, int], str] = {}
    for origin, (lo, hi) in ranges.items():
        rows = conn.execute(
            select(SyncChange.seq, SyncChange.digest).where(
                SyncChange.origin == uuid.UUID(origin), SyncChange.seq >= lo, SyncChange.seq <= hi
            )
        )
        for seq, dig in rows:
            out[(origin, seq)] = dig
    return out


def _existing_keys(conn: Connection, tbl: str, keys: list[str]) -> set[str]:
    """Which of these rows exist in the business table."""
    table = T.tables()[tbl]
    pk = T.pk_columns(tbl)
    found: set[str] = set()
    if conn.dialect.name == "sqlite" and len(pk) == 1 and isinstance(table.c[pk[0]].type, Uuid):
        for i in range(0, len(keys), CHUNK):
            hex_keys = _sqlite_uuids(keys[i : i + CHUNK])
            marks = ",".join("?" * len(hex_keys))
            sql = f'SELECT "{pk[0]}" FROM "{tbl}" WHERE "{pk[0]}" IN ({marks})'
            hexes = conn.exec_driver_sql(sql, tuple(hex_keys)).scalars()
            found.update(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" for h in hexes)
        return found
    for i in range(0, len(keys), CHUNK):
        part = [T.key_values(tbl, k) for k in keys[i : i + CHUNK]]
        if len(pk) == 1:
            col = table.c[pk[0]]
            rows = conn.execute(select(col).where(col.in_([p[pk[0]] for p in part])))
        else:
            cols = [table.c[c] for c in pk]
            rows = conn.execute(
                select(*cols).where(tuple_(*cols).in_([tuple(p[c] for c in pk) for p in part]))
            )
        for row in rows:
            found.add("|".join(str(v) for v in row))
    return found


def _head_values(
    conn: Connection, dots: Iterable[V.Dot], batch: dict[tuple[str, int], Change]
) -> dict[str, Any]:
    """Values set by the given heads: {"origin:seq": {field: value}} (deletes: None)."""
    out: dict[str, Any] = {}
    for d in dots:
        k = f"{d[1]}:{d[2]}"
        if d[3]:
            out[k] = None
            continue
        c = batch.get((d[1], int(d[2])))
        if c is not None:
            out[k] = c.values
            continue
        row = conn.execute(
            select(SyncChange.payload).where(SyncChange.origin == uuid.UUID(d[1]), SyncChange.seq == d[2])
        ).first()
        out[k] = json.loads(row[0])["v"] if row is not None else {}
    return out


def conflict_of(
    conn: Connection, tbl: str, key: str, fld: str, dots: list[V.Dot], batch: dict[tuple[str, int], Change]
) -> ConflictPlan | None:
    """A conflict when heads differ in value (equal values are no conflict); the shown side first."""
    values = _head_values(conn, dots, batch)
    sides: list[list[Any]] = []
    for d in sorted(dots, key=V.rank, reverse=True):
        v = values[f"{d[1]}:{d[2]}"]
        sides.append([d, None if v is None else (v if fld == V.ALL else v.get(fld))])
    deleted = any(d[3] for d in dots)
    if deleted:
        shown = next(s for s in sides if s[0][3])
        sides.remove(shown)
        sides.insert(0, shown)
    distinct = {json.dumps([s[0][3], s[1]], sort_keys=True, default=str) for s in sides}
    if len(distinct) <= 1:
        return None
    return ConflictPlan(
        tbl, key, "" if fld == V.ALL else fld, "delete_edit" if deleted else "field", None, sides
    )


def plan(conn: Connection, changes: list[Change]) -> Plan:
    """Work out what applying ``changes`` (in their order) does, without writing anything."""
    have = existing_digests(conn, changes)
    new: list[Change] = []
    duplicates = 0
    seen: set[tuple[str, int]] = set()
    for c in changes:
        ident = (c.origin, c.seq)
        if ident in have:
            if have[ident] != c.digest:
                raise MergeError(
                    "изменения с теми же номерами уже получены с другим содержимым: "
                    "это копия ноутбука или ноутбук восстановлен из резервной копии",
                    "cloned",
                )
            duplicates += 1
            continue
        if ident in seen:
            raise MergeError("изменение повторяется в пакете", "damaged")
        seen.add(ident)
        new.append(c)
    heads_db = load_heads(conn, {(c.tbl, c.key) for c in new})
    rows: dict[tuple[str, str], RowPlan] = {}
    max_lamport = 0
    for c in new:
        if c.lamport > max_lamport:
            max_lamport = c.lamport
        rk = (c.tbl, c.key)
        rp = rows.get(rk)
        if rp is None:
            before = heads_db.get(rk)
            if before is None and c.op == "put":  # the common case: a new row
                rows[rk] = RowPlan(c.tbl, c.key, c.family, None, {V.ALL: [c.dot]}, c.values)
                continue
            rp = rows[rk] = RowPlan(c.tbl, c.key, c.family, before, dict(before or {}))
        dot = c.dot
        was_deleted = V.is_deleted(rp.heads) if rp.heads else True
        fresh = not rp.heads
        if c.op == "del":
            rp.heads = V.apply_delete(rp.heads, c.bases, dot)
        else:
            full = set(c.values) == set(T.columns(c.tbl))
            rp.heads = V.apply_put(rp.heads, c.values, c.bases, dot, full=full and not fresh)
        deleted = V.is_deleted(rp.heads)
        if deleted:
            rp.insert = None
            rp.update = {}
            rp.delete = not fresh or rp.heads_before is not None
        elif c.op == "put" and (fresh or was_deleted):
            rp.insert = dict(c.values)
            rp.delete = False
        elif c.op == "put":
            for f, v in c.values.items():
                if V.same(V.winner(V.field_heads(rp.heads, f)), dot):
                    if rp.insert is not None:
                        rp.insert[f] = v
                    else:
                        rp.update[f] = v
    batch = {(c.origin, c.seq): c for c in new}
    conflicts: list[ConflictPlan] = []
    resolved: list[tuple[str, str, str]] = []
    for rp in rows.values():
        if rp.heads_before is None and len(rp.heads) == 1 and len(rp.heads.get(V.ALL, ())) == 1:
            continue  # a new row with one change: nothing to conflict with
        before_multi = set(V.multi_head_keys(rp.heads_before or {}))
        for k in V.multi_head_keys(rp.heads):
            cp = conflict_of(conn, rp.tbl, rp.key, k, rp.heads[k], batch)
            if cp is not None:
                cp.family = rp.family
                conflicts.append(cp)
            else:
                resolved.append((rp.tbl, rp.key, "" if k == V.ALL else k))
        for k in before_multi - set(V.multi_head_keys(rp.heads)):
            resolved.append((rp.tbl, rp.key, "" if k == V.ALL else k))
    _existing_and_orphans(conn, rows, conflicts)
    created = {c.key for c in new if c.tbl == "family" and rows[(c.tbl, c.key)].insert is not None}
    touched = {c.family for c in new if c.family} - created
    return Plan(new, duplicates, rows, conflicts, resolved, max_lamport, created, touched)


def _existing_and_orphans(
    conn: Connection, rows: dict[tuple[str, str], RowPlan], conflicts: list[ConflictPlan]
) -> None:
    """Inserts of rows that exist become updates; inserts whose parent is missing are kept as orphans."""
    by_tbl: dict[str, list[RowPlan]] = {}
    for rp in rows.values():
        if rp.insert is not None or rp.delete:
            by_tbl.setdefault(rp.tbl, []).append(rp)
    exists: dict[str, set[str]] = {}
    for tbl, rps in by_tbl.items():
        # A row new to the versions can exist here only if it was written outside sync: reference rows with
        # fixed ids (the grounds every database seeds). Any other clash fails the insert: a refusal.
        check = [
            rp.key for rp in rps if rp.heads_before is not None or rp.delete or tbl in T.REFERENCE_TABLES
        ]
        exists[tbl] = _existing_keys(conn, tbl, check) if check else set()
        for rp in rps:
            if rp.insert is not None and rp.key in exists[tbl]:
                rp.update = {**rp.update, **rp.insert}
                rp.insert = None
            if rp.delete and rp.key not in exists[tbl]:
                rp.delete = False
    inserted = {tbl: {rp.key for rp in rps if rp.insert is not None} for tbl, rps in by_tbl.items()}
    deleted = {tbl: {rp.key for rp in rps if rp.delete} for tbl, rps in by_tbl.items()}
    for tbl in sorted(by_tbl, key=lambda t: T.order()[t]):
        table = T.tables()[tbl]
        rps = [rp for rp in by_tbl[tbl] if rp.insert is not None]
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent not in T.tables() or len(T.pk_columns(parent)) != 1:
                continue
            col = fk.parent.name
            refs = {
                str(rp.insert[col]) for rp in rps if rp.insert is not None and rp.insert.get(col) is not None
            }
            refs -= inserted.get(parent, set())
            if not refs:
                continue
            found = _existing_keys(conn, parent, sorted(refs)) - deleted.get(parent, set())
            for rp in rps:
                if rp.insert is None:
                    continue
                ref = rp.insert.get(col)
                if ref is not None and str(ref) not in found and str(ref) not in inserted.get(parent, set()):
                    shown = V.winner([d for ds in rp.heads.values() for d in ds])
                    conflicts.append(
                        ConflictPlan(rp.tbl, rp.key, "", "orphan", rp.family, [[shown, rp.insert]])
                    )
                    rp.insert = None
                    rp.orphan = True
                    inserted.setdefault(tbl, set()).discard(rp.key)


def apply(conn: Connection, p: Plan) -> None:
    """Write a plan: business rows (new rows in one executemany per table), the change log, the versions
    and the conflicts."""
    now = datetime.now(UTC)
    stamp = now.isoformat()
    order = T.order()
    dels = sorted((rp for rp in p.rows.values() if rp.delete), key=lambda rp: -order[rp.tbl])
    for rp in dels:
        table = T.tables()[rp.tbl]
        conn.execute(delete(table).filter_by(**T.key_values(rp.tbl, rp.key)))
    inserts: dict[str, list[dict[str, Any]]] = {}
    for rp in p.rows.values():
        if rp.insert is not None:
            inserts.setdefault(rp.tbl, []).append(rp.insert)
    for tbl in sorted(inserts, key=lambda t: order[t]):
        table = T.tables()[tbl]
        rows = inserts[tbl]
        if "created_at" in table.c:
            for r in rows:
                if r.get("created_at") is None:
                    r["created_at"] = stamp
        if "updated_at" in table.c:
            for r in rows:
                r["updated_at"] = stamp
        insert_json(conn, table, rows, [c.name for c in table.columns])
    updates = [rp for rp in p.rows.values() if rp.update]
    # Numbers unique per (centre, year, seq) may swap between rows of one bundle (renumbered at the
    # centre): first park every updated one on a temporary negative value, then set the final values.
    for i, rp in enumerate(updates):
        parked = {c: -(i + 1) for c in T.unique_int_columns(rp.tbl) if c in rp.update}
        if parked:
            table = T.tables()[rp.tbl]
            conn.execute(update(table).filter_by(**T.key_values(rp.tbl, rp.key)).values(**parked))
    for rp in updates:
        table = T.tables()[rp.tbl]
        values = T.decode_row(rp.tbl, rp.update)
        if "updated_at" in table.c:
            values["updated_at"] = now
        conn.execute(update(table).filter_by(**T.key_values(rp.tbl, rp.key)).values(**values))
    _write_log(conn, p)


def _write_log(conn: Connection, p: Plan) -> None:
    change_cols = ["origin", "seq", "lamport", "tbl", "row_id", "op", "payload", "family_id", "digest"]
    insert_tuples(conn, cast(Table, SyncChange.__table__), change_cols, list(map(_wire_values, p.new)))
    insert_tuples(
        conn,
        cast(Table, SyncRow.__table__),
        ["tbl", "row_id", "family_id", "heads"],
        [
            (rp.tbl, rp.key, rp.family, _heads_text(rp.heads))
            for rp in p.rows.values()
            if rp.heads_before is None
        ],
    )
    for rp in p.rows.values():
        if rp.heads_before is not None:
            conn.execute(
                update(SyncRow)
                .where(SyncRow.tbl == rp.tbl, SyncRow.row_id == rp.key)
                .values(heads=dumps(rp.heads))
            )
    now = datetime.now(UTC)
    for tbl, key, fld in p.resolved:
        conn.execute(
            update(SyncConflict)
            .where(
                SyncConflict.tbl == tbl,
                SyncConflict.row_id == key,
                SyncConflict.field == fld,
                SyncConflict.resolved.is_(False),
            )
            .values(resolved=True, resolved_at=now)
        )
    for cp in p.conflicts:
        save_conflict(conn, cp, now)


# a change's columns in the change log, in change_cols' order (attrgetter: no Python call per change)
_wire_values = operator.attrgetter(
    "origin", "seq", "lamport", "tbl", "key", "op", "payload", "family", "digest"
)


def _heads_text(heads: V.Heads) -> str:
    only = heads.get(V.ALL)
    if len(heads) == 1 and only is not None and len(only) == 1:
        d = only[0]
        if type(d[0]) is int and type(d[2]) is int and type(d[3]) is int:  # as parse() made them
            return f'{{"*":[[{d[0]},"{d[1]}",{d[2]},{d[3]}]]}}'
    return dumps(heads)


def save_conflict(conn: Connection, cp: ConflictPlan, now: datetime) -> None:
    """Insert or refresh the conflict of one field (or row)."""
    sides = dumps(cp.sides)
    found = conn.execute(
        select(SyncConflict.id).where(
            SyncConflict.tbl == cp.tbl, SyncConflict.row_id == cp.key, SyncConflict.field == cp.field
        )
    ).first()
    if found is None:
        conn.execute(
            insert(SyncConflict).values(
                id=uuid.uuid4(),
                kind=cp.kind,
                tbl=cp.tbl,
                row_id=cp.key,
                field=cp.field,
                family_id=uuid.UUID(cp.family) if cp.family else None,
                sides=sides,
                resolved=False,
                created_at=now,
            )
        )
    else:
        conn.execute(
            update(SyncConflict)
            .where(SyncConflict.id == found[0])
            .values(kind=cp.kind, sides=sides, resolved=False, resolved_at=None)
        )
