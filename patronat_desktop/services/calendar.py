"""The centre's working-day calendar: Belarus's holidays plus the overrides a centre enters itself."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.calendar import CalendarOverride as DayOverride
from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.errors import Problem
from patronat_desktop.models import CalendarOverride
from patronat_desktop.services.base import Actor, audit, refuse_if


def work_calendar(session: Session, centre_id: uuid.UUID) -> WorkCalendar:
    """A WorkCalendar with the centre's overrides applied (their notes name the days in the calendar)."""
    rows = session.execute(
        select(CalendarOverride.day, CalendarOverride.is_working, CalendarOverride.note).where(
            CalendarOverride.centre_id == centre_id
        )
    )
    return WorkCalendar.from_overrides(
        DayOverride(day, is_working, note or "") for day, is_working, note in rows
    )


def set_calendar_override(
    session: Session, actor: Actor, day: date, is_working: bool, note: str = ""
) -> CalendarOverride:
    """Enter (or correct) one day of the centre's calendar, e.g. "20 Apr off" or "Sat 25 Apr worked"."""
    base = WorkCalendar()
    problems: list[Problem] = []
    if not 2000 <= day.year <= 2100:
        problems.append(Problem("override.day", "Дата: год от 2000 до 2100.", "range"))
    refuse_if(problems)
    row = session.scalar(
        select(CalendarOverride).where(
            CalendarOverride.centre_id == actor.centre_id, CalendarOverride.day == day
        )
    )
    old = None if row is None else row.is_working
    if row is None:
        row = CalendarOverride(
            id=uuid.uuid4(), centre_id=actor.centre_id, day=day, is_working=is_working, note=note
        )
        session.add(row)
    else:
        row.is_working = is_working
        row.note = note
    session.flush()
    audit(
        session,
        actor,
        "calendar.override",
        row,
        changes={"day": day, "is_working": [old, is_working], "default": base.is_working_day(day)},
    )
    return row


def remove_calendar_override(session: Session, actor: Actor, day: date) -> bool:
    row = session.scalar(
        select(CalendarOverride).where(
            CalendarOverride.centre_id == actor.centre_id, CalendarOverride.day == day
        )
    )
    if row is None:
        return False
    audit(session, actor, "calendar.override.remove", row, changes={"day": day, "is_working": row.is_working})
    session.delete(row)
    session.flush()
    return True
