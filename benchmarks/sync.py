"""Benchmark: import of a ~100,000-change bundle against raw sqlite3 executemany of the same rows, and the
export of one worker's full year (125 families: the large district's 5,000 families over 40 workers).

    python -m benchmarks.sync [--families 1700] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.common import TODAY, report
from patronat_desktop.services import enrol as E
from patronat_desktop.services import sync as S
from patronat_desktop.services.base import Actor
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database
from patronat_desktop.sync import tables as T

WORKER_FAMILIES = 125


def network(folder: Path, families: int) -> tuple[Path, Path]:
    """A centre and one enrolled laptop with ``families`` demo families; returns (centre, laptop) files."""
    centre_path, laptop_path = folder / "centre.sqlite3", folder / f"laptop-{families}.sqlite3"
    centre, _ = open_database(centre_path)
    with centre.transaction() as s:
        head = E.init_centre(s, "ТЦСОН")
        actor = Actor.of(head)
    with centre.transaction() as s:
        E.add_worker_with_enrolment(s, actor, "Иванова Анна", "ivanova", folder / "e.pte")
    centre.dispose()
    laptop, _ = open_database(laptop_path)
    with laptop.transaction() as s:
        E.enrol_laptop(s, folder / "e.pte")
    with laptop.transaction() as s:
        E.demo_for_worker(s, families, 1, TODAY)
    laptop.dispose()
    return centre_path, laptop_path


def export_bundle(laptop_path: Path, out: Path) -> float:
    """Export every change of the laptop; returns milliseconds (the export is rolled back afterwards)."""
    db = Database.open(f"sqlite:///{laptop_path}")
    with db.sessions() as s:
        started = time.perf_counter()
        S.export_for_centre(s, out)
        elapsed = (time.perf_counter() - started) * 1000
        s.rollback()
    db.dispose()
    return elapsed


def import_once(centre_path: Path, bundle: Path, work: Path) -> tuple[float, int]:
    target = work / "import.sqlite3"
    shutil.copy(centre_path, target)
    db = Database.open(f"sqlite:///{target}")
    started = time.perf_counter()
    with db.transaction() as s:
        result = S.import_bundle(s, bundle)
    elapsed = (time.perf_counter() - started) * 1000
    db.dispose()
    return elapsed, result.applied


def raw_once(centre_path: Path, imported: Path, work: Path) -> tuple[float, int]:
    """The business rows the import wrote, inserted with plain sqlite3 executemany in one transaction."""
    source = sqlite3.connect(imported)
    before = sqlite3.connect(centre_path)
    batches = []
    rows_total = 0
    for name in T.tables():
        have = {r for r in before.execute(f'SELECT * FROM "{name}"')}
        rows = [r for r in source.execute(f'SELECT * FROM "{name}"') if r not in have]
        if rows:
            marks = ",".join("?" * len(rows[0]))
            batches.append((f'INSERT OR REPLACE INTO "{name}" VALUES ({marks})', rows))
            rows_total += len(rows)
    source.close()
    before.close()
    target = work / "raw.sqlite3"
    shutil.copy(centre_path, target)
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    started = time.perf_counter()
    con.execute("BEGIN")
    for sql, rows in batches:
        con.executemany(sql, rows)
    con.execute("COMMIT")
    elapsed = (time.perf_counter() - started) * 1000
    con.close()
    return elapsed, rows_total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--families", type=int, default=1700, help="families of the big laptop (~60 changes each)"
    )
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="patronat-bench-sync-"))
    try:
        started = time.perf_counter()
        centre_path, laptop_path = network(work, args.families)
        print(f"network with {args.families} laptop families built in {time.perf_counter() - started:.0f} s")
        bundle = work / "big.ptb"
        export_bundle(laptop_path, bundle)
        print(f"bundle: {bundle.stat().st_size / 1e6:.1f} MB")
        imports, raws = [], []
        applied = rows = 0
        # Import and raw runs alternate, so a change of the machine's load hits both alike.
        for i in range(args.repeat):
            ms, applied = import_once(centre_path, bundle, work)
            imports.append(ms)
            if i == 0:
                shutil.copy(work / "import.sqlite3", work / "imported.sqlite3")
            ms, rows = raw_once(centre_path, work / "imported.sqlite3", work)
            raws.append(ms)
        report(f"import of {applied:,} changes (verify+merge+apply+commit)", imports)
        report(f"raw sqlite3 executemany of the same {rows:,} rows", raws)
        ratio = statistics.median(raws) / statistics.median(imports)
        print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
        print(
            f"import speed / raw executemany speed = {ratio:.2f} "
            f"(budget ≥ 0.33: {'OK' if ratio >= 1 / 3 else 'OVER'})"
        )
        _c, worker_laptop = network(work / "worker", WORKER_FAMILIES)
        exports = [export_bundle(worker_laptop, work / f"year{i}.ptb") for i in range(args.repeat)]
        size = (work / "year0.ptb").stat().st_size
        report(f"export of a worker's full year ({WORKER_FAMILIES} families, {size / 1e6:.1f} MB)", exports)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
