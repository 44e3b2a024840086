"""The family registry page: search as you type, filters, the list with warning markers, and Ctrl+N."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.ui.family_filter_proxy_model import FamilyFilter, FamilyFilterProxyModel
from patronat_desktop.ui.family_table_model import Column, FamilyTableModel
from patronat_desktop.ui.vocab_labels import patronage_type_label, stage_label

if TYPE_CHECKING:
    from patronat_desktop.services.attention import Attention
    from patronat_desktop.services.registry_rows import FamilyRow

_WIDTH_SAMPLES = {
    Column.CASE_NUMBER: "0000/000",
    Column.FAMILY: "Константинопольская А.В.",
    Column.SETTLEMENT: "аг. Большие Новосёлки",
    Column.STAGE: "Оценка проблем__",  # room for longer translations ("Problem assessment")
    Column.PATRONAGE_TYPE: "контрольный",
    Column.WORKER: "Ковалевская О.Н.",
    Column.NEXT_DUE: "00.00.0000",
    Column.ATTENTION: "⚠ обследование просрочено",
}


class FamiliesPage(QWidget):
    """The list of families; Enter or a double click opens a family's card."""

    family_activated = Signal(object)
    """The user opened a family (carries its UUID)."""
    new_family_requested = Signal()
    """The user asked to register a new application (Ctrl+N)."""
    print_lists_requested = Signal()
    """The user asked to print a list of the centre (the register, a weekly visit sheet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FamilyTableModel(self)
        self.proxy = FamilyFilterProxyModel(self.model, self)
        self._current: uuid.UUID | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Фамилия, имя, номер дела, населённый пункт…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search_text)
        search_label = QLabel(self.tr("&Поиск:"))
        search_label.setBuddy(self.search_edit)

        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("Все этапы"), None)
        for stage in Stage:
            self.stage_combo.addItem(stage_label(stage), stage)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("Все виды"), None)
        for ptype in PatronageType:
            self.type_combo.addItem(patronage_type_label(ptype), ptype)
        self.worker_combo = QComboBox()
        self.worker_combo.addItem(self.tr("Все специалисты"), None)
        self.ground_combo = QComboBox()
        self.ground_combo.addItem(self.tr("Все основания"), None)
        self.ground_combo.setMaximumWidth(220)
        self.attention_check = QCheckBox(self.tr("Требуют &внимания"))
        for combo in (self.stage_combo, self.type_combo, self.worker_combo, self.ground_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.attention_check.toggled.connect(self._apply_filter)
        self.reset_button = QPushButton(self.tr("Сбросить"))
        self.reset_button.clicked.connect(self.reset_filters)
        self.new_button = QPushButton(self.tr("&Новая семья… (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_family_requested)
        self.print_button = QPushButton(self.tr("Печать с&писков…"))
        self.print_button.setToolTip(self.tr("Журнал учёта семей за год, лист посещений на неделю"))
        self.print_button.clicked.connect(self.print_lists_requested)
        self.count_label = QLabel()
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color:#555;")

        self.table = QTableView()
        self._setup_table()
        self.table.activated.connect(self._activated)
        self.proxy.modelAboutToBeReset.connect(self._remember_current)
        self.proxy.modelReset.connect(self._restore_current)
        self.proxy.modelReset.connect(self._update_count)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 2)
        top.addWidget(self.new_button)
        top.addWidget(self.print_button)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Фильтры:")))
        for widget in (self.stage_combo, self.type_combo, self.worker_combo, self.ground_combo):
            filters.addWidget(widget)
        filters.addWidget(self.attention_check)
        filters.addWidget(self.reset_button)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_count()

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setTabKeyNavigation(False)
        # Fixed row heights let the view skip measuring rows: scrolling 5,000 families stays instant.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        rows.hide()
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Newest cases first: they are the ones still being opened and worked on.
        header.setSortIndicator(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        cell, head = table.fontMetrics(), header.fontMetrics()
        for column, sample in _WIDTH_SAMPLES.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(
                column, max(cell.horizontalAdvance(sample) + 16, head.horizontalAdvance(title) + 32)
            )
        header.setSectionResizeMode(Column.FAMILY, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)

    # Content

    def set_choices(
        self, workers: Sequence[tuple[uuid.UUID, str]], grounds: Sequence[tuple[uuid.UUID, str]]
    ) -> None:
        """Fill the worker and ground filters (after the database is open)."""
        for combo, items in ((self.worker_combo, workers), (self.ground_combo, grounds)):
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for key, text in items:
                combo.addItem(text, key)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)

    def set_rows(self, rows: Sequence[FamilyRow]) -> None:
        self.model.set_rows(rows)

    def set_attention(self, attention: Mapping[uuid.UUID, Attention]) -> None:
        self.model.set_attention(attention)
        self._update_count()

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    # Filters and search

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            FamilyFilter(
                stage=self.stage_combo.currentData(),
                patronage_type=self.type_combo.currentData(),
                worker_id=self.worker_combo.currentData(),
                ground_id=self.ground_combo.currentData(),
                attention_only=self.attention_check.isChecked(),
            )
        )

    def reset_filters(self) -> None:
        for combo in (self.stage_combo, self.type_combo, self.worker_combo, self.ground_combo):
            combo.setCurrentIndex(0)
        self.attention_check.setChecked(False)
        self.search_edit.clear()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # Selection

    def current_family(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.proxy.family_at(index.row()) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.family_activated.emit(self.proxy.family_at(index.row()))

    def _remember_current(self) -> None:
        self._current = self.current_family() or self._current

    def _restore_current(self) -> None:
        if self._current is None:
            return
        row = self.proxy.row_of(self._current)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.proxy.index(row, 0))

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("Семей: {total}").format(total=total))
        else:
            self.count_label.setText(self.tr("Показано {shown} из {total}").format(shown=shown, total=total))
