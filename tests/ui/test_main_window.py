"""The main window over a real database: the family list, its search box and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.validation import AddressData, MemberData, NewCaseData
from patronat_desktop.domain.vocab import ReferralSource, Relation, Sex
from patronat_desktop.models import Ground
from patronat_desktop.services.base import Actor
from patronat_desktop.services.cases import register_application
from patronat_desktop.services.queries import list_families
from patronat_desktop.services.startup import default_worker
from patronat_desktop.storage.db import Database
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
    "Дата заявления",
    "Членов семьи",
]


def headers(window: MainWindow) -> list[str]:
    return [
        window.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(len(RUSSIAN_HEADERS))
    ]


def shown_families(window: MainWindow) -> list[str]:
    model = window.table.model()
    return [model.index(row, Column.FAMILY).data() for row in range(model.rowCount())]


def test_empty_database_shows_no_families(window: MainWindow) -> None:
    assert window.windowTitle() == "Патронат — семьи"
    assert window.table.model().rowCount() == 0
    assert window.count_label.text() == "Семей: 0"
    assert window.worker_label.text() == "Специалист: не выбран"


def test_status_bar_names_the_database(window: MainWindow, database: Database) -> None:
    assert database.describe() in window.database_label.text()
    assert window.database_label.text().startswith("База данных: SQLite: ")


def test_demo_families_appear_after_reload_with_russian_headers(
    window: MainWindow, demo_database: Database
) -> None:
    window.reload()
    assert window.model.rowCount() == 50
    assert window.table.model().rowCount() == 50
    assert headers(window) == RUSSIAN_HEADERS
    assert window.count_label.text() == "Семей: 50"
    assert window.worker_label.text().startswith("Специалист: ")
    assert window.worker_label.text() != "Специалист: не выбран"


def test_typing_a_surname_filters_the_rows(
    type_text: TypeText, window: MainWindow, demo_database: Database
) -> None:
    window.reload()
    with demo_database.sessions() as session:
        applicants = [row.applicant for row in list_families(session)]
    surname = applicants[7].split()[0]
    expected = sorted(a for a in applicants if surname.lower() in a.lower())

    type_text(window.search_edit, surname.upper())

    assert sorted(shown_families(window)) == expected
    assert 0 < len(expected) < 50
    assert window.count_label.text() == f"Найдено: {len(expected)} из 50"


def register_family(database: Database, surname: str, settlement: str) -> None:
    """A new case through the one write path, as a worker would open it."""
    worker = default_worker(database)
    assert worker is not None
    with database.transaction() as session:
        ground = session.scalars(select(Ground.id).order_by(Ground.position)).first()
        assert ground is not None
        applicant = MemberData(
            surname, "Алёна", date(1990, 5, 17), Sex.FEMALE, "Петровна", Relation.SELF, is_applicant=True
        )
        register_application(
            session,
            Actor.of(worker),
            NewCaseData(
                application_number="999",
                application_date=date.today(),
                members=[applicant],
                address=AddressData(settlement),
                ground_ids=[ground],
                referral_source=ReferralSource.SELF,
                responsible_worker_id=worker.id,
            ),
        )


def test_e_in_the_search_box_finds_a_yo_surname(
    type_text: TypeText, window: MainWindow, demo_database: Database
) -> None:
    register_family(demo_database, "Сёмина", "д. Заречье")
    window.reload()
    assert window.model.rowCount() == 51

    type_text(window.search_edit, "семина")

    assert shown_families(window) == ["Сёмина А.П."]


def test_clearing_the_search_box_shows_every_family(
    qtbot: QtBot, window: MainWindow, demo_database: Database
) -> None:
    window.reload()
    qtbot.keyClicks(window.search_edit, "zzzz")
    assert window.table.model().rowCount() == 0
    window.search_edit.clear()
    assert window.table.model().rowCount() == 50
    assert window.count_label.text() == "Семей: 50"


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.table.setFocus()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_edit.hasFocus())


def test_rows_have_one_fixed_height(window: MainWindow) -> None:
    from PySide6.QtWidgets import QHeaderView

    rows = window.table.verticalHeader()
    assert rows.sectionResizeMode(0) == QHeaderView.ResizeMode.Fixed


def test_the_selected_family_stays_selected_through_search_and_sort(
    type_text: TypeText, window: MainWindow, demo_database: Database
) -> None:
    window.reload()
    window.table.selectRow(10)
    chosen = window.current_family()
    assert chosen is not None
    surname = chosen.applicant.split()[0]

    type_text(window.search_edit, surname)
    assert window.current_family() == chosen
    window.table.sortByColumn(Column.APPLICATION_DATE, Qt.SortOrder.DescendingOrder)
    assert window.current_family() == chosen
    window.search_edit.clear()
    window.reload()
    assert window.current_family() == chosen
    assert window.table.selectionModel().selectedRows()[0].row() == window.model.row_of(chosen.id)


def test_clicking_a_header_sorts_by_that_column(
    qtbot: QtBot, window: MainWindow, demo_database: Database
) -> None:
    window.reload()
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.MEMBERS) + header.sectionSize(Column.MEMBERS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    members = [int(window.model.index(r, Column.MEMBERS).data()) for r in range(window.model.rowCount())]
    assert members == sorted(members)
    assert members[0] < members[-1]
