"""Fixtures of the UI tests: a headless Qt platform, a fresh SQLite database per test, the main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from patronat_desktop.storage.db import Database
from patronat_desktop.ui.main_window import MainWindow


@pytest.fixture
def database(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A fresh, migrated, empty SQLite database (a copy of the session's template)."""
    path = tmp_path / "patronat.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database.open(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def demo_database(database: Database) -> Database:
    """The temporary database with 50 fictional families (seed 1)."""
    from patronat_desktop.services.demo import load_demo

    with database.transaction() as session:
        load_demo(session, families=50, seed=1)
    return database


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> MainWindow:
    """The main window over the empty temporary database, shown."""
    main_window = MainWindow(database)
    qtbot.addWidget(main_window)
    main_window.reload()
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Types text into a widget key by key; QTest.keyClicks cannot type Cyrillic (it asserts on non-ASCII)."""

    def type_into(widget: QWidget, text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    return type_into
