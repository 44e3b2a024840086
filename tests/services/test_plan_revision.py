"""A plan revision carries over rows whose deadline has passed; a new plan's deadlines start at its date."""

from __future__ import annotations

from datetime import date

from factories import TODAY, plan_item, walk

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.vocab import PlanItemStatus, Stage
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database


def test_revision_keeps_a_row_whose_deadline_has_passed(db: Database, actor: Actor) -> None:
    case = walk(db, actor, Stage.PATRONAGE)  # plan of 10 March; a row due 30 April
    done = plan_item(
        actor.worker_id,
        status=PlanItemStatus.DONE,
        completed_on=date(2026, 4, 28),
        deadline=date(2026, 4, 30),
    )
    new = plan_item(actor.worker_id, goal="Летний отдых детей", measure="Путёвка", deadline=date(2026, 7, 1))
    with db.transaction() as s:
        version = cases.save_plan_version(s, actor, case.family_id, [done, new], TODAY, "Пересмотр", TODAY)
        assert version.version_no == 2


def test_deadline_before_the_first_plan_date_is_refused(db: Database, actor: Actor) -> None:
    case = walk(db, actor, Stage.PATRONAGE)
    early = plan_item(actor.worker_id, deadline=date(2026, 3, 9))
    with db.transaction() as s:
        try:
            cases.save_plan_version(s, actor, case.family_id, [early], TODAY, "Пересмотр", TODAY)
        except DomainError as error:
            assert error.fields == {"items[0].deadline"}
        else:
            raise AssertionError("a deadline before the plan was drawn up must be refused")
