"""The family registry as the list and the CLI read it."""

from __future__ import annotations

import uuid

from factories import register, walk
from sqlalchemy import select

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Ground
from patronat_desktop.services.base import Actor
from patronat_desktop.services.queries import list_families
from patronat_desktop.storage.db import Database


def test_registry_row_names_the_applicant_worker_and_counts(db: Database, actor: Actor) -> None:
    case = register(db, actor)
    with db.sessions() as s:
        (row,) = list_families(s, actor.centre_id)
    assert row.id == case.family_id
    assert row.applicant == "Петрова О.И."
    assert row.worker == "Иванова А."
    assert row.worker_id == actor.worker_id
    assert row.members == 2
    assert row.stage == Stage.APPLICATION
    assert row.patronage_type is None
    assert row.case_number.endswith("/001")


def test_registry_shows_the_current_type_and_orders_by_case_number(db: Database, actor: Actor) -> None:
    first = walk(db, actor, Stage.PATRONAGE)
    second = register(db, actor, application_number="2")
    with db.sessions() as s:
        rows = list_families(s, actor.centre_id)
    assert [r.id for r in rows] == [first.family_id, second.family_id]
    assert rows[0].patronage_type == PatronageType.EMERGENCY
    assert rows[0].stage == Stage.PATRONAGE


def test_registry_of_another_centre_is_empty(db: Database, actor: Actor) -> None:
    register(db, actor)
    with db.sessions() as s:
        assert list_families(s, uuid.uuid4()) == []


def test_registry_row_lists_the_grounds(db: Database, actor: Actor) -> None:
    case = register(db, actor)
    with db.sessions() as s:
        (row,) = list_families(s, actor.centre_id)
        codes = {g.code for g in s.scalars(select(Ground).where(Ground.id.in_(row.ground_ids)))}
    assert row.id == case.family_id
    assert len(codes) == 2
