"""Tests of the Belarusian working-day calendar and the "N working days" counting rule."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from patronat_desktop.domain.calendar import CalendarOverride, WorkCalendar


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar()


def _brute_force_add(cal: WorkCalendar, d: date, n: int) -> date:
    step = timedelta(days=1 if n > 0 else -1)
    remaining = abs(n)
    current = d
    while remaining:
        current += step
        if cal.is_working_day(current):
            remaining -= 1
    return current


def test_ordinary_weekdays_work_and_weekends_rest(cal: WorkCalendar) -> None:
    assert cal.is_working_day(date(2026, 4, 16))  # Thursday
    assert cal.is_working_day(date(2026, 4, 17))  # Friday
    assert not cal.is_working_day(date(2026, 4, 18))  # Saturday
    assert not cal.is_working_day(date(2026, 4, 19))  # Sunday


def test_weekday_transferred_to_day_off_is_not_working(cal: WorkCalendar) -> None:
    assert not cal.is_working_day(date(2026, 4, 20))


def test_working_saturday_counts(cal: WorkCalendar) -> None:
    assert cal.is_working_day(date(2026, 4, 25))


def test_state_holidays_are_days_off(cal: WorkCalendar) -> None:
    assert not cal.is_working_day(date(2026, 4, 21))  # Радуница
    assert not cal.is_working_day(date(2026, 1, 7))  # Orthodox Christmas
    assert not cal.is_working_day(date(2026, 7, 3))  # Independence Day
    assert not cal.is_working_day(date(2026, 12, 25))  # Catholic Christmas


def test_holiday_on_weekend_is_not_moved(cal: WorkCalendar) -> None:
    assert not cal.is_working_day(date(2026, 5, 9))  # Victory Day, a Saturday
    assert cal.is_working_day(date(2026, 5, 11))  # the Monday after stays a working day
    assert not cal.is_working_day(date(2026, 3, 8))  # Women's Day, a Sunday
    assert cal.is_working_day(date(2026, 3, 9))


def test_fixed_holidays_apply_to_years_without_published_transfers(cal: WorkCalendar) -> None:
    assert not cal.is_working_day(date(2030, 1, 7))  # a Monday
    assert cal.is_working_day(date(2030, 1, 8))


def test_survey_deadline_skips_transferred_day_off(cal: WorkCalendar) -> None:
    # Thu 16 -> Fri 17 (1); Sat, Sun, Mon 20 (transferred), Tue 21 (Радуница) off; Wed 22 (2); Thu 23 (3).
    assert cal.add_working_days(date(2026, 4, 16), 3) == date(2026, 4, 23)


def test_day_of_application_never_counts(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2026, 4, 13), 1) == date(2026, 4, 14)
    assert cal.add_working_days(date(2026, 4, 18), 1) == date(2026, 4, 22)


def test_working_saturday_can_be_a_deadline(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2026, 4, 23), 2) == date(2026, 4, 25)


def test_zero_working_days_is_the_same_day(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2026, 4, 19), 0) == date(2026, 4, 19)


def test_negative_count_goes_back(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2026, 4, 23), -1) == date(2026, 4, 22)
    assert cal.add_working_days(date(2026, 4, 23), -2) == date(2026, 4, 17)
    assert cal.add_working_days(date(2026, 4, 23), -3) == date(2026, 4, 16)


def test_counting_crosses_new_year_holidays(cal: WorkCalendar) -> None:
    assert cal.add_working_days(date(2025, 12, 30), 2) == date(2026, 1, 5)
    assert cal.add_working_days(date(2026, 1, 5), -2) == date(2025, 12, 30)


def test_add_working_days_agrees_with_day_by_day_count(cal: WorkCalendar) -> None:
    rng = random.Random(20260416)
    for _ in range(500):
        d = date(2023, 1, 1) + timedelta(days=rng.randrange(4 * 365))
        n = rng.randrange(-300, 300)
        assert cal.add_working_days(d, n) == _brute_force_add(cal, d, n), (d, n)


def test_working_days_between_is_inclusive(cal: WorkCalendar) -> None:
    # April 2026: 22 weekdays, minus 20 and 21 April, plus Saturday 25 April.
    assert cal.working_days_between(date(2026, 4, 1), date(2026, 4, 30)) == 21
    assert cal.working_days_between(date(2026, 4, 17), date(2026, 4, 17)) == 1
    assert cal.working_days_between(date(2026, 4, 18), date(2026, 4, 21)) == 0


def test_working_days_between_is_zero_when_end_precedes_start(cal: WorkCalendar) -> None:
    assert cal.working_days_between(date(2026, 4, 17), date(2026, 4, 16)) == 0


def test_working_days_between_spans_years(cal: WorkCalendar) -> None:
    # Wed 31 Dec 2025 (1); 1, 2 Jan off; Mon 5, Tue 6 Jan (3); Wed 7 Jan off.
    assert cal.working_days_between(date(2025, 12, 31), date(2026, 1, 7)) == 3


def test_working_days_between_agrees_with_day_by_day_count(cal: WorkCalendar) -> None:
    rng = random.Random(7)
    for _ in range(200):
        start = date(2024, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        end = start + timedelta(days=rng.randrange(-5, 500))
        expected = sum(cal.is_working_day(start + timedelta(days=i)) for i in range((end - start).days + 1))
        assert cal.working_days_between(start, end) == expected, (start, end)


def test_next_working_day_is_strictly_after(cal: WorkCalendar) -> None:
    assert cal.next_working_day(date(2026, 4, 17)) == date(2026, 4, 22)
    assert cal.next_working_day(date(2026, 4, 24)) == date(2026, 4, 25)
    assert cal.previous_working_day(date(2026, 4, 22)) == date(2026, 4, 17)


def test_holiday_name_is_russian(cal: WorkCalendar) -> None:
    assert cal.holiday_name(date(2026, 4, 21)) == "Радуница"
    assert cal.holiday_name(date(2026, 4, 20)) == "Выходной (перенесено с 25.04.2026)"
    assert cal.holiday_name(date(2026, 4, 22)) is None


def test_override_adds_day_off() -> None:
    cal = WorkCalendar({date(2026, 6, 1): False})
    assert not cal.is_working_day(date(2026, 6, 1))
    assert WorkCalendar().is_working_day(date(2026, 6, 1))


def test_override_makes_saturday_working() -> None:
    cal = WorkCalendar({date(2026, 6, 6): True})
    assert cal.is_working_day(date(2026, 6, 6))
    assert cal.add_working_days(date(2026, 6, 5), 1) == date(2026, 6, 6)


def test_override_beats_package_holidays() -> None:
    cal = WorkCalendar({date(2026, 4, 20): True, date(2026, 4, 25): False})
    assert cal.is_working_day(date(2026, 4, 20))
    assert not cal.is_working_day(date(2026, 4, 25))
    assert cal.holiday_name(date(2026, 4, 20)) is None


def test_override_moves_survey_deadline() -> None:
    cal = WorkCalendar({date(2026, 4, 22): False})
    assert cal.add_working_days(date(2026, 4, 16), 3) == date(2026, 4, 24)
    assert cal.working_days_between(date(2026, 4, 1), date(2026, 4, 30)) == 20


def test_calendar_from_override_records_keeps_notes() -> None:
    cal = WorkCalendar.from_overrides(
        [
            CalendarOverride(date(2027, 1, 8), False, "Перенос с 16.01.2027"),
            CalendarOverride(date(2027, 1, 16), True),
        ]
    )
    assert not cal.is_working_day(date(2027, 1, 8))
    assert cal.is_working_day(date(2027, 1, 16))
    assert cal.holiday_name(date(2027, 1, 8)) == "Перенос с 16.01.2027"
    assert cal.holiday_name(date(2027, 1, 16)) is None
