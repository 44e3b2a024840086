"""Planned visits, on SQLite and on PostgreSQL: plan, move, cancel, record as done, one-click visit, and
the dates suggested to keep a family within its norm."""

from __future__ import annotations

from datetime import date

from factories import TODAY, act, problem, refused, visit, walk

from patronat_desktop.domain.planning import PlannedVisitStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import PlannedVisit, Visit
from patronat_desktop.services import planning
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database

THURSDAY = date(2026, 5, 21)


def _row(db: Database, planned_id: object) -> PlannedVisit:
    with db.transaction() as s:
        row = s.get(PlannedVisit, planned_id)
        assert row is not None
        s.expunge(row)
        return row


def test_plan_visit_writes_the_plan_and_its_audit(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    done = act(
        db, lambda s: planning.plan_visit(s, actor, c.family_id, THURSDAY, " Взять справку ", TODAY).id
    )
    assert done.rows == {"planned_visit": 1, "audit_entry": 1}
    assert done.audit == {"planned_visit.plan": 1}
    row = _row(db, done.value)
    assert (row.day, row.note, row.status) == (THURSDAY, "Взять справку", PlannedVisitStatus.PLANNED)
    assert row.worker_id == actor.worker_id  # the family's responsible worker


def test_plan_refuses_past_days_duplicates_and_closed_cases(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    err = refused(db, lambda s: planning.plan_visit(s, actor, c.family_id, date(2026, 5, 19), today=TODAY))
    problem(err, "planned.day", "Дата посещения", "прошедшую", code="past_date")
    err = refused(
        db, lambda s: planning.plan_visit(s, actor, c.family_id, date(2026, 3, 1), today=date(2026, 2, 1))
    )
    problem(err, "planned.day", "раньше даты заявления", code="before_application")
    act(db, lambda s: planning.plan_visit(s, actor, c.family_id, THURSDAY, today=TODAY))
    err = refused(db, lambda s: planning.plan_visit(s, actor, c.family_id, THURSDAY, today=TODAY))
    problem(err, "planned.day", "уже запланировано", code="duplicate")
    closed = walk(db, actor, Stage.CLOSED, application_number="2")
    err = refused(db, lambda s: planning.plan_visit(s, actor, closed.family_id, THURSDAY, today=TODAY))
    problem(err, "stage", "закрыт", code="closed")


def test_move_keeps_the_old_day_and_cancel_ends_the_plan(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    pid = act(db, lambda s: planning.plan_visit(s, actor, c.family_id, THURSDAY, today=TODAY).id).value
    done = act(db, lambda s: planning.move_planned_visit(s, actor, pid, date(2026, 5, 22), TODAY))
    assert done.audit == {"planned_visit.move": 1}
    row = _row(db, pid)
    assert (row.day, row.moved_from) == (date(2026, 5, 22), THURSDAY)
    err = refused(db, lambda s: planning.move_planned_visit(s, actor, pid, date(2026, 5, 1), TODAY))
    problem(err, "planned.day", "прошедшую")
    act(db, lambda s: planning.cancel_planned_visit(s, actor, pid, "Семья в отъезде"))
    row = _row(db, pid)
    assert row.status == PlannedVisitStatus.CANCELLED and "отъезде" in row.note
    err = refused(db, lambda s: planning.cancel_planned_visit(s, actor, pid))
    problem(err, "planned.status", "отменено", code="not_pending")


def test_recording_a_planned_visit_creates_the_visit_and_links_it(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    pid = act(db, lambda s: planning.plan_visit(s, actor, c.family_id, TODAY, today=TODAY).id).value
    data = visit([c.applicant_id], date=TODAY)
    done = act(db, lambda s: planning.record_planned_visit(s, actor, pid, data, TODAY).id)
    assert done.rows == {"visit": 1, "visit_member": 1, "audit_entry": 2}
    assert done.audit == {"visit.record": 1, "planned_visit.done": 1}
    row = _row(db, pid)
    assert row.status == PlannedVisitStatus.DONE and row.visit_id == done.value


def test_refused_visit_leaves_the_plan_pending(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    pid = act(db, lambda s: planning.plan_visit(s, actor, c.family_id, TODAY, today=TODAY).id).value
    err = refused(db, lambda s: planning.record_planned_visit(s, actor, pid, visit([], date=TODAY), TODAY))
    problem(err, "visit.members", "Присутствовали")
    assert _row(db, pid).status == PlannedVisitStatus.PLANNED


def test_one_click_visit_fulfils_the_plan_due_by_today(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    pid = act(
        db, lambda s: planning.plan_visit(s, actor, c.family_id, TODAY, today=date(2026, 5, 18)).id
    ).value
    later = act(db, lambda s: planning.plan_visit(s, actor, c.family_id, THURSDAY, today=TODAY).id).value
    vid = act(db, lambda s: planning.record_due_visit(s, actor, c.family_id, TODAY).id).value
    assert _row(db, pid).visit_id == vid
    assert _row(db, later).status == PlannedVisitStatus.PLANNED
    with db.transaction() as s:
        v = s.get(Visit, vid)
        assert v is not None and v.date == TODAY and v.counts_toward_norm
        assert [m.id for m in v.members_present] == [c.applicant_id]
    # Without a due plan it is a plain visit.
    other = walk(db, actor, Stage.PATRONAGE, application_number="2")
    done = act(db, lambda s: planning.record_due_visit(s, actor, other.family_id, TODAY))
    assert done.audit == {"visit.record": 1}


def test_suggestions_count_the_visits_planned(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)  # emergency: 2 visits in the week of 18–24 May
    with db.transaction() as s:
        s1 = planning.suggest_for_family(s, actor, c.family_id, TODAY)
    assert s1 is not None and s1.needed == 2 and s1.days == (TODAY, date(2026, 5, 21))
    act(db, lambda s: planning.plan_visit(s, actor, c.family_id, date(2026, 5, 22), today=TODAY))
    with db.transaction() as s:
        s2 = planning.suggest_for_family(s, actor, c.family_id, TODAY)
        rows = planning.family_planned_visits(s, actor, c.family_id)
        ranged = planning.planned_between(s, actor.centre_id, TODAY, date(2026, 5, 31), actor.worker_id)
    assert s2 is not None and s2.needed == 1 and s2.days == (TODAY,)
    assert [r.day for r in rows] == [date(2026, 5, 22)] == [r.day for r in ranged]
