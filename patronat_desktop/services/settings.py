"""A centre's local rules (DOMAIN.md marks them "(local)"): stored per centre, with the defaults here."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.stages import StageRules
from patronat_desktop.domain.vocab import VisitKind
from patronat_desktop.models import Setting
from patronat_desktop.services.base import Actor, audit

DEFAULTS: dict[str, Any] = {
    # Only these visit kinds count toward the norm; others are recorded but do not count.
    "counting_visit_kinds": [VisitKind.HOME.value],
    # A contract before the plan is agreed: a warning the user may confirm (False) or a hard block (True).
    "contract_requires_agreed_plan": False,
}


def get_setting(session: Session, centre_id: uuid.UUID, key: str) -> Any:
    if key not in DEFAULTS:
        raise KeyError(key)
    value = session.scalar(select(Setting.value).where(Setting.centre_id == centre_id, Setting.key == key))
    return DEFAULTS[key] if value is None else value


def _checked(key: str, value: Any) -> Any:
    """The value as stored (JSON), or a DomainError: a bad value would break every later read."""
    if key == "counting_visit_kinds":
        try:
            kinds = {VisitKind(v) for v in value}
        except (TypeError, ValueError):
            raise DomainError(
                Problem(f"setting.{key}", "Засчитываемые виды посещений: неизвестный вид.", "invalid")
            ) from None
        return [k.value for k in VisitKind if k in kinds]
    if key == "contract_requires_agreed_plan" and not isinstance(value, bool):
        raise DomainError(Problem(f"setting.{key}", "Договор до согласования плана: да или нет.", "invalid"))
    return value


def set_setting(session: Session, actor: Actor, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    value = _checked(key, value)
    row = session.scalar(select(Setting).where(Setting.centre_id == actor.centre_id, Setting.key == key))
    old = row.value if row is not None else DEFAULTS[key]
    if row is None:
        row = Setting(id=uuid.uuid4(), centre_id=actor.centre_id, key=key, value=value)
        session.add(row)
    else:
        row.value = value
    session.flush()
    audit(session, actor, "setting.set", row, changes={key: [old, value]})


def counting_kinds(session: Session, centre_id: uuid.UUID) -> set[VisitKind]:
    return {VisitKind(v) for v in get_setting(session, centre_id, "counting_visit_kinds")}


def stage_rules(session: Session, centre_id: uuid.UUID) -> StageRules:
    return StageRules(
        contract_requires_agreed_plan=bool(get_setting(session, centre_id, "contract_requires_agreed_plan"))
    )
