"""What the screenshot scripts share: waiting for the background work, and saving a widget as a PNG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from patronat_desktop.ui import background

HERE = Path(__file__).resolve().parent


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Process events until ``done()`` (the screens never block the GUI thread), then let them repaint."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("a background task did not finish")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def settle(app: QApplication, timeout: float = 30.0) -> None:
    """Let every background load report back and the window repaint."""
    wait_until(app, lambda: not background._running, timeout)


def shoot(app: QApplication, widget: QWidget, name: str) -> None:
    """Show the widget, let it paint, and save it as docs/screenshots/<name>.png."""
    widget.show()
    for _ in range(10):
        app.processEvents()
    widget.grab().save(str(HERE / f"{name}.png"))
