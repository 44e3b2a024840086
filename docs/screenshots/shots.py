"""What the screenshot scripts share: waiting for the background work, and saving a widget as a PNG."""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database
from patronat_desktop.ui import background
from patronat_desktop.ui.app import install_translators

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


@contextmanager
def demo_program(description: str, families: int, seed: int, today: date) -> Iterator[Demo]:
    """The command line (``--lang ru|be|en``), the application in that language and a temporary database
    with a demo district; the database is closed and deleted afterwards."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--lang", choices=("ru", "be", "en"), default="ru")
    args = parser.parse_args()
    app = QApplication([])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_database(Path(folder) / "screenshots.sqlite3")
        try:
            with database.transaction() as session:
                load_demo(session, families=families, seed=seed, today=today)
            yield Demo(app, database, "" if args.lang == "ru" else f"-{args.lang}")
        finally:
            database.dispose()


@dataclass(frozen=True)
class Demo:
    app: QApplication
    database: Database
    suffix: str
    """Added to the picture names: "" in Russian, "-be" or "-en" otherwise."""
