"""The family list's warning marker: overdue survey, missed or at-risk norm, overdue plan items, next due."""

from __future__ import annotations

import uuid
from datetime import date

from factories import TODAY, register, walk

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import PatronageType, Window, WindowStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services.attention import Attention, centre_attention, next_due_visit
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database


def _attention(db: Database, actor: Actor, today: date = TODAY) -> dict[uuid.UUID, Attention]:
    with db.sessions() as s:
        return centre_attention(s, actor.centre_id, today, WorkCalendar())


def test_survey_overdue_after_three_working_days(db: Database, actor: Actor) -> None:
    case = register(db, actor)  # application Mon 2 March 2026: due Thu 5 March
    on_time = _attention(db, actor, date(2026, 3, 5))[case.family_id]
    late = _attention(db, actor, date(2026, 3, 6))[case.family_id]
    assert on_time.survey_deadline == date(2026, 3, 5)
    assert not on_time.survey_overdue and not on_time.needs_attention
    assert late.survey_overdue and late.needs_attention


def test_patronage_case_with_missed_week_and_overdue_item(db: Database, actor: Actor) -> None:
    case = walk(db, actor, Stage.PATRONAGE)  # emergency since 12 March, one visit on 16 March
    a = _attention(db, actor)[case.family_id]
    assert a.norm_missed  # the week of 11–17 May had no visit
    assert not a.norm_at_risk  # Wed 20 May: 3 working days left for 2 visits
    assert a.next_due == date(2026, 5, 24)
    assert a.plan_overdue == 1  # "Трудоустройство матери" was due 30 April
    assert not a.survey_overdue


def test_closed_case_needs_no_attention(db: Database, actor: Actor) -> None:
    case = walk(db, actor, Stage.CLOSED)
    assert case.family_id not in _attention(db, actor)


def test_next_due_is_the_next_window_once_the_current_one_is_met() -> None:
    met = Window(date(2026, 5, 18), date(2026, 5, 24), 2, 2, WindowStatus.MET, PatronageType.EMERGENCY, False)
    open_ = Window(
        date(2026, 5, 18), date(2026, 5, 24), 2, 1, WindowStatus.OPEN, PatronageType.EMERGENCY, False
    )
    assert next_due_visit([met], date(2026, 5, 20)) == date(2026, 5, 25)
    assert next_due_visit([open_], date(2026, 5, 20)) == date(2026, 5, 24)
    assert next_due_visit([met], date(2026, 6, 1)) is None
