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


def _report(key: str, app: QApplication | None = None) -> None:
    """Print key=ms once the events already queued (the first paint of what just arrived) have run."""

    def done() -> None:
        print(f"{key}={ms_since_process_start():.0f}", file=sys.stdout, flush=True)
        if app is not None:
            app.quit()

    QTimer.singleShot(0, done)


def report_list() -> None:
    """The list of families first holds every family (list_ms=...)."""
    _report("list_ms")


def report_ready(app: QApplication, quit: bool = True) -> None:
    """The window is attached to the database: cards open (ready_ms=...); quit unless told to wait."""
    _report("ready_ms", app if quit else None)


def report_today(app: QApplication) -> None:
    """The home screen, Today, shows its first agenda (today_ms=...); then quit."""
    _report("today_ms", app)
