"""Benchmark: a calendar month for the whole centre of the large district (budget 100 ms), as the calendar
page loads it: the first month (the families, their type periods and contracts read too) and each further
month (those kept by the page until a case changes); the page's first month, whose families were read ahead
while the page was hidden (``CalendarPage.prefetch``); one worker's month; a week."""

from __future__ import annotations

import argparse
import statistics
import time
from collections import Counter
from collections.abc import Callable

from sqlalchemy import select

from benchmarks.common import TODAY, district_db, measure_ms, report
from patronat_desktop.domain import norms
from patronat_desktop.domain.norms import add_months
from patronat_desktop.models import Centre, Family
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.calendar_view import (
    CentreCases,
    calendar_range,
    load_cases,
    month_grid,
    week_of,
)
from patronat_desktop.services.startup import open_database


def cpu_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    """CPU time of the process per call: less disturbed than wall time when other work shares the cores."""
    fn()
    out = []
    for _ in range(repeat):
        started = time.process_time()
        fn()
        out.append((time.process_time() - started) * 1000)
    return out


def as_if_unseen(fn: Callable[[], object]) -> Callable[[], object]:
    """``fn`` with the norm rule's window shapes forgotten before each call (``domain.norms`` keeps them
    between calls): every measured call costs what a month not shown before does."""

    def call() -> object:
        norms._natural_windows.cache_clear()
        return fn()

    return call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    database, _ = open_database(district_db())
    start, end = month_grid(TODAY.year, TODAY.month)
    previous = add_months(TODAY, -1)
    before = month_grid(previous.year, previous.month)
    monday, sunday = week_of(TODAY)
    with database.sessions() as session:
        centre_id = session.scalars(select(Centre.id)).one()
        worker_id = Counter(session.scalars(select(Family.responsible_worker_id))).most_common(1)[0][0]
        calendar = work_calendar(session, centre_id)
        cases = load_cases(session, centre_id)

        def first_month() -> object:
            return calendar_range(session, centre_id, start, end, TODAY, work_calendar(session, centre_id))

        ahead: list[CentreCases] = []

        def read_ahead() -> None:
            # As the page does while hidden (CalendarPage.prefetch); not part of the month's time.
            ahead.clear()
            for _ in range(args.repeat + 1):
                cases_read = load_cases(session, centre_id)
                cases_read.cut_all()
                ahead.append(cases_read)

        def first_month_read_ahead() -> object:
            # The page's first month: families read ahead, unused so far; the working-day calendar afresh.
            fresh = work_calendar(session, centre_id)
            return calendar_range(session, centre_id, start, end, TODAY, fresh, None, ahead.pop())

        def next_month() -> object:
            return calendar_range(session, centre_id, *before, TODAY, calendar, None, cases)

        def worker_month() -> object:
            fresh = work_calendar(session, centre_id)
            return calendar_range(session, centre_id, start, end, TODAY, fresh, worker_id)

        def week() -> object:
            return calendar_range(session, centre_id, monday, sunday, TODAY, calendar, None, cases)

        result = calendar_range(session, centre_id, start, end, TODAY, calendar)
        print(
            f"month grid {start}..{end}: families {len(result.families)}, "
            f"visits {sum(len(d.done) for d in result.days)}, "
            f"window marks {sum(len(d.windows) for d in result.days)}"
        )
        for name, fn, prepare in (
            ("calendar month, whole centre, first (cold)", first_month, None),
            ("calendar month, whole centre, first (page)", first_month_read_ahead, read_ahead),
            ("calendar month, whole centre, next", next_month, None),
            ("calendar month, one worker, first", worker_month, None),
            ("calendar week, whole centre, next", week, None),
        ):
            fn = as_if_unseen(fn)
            if prepare is not None:
                prepare()
            report(name, measure_ms(fn, args.repeat), budget_ms=100)
            if prepare is not None:
                prepare()
            cpu = cpu_ms(fn, args.repeat)
            print(
                f"{'  CPU time of the same':<48} median {statistics.median(cpu):9.1f} ms"
                f"  (min {min(cpu):.1f})"
            )
    database.dispose()


if __name__ == "__main__":
    main()
