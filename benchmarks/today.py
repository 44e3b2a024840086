"""Benchmark: the Today agenda on the large district, for the whole centre and for one worker; cold (nothing
kept), and reloaded with the page's AgendaCache after a visit is recorded (what «Визит проведён» does)."""

from __future__ import annotations

import argparse
import statistics
import time
import uuid
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from benchmarks.common import TODAY, district_db, measure_ms, report
from patronat_desktop.domain.agenda import AgendaSection
from patronat_desktop.models import Centre, Family
from patronat_desktop.services.agenda import AgendaCache, load_agenda
from patronat_desktop.services.base import Actor
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.planning import record_due_visit
from patronat_desktop.services.startup import open_database

BUDGET_MS = 200


def cpu_ms(fn: Callable[[], object], repeat: int) -> list[float]:
    """CPU time of this process per call: on a machine whose cores are shared with other work, wall-clock
    medians swing by ±50 %; the CPU time shows what the agenda itself costs."""
    out = []
    for _ in range(repeat):
        started = time.process_time()
        fn()
        out.append((time.process_time() - started) * 1000)
    return out


def after_a_visit(
    session: Session, centre_id: uuid.UUID, families: list[uuid.UUID], repeat: int
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU ms of reloading the whole centre's agenda with a cache, each time right after one
    more visit is recorded (rolled back afterwards: the district stays as generated)."""
    calendar = work_calendar(session, centre_id)
    cache = AgendaCache()
    load_agenda(session, centre_id, TODAY, calendar, cache=cache)
    actor = Actor(None, centre_id)
    wall, cpu = [], []
    for family_id in families[:repeat]:
        record_due_visit(session, actor, family_id, TODAY)
        session.flush()
        started, started_cpu = time.perf_counter(), time.process_time()
        agenda = load_agenda(session, centre_id, TODAY, calendar, cache=cache)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert any(e.family_id == family_id for e in agenda.section(AgendaSection.VISITED_TODAY))
    session.rollback()
    return wall, cpu


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
        due = [
            e.family_id for e in whole.section(AgendaSection.VISIT_DUE) + whole.section(AgendaSection.AT_RISK)
        ]
        due += [e.family_id for e in whole.section(AgendaSection.MISSED_NORM)]

        def centre() -> object:
            return load_agenda(session, centre_id, TODAY, calendar)

        def worker() -> object:
            return load_agenda(session, centre_id, TODAY, calendar, worker_id)

        report("Today, whole centre (5,000 families), cold", measure_ms(centre, args.repeat), BUDGET_MS)
        report("Today, one worker, cold", measure_ms(worker, args.repeat), BUDGET_MS)
        wall, warm_cpu = after_a_visit(session, centre_id, list(dict.fromkeys(due)), args.repeat)
        report("Today, whole centre, reload after a visit", wall, BUDGET_MS)
        cpu = {
            "whole centre, cold": cpu_ms(centre, args.repeat),
            "one worker, cold": cpu_ms(worker, args.repeat),
        }
        cpu["whole centre, reload after a visit"] = warm_cpu
        for name, samples in cpu.items():
            med, low = statistics.median(samples), min(samples)
            print(f"CPU time, Today, {name}: median {med:.1f} ms (min {low:.1f})")
    database.dispose()


if __name__ == "__main__":
    main()
