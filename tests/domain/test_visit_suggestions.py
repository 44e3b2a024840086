"""Suggested visit dates: enough working days to keep the running window within its norm."""

from __future__ import annotations

from datetime import date

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import PatronageType, TypePeriod
from patronat_desktop.domain.planning import spread, suggest_visit_dates

CAL = WorkCalendar()
EMERGENCY = [TypePeriod(PatronageType.EMERGENCY, date(2026, 1, 5))]
PLANNED = [TypePeriod(PatronageType.PLANNED, date(2026, 1, 1))]


def test_spread_keeps_the_first_day_and_evens_the_rest() -> None:
    days = [date(2026, 6, d) for d in range(1, 6)]
    assert spread(days, 2) == [date(2026, 6, 1), date(2026, 6, 3)]
    assert spread(days, 9) == days
    assert spread(days, 0) == []


def test_emergency_week_from_monday_gets_two_working_days() -> None:
    s = suggest_visit_dates(EMERGENCY, [], [], date(2026, 6, 1), CAL)
    assert s is not None
    assert s.needed == 2 and not s.next_window and not s.short
    assert s.days == (date(2026, 6, 1), date(2026, 6, 3))


def test_visit_done_and_plan_made_reduce_what_is_suggested() -> None:
    s = suggest_visit_dates(EMERGENCY, [date(2026, 6, 1)], [], date(2026, 6, 2), CAL)
    assert s is not None and s.needed == 1 and s.days == (date(2026, 6, 2),)
    s = suggest_visit_dates(EMERGENCY, [date(2026, 6, 1)], [date(2026, 6, 4)], date(2026, 6, 2), CAL)
    assert s is not None and s.next_window
    assert s.window.start == date(2026, 6, 8) and s.days == (date(2026, 6, 8), date(2026, 6, 10))


def test_weekends_and_holidays_are_never_suggested() -> None:
    # Week of 29.06.2026: Friday 3 July is Independence Day; from Thursday only Thursday is left.
    s = suggest_visit_dates(EMERGENCY, [], [], date(2026, 7, 2), CAL)
    assert s is not None
    assert s.days == (date(2026, 7, 2),) and s.needed == 2 and s.short


def test_transferred_working_saturday_can_be_suggested() -> None:
    cal = WorkCalendar({date(2026, 6, 6): True})
    s = suggest_visit_dates(EMERGENCY, [date(2026, 6, 1)], [], date(2026, 6, 6), cal)
    assert s is not None and s.days == (date(2026, 6, 6),)


def test_planned_month_met_suggests_the_first_working_day_of_the_next_month() -> None:
    s = suggest_visit_dates(PLANNED, [date(2026, 5, 4)], [], date(2026, 5, 20), CAL)
    assert s is not None and s.next_window
    assert s.window.start == date(2026, 6, 1) and s.days == (date(2026, 6, 1),)


def test_past_plans_do_not_count_and_busy_days_are_skipped() -> None:
    s = suggest_visit_dates(PLANNED, [], [date(2026, 5, 4)], date(2026, 5, 20), CAL)
    assert s is not None and s.needed == 1 and s.days == (date(2026, 5, 20),)


def test_no_running_window_means_no_suggestion() -> None:
    ended = [TypePeriod(PatronageType.PLANNED, date(2026, 1, 1), date(2026, 3, 31))]
    assert suggest_visit_dates(ended, [], [], date(2026, 5, 20), CAL) is None


def test_covered_window_at_the_end_of_the_contract_suggests_nothing() -> None:
    ending = [TypePeriod(PatronageType.PLANNED, date(2026, 1, 1), date(2026, 5, 31))]
    s = suggest_visit_dates(ending, [date(2026, 5, 5)], [], date(2026, 5, 20), CAL)
    assert s is not None and s.covered and s.days == () and not s.next_window
