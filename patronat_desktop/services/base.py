"""What every service shares: the acting worker, the audit trail, lookups that refuse politely."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, NotFoundError, Problem
from patronat_desktop.models import AuditEntry, Base, Family, Worker
from patronat_desktop.sync import capture as _capture  # noqa: F401  (registers change capture on every Session)

T = TypeVar("T", bound=Base)


@dataclass(frozen=True)
class Actor:
    """The signed-in worker on whose behalf a service acts."""

    worker_id: uuid.UUID | None
    centre_id: uuid.UUID

    @classmethod
    def of(cls, worker: Worker) -> Actor:
        return cls(worker.id, worker.centre_id)


def jsonable(value: Any) -> Any:
    """A value as it is stored in the audit trail's JSON."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return str(value)


def audit(
    session: Session,
    actor: Actor,
    action: str,
    entity: Base | None = None,
    family_id: uuid.UUID | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    """Write one audit entry in the caller's transaction (so it exists only if the change does)."""
    entry = AuditEntry(
        id=uuid.uuid4(),
        worker_id=actor.worker_id,
        action=action,
        entity=type(entity).__tablename__ if entity is not None else "",
        entity_id=getattr(entity, "id", None),
        family_id=family_id,
        changes={k: jsonable(v) for k, v in (changes or {}).items()},
    )
    session.add(entry)
    return entry


def apply_changes(obj: Base, values: dict[str, Any]) -> dict[str, list[Any]]:
    """Set attributes that differ; returns {field: [old, new]} for the audit trail."""
    diff: dict[str, list[Any]] = {}
    for key, new in values.items():
        old = getattr(obj, key)
        if old != new:
            diff[key] = [jsonable(old), jsonable(new)]
            setattr(obj, key, new)
    return diff


def get_or_refuse(session: Session, model: type[T], id_: uuid.UUID | None, field: str, what: str) -> T:
    """Load a row by id or raise a NotFoundError naming the field."""
    obj = session.get(model, id_) if id_ is not None else None
    if obj is None:
        raise NotFoundError(Problem(field, f"{what}: запись не найдена.", "not_found"))
    return obj


def get_family(session: Session, actor: Actor, family_id: uuid.UUID) -> Family:
    """The family, if it belongs to the actor's centre."""
    family = get_or_refuse(session, Family, family_id, "family", "Семья")
    if family.centre_id != actor.centre_id:
        raise NotFoundError(Problem("family", "Семья: запись не найдена в вашем центре.", "not_found"))
    return family


def refuse_if(problems: list[Problem]) -> None:
    """Raise a DomainError carrying every problem, if there are any."""
    if problems:
        raise DomainError(problems)
