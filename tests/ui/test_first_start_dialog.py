"""The first-start dialog: demo data or one's own centre, with refusals shown next to the fields."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from patronat_desktop.models import Base, Centre, Worker
from patronat_desktop.services.startup import is_empty
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.app import Starter
from patronat_desktop.ui.first_start_dialog import DEMO_FAMILIES, FirstStartDialog
from patronat_desktop.ui.main_window import MainWindow

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The program started as app.main starts it, on a new database file: the window shows first."""
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    starter = Starter(main_window, str(tmp_path / "new.sqlite3"), interactive=True)
    starter.start()
    qtbot.waitUntil(lambda: main_window.findChild(FirstStartDialog) is not None, timeout=20_000)
    main_window.setProperty("test_database", starter)
    yield main_window
    if starter.database is not None:
        starter.database.dispose()


@pytest.fixture
def database(window: MainWindow) -> Database:
    starter = window.property("test_database")
    assert starter.database is not None
    return starter.database


@pytest.fixture
def dialog(qtbot: QtBot, window: MainWindow) -> FirstStartDialog:
    first_start = window.findChild(FirstStartDialog)
    assert first_start is not None
    qtbot.waitExposed(first_start)
    return first_start


def fill(type_text: TypeText, dialog: FirstStartDialog, **values: str) -> None:
    for field, text in values.items():
        edit = dialog.field_edits[field]
        edit.clear()
        type_text(edit, text)


def count(database: Database, model: type[Base]) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_dialog_does_not_block_and_is_modal_to_the_window(dialog: FirstStartDialog) -> None:
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert "300 семей вымышленного района" in dialog.demo_button.text()


def test_choosing_demo_data_loads_the_families_into_the_window(
    qtbot: QtBot, dialog: FirstStartDialog, window: MainWindow, database: Database
) -> None:
    with qtbot.waitSignal(dialog.setup_completed, timeout=120_000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
        assert dialog.demo_progress.isVisible()
        assert not dialog.demo_button.isEnabled()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not is_empty(database)
    qtbot.waitUntil(lambda: window.families.model.rowCount() == DEMO_FAMILIES, timeout=20_000)
    assert window.families.count_label.text() == f"Семей: {DEMO_FAMILIES}"
    assert window.context is not None


def test_an_empty_centre_name_is_refused_next_to_the_field_and_nothing_is_created(
    qtbot: QtBot, type_text: TypeText, dialog: FirstStartDialog, database: Database
) -> None:
    fill(
        type_text,
        dialog,
        **{"centre.district": "Тестовский", "worker.surname": "Иванова", "worker.name": "Анна"},
    )

    qtbot.mouseClick(dialog.centre_button, Qt.MouseButton.LeftButton)

    error = dialog.field_errors["centre.name"]
    assert error.isVisible()
    assert error.text() == "Название центра: обязательное поле."
    assert not dialog.field_errors["centre.district"].isVisible()
    assert dialog.name_edit.hasFocus()
    assert dialog.isVisible()
    assert is_empty(database)
    assert count(database, Worker) == 0


def test_every_missing_required_field_is_named_at_once(qtbot: QtBot, dialog: FirstStartDialog) -> None:
    qtbot.mouseClick(dialog.centre_button, Qt.MouseButton.LeftButton)

    shown = {field for field, label in dialog.field_errors.items() if label.isVisible()}
    assert shown == {"centre.name", "centre.district", "worker.surname", "worker.name"}
    assert dialog.field_errors["worker.surname"].text() == "Фамилия специалиста: обязательное поле."


def test_a_valid_centre_is_created_after_a_refusal(
    qtbot: QtBot, type_text: TypeText, dialog: FirstStartDialog, window: MainWindow, database: Database
) -> None:
    qtbot.mouseClick(dialog.centre_button, Qt.MouseButton.LeftButton)
    fill(
        type_text,
        dialog,
        **{
            "centre.name": "ТЦСОН Тестовского района",
            "centre.district": "Тестовский",
            "centre.region": "Минская",
            "worker.surname": "Иванова",
            "worker.name": "Анна",
            "worker.patronymic": "Петровна",
        },
    )

    with qtbot.waitSignal(dialog.setup_completed, timeout=5_000):
        qtbot.mouseClick(dialog.centre_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not any(label.isVisible() for label in dialog.field_errors.values())
    with database.sessions() as session:
        centre = session.scalars(select(Centre)).one()
        worker = session.scalars(select(Worker)).one()
    assert (centre.name, centre.district, centre.region) == (
        "ТЦСОН Тестовского района",
        "Тестовский",
        "Минская",
    )
    assert (worker.surname, worker.name, worker.patronymic) == ("Иванова", "Анна", "Петровна")
    qtbot.waitUntil(lambda: window.worker_label.text() == "Специалист: Иванова А.П.", timeout=20_000)


def test_later_closes_without_creating_anything(
    qtbot: QtBot, dialog: FirstStartDialog, database: Database
) -> None:
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()
    assert is_empty(database)


def test_window_names_the_database_while_the_dialog_waits(window: MainWindow, database: Database) -> None:
    assert window.database_label.text() == f"База данных: {database.describe()}"
    assert window.families.status_label.text() == "Центр ещё не настроен"
    # The home page (Today) says so too, instead of "loading" forever.
    assert window.loading_today.text() == "Центр ещё не настроен"
