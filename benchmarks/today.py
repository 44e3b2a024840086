"""Benchmark: the Today agenda on the large district, for the whole centre and for one worker."""

from __future__ import annotations

import argparse
import statistics
import time

from sqlalchemy import func, select

from benchmarks.common import TODAY, district_db, measure_ms, report
from patronat_desktop.models import Centre, Family
from patronat_desktop.services.agenda import load_agenda
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.startup import open_database

BUDGET_MS = 200


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    database, _ = open_database(district_db())
    with database.sessions() as session:
        centre_id = session.scalars(select(Centre.id)).one()
        # The busiest caseworker: the one responsible for the most families.
        worker_id = session.scalars(
            select(Family.responsible_worker_id)
            .group_by(Family.responsible_worker_id)
            .order_by(func.count().desc())
            .limit(1)
        ).one()
        calendar = work_calendar(session, centre_id)  # built once, as the program does
        whole = load_agenda(session, centre_id, TODAY, calendar)
        mine = load_agenda(session, centre_id, TODAY, calendar, worker_id)
        print(f"entries: whole centre {len(whole.entries)}, one worker {len(mine.entries)}")
        report(
            "Today, whole centre (5,000 families)",
            measure_ms(lambda: load_agenda(session, centre_id, TODAY, calendar), args.repeat),
            BUDGET_MS,
        )
        report(
            "Today, one worker",
            measure_ms(lambda: load_agenda(session, centre_id, TODAY, calendar, worker_id), args.repeat),
            BUDGET_MS,
        )
        # CPU time of this process: on a machine whose two cores are shared with other work, wall-clock
        # medians swing by ±50 %; the CPU time shows what the agenda itself costs.
        cpu = []
        for _ in range(args.repeat):
            started = time.process_time()
            load_agenda(session, centre_id, TODAY, calendar)
            cpu.append((time.process_time() - started) * 1000)
        print(f"Today, whole centre: CPU time median {statistics.median(cpu):.1f} ms (min {min(cpu):.1f})")
    database.dispose()


if __name__ == "__main__":
    main()
