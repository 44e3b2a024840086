"""Benchmark: start to a usable main window, against the start of an empty PySide6 window (budget 2×).

Each start is a fresh interpreter under QT_QPA_PLATFORM=offscreen; times are counted from the moment the
OS started the process (patronat_desktop/ui/ready_probe.py). With PATRONAT_EXIT_WHEN_READY=1 the program
reports when its window is on screen and taking input (window_ms: the database opens in the background
meanwhile), when the list first holds every family (list_ms: on a SQLite file it is read with plain sqlite3
while SQLAlchemy loads, services/quick_start.py) when the database is attached and cards open (ready_ms) and
when the home screen, Today, shows its agenda (today_ms), then quits.

    python -m benchmarks.startup                       # on the large district (generated once by the CLI)
    python -m benchmarks.startup --db path.sqlite3 -n 11
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BUDGET_RATIO = 2.0

# The baseline does what the program does to be "ready", with nothing else: an application, a main
# window, shown, and the event loop left once the window is exposed.
EMPTY_WINDOW = """
import sys
from patronat_desktop.ui.ready_probe import ms_since_process_start
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 720)
window.show()
def check():
    handle = window.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(1, check)
        return
    print(f"window_ms={ms_since_process_start():.0f}", flush=True)
    app.quit()
QTimer.singleShot(0, check)
sys.exit(app.exec())
"""

# Exactly what the `patronat-desktop` console script runs.
PROGRAM = "import sys; from patronat_desktop.ui.app import main; sys.exit(main(sys.argv[1:]))"


def run_once(code: str, args: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Wall-clock ms of one fresh interpreter running code, and its stdout."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=300
    )
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise SystemExit(f"start failed ({done.returncode}):\n{done.stderr}")
    return elapsed, done.stdout


def line(name: str, samples: list[float]) -> str:
    return (
        f"{name:<40} median {statistics.median(samples):7.0f} ms"
        f"  (min {min(samples):.0f}, max {max(samples):.0f}, n={len(samples)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", help="prepared database (default: the large district, 5,000 families)")
    parser.add_argument("-n", "--repeat", type=int, default=7, help="measured starts of each (default 7)")
    args = parser.parse_args()
    if args.db is None:
        from benchmarks.common import district_db

        args.db = str(district_db())

    with tempfile.TemporaryDirectory(prefix="patronat-bench-") as state:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PATRONAT_EXIT_WHEN_READY": "1",
            # Keep the program's log out of the user's folder.
            "XDG_STATE_HOME": state,
        }
        empty: list[float] = []
        window: list[float] = []
        listed: list[float] = []
        ready: list[float] = []
        today: list[float] = []
        # One unmeasured start of each warms the file cache; then they alternate, so drift hits both.
        run_once(EMPTY_WINDOW, [], env)
        run_once(PROGRAM, ["--db", args.db], env)
        for _ in range(args.repeat):
            empty.append(_value(run_once(EMPTY_WINDOW, [], env)[1], "window_ms"))
            out = run_once(PROGRAM, ["--db", args.db], env)[1]
            window.append(_value(out, "window_ms"))
            listed.append(_value(out, "list_ms"))
            ready.append(_value(out, "ready_ms"))
            today.append(_value(out, "today_ms"))

    base = statistics.median(empty)
    print(f"database: {args.db}")
    print(line("empty PySide6 window on screen", empty))
    print(line("patronat-desktop window on screen", window))
    print(line("patronat-desktop list of families filled", listed))
    print(line("patronat-desktop database attached", ready))
    print(line("patronat-desktop Today (home) filled", today))
    for name, samples in (
        ("window", window),
        ("filled list", listed),
        ("attached", ready),
        ("Today filled", today),
    ):
        ratio = statistics.median(samples) / base
        verdict = "OK" if ratio <= BUDGET_RATIO else "OVER"
        print(f"{name}: ratio {ratio:.2f} to the empty window (budget {BUDGET_RATIO:.0f}×): {verdict}")


def _value(out: str, key: str) -> float:
    """A ``key=ms`` value the measured process printed."""
    for part in out.split():
        if part.startswith(key + "="):
            return float(part.split("=", 1)[1])
    raise SystemExit(f"the process did not report {key}: {out!r}")


if __name__ == "__main__":
    main()
