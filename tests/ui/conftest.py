"""Fixtures of the UI tests: a headless Qt platform, a fresh SQLite database per test, the main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from factories import TODAY as FACTORY_TODAY
from factories import Case, walk
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services.base import Actor
from patronat_desktop.services.detail import FamilyDetail, load_family_detail
from patronat_desktop.services.reference import create_centre
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.context import AppContext


def _copy_of(template: Path, path: Path) -> Iterator[Database]:
    shutil.copy(template, path)
    db = Database.open(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture
def database(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A fresh, migrated, empty SQLite database (a copy of the session's template)."""
    yield from _copy_of(sqlite_template, tmp_path / "patronat.sqlite3")


@pytest.fixture
def second_database(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """Another fresh, empty database beside ``database`` (a laptop beside the centre)."""
    yield from _copy_of(sqlite_template, tmp_path / "second.sqlite3")


@pytest.fixture
def demo_database(database: Database) -> Database:
    """The temporary database with 50 fictional families (seed 1)."""
    from patronat_desktop.services.demo import load_demo

    with database.transaction() as session:
        load_demo(session, families=50, seed=1)
    return database


@pytest.fixture
def type_text() -> Callable[[QWidget, str], None]:
    """Types text into a widget key by key; QTest.keyClicks cannot type Cyrillic (it asserts on non-ASCII)."""

    def type_into(widget: QWidget, text: str) -> None:
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    return type_into


# --- the family card and its sections ---


TODAY = FACTORY_TODAY
"""The working date of card tests (the factories' cases are dated in spring 2026)."""


@pytest.fixture
def centre_actor(database: Database) -> Actor:
    """The head of a freshly set-up centre in the temporary database."""
    with database.transaction() as session:
        return Actor.of(
            create_centre(session, "ТЦСОН Тестового района", "Тестовый", "Минская", "Иванова", "Анна")
        )


@pytest.fixture
def context(database: Database, centre_actor: Actor) -> AppContext:
    """The program's shared state over the temporary database, signed in as the centre's head, on TODAY."""
    return AppContext(database, centre_actor, "Иванова А.", today=TODAY)


@pytest.fixture
def case_at(database: Database, centre_actor: Actor) -> Callable[[Stage], Case]:
    """Registers a case and walks it to the given stage (factories.walk), one transaction per step."""

    def make(stage: Stage) -> Case:
        return walk(database, centre_actor, stage)

    return make


@pytest.fixture
def detail_of(context: AppContext) -> Callable[[uuid.UUID], FamilyDetail]:
    """Loads a family's card data the way the card does."""

    def load(family_id: uuid.UUID) -> FamilyDetail:
        return context.read(lambda s: load_family_detail(s, context.actor, family_id, context.today()))

    return load


@pytest.fixture(autouse=True)
def russian_interface_locale() -> Iterator[None]:
    """Every UI test starts in the program's default language, whatever an earlier test chose."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Belarus))
    yield
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Belarus))
