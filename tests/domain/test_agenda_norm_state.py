"""The agenda's norm state from recent history agrees with the windows of the whole history."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from patronat_desktop.domain.agenda import (
    history_needed_from,
    norm_state,
    recent_periods,
    since_for,
    week_end,
)
from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import DEFAULT_RULES, PatronageType, TypePeriod, WindowStatus, norm_windows

CAL = WorkCalendar()


def test_week_end_is_sunday() -> None:
    assert week_end(date(2026, 5, 20)) == date(2026, 5, 24)
    assert week_end(date(2026, 5, 24)) == date(2026, 5, 24)


def test_history_reaches_back_to_the_previous_window_of_each_type() -> None:
    today = date(2026, 11, 20)
    assert since_for(DEFAULT_RULES[PatronageType.PLANNED], today) == date(2026, 10, 1)
    assert since_for(DEFAULT_RULES[PatronageType.EMERGENCY], today) == date(2026, 11, 6)
    assert history_needed_from(today) == date(2026, 5, 20)  # control: two 3-month windows back


def test_control_windows_keep_their_anchor_when_history_is_cut() -> None:
    periods = [TypePeriod(PatronageType.CONTROL, date(2024, 1, 31))]
    cut = recent_periods(periods, date(2026, 11, 20))
    assert cut == [TypePeriod(PatronageType.CONTROL, date(2026, 4, 30))]  # the window holding 20.05


def _random_history(rng: random.Random) -> tuple[list[TypePeriod], list[date]]:
    start = date(2024, 1, 1) + timedelta(days=rng.randrange(400))
    periods = []
    day = start
    for _ in range(rng.randrange(1, 4)):
        periods.append(TypePeriod(rng.choice(list(PatronageType)), day))
        day += timedelta(days=rng.randrange(20, 300))
    if rng.random() < 0.3:
        last = periods[-1]
        periods[-1] = TypePeriod(last.type, last.start, last.start + timedelta(days=rng.randrange(1, 400)))
    visits = [start + timedelta(days=rng.randrange(900)) for _ in range(rng.randrange(0, 60))]
    return periods, visits


@pytest.mark.parametrize("seed", range(40))
def test_norm_state_equals_the_windows_of_the_whole_history(seed: int) -> None:
    rng = random.Random(seed)
    periods, visits = _random_history(rng)
    today = date(2025, 6, 1) + timedelta(days=rng.randrange(500))
    full = norm_windows(periods, visits, today, CAL)
    ended = [w for w in full if w.end < today]
    current = [w for w in full if w.start <= today <= w.end]
    recent = [d for d in visits if d >= history_needed_from(today)]
    state = norm_state(periods, recent, today, CAL)
    assert state.current == (current[0] if current else None)
    if ended and ended[-1].end >= since_for(DEFAULT_RULES[ended[-1].type], today):
        assert state.last_ended == ended[-1]


def test_missed_then_met_as_visits_come() -> None:
    periods = [TypePeriod(PatronageType.EMERGENCY, date(2026, 5, 4))]
    state = norm_state(periods, [date(2026, 5, 5)], date(2026, 5, 13), CAL)
    assert state.last_ended is not None and state.last_ended.status == WindowStatus.MISSED
    assert state.current is not None and state.current.status == WindowStatus.OPEN
    state = norm_state(
        periods, [date(2026, 5, 5), date(2026, 5, 12), date(2026, 5, 13)], date(2026, 5, 13), CAL
    )
    assert state.current is not None and state.current.status == WindowStatus.MET
