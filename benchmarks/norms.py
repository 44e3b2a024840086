"""Benchmark: norm windows of all families of the large district (5,000 families, ~150,000 visits)."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from benchmarks.common import TODAY, district_db, measure_ms, report
from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import norm_windows
from patronat_desktop.models import Centre
from patronat_desktop.services.norms import centre_windows, load_norm_inputs, periods_within_contract
from patronat_desktop.services.startup import open_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    database, _ = open_database(district_db())
    with database.sessions() as session:
        centre_id = session.scalars(select(Centre.id)).one()
        calendar = WorkCalendar()
        result = centre_windows(session, centre_id, TODAY, calendar)
        windows = sum(len(w) for w in result.values())
        print(f"families with a type: {len(result)}, windows: {windows}")
        report(
            "norm windows, whole centre (3 queries + rules)",
            measure_ms(lambda: centre_windows(session, centre_id, TODAY, WorkCalendar()), args.repeat),
        )
        # The pure rule alone, on data already in memory (what the calendar and the list recompute).
        inputs = list(load_norm_inputs(session, centre_id).values())

    def rules_only() -> None:
        cal = WorkCalendar()
        for inp in inputs:
            norm_windows(periods_within_contract(inp.periods, inp.terms), inp.visits, TODAY, cal)

    report("norm_windows for all 5,000 families (in memory)", measure_ms(rules_only, args.repeat))
    database.dispose()


if __name__ == "__main__":
    main()
