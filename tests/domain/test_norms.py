"""Tests of visit-norm windows: shapes per patronage type, type changes, partial windows and statuses."""

from __future__ import annotations

from datetime import date

import pytest

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import (
    NormRule,
    PatronageType,
    TypePeriod,
    Window,
    WindowStatus,
    WindowUnit,
    add_months,
    current_window,
    effective_periods,
    norm_windows,
)

EMERGENCY = PatronageType.EMERGENCY
PLANNED = PatronageType.PLANNED
CONTROL = PatronageType.CONTROL


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def _spans(windows: list[Window]) -> list[tuple[date, date]]:
    return [(w.start, w.end) for w in windows]


def test_emergency_week_needs_two_visits(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(EMERGENCY, date(2026, 3, 2))],
        [date(2026, 3, 3), date(2026, 3, 5), date(2026, 3, 10)],
        date(2026, 3, 18),
        cal,
    )
    assert _spans(windows) == [
        (date(2026, 3, 2), date(2026, 3, 8)),
        (date(2026, 3, 9), date(2026, 3, 15)),
        (date(2026, 3, 16), date(2026, 3, 22)),
    ]
    assert [(w.required, w.done) for w in windows] == [(2, 2), (2, 1), (2, 0)]
    assert [w.status for w in windows] == ["met", "missed", "open"]
    assert all(w.type is EMERGENCY and not w.partial for w in windows)


def test_planned_month_needs_one_visit(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(PLANNED, date(2026, 1, 1))], [date(2026, 2, 27)], date(2026, 3, 2), cal
    )
    assert _spans(windows) == [
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 31)),
    ]
    assert [w.status for w in windows] == ["missed", "met", "open"]


def test_control_windows_count_from_type_start(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(CONTROL, date(2026, 1, 31))], [date(2026, 5, 4)], date(2026, 8, 1), cal
    )
    assert _spans(windows) == [
        (date(2026, 1, 31), date(2026, 4, 29)),
        (date(2026, 4, 30), date(2026, 7, 30)),
        (date(2026, 7, 31), date(2026, 10, 30)),
    ]
    assert [(w.required, w.done, w.status) for w in windows] == [
        (1, 0, "missed"),
        (1, 1, "met"),
        (1, 0, "open"),
    ]
    assert not any(w.partial for w in windows)


def test_type_change_restarts_windows(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(EMERGENCY, date(2026, 3, 2)), TypePeriod(PLANNED, date(2026, 3, 11))],
        [date(2026, 3, 3), date(2026, 3, 4), date(2026, 3, 10), date(2026, 3, 12)],
        date(2026, 5, 5),
        cal,
    )
    assert [(w.type, w.start, w.end, w.required, w.done, w.partial) for w in windows] == [
        (EMERGENCY, date(2026, 3, 2), date(2026, 3, 8), 2, 2, False),
        # Mon 9 - Tue 10 March: 2 of 7 days -> 2 * 2/7 = 0.57 -> 1 visit.
        (EMERGENCY, date(2026, 3, 9), date(2026, 3, 10), 1, 1, True),
        # 11 - 31 March: 21 of 31 days -> 0.68 -> 1 visit.
        (PLANNED, date(2026, 3, 11), date(2026, 3, 31), 1, 1, True),
        (PLANNED, date(2026, 4, 1), date(2026, 4, 30), 1, 0, False),
        (PLANNED, date(2026, 5, 1), date(2026, 5, 31), 1, 0, False),
    ]


def test_control_after_change_counts_from_change_date(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(PLANNED, date(2026, 1, 1), date(2026, 12, 31)), TypePeriod(CONTROL, date(2026, 2, 17))],
        [],
        date(2026, 6, 1),
        cal,
    )
    control = [w for w in windows if w.type is CONTROL]
    assert _spans(control) == [
        (date(2026, 2, 17), date(2026, 5, 16)),
        (date(2026, 5, 17), date(2026, 8, 16)),
    ]
    # The overlapping planned period is cut the day before control began.
    assert windows[1].type is PLANNED and windows[1].end == date(2026, 2, 16)


def test_partial_window_is_prorated(cal: WorkCalendar) -> None:
    # Emergency from Wednesday: Wed-Sun is 5 of 7 days -> 2 * 5/7 = 1.43 -> 1 visit.
    windows = norm_windows([TypePeriod(EMERGENCY, date(2026, 3, 4))], [], date(2026, 3, 10), cal)
    assert (windows[0].start, windows[0].end) == (date(2026, 3, 4), date(2026, 3, 8))
    assert windows[0].required == 1
    assert windows[0].partial
    assert windows[1].required == 2
    assert not windows[1].partial


