"""Benchmark: resident memory with the large district open (budget ≤ 300 MB).

Starts the program as `patronat-desktop` does, in a fresh interpreter, on the large district; waits until
the family list and its warning markers are loaded, opens one family card, then reads VmRSS and VmHWM.

    python -m benchmarks.memory
"""

from __future__ import annotations

import os
import subprocess
import sys

from benchmarks.common import district_db

PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from patronat_desktop.ui.app import Starter
from patronat_desktop.ui.main_window import MainWindow

app = QApplication([])
window = MainWindow()
window.show()
starter = Starter(window, sys.argv[1], interactive=True)
starter.start()

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024

def check():
    page = window.families
    if page.model.rowCount() == 0 or page.status_label.text():
        QTimer.singleShot(50, check)
        return
    window.open_family(page.proxy.family_at(0))
    app.processEvents()
    print(f"families={page.model.rowCount()} rss_mb={status('VmRSS'):.0f} peak_mb={status('VmHWM'):.0f}")
    app.quit()

QTimer.singleShot(50, check)
app.exec()
"""


def main() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(district_db())],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    values = dict(part.split("=") for part in done.stdout.split())
    rss = float(values["rss_mb"])
    print(f"large district open ({values['families']} families, list + markers + one card):")
    print(
        f"resident {rss:.0f} MB, peak {values['peak_mb']} MB  budget 300 MB: {'OK' if rss <= 300 else 'OVER'}"
    )


if __name__ == "__main__":
    main()
