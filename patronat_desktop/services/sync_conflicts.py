"""Sync conflicts: listing the concurrent changes kept by imports, and resolving them."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from patronat_desktop.models import (
    SyncChange,
    SyncConflict,
)
from patronat_desktop.services.base import Actor, audit
from patronat_desktop.services.sync_common import (
    ConflictInfo,
    ConflictValue,
    SyncRefused,
    case_numbers,
    device_labels,
)
from patronat_desktop.sync import tables as T
from patronat_desktop.sync import versions as V
from patronat_desktop.sync.capture import Pending, capture_off, load_heads, record

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


def conflict_info(
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
    labels = device_labels(session)
    numbers = case_numbers(session, {str(r.family_id) for r in rows if r.family_id})
    return [
        conflict_info(
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
