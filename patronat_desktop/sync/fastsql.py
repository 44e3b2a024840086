"""INSERT many rows given as JSON values, straight to the driver's executemany (the import's hot path).

Each column gets one converter from its JSON value to the driver parameter: the column type's own bind
processor after the JSON decoding (so the stored values are exactly what SQLAlchemy would store), remembered
per distinct value for the repetitive columns (dates, enums, flags). UUIDs, the bulk of every row, are turned
into SQLite's 32-hex text without building ``uuid.UUID`` objects. A value that does not fit its column
raises ValueError or TypeError, which the import turns into a refusal.
"""

from __future__ import annotations

import operator
import re
import uuid
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Connection, Table, Uuid, insert
from sqlalchemy.engine import Dialect

from patronat_desktop.sync import tables as T

CHUNK = 5000
_HEX = frozenset("0123456789abcdef")
_HEX_LIST = re.compile(r"(?:[0-9a-f]{32},)*[0-9a-f]{32}")


def _sqlite_uuid(value: Any) -> str:
    h = value.replace("-", "")
    if len(h) != 32 or not _HEX.issuperset(h):
        raise ValueError(f"not a UUID: {value!r}")
    return cast(str, h)


def _memo(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    cache: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            out = cache[value] = fn(value)
            return out
        except TypeError:  # unhashable (a JSON list or dict)
            return fn(value)

    return run


def _sqlite_uuids(values: list[Any]) -> list[Any]:
    """A column of UUID strings as SQLite stores them (32 hex digits), checked as one string."""
    out = [None if v is None else v.replace("-", "") for v in values]
    present = ",".join([h for h in out if h is not None])
    if present and _HEX_LIST.fullmatch(present) is None:
        raise ValueError("not a UUID")
    return out


def converter(table: Table, column: str, dialect: Dialect) -> Callable[[Any], Any]:
    """JSON value → driver parameter for one column (None stays None)."""
    col = table.c[column]
    if isinstance(col.type, Uuid) and dialect.name == "sqlite":
        return lambda v: None if v is None else _sqlite_uuid(v)
    if isinstance(col.type, Uuid):
        return lambda v: None if v is None else uuid.UUID(v)
    decode = T.decoder(col.type)
    process = col.type.dialect_impl(dialect).bind_processor(dialect)
    if process is None:
        if decode is T.identity:
            return T.identity
        return _memo(lambda v: None if v is None else decode(v))
    proc = process
    return _memo(lambda v: None if v is None else proc(decode(v)))


def insert_json(conn: Connection, table: Table, rows: list[dict[str, Any]], columns: list[str]) -> None:
    """INSERT ``rows`` (JSON values by column name; missing columns are None) in chunked executemany."""
    every = operator.itemgetter(*columns) if len(columns) > 1 else None
    for first in range(0, len(rows), CHUNK):
        chunk = rows[first : first + CHUNK]
        try:  # the common case: every row has every column (whole rows inserted)
            if every is None:
                raise KeyError
            values = dict(zip(columns, (list(c) for c in zip(*map(every, chunk), strict=True)), strict=True))
        except KeyError:
            values = {c: [r.get(c) for r in chunk] for c in columns}
        _insert_columns(conn, table, values)


def insert_tuples(conn: Connection, table: Table, columns: list[str], rows: list[tuple[Any, ...]]) -> None:
    """INSERT ``rows`` (tuples of JSON values in the order of ``columns``) in chunked executemany."""
    for first in range(0, len(rows), CHUNK):
        chunk = rows[first : first + CHUNK]
        if chunk:
            _insert_columns(
                conn, table, dict(zip(columns, (list(c) for c in zip(*chunk, strict=True)), strict=True))
            )


def _insert_columns(conn: Connection, table: Table, values: dict[str, list[Any]]) -> None:
    if not values or not next(iter(values.values())):
        return
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(values))
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    cols = []
    for name in names:
        column = values[name]
        if dialect.name == "sqlite" and isinstance(table.c[name].type, Uuid):
            cols.append(_sqlite_uuids(column))
            continue
        conv = converter(table, name, dialect)
        cols.append(column if conv is T.identity else [conv(v) for v in column])
    params: list[Any] = list(zip(*cols, strict=True))
    if not compiled.positional:
        params = [dict(zip(names, p, strict=True)) for p in params]
    conn.exec_driver_sql(compiled.string, params)
