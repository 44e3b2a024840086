"""Benchmarks of the printed documents on the large district (5,000 families).

- the plan PDF of a family (budget ≤ 100 ms): loading the plan's content and rendering it, for 30 families;
- the register (журнал учёта) of the busiest year, loaded and rendered, and a register of all 5,000 families;
- the weekly visit sheet of the busiest worker.

    python -m benchmarks.documents [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace

from sqlalchemy import select

from benchmarks.common import TODAY, district_db, measure_ms, report
from patronat_desktop.documents.render import render
from patronat_desktop.models import Family, Plan, Worker
from patronat_desktop.services.base import Actor
from patronat_desktop.services.documents import plan_doc, print_case_document, register_doc, weekly_doc
from patronat_desktop.services.startup import open_database


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    database, _ = open_database(district_db())
    with database.sessions() as s:
        centre_id = s.scalars(select(Family.centre_id).limit(1)).one()
        actor = Actor(None, centre_id)
        family_ids = list(s.scalars(select(Plan.family_id).order_by(Plan.number).limit(30)))

    # Warm-up: fonts registered, templates parsed once per process as in the program.
    with database.sessions() as s:
        print_case_document(s, actor, "plan", family_ids[0])
    per_family: list[float] = []
    pages: list[int] = []
    for family_id in family_ids:
        with database.sessions() as s:
            started = time.perf_counter()
            pdf = print_case_document(s, actor, "plan", family_id)
            per_family.append((time.perf_counter() - started) * 1000)
            pages.append(pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page"))
    report("plan PDF of a family (load + render), 30 families", per_family, 100)
    with database.sessions() as s:
        family = s.get(Family, family_ids[0])
        assert family is not None
        doc = plan_doc(s, actor, family)
    report(
        f"plan PDF, render only ({len(doc.rows)} rows)",
        measure_ms(lambda: render("plan", doc), args.repeat),
        100,
    )
    long_plan = replace(doc, rows=(doc.rows * 25)[:25])
    report(
        "plan PDF of 25 rows, render only", measure_ms(lambda: render("plan", long_plan), args.repeat), 100
    )

    with database.sessions() as s:
        years = {y: len(register_doc(s, actor, y).rows) for y in (TODAY.year - 1, TODAY.year)}
    year = max(years, key=years.__getitem__)

    def load_register() -> object:
        with database.sessions() as s:
            return register_doc(s, actor, year)

    register = load_register()
    assert hasattr(register, "rows")
    report(f"register {year}: load ({years[year]} families)", measure_ms(load_register, 3))
    samples = measure_ms(lambda: render("register", register), 3)
    report(f"register {year}: render ({years[year]} families)", samples)
    with database.sessions() as s:
        both = [*register_doc(s, actor, TODAY.year - 2).rows, *register_doc(s, actor, TODAY.year - 1).rows]
        both += register_doc(s, actor, TODAY.year).rows
    rows = list({r.case_number: r for r in both}.values())
    all_families = replace(register, rows=rows)  # type: ignore[type-var]
    started = time.perf_counter()
    pdf = render("register", all_families)
    elapsed = (time.perf_counter() - started) * 1000
    print(
        f"register of {len(rows)} families (3 years): render {elapsed:.0f} ms, "
        f"{pdf.count(b'/Type /Page') - 1} pages, {len(pdf) // 1024} KB"
    )

    with database.sessions() as s:
        busiest = s.scalars(
            select(Worker).join(Family, Family.responsible_worker_id == Worker.id).group_by(Worker.id)
        ).first()
        assert busiest is not None
        worker_id = busiest.id

    def weekly() -> bytes:
        with database.sessions() as s:
            return render("weekly", weekly_doc(s, actor, worker_id, TODAY))

    report("weekly visit sheet of a worker (load + render)", measure_ms(weekly, 3))
    print(f"plan pages: median {statistics.median(pages)}")
    database.dispose()


if __name__ == "__main__":
    main()
