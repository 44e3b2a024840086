"""norm_windows(since=...) leaves out only the windows ending before ``since`` (the calendar's shortcut)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import PatronageType, TypePeriod, norm_windows

BASE = date(2024, 1, 1)


def test_since_drops_exactly_the_windows_that_end_before_it() -> None:
    calendar = WorkCalendar()
    rng = random.Random(7)
    for _ in range(400):
        start = BASE + timedelta(days=rng.randint(0, 700))
        periods = []
        for _ in range(rng.randint(1, 3)):
            end = None if rng.random() < 0.5 else start + timedelta(days=rng.randint(0, 200))
            periods.append(TypePeriod(rng.choice(list(PatronageType)), start, end))
            start += timedelta(days=rng.randint(1, 200))
        visits = [BASE + timedelta(days=rng.randint(0, 1100)) for _ in range(30)]
        today = BASE + timedelta(days=rng.randint(0, 1100))
        since = BASE + timedelta(days=rng.randint(0, 1100))
        whole = [w for w in norm_windows(periods, visits, today, calendar) if w.end >= since]
        assert norm_windows(periods, visits, today, calendar, since=since) == whole


def test_since_keeps_the_control_window_that_began_months_earlier() -> None:
    calendar = WorkCalendar()
    periods = [TypePeriod(PatronageType.CONTROL, date(2026, 1, 31))]
    [window] = norm_windows(periods, [date(2026, 3, 2)], date(2026, 4, 10), calendar, since=date(2026, 4, 1))
    assert (window.start, window.end, window.done) == (date(2026, 1, 31), date(2026, 4, 29), 1)
