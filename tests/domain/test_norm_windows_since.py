"""norm_windows(since=..., until=...) leaves out only the windows ending before ``since`` or starting after
``until`` (the calendar's shortcuts)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import PatronageType, TypePeriod, effective_periods, norm_windows

BASE = date(2024, 1, 1)


def random_history(rng: random.Random) -> tuple[list[TypePeriod], list[date], date]:
    """One to three type periods, thirty visits and a today, somewhere in 2024–2026."""
    start = BASE + timedelta(days=rng.randint(0, 700))
    periods = []
    for _ in range(rng.randint(1, 3)):
        end = None if rng.random() < 0.5 else start + timedelta(days=rng.randint(0, 200))
        periods.append(TypePeriod(rng.choice(list(PatronageType)), start, end))
        start += timedelta(days=rng.randint(1, 200))
    visits = [BASE + timedelta(days=rng.randint(0, 1100)) for _ in range(30)]
    return periods, visits, BASE + timedelta(days=rng.randint(0, 1100))


def test_since_drops_exactly_the_windows_that_end_before_it() -> None:
    calendar = WorkCalendar()
    rng = random.Random(7)
    for _ in range(400):
        periods, visits, today = random_history(rng)
        since = BASE + timedelta(days=rng.randint(0, 1100))
        whole = [w for w in norm_windows(periods, visits, today, calendar) if w.end >= since]
        assert norm_windows(periods, visits, today, calendar, since=since) == whole


def test_since_keeps_the_control_window_that_began_months_earlier() -> None:
    calendar = WorkCalendar()
    periods = [TypePeriod(PatronageType.CONTROL, date(2026, 1, 31))]
    [window] = norm_windows(periods, [date(2026, 3, 2)], date(2026, 4, 10), calendar, since=date(2026, 4, 1))
    assert (window.start, window.end, window.done) == (date(2026, 1, 31), date(2026, 4, 29), 1)


def test_until_drops_exactly_the_windows_that_start_after_it() -> None:
    calendar = WorkCalendar()
    rng = random.Random(11)
    for _ in range(400):
        periods, visits, today = random_history(rng)
        since = BASE + timedelta(days=rng.randint(0, 1000))
        until = since + timedelta(days=rng.randint(0, 100))
        whole = [
            w for w in norm_windows(periods, visits, today, calendar) if since <= w.end and w.start <= until
        ]
        assert norm_windows(periods, visits, today, calendar, since=since, until=until) == whole


def test_one_period_in_a_list_is_taken_as_a_longer_history_would_be() -> None:
    """effective_periods takes a single-period list as it is (a shortcut): the same as the general way."""
    for period in (
        TypePeriod(PatronageType.PLANNED, date(2026, 3, 1)),
        TypePeriod(PatronageType.PLANNED, date(2026, 3, 1), date(2026, 3, 1)),
        TypePeriod(PatronageType.CONTROL, date(2026, 3, 1), date(2026, 2, 27)),
    ):
        assert effective_periods([period]) == effective_periods(iter([period]))
    assert effective_periods([TypePeriod(PatronageType.CONTROL, date(2026, 3, 1), date(2026, 2, 27))]) == []
