"""Which tables travel in bundles, how a row is keyed, which family it belongs to, and column values ↔ JSON.

Every table of the models' metadata travels except the audit trail and the sync bookkeeping itself, so a
table another branch adds (planned visits, signed documents) is captured without touching this module.
``updated_at`` is local bookkeeping: it never travels (it would make every two edits of a row conflict).
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, LargeBinary, Numeric, Table, UniqueConstraint, Uuid
from sqlalchemy import Enum as SAEnum

from patronat_desktop.models import Base

LOCAL_TABLES = frozenset({"audit_entry", "alembic_version"})
LOCAL_COLUMNS = frozenset({"updated_at"})
REFERENCE_TABLES = frozenset({"centre", "worker", "agency", "ground", "calendar_override", "setting"})


def is_business(name: str) -> bool:
    """True for a table whose rows travel in bundles."""
    return name not in LOCAL_TABLES and not name.startswith("sync_")


@cache
def tables() -> dict[str, Table]:
    """Business tables by name, parents before children (the order rows are inserted in)."""
    return {t.name: t for t in Base.metadata.sorted_tables if is_business(t.name)}


@cache
def order() -> dict[str, int]:
    return {name: i for i, name in enumerate(tables())}


@cache
def columns(name: str) -> tuple[str, ...]:
    """The columns that travel, in table order."""
    return tuple(c.name for c in tables()[name].columns if c.name not in LOCAL_COLUMNS)


@cache
def pk_columns(name: str) -> tuple[str, ...]:
    return tuple(c.name for c in tables()[name].primary_key.columns)


@cache
def family_links() -> dict[str, tuple[str, str] | None]:
    """For each table, how to find a row's family: (column, parent table), ("id", "family") or None.

    A family-scoped table has a family_id column or a foreign key to another family-scoped table; the
    rest (centre, workers, agencies, grounds, calendar) is reference data shared by the whole centre.
    """
    links: dict[str, tuple[str, str] | None] = {name: None for name in tables()}
    links["family"] = ("id", "family")
    changed = True
    while changed:
        changed = False
        for name, table in tables().items():
            if links[name] is not None or name in REFERENCE_TABLES:
                continue
            fks = sorted(
                table.foreign_keys, key=lambda fk: (fk.parent.nullable, fk.parent.name != "family_id")
            )
            for fk in fks:
                parent = fk.column.table.name
                if parent in links and links[parent] is not None:
                    links[name] = (fk.parent.name, parent)
                    changed = True
                    break
    return links


@cache
def unique_int_columns(name: str) -> tuple[str, ...]:
    """Integer columns of multi-column unique constraints (sequence numbers such as case_seq)."""
    out: list[str] = []
    for constraint in tables()[name].constraints:
        if isinstance(constraint, UniqueConstraint) and len(constraint.columns) > 1:
            out += [c.name for c in constraint.columns if isinstance(c.type, Integer) and c.name not in out]
    return tuple(out)


def row_key(name: str, values: dict[str, Any]) -> str:
    """A row's identity as text: its primary key values joined by "|" (UUIDs as canonical strings)."""
    return "|".join(str(values[c]) for c in pk_columns(name))


def key_values(name: str, key: str) -> dict[str, Any]:
    """The primary key values of a row key, as Python values."""
    parts = key.split("|")
    decoders = decoders_of(name)
    return {c: decoders[c](p) for c, p in zip(pk_columns(name), parts, strict=True)}


def to_json(value: Any) -> Any:
    """A column value as JSON."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict | list):
        return value
    return str(value)


def identity(value: Any) -> Any:
    return value


def decoder(column_type: Any) -> Callable[[Any], Any]:
    if isinstance(column_type, Uuid):
        return lambda v: v if isinstance(v, uuid.UUID) else uuid.UUID(v)
    if isinstance(column_type, DateTime):
        return lambda v: v if isinstance(v, datetime) else datetime.fromisoformat(v)
    if isinstance(column_type, Date):
        return lambda v: v if isinstance(v, date) else date.fromisoformat(v)
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        enum_class = column_type.enum_class
        return lambda v: enum_class(v)
    if isinstance(column_type, Numeric):
        return lambda v: Decimal(v)
    if isinstance(column_type, LargeBinary):
        return lambda v: base64.b64decode(v)
    if isinstance(column_type, JSON):
        return identity
    return identity


@cache
def decoders_of(name: str) -> dict[str, Callable[[Any], Any]]:
    """For each column, JSON value → Python value (None stays None: callers check)."""
    return {c.name: decoder(c.type) for c in tables()[name].columns}


def decode_row(name: str, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values of some columns → Python values for an INSERT or UPDATE."""
    decoders = decoders_of(name)
    return {k: (None if v is None else decoders[k](v)) for k, v in values.items() if k in decoders}