def test_partial_month_from_the_tenth_needs_a_visit(cal: WorkCalendar) -> None:
    # 10 - 30 April: 21 of 30 days -> 0.7 -> 1 visit.
    windows = norm_windows([TypePeriod(PLANNED, date(2026, 4, 10))], [], date(2026, 4, 12), cal)
    assert [(w.start, w.end, w.required, w.partial) for w in windows] == [
        (date(2026, 4, 10), date(2026, 4, 30), 1, True)
    ]


def test_partial_window_too_short_is_skipped(cal: WorkCalendar) -> None:
    # 25 - 31 March: 7 of 31 days -> 0.23 -> 0 visits: no window.
    windows = norm_windows([TypePeriod(PLANNED, date(2026, 3, 25))], [], date(2026, 4, 2), cal)
    assert _spans(windows) == [(date(2026, 4, 1), date(2026, 4, 30))]


def test_partial_window_rounds_half_up(cal: WorkCalendar) -> None:
    # 16 - 30 April is exactly half of the month -> 0.5 -> 1 visit; from 17 April it is 14/30 -> skipped.
    half = norm_windows([TypePeriod(PLANNED, date(2026, 4, 16))], [], date(2026, 4, 20), cal)
    assert [(w.start, w.required) for w in half] == [(date(2026, 4, 16), 1)]
    less = norm_windows([TypePeriod(PLANNED, date(2026, 4, 17))], [], date(2026, 4, 20), cal)
    assert less == []


def test_contract_end_clips_last_window(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(PLANNED, date(2026, 1, 1), date(2026, 3, 20))], [date(2026, 3, 21)], date(2026, 6, 1), cal
    )
    assert _spans(windows) == [
        (date(2026, 1, 1), date(2026, 1, 31)),
        (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 20)),
    ]
    last = windows[-1]
    assert (last.required, last.done, last.partial, last.status) == (1, 0, True, "missed")


def test_running_window_keeps_its_natural_end(cal: WorkCalendar) -> None:
    windows = norm_windows([TypePeriod(EMERGENCY, date(2026, 3, 2))], [], date(2026, 3, 11), cal)
    assert windows[-1].end == date(2026, 3, 15)
    assert windows[-1].required == 2
    assert not windows[-1].partial


def test_no_future_windows(cal: WorkCalendar) -> None:
    windows = norm_windows([TypePeriod(EMERGENCY, date(2026, 3, 2))], [], date(2026, 3, 16), cal)
    assert windows[-1].start == date(2026, 3, 16)
    assert len(windows) == 3
    assert norm_windows([TypePeriod(EMERGENCY, date(2026, 3, 17))], [], date(2026, 3, 16), cal) == []


def test_missed_after_window_ended(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(PLANNED, date(2026, 1, 1))], [date(2025, 12, 31), date(2026, 2, 1)], date(2026, 2, 1), cal
    )
    assert windows[0].status == WindowStatus.MISSED
    assert windows[0].done == 0
    assert windows[1].status == WindowStatus.MET


def test_window_ending_today_is_still_running(cal: WorkCalendar) -> None:
    # Friday 30 Jan 2026 is the last working day of January: one visit needed, one working day left.
    windows = norm_windows([TypePeriod(PLANNED, date(2026, 1, 1))], [], date(2026, 1, 30), cal)
    assert windows[-1].status == "open"
    windows = norm_windows([TypePeriod(PLANNED, date(2026, 1, 1))], [], date(2026, 1, 31), cal)
    assert windows[-1].status == "at_risk"


def test_at_risk_when_fewer_working_days_than_visits_needed(cal: WorkCalendar) -> None:
    period = [TypePeriod(EMERGENCY, date(2026, 3, 16))]
    # Friday 20 March: one working day left, two visits needed.
    windows = norm_windows(period, [], date(2026, 3, 20), cal)
    assert windows[-1].status == "at_risk"
    assert windows[-1].needed == 2
    # With one visit already made, one working day is enough.
    windows = norm_windows(period, [date(2026, 3, 17)], date(2026, 3, 20), cal)
    assert windows[-1].status == "open"
    assert windows[-1].needed == 1


def test_at_risk_counts_holidays_and_working_saturdays(cal: WorkCalendar) -> None:
    # Week of 21 Dec 2026: Friday 25 Dec is a holiday, so on Thursday only one working day is left.
    christmas = [TypePeriod(EMERGENCY, date(2026, 12, 21))]
    assert norm_windows(christmas, [], date(2026, 12, 24), cal)[-1].status == "at_risk"
    worked = WorkCalendar({date(2026, 12, 25): True})
    assert norm_windows(christmas, [], date(2026, 12, 24), worked)[-1].status == "open"
    # Week of 20 Apr 2026: Saturday 25 Apr is worked, so Friday 24 still has two working days.
    april = [TypePeriod(EMERGENCY, date(2026, 4, 20))]
    assert norm_windows(april, [], date(2026, 4, 24), cal)[-1].status == "open"
    assert norm_windows(april, [], date(2026, 4, 25), cal)[-1].status == "at_risk"


