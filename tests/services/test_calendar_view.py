"""The calendar's data: day kinds and names, windows ending or turning at risk, visits done and planned."""

from __future__ import annotations

import uuid
from datetime import date

from factories import TODAY, add_worker, walk
from sqlalchemy import select

from patronat_desktop.domain.calendar import DayKind, WorkCalendar
from patronat_desktop.domain.norms import PatronageType, TypePeriod, WindowStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Centre, Family, Member
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.services.calendar import set_calendar_override, work_calendar
from patronat_desktop.services.calendar_view import (
    CalendarRange,
    FamilyRef,
    MarkReason,
    calendar_range,
    load_cases,
    month_grid,
    risk_day,
    week_of,
)
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.norms import centre_windows, load_norm_inputs, periods_within_contract
from patronat_desktop.services.planning import plan_visit
from patronat_desktop.storage.db import Database


def load(db: Database, actor: Actor, start: date, end: date, today: date, **kw: object) -> CalendarRange:
    with db.sessions() as s:
        calendar = work_calendar(s, actor.centre_id)
        return calendar_range(s, actor.centre_id, start, end, today, calendar, **kw)  # type: ignore[arg-type]


def marks(data: CalendarRange, day: date) -> list[tuple[MarkReason, WindowStatus, date]]:
    found = data.day(day)
    assert found is not None
    return [(m.reason, m.status, m.window.end) for m in found.windows]


def test_month_grid_is_whole_weeks_monday_to_sunday() -> None:
    assert month_grid(2026, 4) == (date(2026, 3, 30), date(2026, 5, 3))
    assert month_grid(2026, 12) == (date(2026, 11, 30), date(2027, 1, 3))
    assert week_of(date(2026, 4, 25)) == (date(2026, 4, 20), date(2026, 4, 26))


def test_transferred_days_are_named_after_each_other() -> None:
    calendar = WorkCalendar()
    saturday, monday = calendar.describe(date(2026, 4, 25)), calendar.describe(date(2026, 4, 20))
    assert saturday.kind is DayKind.TRANSFERRED_WORKING and saturday.is_working
    assert saturday.name == "Рабочий день (вместо 20.04.2026)"
    assert monday.kind is DayKind.TRANSFERRED_OFF and not monday.is_working
    assert "25.04.2026" in monday.name
    assert calendar.describe(date(2026, 4, 21)).name == "Радуница"
    assert calendar.describe(date(2026, 4, 21)).kind is DayKind.HOLIDAY
    assert calendar.describe(date(2026, 4, 26)).kind is DayKind.WEEKEND
    assert calendar.describe(date(2026, 4, 22)).kind is DayKind.WORKING


def test_a_centre_override_is_named_by_its_note(db: Database, actor: Actor) -> None:
    with db.transaction() as s:
        set_calendar_override(s, actor, date(2027, 3, 6), True, "Рабочая суббота за 8 марта")
        set_calendar_override(s, actor, date(2027, 3, 8), False)
    with db.sessions() as s:
        calendar = work_calendar(s, actor.centre_id)
    saturday = calendar.describe(date(2027, 3, 6))
    assert (saturday.kind, saturday.name) == (DayKind.TRANSFERRED_WORKING, "Рабочая суббота за 8 марта")
    assert calendar.describe(date(2027, 3, 8)).kind is DayKind.TRANSFERRED_OFF


def test_risk_day_is_the_day_after_the_last_day_the_visits_still_fit() -> None:
    from patronat_desktop.domain.norms import Window

    calendar = WorkCalendar()
    week = Window(date(2026, 3, 23), date(2026, 3, 29), 2, 0, WindowStatus.OPEN, PatronageType.EMERGENCY)
    assert risk_day(week, calendar) == date(2026, 3, 27)  # Thu 26 and Fri 27 are the last two working days
    one_done = Window(date(2026, 3, 23), date(2026, 3, 29), 2, 1, WindowStatus.OPEN, PatronageType.EMERGENCY)
    assert risk_day(one_done, calendar) == date(2026, 3, 28)
    month = Window(date(2026, 3, 1), date(2026, 3, 31), 1, 0, WindowStatus.OPEN, PatronageType.PLANNED)
    assert risk_day(month, calendar) is None  # Tue 31 itself still leaves a working day


