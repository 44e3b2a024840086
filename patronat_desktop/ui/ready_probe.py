"""Benchmark hook: PATRONAT_EXIT_WHEN_READY=1 makes the program report when its window is usable, and quit."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV_VAR = "PATRONAT_EXIT_WHEN_READY"

# Fallback origin where the process start time cannot be read: as early as this module is imported.
_IMPORTED_AT = time.monotonic()


def enabled() -> bool:
    return os.environ.get(ENV_VAR) == "1"


def ms_since_process_start() -> float:
    """Milliseconds since the OS started this process (Linux); elsewhere since this module was imported."""
    try:
        stat = Path("/proc/self/stat").read_text()
        # Field 22 (starttime, clock ticks after boot); split after the command name, which may hold spaces.
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _IMPORTED_AT) * 1000


def report_window(window: QWidget) -> None:
    """Print the ms at which the main window is first on screen and taking input (window_ms=...)."""

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, check)
            return
        print(f"window_ms={ms_since_process_start():.0f}", file=sys.stdout, flush=True)

    QTimer.singleShot(0, check)


def report_list() -> None:
    """Print the ms at which the list first holds every family (list_ms=...), after its first paint."""

    def done() -> None:
        print(f"list_ms={ms_since_process_start():.0f}", file=sys.stdout, flush=True)

    QTimer.singleShot(0, done)


def report_ready(app: QApplication) -> None:
    """Print the ms at which the window holds every family (ready_ms=...) and quit the event loop."""

    def done() -> None:
        print(f"ready_ms={ms_since_process_start():.0f}", file=sys.stdout, flush=True)
        app.quit()

    # After the events already queued (the window's first paint of the rows) have run.
    QTimer.singleShot(0, done)