def test_visits_before_the_period_do_not_count(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(EMERGENCY, date(2026, 3, 4))], [date(2026, 3, 2), date(2026, 3, 3)], date(2026, 3, 8), cal
    )
    assert windows[0].done == 0
    assert windows[0].status == "at_risk"  # Sunday: no working day left, one visit needed


def test_duplicate_visit_dates_count_twice(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(EMERGENCY, date(2026, 3, 2))], [date(2026, 3, 3), date(2026, 3, 3)], date(2026, 3, 9), cal
    )
    assert windows[0].done == 2
    assert windows[0].status == "met"


def test_visits_may_come_unsorted(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(PLANNED, date(2026, 1, 1))],
        [date(2026, 3, 5), date(2026, 1, 20), date(2026, 2, 14), date(2026, 1, 2)],
        date(2026, 3, 31),
        cal,
    )
    assert [w.done for w in windows] == [2, 1, 1]


def test_periods_are_sorted_and_invalid_ones_ignored(cal: WorkCalendar) -> None:
    periods = [
        TypePeriod(PLANNED, date(2026, 2, 1)),
        TypePeriod(CONTROL, date(2026, 1, 20), date(2026, 1, 10)),  # ends before it starts: ignored
        TypePeriod(EMERGENCY, date(2026, 1, 5)),
    ]
    assert effective_periods(periods) == [
        TypePeriod(EMERGENCY, date(2026, 1, 5), date(2026, 1, 31)),
        TypePeriod(PLANNED, date(2026, 2, 1), None),
    ]
    windows = norm_windows(periods, [], date(2026, 2, 10), cal)
    assert {w.type for w in windows} == {EMERGENCY, PLANNED}
    assert windows[0].start == date(2026, 1, 5)


def test_gap_between_periods_has_no_windows(cal: WorkCalendar) -> None:
    windows = norm_windows(
        [TypePeriod(PLANNED, date(2026, 1, 1), date(2026, 1, 31)), TypePeriod(PLANNED, date(2026, 4, 1))],
        [],
        date(2026, 4, 15),
        cal,
    )
    assert _spans(windows) == [(date(2026, 1, 1), date(2026, 1, 31)), (date(2026, 4, 1), date(2026, 4, 30))]


def test_rules_override_defaults(cal: WorkCalendar) -> None:
    rules = {PLANNED: NormRule(WindowUnit.MONTH, 1, 2)}
    windows = norm_windows(
        [TypePeriod(PLANNED, date(2026, 1, 1))], [date(2026, 1, 10)], date(2026, 2, 1), cal, rules=rules
    )
    assert [(w.required, w.status) for w in windows] == [(2, "missed"), (2, "open")]
    # Types the mapping does not name keep their defaults.
    emergency = norm_windows(
        [TypePeriod(EMERGENCY, date(2026, 3, 2))], [], date(2026, 3, 2), cal, rules=rules
    )
    assert emergency[0].required == 2


def test_calendar_quarters_rule(cal: WorkCalendar) -> None:
    rules = {CONTROL: NormRule(WindowUnit.MONTH, 3, 1)}
    windows = norm_windows([TypePeriod(CONTROL, date(2026, 2, 1))], [], date(2026, 4, 1), cal, rules=rules)
    # February - March is 59 of 90 days of the first quarter -> 1 visit.
    assert [(w.start, w.end, w.required, w.partial) for w in windows] == [
        (date(2026, 2, 1), date(2026, 3, 31), 1, True),
        (date(2026, 4, 1), date(2026, 6, 30), 1, False),
    ]


def test_norm_rule_rejects_empty_windows() -> None:
    with pytest.raises(ValueError):
        NormRule(WindowUnit.WEEK, 0, 2)
    with pytest.raises(ValueError):
        NormRule(WindowUnit.WEEK, 1, 0)


def test_current_window_contains_today(cal: WorkCalendar) -> None:
    windows = norm_windows([TypePeriod(EMERGENCY, date(2026, 3, 2))], [], date(2026, 3, 11), cal)
    window = current_window(windows, date(2026, 3, 11))
    assert window is not None
    assert (window.start, window.end) == (date(2026, 3, 9), date(2026, 3, 15))
    assert current_window(windows, date(2026, 3, 1)) is None


def test_add_months_clamps_day_of_month() -> None:
    assert add_months(date(2026, 1, 31), 3) == date(2026, 4, 30)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_statuses_compare_equal_to_strings() -> None:
    status: str = WindowStatus.AT_RISK
    assert status == "at_risk"
    assert PatronageType("control") is CONTROL
