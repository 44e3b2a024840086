"""The Today agenda, on SQLite and on PostgreSQL: each section from a case at the right stage and day, the
worker filter, planned visits, a visit recorded on the day, and the grouping by settlement.

The standard case (tests/factories.py) is under emergency patronage from 12.03.2026 with one visit on 16.03;
20.05.2026 is a Wednesday.
"""

from __future__ import annotations

import uuid
from datetime import date

from factories import TODAY, act, add_worker, address, closure, plan_item, register, walk

from patronat_desktop.domain.agenda import AgendaSection
from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import PatronageType, WindowStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services import cases, planning
from patronat_desktop.services.agenda import Agenda, AgendaCache, describe_ru, load_agenda
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database

CAL = WorkCalendar()


def _agenda(db: Database, actor: Actor, day: date = TODAY, worker: uuid.UUID | None = None) -> Agenda:
    with db.transaction() as s:
        return load_agenda(s, actor.centre_id, day, CAL, worker)


def _sections(agenda: Agenda) -> list[AgendaSection]:
    return [e.section for e in agenda.entries]


def test_patronage_case_shows_missed_week_and_visits_due(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    agenda = _agenda(db, actor)
    assert _sections(agenda) == [
        AgendaSection.MISSED_NORM,
        AgendaSection.VISIT_DUE,
        AgendaSection.PLAN_ITEM_DUE,
    ]
    missed, due, item = agenda.entries
    assert (missed.start, missed.due, missed.done, missed.required) == (
        date(2026, 5, 11),
        date(2026, 5, 17),
        0,
        2,
    )
    assert missed.family_id == c.family_id and missed.settlement == "д. Новосёлки"
    assert (due.due, due.needed, due.status, due.patronage_type) == (
        date(2026, 5, 24),
        2,
        WindowStatus.OPEN,
        PatronageType.EMERGENCY,
    )
    assert item.due == date(2026, 4, 30) and "управление" in item.text
    assert "1 из 2" not in describe_ru(missed) and "0 из 2" in describe_ru(missed)


def test_the_week_turns_at_risk_on_friday(db: Database, actor: Actor) -> None:
    walk(db, actor, Stage.PATRONAGE)
    agenda = _agenda(db, actor, date(2026, 5, 22))
    at_risk = agenda.section(AgendaSection.AT_RISK)
    assert len(at_risk) == 1 and at_risk[0].needed == 2
    assert agenda.section(AgendaSection.VISIT_DUE) == []


def test_overdue_survey_and_ending_contract(db: Database, actor: Actor) -> None:
    register(db, actor)
    walk(db, actor, Stage.CONTRACT, application_number="2")
    agenda = _agenda(db, actor, date(2026, 12, 20))
    survey = agenda.section(AgendaSection.OVERDUE_SURVEY)
    assert len(survey) == 1 and survey[0].due == date(2026, 3, 5)
    ending = agenda.section(AgendaSection.CONTRACT_ENDING)
    assert len(ending) == 1 and ending[0].due == date(2026, 12, 31) and ending[0].text


def test_closed_cases_never_appear(db: Database, actor: Actor) -> None:
    walk(db, actor, Stage.CLOSED)
    assert _agenda(db, actor).entries == []


def test_worker_sees_only_their_families(db: Database, actor: Actor) -> None:
    walk(db, actor, Stage.PATRONAGE)
    other = add_worker(db, actor.centre_id)
    walk(db, actor, Stage.PATRONAGE, application_number="2", responsible_worker_id=other)
    whole = _agenda(db, actor)
    mine = _agenda(db, actor, worker=actor.worker_id)
    theirs = _agenda(db, actor, worker=other)
    assert len(whole.entries) == len(mine.entries) + len(theirs.entries)
    assert {e.worker_id for e in mine.entries} == {actor.worker_id}
    assert {e.worker_id for e in theirs.entries} == {other}


def test_planned_visits_are_due_and_reduce_the_norm_entry(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    act(db, lambda s: planning.plan_visit(s, actor, c.family_id, date(2026, 5, 21), today=TODAY))
    due = _agenda(db, actor).section(AgendaSection.VISIT_DUE)
    assert [(e.due, e.planned_id is not None) for e in due] == [
        (date(2026, 5, 21), True),
        (date(2026, 5, 24), False),
    ]
    act(db, lambda s: planning.plan_visit(s, actor, c.family_id, date(2026, 5, 22), today=TODAY))
    due = _agenda(db, actor).section(AgendaSection.VISIT_DUE)
    assert all(e.planned_id is not None for e in due) and len(due) == 2
    # A plan left undone stays on the agenda as late.
    late = _agenda(db, actor, date(2026, 5, 25)).section(AgendaSection.VISIT_DUE)
    assert [e.status for e in late if e.planned_id] == [WindowStatus.MISSED, WindowStatus.MISSED]


def test_visit_recorded_today_shows_the_window_met(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    with db.transaction() as s:
        cases.change_type(
            s, actor, c.family_id, PatronageType.PLANNED, date(2026, 5, 1), "Стабилизация", TODAY
        )
    before = _agenda(db, actor)
    assert [e.status for e in before.section(AgendaSection.VISIT_DUE)] == []  # May ends on the 31st
    act(db, lambda s: planning.record_due_visit(s, actor, c.family_id, TODAY))
    after = _agenda(db, actor)
    visited = after.section(AgendaSection.VISITED_TODAY)
    assert len(visited) == 1 and visited[0].status == WindowStatus.MET
    assert "норма выполнена" in describe_ru(visited[0])


def test_grouped_by_settlement_puts_each_village_together(db: Database, actor: Actor) -> None:
    walk(db, actor, Stage.PATRONAGE, address=address(settlement="Яблонька"))
    walk(db, actor, Stage.PATRONAGE, application_number="2", address=address(settlement="Березовка"))
    groups = _agenda(db, actor).by_settlement()
    assert [name for name, _ in groups] == ["Березовка", "Яблонька"]
    assert all(e.settlement == name for name, es in groups for e in es)


def test_json_has_every_section_with_stable_keys(db: Database, actor: Actor) -> None:
    walk(db, actor, Stage.PATRONAGE)
    data = _agenda(db, actor).as_json()
    assert [s["key"] for s in data["sections"]] == [s.value for s in AgendaSection]
    entry = data["sections"][0]["entries"][0]
    assert set(entry) >= {"section", "family_id", "case_number", "family", "settlement", "due", "what"}


def test_only_items_of_the_current_plan_version_are_due(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    with db.transaction() as s:
        item = plan_item(actor.worker_id, measure="Новое мероприятие", deadline=date(2026, 5, 25))
        cases.save_plan_version(s, actor, c.family_id, [item], date(2026, 5, 18), "Пересмотр", TODAY)
    due = _agenda(db, actor).section(AgendaSection.PLAN_ITEM_DUE)
    assert [(e.text, e.due) for e in due] == [("Новое мероприятие", date(2026, 5, 25))]


def test_a_cached_reload_equals_a_fresh_load_after_each_change(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PATRONAGE)
    other = walk(db, actor, Stage.PATRONAGE, application_number="2")
    cache = AgendaCache()

    def same() -> Agenda:
        with db.transaction() as s:
            cached = load_agenda(s, actor.centre_id, TODAY, CAL, cache=cache)
            fresh = load_agenda(s, actor.centre_id, TODAY, CAL)
        assert cached.entries == fresh.entries
        return cached

    first = same()
    assert first.section(AgendaSection.VISITED_TODAY) == []
    assert other.family_id in {e.family_id for e in first.section(AgendaSection.VISIT_DUE)}
    act(db, lambda s: planning.record_due_visit(s, actor, c.family_id, TODAY))  # a visit: cases kept
    assert [e.family_id for e in same().section(AgendaSection.VISITED_TODAY)] == [c.family_id]
    with db.transaction() as s:  # a type change: the cases are read again
        cases.change_type(s, actor, other.family_id, PatronageType.PLANNED, TODAY, "Стабилизация", TODAY)
    due = same().section(AgendaSection.VISIT_DUE)  # planned from today: May's 12 days need no visit
    assert all(e.family_id != other.family_id for e in due)
    with db.transaction() as s:  # closed: gone from the agenda
        results = dict.fromkeys(other.item_ids, "Выполнено")
        cases.close_case(s, actor, other.family_id, closure(date=TODAY, goal_results=results), TODAY)
    assert all(e.family_id != other.family_id for e in same().entries)
