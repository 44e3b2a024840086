"""The week view: seven columns, Monday to Sunday, with the families of each day (windows, plans, visits)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from patronat_desktop.services.calendar_view import CalendarRange, week_of
from patronat_desktop.ui.calendar.entries import (
    DAY_MARKS,
    day_background,
    day_entries,
    day_tooltip,
    weekday_short,
)

FAMILY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the family's id (uuid.UUID) of an entry cell."""


class WeekView(QTableWidget):
    """Columns are days; the current column is the selected day. Enter or a double-click opens its list."""

    day_selected = Signal(object)
    """The current day changed (carries the date)."""
    day_opened = Signal(object)
    """Enter or a double-click on a day (carries the date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.monday = date.min
        self.setColumnCount(7)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Календарь на неделю"))
        self.activated.connect(self._activated)
        self.currentCellChanged.connect(self._cell_changed)

    def show_range(self, data: CalendarRange, selected: date) -> None:
        """Show the week of ``selected`` from ``data`` (which must cover it)."""
        self.blockSignals(True)
        self.clearContents()
        self.monday, _ = week_of(selected)
        columns = []
        for i in range(7):
            day = data.day(self.monday + timedelta(days=i))
            columns.append([] if day is None else day_entries(day, data.families))
            head = QTableWidgetItem(self._header_text(self.monday + timedelta(days=i), data))
            if day is not None:
                tip = day_tooltip(day.info)
                head.setToolTip(tip + ("\n" + self.tr("сегодня") if day.day == data.today else ""))
                head.setBackground(QBrush(QColor(day_background(day.info))))
            self.setHorizontalHeaderItem(i, head)
        self.setRowCount(max([len(c) for c in columns] + [1]))
        for column, entries in enumerate(columns):
            for row, entry in enumerate(entries):
                item = QTableWidgetItem(entry.short or entry.text)
                item.setToolTip(entry.text)
                item.setForeground(QBrush(QColor(entry.colour)))
                item.setData(FAMILY_ROLE, entry.family_id)
                self.setItem(row, column, item)
            if not entries:
                empty = QTableWidgetItem(self.tr("—"))
                empty.setForeground(QBrush(QColor("#707070")))
                self.setItem(0, column, empty)
        self.setCurrentCell(0, (selected - self.monday).days)
        self.blockSignals(False)

    def _header_text(self, d: date, data: CalendarRange) -> str:
        day = data.day(d)
        text = f"{weekday_short(d)} {d:%d.%m}"
        mark = DAY_MARKS.get(day.info.kind) if day is not None else None
        if mark:
            text += f" {mark}"
        if d == data.today:
            text = "▶ " + text
        return text

    def select(self, d: date) -> None:
        if self.monday <= d <= self.monday + timedelta(days=6):
            self.setCurrentCell(max(0, self.currentRow()), (d - self.monday).days)

    def _cell_changed(self, row: int, column: int, _row: int, _column: int) -> None:
        if column >= 0 and self.monday != date.min:
            self.day_selected.emit(self.monday + timedelta(days=column))

    def _activated(self, index: QModelIndex) -> None:
        self.day_opened.emit(self.monday + timedelta(days=index.column()))
