"""The main window over a real database: navigation, the family list with search and filters, the card."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from patronat_desktop.services.base import Actor
from patronat_desktop.services.queries import list_families
from patronat_desktop.services.startup import default_worker
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.family_table_model import Column
from patronat_desktop.ui.main_window import MainWindow

TypeText = Callable[[QWidget, str], None]

RUSSIAN_HEADERS = [
    "№ дела",
    "Семья",
    "Населённый пункт",
    "Этап",
    "Вид патроната",
    "Ответственный",
    "След. посещение",
    "Внимание",
]


@pytest.fixture
def attached(qtbot: QtBot, demo_database: Database) -> MainWindow:
    """The main window attached to 50 demo families, list and markers loaded."""
    worker = default_worker(demo_database)
    assert worker is not None
    context = AppContext(demo_database, Actor.of(worker), worker.short_name)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(context)
    window.reload()
    qtbot.waitUntil(lambda: window.families.model.rowCount() == 50, timeout=10000)
    qtbot.waitUntil(lambda: window.families.status_label.text() == "", timeout=10000)
    return window


def shown_families(window: MainWindow) -> list[str]:
    proxy = window.families.proxy
    return [proxy.index(row, Column.FAMILY).data() for row in range(proxy.rowCount())]


def test_window_shows_before_the_database_is_open(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Патронат — семьи"
    assert window.database_label.text() == "База данных: открывается…"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Семьи",
        "Сегодня",
        "Календарь",
        "Справочники",
        "Настройки",
    ]


def test_quick_list_is_searchable_before_the_database_is_attached_and_a_card_waits_for_it(
    qtbot: QtBot, demo_database: Database, type_text: TypeText
) -> None:
    from patronat_desktop.services.quick_start import read_registry
    from patronat_desktop.storage.db import sqlite_path

    path = sqlite_path(demo_database.engine.url)
    assert path is not None
    quick = read_registry(path)
    assert quick is not None
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_preview(quick.worker_name, quick.rows)
    assert window.families.model.rowCount() == 50
    assert window.families.status_label.text() == "Открытие базы данных…"
    assert window.worker_label.text() == f"Специалист: {quick.worker_name}"
    wanted = quick.rows[7]
    type_text(window.families.search_edit, wanted.case_number)
    assert shown_families(window) == [wanted.applicant]
    window.open_family(wanted.id)  # before the database is attached: remembered, not lost
    assert window.card is None

    worker = default_worker(demo_database)
    assert worker is not None
    window.attach(AppContext(demo_database, Actor.of(worker), worker.short_name))
    window.rows_current()
    assert window.card is not None
    assert window.card.family_id == wanted.id
    assert window.families_stack.currentWidget() is window.card
    qtbot.waitUntil(lambda: window.families.status_label.text() == "", timeout=10000)
    assert window.families.model.rowCount() == 50


def test_list_status_bar_and_headers(qtbot: QtBot, attached: MainWindow, demo_database: Database) -> None:
    proxy = attached.families.proxy
    assert [proxy.headerData(c, Qt.Orientation.Horizontal) for c in Column] == RUSSIAN_HEADERS
    assert attached.families.count_label.text() == "Семей: 50"
    assert demo_database.describe() in attached.database_label.text()
    assert attached.worker_label.text().startswith("Специалист: ")
    qtbot.waitUntil(lambda: attached.sync_status is not None, timeout=10000)
    assert attached.sync_label.text() == "Обмен с центром не настроен"  # demo data: neither centre nor laptop
    markers = [proxy.index(r, Column.ATTENTION).data() for r in range(proxy.rowCount())]
    assert any(m.startswith("⚠") for m in markers)


def test_typing_a_surname_filters_the_rows(
    type_text: TypeText, attached: MainWindow, demo_database: Database
) -> None:
    with demo_database.sessions() as session:
        applicants = [row.applicant for row in list_families(session)]
    surname = applicants[7].split()[0]
    expected = sorted(
        a for a in applicants if surname.lower().replace("ё", "е") in a.lower().replace("ё", "е")
    )
    type_text(attached.families.search_edit, surname.upper().replace("Ё", "Е"))
    assert sorted(shown_families(attached)) == expected
    assert attached.families.count_label.text() == f"Показано {len(expected)} из 50"


def test_attention_filter_shows_only_marked_families(attached: MainWindow) -> None:
    attached.families.attention_check.setChecked(True)
    proxy = attached.families.proxy
    assert 0 < proxy.rowCount() < 50
    assert all(proxy.index(r, Column.ATTENTION).data().startswith("⚠") for r in range(proxy.rowCount()))
    attached.families.reset_filters()
    assert proxy.rowCount() == 50


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, attached: MainWindow) -> None:
    attached.families.table.setFocus()
    attached.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is attached.families.table)
    qtbot.keyClick(attached.families.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: attached.families.search_edit.hasFocus())


def test_alt_digits_switch_pages(qtbot: QtBot, attached: MainWindow) -> None:
    attached.activateWindow()
    qtbot.keyClick(attached, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    assert type(attached.pages.currentWidget()).__name__ == "DirectoriesPage"
    qtbot.keyClick(attached, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert type(attached.pages.currentWidget()).__name__ == "SettingsPage"
    qtbot.keyClick(attached, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert attached.pages.currentIndex() == 0


def test_enter_opens_the_card_and_back_returns(qtbot: QtBot, attached: MainWindow) -> None:
    table = attached.families.table
    table.setFocus()
    table.selectRow(3)
    family_id = attached.families.current_family()
    case_number = attached.families.proxy.index(3, Column.CASE_NUMBER).data()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert attached.card is not None
    assert attached.families_stack.currentWidget() is attached.card
    assert attached.card.family_id == family_id
    assert case_number in attached.card.title.text()
    attached.card.back_button.click()
    assert attached.families_stack.currentWidget() is attached.families


def test_selected_family_stays_selected_through_search_and_sort(
    type_text: TypeText, attached: MainWindow
) -> None:
    page = attached.families
    page.table.selectRow(10)
    chosen = page.current_family()
    assert chosen is not None
    surname = page.proxy.index(10, Column.FAMILY).data().split()[0]
    type_text(page.search_edit, surname)
    assert page.current_family() == chosen
    page.table.sortByColumn(Column.SETTLEMENT, Qt.SortOrder.DescendingOrder)
    assert page.current_family() == chosen
    page.search_edit.clear()
    assert page.current_family() == chosen


def test_ctrl_n_opens_the_new_case_wizard(qtbot: QtBot, attached: MainWindow) -> None:
    attached.activateWindow()
    qtbot.keyClick(attached, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizards = [
        w for w in QApplication.topLevelWidgets() if type(w).__name__ == "NewCaseWizard" and w.isVisible()
    ]
    assert len(wizards) == 1
    wizards[0].close()


def test_worker_and_ground_filters_offer_the_directories(qtbot: QtBot, attached: MainWindow) -> None:
    page = attached.families
    qtbot.waitUntil(lambda: page.worker_combo.count() > 1 and page.ground_combo.count() > 1, timeout=10000)
    page.worker_combo.setCurrentIndex(1)
    worker_id = page.worker_combo.currentData()
    proxy = page.proxy
    assert proxy.rowCount() < 50
    assert all(
        page.model.rows[page.model.position_of(proxy.family_at(r))].worker_id == worker_id
        for r in range(proxy.rowCount())
    )