def test_a_week_turns_at_risk_and_then_missed_as_the_date_moves_on(db: Database, actor: Actor) -> None:
    walk(db, actor, Stage.PATRONAGE)  # emergency from Thu 12.03.2026, one visit on Mon 16.03
    start, end = month_grid(2026, 3)
    week_end = date(2026, 3, 29)

    monday = load(db, actor, start, end, date(2026, 3, 23))
    assert marks(monday, date(2026, 3, 27)) == [(MarkReason.TURNS_AT_RISK, WindowStatus.AT_RISK, week_end)]
    assert marks(monday, week_end) == [(MarkReason.ENDS, WindowStatus.OPEN, week_end)]
    # The week before (16.03–22.03) had one visit of two and has ended: missed on its last day.
    assert marks(monday, date(2026, 3, 22)) == [(MarkReason.ENDS, WindowStatus.MISSED, date(2026, 3, 22))]

    friday = load(db, actor, start, end, date(2026, 3, 27))
    assert marks(friday, date(2026, 3, 27)) == [(MarkReason.AT_RISK_TODAY, WindowStatus.AT_RISK, week_end)]
    assert marks(friday, week_end) == [(MarkReason.ENDS, WindowStatus.AT_RISK, week_end)]

    next_monday = load(db, actor, start, end, date(2026, 3, 30))
    assert marks(next_monday, week_end) == [(MarkReason.ENDS, WindowStatus.MISSED, week_end)]
    assert marks(next_monday, date(2026, 3, 27)) == []


def test_a_type_change_mid_week_ends_the_week_early_and_starts_a_partial_month(
    db: Database, actor: Actor
) -> None:
    case = walk(db, actor, Stage.PATRONAGE)
    with db.transaction() as s:
        cases.change_type(s, actor, case.family_id, PatronageType.PLANNED, date(2026, 4, 15), "Лучше", TODAY)
    data = load(db, actor, *month_grid(2026, 4), TODAY)
    day = data.day(date(2026, 4, 14))
    assert day is not None
    [cut] = [m.window for m in day.windows]
    # Mon 13 – Tue 14 of the emergency week: 2 visits × 2/7 days = 0.57 → 1 visit required, none made.
    assert (cut.start, cut.type, cut.required, cut.status, cut.partial) == (
        date(2026, 4, 13),
        PatronageType.EMERGENCY,
        1,
        WindowStatus.MISSED,
        True,
    )
    day = data.day(date(2026, 4, 30))
    assert day is not None
    [month] = [m.window for m in day.windows]
    # Planned from Wed 15: 16 of April's 30 days → 1 visit; no window is shown on the change day itself.
    assert (month.start, month.type, month.required, month.partial) == (
        date(2026, 4, 15),
        PatronageType.PLANNED,
        1,
        True,
    )
    assert data.day(date(2026, 4, 19)) is not None and not data.day(date(2026, 4, 19)).windows  # type: ignore[union-attr]


def test_visits_done_and_planned_are_on_their_days_and_filtered_by_worker(db: Database, actor: Actor) -> None:
    case = walk(db, actor, Stage.PATRONAGE)
    with db.transaction() as s:
        plan_visit(s, actor, case.family_id, date(2026, 5, 22), "с педагогом", today=TODAY)
    data = load(db, actor, *month_grid(2026, 5), TODAY)
    planned = data.day(date(2026, 5, 22))
    assert planned is not None
    assert [(p.family_id, p.note) for p in planned.planned] == [(case.family_id, "с педагогом")]
    march = load(db, actor, *month_grid(2026, 3), TODAY)
    visited = march.day(date(2026, 3, 16))
    assert visited is not None and [v.family_id for v in visited.done] == [case.family_id]
    assert march.families[case.family_id].case_number

    other = add_worker(db, actor.centre_id)
    theirs = load(db, actor, *month_grid(2026, 3), TODAY, worker_id=other)
    assert theirs.families == {} and all(d.empty for d in theirs.days)
    mine = load(db, actor, *month_grid(2026, 3), TODAY, worker_id=actor.worker_id)
    assert mine.day(date(2026, 3, 16)) == visited


def demo_centre(db: Database, today: date) -> uuid.UUID:
    """A demo district of 60 families as of ``today``; its centre's id."""
    with db.transaction() as s:
        load_demo(s, 60, seed=5, today=today)
    with db.sessions() as s:
        return s.scalars(select(Centre.id)).one()


