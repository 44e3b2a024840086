"""Benchmark: a calendar month for the whole centre of the large district (budget 100 ms), as the calendar
page loads it: the first month (the families, their type periods and contracts read too) and each further
month (paging back from the first: what it read is kept by the page until a case changes); the page's first
month, whose families and earlier visits were read ahead while the page was hidden (``prefetch``);
one worker's month; a week.  Each measured call gets a CentreCases of its own, prepared untimed, and the norm
rule's kept window shapes are forgotten before it: every call costs what a month not shown before does."""

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
    month_grid,
    read_ahead,
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
        held: list[CentreCases] = []

        def holding(make: Callable[[], CentreCases]) -> Callable[[], None]:
            """Make a fresh CentreCases per measured call (untimed): none is reused by two calls."""

            def prepare() -> None:
                held[:] = [make() for _ in range(args.repeat + 1)]

            return prepare

        def ahead() -> CentreCases:
            # What the hidden page reads ahead (CalendarPage.prefetch).
            return read_ahead(session, centre_id, TODAY)

        def after_this_month() -> CentreCases:
            # The page after showing this month: what it read ahead, and what this month added to it.
            cases = read_ahead(session, centre_id, TODAY)
            calendar_range(session, centre_id, start, end, TODAY, calendar, None, cases)
            return cases

        def first_month() -> object:
            return calendar_range(session, centre_id, start, end, TODAY, work_calendar(session, centre_id))

        def first_month_read_ahead() -> object:
            # The page's first month: read ahead, not used yet; the working-day calendar made afresh.
            fresh = work_calendar(session, centre_id)
            return calendar_range(session, centre_id, start, end, TODAY, fresh, None, held.pop())

        def next_month() -> object:
            # Paging back from this month to the previous one: its earlier days are read.
            return calendar_range(session, centre_id, *before, TODAY, calendar, None, held.pop())

        def worker_month() -> object:
            fresh = work_calendar(session, centre_id)
            return calendar_range(session, centre_id, start, end, TODAY, fresh, worker_id)

        def week() -> object:
            return calendar_range(session, centre_id, monday, sunday, TODAY, calendar, None, held.pop())

        result = calendar_range(session, centre_id, start, end, TODAY, calendar)
        print(
            f"month grid {start}..{end}: families {len(result.families)}, "
            f"visits {sum(len(d.done) for d in result.days)}, "
            f"window marks {sum(len(d.windows) for d in result.days)}"
        )
        for name, fn, prepare in (
            ("calendar month, whole centre, first (cold)", first_month, None),
            ("calendar month, whole centre, first (page)", first_month_read_ahead, holding(ahead)),
            ("calendar month, whole centre, next", next_month, holding(after_this_month)),
            ("calendar month, one worker, first", worker_month, None),
            ("calendar week, whole centre, next", week, holding(after_this_month)),
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
