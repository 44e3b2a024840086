"""A centre's local rules (services.settings) and its working-day calendar (services.calendar)."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from factories import act, refused, table_counts
from sqlalchemy import select

from patronat_desktop.domain.stages import StageRules
from patronat_desktop.domain.vocab import VisitKind
from patronat_desktop.models import AuditEntry, CalendarOverride, Setting
from patronat_desktop.services.base import Actor
from patronat_desktop.services.calendar import remove_calendar_override, set_calendar_override, work_calendar
from patronat_desktop.services.reference import create_centre
from patronat_desktop.services.settings import (
    DEFAULTS,
    counting_kinds,
    get_setting,
    set_setting,
    stage_rules,
)
from patronat_desktop.storage.db import Database


@pytest.fixture
def other_actor(db: Database) -> Actor:
    with db.transaction() as s:
        return Actor.of(create_centre(s, "ТЦСОН Соседнего района", "Соседний", "Минская", "Козлова", "Мария"))


# --- settings ---


def test_settings_default_when_not_set(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        assert get_setting(s, actor.centre_id, "counting_visit_kinds") == ["home"]
        assert get_setting(s, actor.centre_id, "contract_requires_agreed_plan") is False
        assert counting_kinds(s, actor.centre_id) == {VisitKind.HOME}
        assert stage_rules(s, actor.centre_id) == StageRules(contract_requires_agreed_plan=False)
        assert s.scalars(select(Setting)).all() == []


def test_set_setting_stores_per_centre_with_audit(db: Database, actor: Actor, other_actor: Actor) -> None:
    done = act(db, lambda s: set_setting(s, actor, "contract_requires_agreed_plan", True))
    assert done.audit == Counter({"setting.set": 1})
    assert done.rows == {"setting": 1, "audit_entry": 1}
    with db.transaction() as s:
        assert stage_rules(s, actor.centre_id) == StageRules(contract_requires_agreed_plan=True)
        assert stage_rules(s, other_actor.centre_id) == StageRules()  # another centre keeps its own rule
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "setting.set")).one()
        assert entry.changes == {"contract_requires_agreed_plan": [False, True]}
        assert entry.worker_id == actor.worker_id
    # Changing it again updates the same row.
    again = act(db, lambda s: set_setting(s, actor, "contract_requires_agreed_plan", False))
    assert again.audit == Counter({"setting.set": 1})
    assert again.rows == {"audit_entry": 1}
    with db.transaction() as s:
        assert get_setting(s, actor.centre_id, "contract_requires_agreed_plan") is False


def test_counting_visit_kinds(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        set_setting(s, actor, "counting_visit_kinds", [VisitKind.PHONE, "home", "home"])
    with db.transaction() as s:
        assert get_setting(s, actor.centre_id, "counting_visit_kinds") == ["home", "phone"]
        assert counting_kinds(s, actor.centre_id) == {VisitKind.HOME, VisitKind.PHONE}
    with db.transaction() as s:
        set_setting(s, actor, "counting_visit_kinds", [])
    with db.transaction() as s:
        assert counting_kinds(s, actor.centre_id) == set()


def test_unknown_setting_is_refused(db: Database, actor: Actor) -> None:
    before = table_counts(db)
    with db.transaction() as s:
        with pytest.raises(KeyError):
            set_setting(s, actor, "no_such_rule", 1)
        with pytest.raises(KeyError):
            get_setting(s, actor.centre_id, "no_such_rule")
    assert table_counts(db) == before


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("counting_visit_kinds", ["home", "sauna"]),
        ("counting_visit_kinds", "home"),
        ("counting_visit_kinds", None),
        ("contract_requires_agreed_plan", "yes"),
        ("contract_requires_agreed_plan", None),
    ],
)
def test_bad_setting_values_are_refused(db: Database, actor: Actor, key: str, value: object) -> None:
    err = refused(db, lambda s: set_setting(s, actor, key, value))
    assert [p.field for p in err.problems] == [f"setting.{key}"]
    with db.transaction() as s:
        assert get_setting(s, actor.centre_id, key) == DEFAULTS[key]
        counting_kinds(s, actor.centre_id)  # still readable


# --- calendar ---


def test_work_calendar_without_overrides_follows_the_law(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        cal = work_calendar(s, actor.centre_id)
    assert not cal.is_working_day(date(2026, 4, 21))  # Радуница
    assert cal.is_working_day(date(2026, 6, 1))
    assert not cal.is_working_day(date(2026, 6, 6))  # Saturday


def test_set_calendar_override(db: Database, actor: Actor, other_actor: Actor) -> None:
    done = act(db, lambda s: set_calendar_override(s, actor, date(2026, 6, 1), False, "Перенос").id)
    assert done.audit == Counter({"calendar.override": 1})
    assert done.rows == {"calendar_override": 1, "audit_entry": 1}
    with db.transaction() as s:
        set_calendar_override(s, actor, date(2026, 6, 6), True, "Рабочая суббота")
    with db.transaction() as s:
        cal = work_calendar(s, actor.centre_id)
        assert not cal.is_working_day(date(2026, 6, 1))
        assert cal.is_working_day(date(2026, 6, 6))
        assert cal.add_working_days(date(2026, 5, 29), 1) == date(2026, 6, 2)  # Fri → Tue, Mon is off
        other = work_calendar(s, other_actor.centre_id)
        assert other.is_working_day(date(2026, 6, 1))  # another centre's calendar is its own
        assert not other.is_working_day(date(2026, 6, 6))
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.action == "calendar.override", AuditEntry.entity_id == done.value
            )
        ).one()
        assert entry.changes == {"day": "2026-06-01", "is_working": [None, False], "default": True}


def test_correcting_an_override_updates_the_same_row(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        first = set_calendar_override(s, actor, date(2026, 6, 1), False).id
    done = act(db, lambda s: set_calendar_override(s, actor, date(2026, 6, 1), True, "Ошибка").id)
    assert done.value == first
    assert done.audit == Counter({"calendar.override": 1})
    assert done.rows == {"audit_entry": 1}
    with db.transaction() as s:
        row = s.get(CalendarOverride, first)
        assert row is not None
        assert (row.is_working, row.note) == (True, "Ошибка")
        assert work_calendar(s, actor.centre_id).is_working_day(date(2026, 6, 1))


def test_override_can_undo_a_transfer(db: Database, actor: Actor) -> None:
    # 2026: Mon 20 Apr is a transferred day off; a centre whose district worked that day says so.
    with db.transaction() as s:
        assert not work_calendar(s, actor.centre_id).is_working_day(date(2026, 4, 20))
        set_calendar_override(s, actor, date(2026, 4, 20), True)
    with db.transaction() as s:
        assert work_calendar(s, actor.centre_id).is_working_day(date(2026, 4, 20))


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(2101, 1, 1)])
def test_override_outside_the_supported_years_is_refused(db: Database, actor: Actor, day: date) -> None:
    err = refused(db, lambda s: set_calendar_override(s, actor, day, False))
    assert [p.field for p in err.problems] == ["override.day"]
    assert "от 2000 до 2100" in err.problems[0].message


def test_remove_calendar_override(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        set_calendar_override(s, actor, date(2026, 6, 1), False)
    done = act(db, lambda s: remove_calendar_override(s, actor, date(2026, 6, 1)))
    assert done.value is True
    assert done.audit == Counter({"calendar.override.remove": 1})
    assert done.rows == {"calendar_override": -1, "audit_entry": 1}
    with db.transaction() as s:
        assert work_calendar(s, actor.centre_id).is_working_day(date(2026, 6, 1))
    nothing = act(db, lambda s: remove_calendar_override(s, actor, date(2026, 6, 1)))
    assert nothing.value is False
    assert nothing.audit == Counter()
    assert nothing.rows == {}
