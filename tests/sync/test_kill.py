"""The import killed (SIGKILL) at random points: the database is either as before or fully imported."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from network import TODAY, Node

from patronat_desktop.services import enrol as E
from patronat_desktop.services import sync as S
from patronat_desktop.services.startup import open_database

RUNS = 6


def counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def importer(db: Path, bundle: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "patronat_desktop.cli", "--db", str(db), "sync", "import", str(bundle)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_import_killed_at_random_points_is_all_or_nothing(tmp_path: Path) -> None:
    centre_path = tmp_path / "centre.sqlite3"
    centre_db, _ = open_database(centre_path)
    centre = Node("centre", centre_path, centre_db)
    centre.write(lambda s: E.init_centre(s, "ТЦСОН"))
    actor = centre.actor()
    centre.write(
        lambda s: E.add_worker_with_enrolment(s, actor, "Иванова Анна", "ivanova", tmp_path / "e.pte")
    )
    laptop_db, _ = open_database(tmp_path / "laptop.sqlite3")
    laptop = Node("laptop", tmp_path / "laptop.sqlite3", laptop_db)
    laptop.write(lambda s: E.enrol_laptop(s, tmp_path / "e.pte"))
    laptop.write(lambda s: E.demo_for_worker(s, 120, 7, TODAY))
    bundle = tmp_path / "big.ptb"
    laptop.write(lambda s: S.export_for_centre(s, bundle))
    centre_db.dispose()
    laptop_db.dispose()

    before = counts(centre_path)
    full = tmp_path / "full.sqlite3"
    shutil.copy(centre_path, full)
    started = time.perf_counter()
    assert importer(full, bundle).wait(timeout=300) == 0
    duration = time.perf_counter() - started
    after = counts(full)
    assert after["family"] == before["family"] + 120

    rng = random.Random(6)
    seen = set()
    killed = 0
    for run in range(RUNS):
        target = tmp_path / f"killed{run}.sqlite3"
        shutil.copy(centre_path, target)
        proc = importer(target, bundle)
        time.sleep(rng.uniform(0.2, 1.0) * duration)
        proc.send_signal(signal.SIGKILL)
        killed += proc.wait(timeout=60) == -signal.SIGKILL
        state = counts(target)  # a fresh connection recovers the WAL / rolls back the journal
        assert state in (before, after), f"run {run}: half-imported database"
        seen.add("before" if state == before else "after")
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    assert killed >= RUNS // 2, "the imports finished before the kill: nothing was tested"
