"""Benchmark: a calendar month (and a week) for the whole centre of the large district, and for one worker."""

from __future__ import annotations

import argparse
from collections import Counter

from sqlalchemy import select

from benchmarks.common import TODAY, district_db, measure_ms, report
from patronat_desktop.models import Centre, Family
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.calendar_view import calendar_range, month_grid, week_of
from patronat_desktop.services.startup import open_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    database, _ = open_database(district_db())
    start, end = month_grid(TODAY.year, TODAY.month)
    monday, sunday = week_of(TODAY)
    with database.sessions() as session:
        centre_id = session.scalars(select(Centre.id)).one()
        worker_id = Counter(session.scalars(select(Family.responsible_worker_id))).most_common(1)[0][0]

        def month(worker: object = None) -> object:
            # The calendar's work as the page does it: the centre's calendar, then the range (cold calendar
            # each time, so the holiday tables are part of the figure).
            calendar = work_calendar(session, centre_id)
            return calendar_range(session, centre_id, start, end, TODAY, calendar, worker)  # type: ignore[arg-type]

        result = calendar_range(session, centre_id, start, end, TODAY, work_calendar(session, centre_id))
        print(
            f"month grid {start}..{end}: families {len(result.families)}, "
            f"visits {sum(len(d.done) for d in result.days)}, window marks {sum(len(d.windows) for d in result.days)}"
        )
        report("calendar month, whole centre", measure_ms(month, args.repeat), budget_ms=100)
        report("calendar month, one worker", measure_ms(lambda: month(worker_id), args.repeat), budget_ms=100)
        report(
            "calendar week, whole centre",
            measure_ms(
                lambda: calendar_range(
                    session, centre_id, monday, sunday, TODAY, work_calendar(session, centre_id)
                ),
                args.repeat,
            ),
            budget_ms=100,
        )
    database.dispose()


if __name__ == "__main__":
    main()
