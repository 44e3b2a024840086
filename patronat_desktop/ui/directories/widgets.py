"""Small pieces the directory tabs and the settings page share: a list table, a form grid, dates."""

from __future__ import annotations

from collections.abc import Hashable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QHeaderView, QLabel, QTableView, QWidget

from patronat_desktop.ui.directories.rows_table_model import RowsTableModel

CONTEXT = "Directories"


def format_date(day: date | None) -> str:
    """The date format of Belarusian documents, whatever the UI language."""
    return "" if day is None else f"{day.day:02}.{day.month:02}.{day.year}"


def weekday_name(day: date) -> str:
    names = (
        QCoreApplication.translate("Directories", "понедельник"),
        QCoreApplication.translate("Directories", "вторник"),
        QCoreApplication.translate("Directories", "среда"),
        QCoreApplication.translate("Directories", "четверг"),
        QCoreApplication.translate("Directories", "пятница"),
        QCoreApplication.translate("Directories", "суббота"),
        QCoreApplication.translate("Directories", "воскресенье"),
    )
    return names[day.weekday()]


def make_table(model: RowsTableModel, stretch_column: int | None = None) -> QTableView:
    """A keyboard-friendly, read-only list: whole rows selected, one at a time."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setCornerButtonEnabled(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons; arrows move inside it
    table.verticalHeader().hide()
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


def fit_columns(table: QTableView, skip: int | None = None, widest: int = 260) -> None:
    """Size every column (but ``skip``, which stretches) to its contents and header, up to ``widest``
    pixels (longer texts are elided, with the whole text in the tooltip): the lists are short."""
    header = table.horizontalHeader()
    for column in range(header.count()):
        if column != skip:
            table.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column) + 12, widest))


def select_key(table: QTableView, model: RowsTableModel, key: Hashable) -> None:
    """Select and show the row of ``key`` (e.g. the record just saved), if it is there."""
    row = model.row_of(key)
    if row >= 0:
        table.selectRow(row)
        table.scrollTo(model.index(row, 0))


class FormGrid(QGridLayout):
    """Captions left, fields right, and each field's error message on its own row under the field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnStretch(1, 1)
        self.setVerticalSpacing(4)

    def add_field(self, caption: str, field: QWidget, error: QLabel | None = None) -> QLabel:
        row = self.rowCount()
        # A message appearing under a field must make the form taller, never the field thinner.
        field.setMinimumHeight(field.sizeHint().height())
        label = QLabel(caption)
        label.setBuddy(field)
        self.addWidget(label, row, 0)
        self.addWidget(field, row, 1)
        if error is not None:
            self.addWidget(error, row + 1, 1)
        return label

    def add_wide(self, widget: QWidget) -> None:
        self.addWidget(widget, self.rowCount(), 0, 1, 2)
