"""Shared helpers of the benchmarks: the large district database and median timing."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
# A fixed "today" keeps the generated district (and so every figure) the same from run to run.
TODAY = date(2026, 11, 20)
LARGE = {"families": 5000, "seed": 1}


def district_db(families: int = LARGE["families"], seed: int = LARGE["seed"]) -> Path:
    """Path of the generated district database, generating it once with the CLI if missing."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"district-{families}-{seed}-{TODAY.isoformat()}.sqlite3"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "patronat_desktop.cli",
                "--db",
                str(tmp),
                "demo",
                "--families",
                str(families),
                "--seed",
                str(seed),
                "--today",
                TODAY.isoformat(),
            ],
            check=True,
        )
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        tmp.rename(path)
        print(f"generated {path.name} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def measure_ms(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> list[float]:
    """Wall-clock milliseconds of ``repeat`` calls after ``warmup`` unmeasured ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def report(name: str, samples: list[float], budget_ms: float | None = None) -> str:
    med = statistics.median(samples)
    line = (
        f"{name:<48} median {med:9.1f} ms  (min {min(samples):.1f}, max {max(samples):.1f}, n={len(samples)})"
    )
    if budget_ms is not None:
        line += f"  budget {budget_ms:.0f} ms: {'OK' if med <= budget_ms else 'OVER'}"
    print(line)
    return line
