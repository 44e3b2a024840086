"""The main window of the shell: the centre's family list with a search box and a status bar."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services.queries import FamilyRow, list_families
from patronat_desktop.services.startup import default_worker
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.elided_label import ElidedLabel
from patronat_desktop.ui.family_table_model import Column, FamilyTableModel
from patronat_desktop.ui.vocab_labels import patronage_type_label, stage_label


def _width_samples() -> dict[Column, list[str]]:
    """The widest things each column shows: initial widths come from these and the headers, never from
    measuring every row (ResizeToContents over 5,000 rows is what makes big tables slow)."""
    return {
        Column.CASE_NUMBER: ["0000/000"],
        Column.FAMILY: ["Константинопольская А.В."],
        Column.SETTLEMENT: ["аг. Большие Новосёлки"],
        Column.STAGE: [stage_label(stage) for stage in Stage],
        Column.PATRONAGE_TYPE: [patronage_type_label(ptype) for ptype in PatronageType],
        Column.WORKER: ["Ковалевская О.Н."],
        Column.APPLICATION_DATE: ["00.00.0000"],
        Column.MEMBERS: ["00"],
    }


class MainWindow(QMainWindow):
    """The family list of the database it is given; reload() shows the database's current state."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.setWindowTitle(self.tr("Патронат — семьи"))
        self.resize(1280, 720)

        self.model = FamilyTableModel(self)
        self._current_family: uuid.UUID | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Фамилия, номер дела, населённый пункт…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(360)
        self.search_edit.textChanged.connect(self._search)
        search_label = QLabel(self.tr("&Поиск:"))
        search_label.setBuddy(self.search_edit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._focus_search)

        self.table = QTableView()
        self._setup_table()
        # The model resets on each search, sort and reload; the selected family stays selected while shown.
        # Connected after setModel(): the view clears the selection in its reset slot, which must run first.
        self.model.modelAboutToBeReset.connect(self._remember_current_family)
        self.model.modelReset.connect(self._restore_current_family)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addStretch(2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.database_label = ElidedLabel(
            self.tr("База данных: {database}").format(database=database.describe())
        )
        self.worker_label = QLabel()
        self.count_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.worker_label)
        self.statusBar().addPermanentWidget(self.count_label)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setCornerButtonEnabled(False)
        # Fixed row heights let the view skip measuring rows: scrolling 5,000 families stays instant.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        rows.hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Newest cases first: they are the ones still being opened and worked on.
        header.setSortIndicator(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        cell = table.fontMetrics()
        head = header.fontMetrics()
        for column, samples in _width_samples().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # Room for the header's sort arrow and the cells' margins.
            widest = max(cell.horizontalAdvance(sample) for sample in samples)
            header.resizeSection(column, max(widest + 16, head.horizontalAdvance(title) + 32))
        # The two columns of names share the room left; the others keep the width of their contents.
        header.setSectionResizeMode(Column.FAMILY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SETTLEMENT, QHeaderView.ResizeMode.Stretch)

    def reload(self) -> None:
        """Read the families and the acting worker again (after an import, a first start, an edit)."""
        with self._database.sessions() as session:
            rows = list_families(session)
        self.model.set_rows(rows)
        worker = default_worker(self._database)
        if worker is None:
            self.worker_label.setText(self.tr("Специалист: не выбран"))
        else:
            self.worker_label.setText(self.tr("Специалист: {worker}").format(worker=worker.short_name))
        self._update_count()

    def current_family(self) -> FamilyRow | None:
        """The family of the selected row, if any."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _remember_current_family(self) -> None:
        family = self.current_family()
        self._current_family = family.id if family is not None else None

    def _restore_current_family(self) -> None:
        if self._current_family is None:
            return
        row = self.model.row_of(self._current_family)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _search(self, text: str) -> None:
        self.model.set_search_text(text)
        self._update_count()

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _update_count(self) -> None:
        total = self.model.total_count()
        if self.model.search_active():
            self.count_label.setText(
                self.tr("Найдено: {shown} из {total}").format(shown=self.model.rowCount(), total=total)
            )
        else:
            self.count_label.setText(self.tr("Семей: %n", "", total))