def test_window_ends_agree_with_the_whole_history_on_demo_data(db: Database) -> None:
    """The range loader reads only the visits the range's windows need: it must find the same windows."""
    today = date(2026, 11, 20)
    centre_id = demo_centre(db, today)
    with db.sessions() as s:
        calendar = work_calendar(s, centre_id)
        every = centre_windows(s, centre_id, today, calendar)
        cases = load_cases(s, centre_id)
        ranges = [month_grid(2026, 11), month_grid(2026, 9), month_grid(2026, 2)]
        ranges += [week_of(date(2026, 11, 11)), week_of(date(2026, 10, 1))]  # the second crosses a month
        for start, end in ranges:
            data = calendar_range(s, centre_id, start, end, today, calendar)
            assert calendar_range(s, centre_id, start, end, today, calendar, cases=cases).days == data.days
            shown = sorted(
                (m.family_id.hex, m.window.start, m.window.end, m.window.done, m.window.status)
                for d in data.days
                for m in d.windows
                if m.reason is MarkReason.ENDS
            )
            expected = sorted(
                (fid.hex, w.start, w.end, w.done, w.status)
                for fid, ws in every.items()
                for w in ws
                if start <= w.end <= end
            )
            assert shown == expected and shown


def test_families_are_named_when_asked_for(db: Database, actor: Actor) -> None:
    """load_cases keeps the families' rows and makes a FamilyRef only for the family looked up."""
    case = walk(db, actor, Stage.PATRONAGE)
    with db.sessions() as s:
        applicant = s.get(Member, case.applicant_id)
        family = s.get(Family, case.family_id)
        assert applicant is not None and family is not None
        cases_read = load_cases(s, actor.centre_id)
        expected = FamilyRef(
            case.family_id,
            family.case_number,
            f"{applicant.surname} {applicant.name[:1]}."
            + (f"{applicant.patronymic[:1]}." if applicant.patronymic else ""),
            family.settlement,
            family.responsible_worker_id,
        )
    names = cases_read.families
    assert len(names) == 1 and list(names) == [case.family_id] and case.family_id in names
    assert names[case.family_id] == expected and names.get(case.family_id) is names[case.family_id]
    assert uuid.uuid4() not in names and names.get(uuid.uuid4()) is None and "x" not in names
    assert dict(names) == {case.family_id: expected}


def in_order(p: TypePeriod) -> tuple[date, str, date]:
    return (p.start, p.type.value, p.end or date.max)


def test_periods_cut_on_demand_equal_the_cut_of_the_contract(db: Database) -> None:
    """Each family's periods are cut to its contracts when first asked for, as periods_within_contract does;
    ``until`` (which lets months after a case's end skip it) is never earlier than the periods' end."""
    centre_id = demo_centre(db, date(2026, 11, 20))
    with db.sessions() as s:
        cases_read = load_cases(s, centre_id)
        inputs = load_norm_inputs(s, centre_id)
    assert cases_read.cut == {}
    cases_read.cut_all()
    assert cases_read.raw_periods and set(cases_read.cut) == set(cases_read.raw_periods)
    for raw, within in cases_read.cut.items():
        fid = cases_read.family_id(raw)
        expected = periods_within_contract(inputs[fid].periods, inputs[fid].terms)
        assert sorted(within, key=in_order) == sorted(expected, key=in_order)
        ends = [p.end for p in cases_read.raw_periods[raw]]
        until = cases_read.until[raw]
        assert until == (None if None in ends else max(e for e in ends if e is not None))
        assert all(until is None or (p.end is not None and p.end <= until) for p in within)


def test_counting_visits_held_for_paging_are_those_read_at_once(db: Database) -> None:
    """Paging back and forth extends the counting visits held by the cases; a month far away replaces them.
    Whatever is held, the days asked for are exactly those a fresh read finds."""
    centre_id = demo_centre(db, date(2026, 11, 20))
    with db.sessions() as s:
        connection = s.connection()
        paged = load_cases(s, centre_id)
        for first, before, held_from, held_to in (
            (date(2026, 7, 25), date(2026, 10, 26), date(2026, 7, 25), date(2026, 10, 26)),
            (date(2026, 6, 27), date(2026, 9, 28), date(2026, 6, 27), date(2026, 10, 26)),
            (date(2026, 8, 29), date(2026, 11, 30), date(2026, 6, 27), date(2026, 11, 30)),
            (date(2025, 1, 1), date(2025, 2, 1), date(2025, 1, 1), date(2025, 2, 1)),
        ):
            held = paged.counting_between(connection, first, before)
            assert paged.earlier is not None and paged.earlier[:2] == (held_from, held_to)
            fresh = load_cases(s, centre_id).counting_between(connection, first, before)
            asked = {k: [d for d in days if first <= d < before] for k, days in held.items()}
            assert {k: days for k, days in asked.items() if days} == fresh and fresh
            assert all(days == sorted(days) for days in held.values())
