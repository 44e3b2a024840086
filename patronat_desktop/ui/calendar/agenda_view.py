"""The agenda view: the days of the month that have something, each with its families' lines."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

from patronat_desktop.services.calendar_view import CalendarRange
from patronat_desktop.ui.calendar.entries import (
    day_background,
    day_entries,
    day_kind_text,
    day_tooltip,
    weekday_short,
)

DATE_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the date of a day's row (and of its entries' rows)."""
FAMILY_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role of the family's id of an entry row."""


class AgendaView(QTreeWidget):
    """A list of days with their entries; arrows move, Enter on a day (or entry) opens the day's list."""

    day_selected = Signal(object)
    """The current day changed (carries the date)."""
    day_opened = Signal(object)
    """Enter or a double-click (carries the date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Повестка по дням"))
        self.setUniformRowHeights(True)
        self.activated.connect(self._activated)
        self.currentItemChanged.connect(self._item_changed)
        self.days: dict[date, QTreeWidgetItem] = {}

    def show_range(self, data: CalendarRange, month: int, selected: date) -> None:
        """Show the days of ``month`` in ``data`` that have entries (and today and the selected day)."""
        self.blockSignals(True)
        self.clear()
        self.days = {}
        for day in data.days:
            if day.day.month != month or (day.empty and day.day not in (data.today, selected)):
                continue
            head = f"{weekday_short(day.day)}, {day.day:%d.%m.%Y}"
            if day_kind_text(day.info):
                head += f" — {day_tooltip(day.info)}"
            if day.day == data.today:
                head += " · " + self.tr("сегодня")
            entries = day_entries(day, data.families)
            if not entries:
                head += " — " + self.tr("ничего не назначено")
            item = QTreeWidgetItem([head])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setBackground(0, QBrush(QColor(day_background(day.info))))
            item.setData(0, DATE_ROLE, day.day)
            for entry in entries:
                child = QTreeWidgetItem([entry.text])
                child.setForeground(0, QBrush(QColor(entry.colour)))
                child.setToolTip(0, entry.text)
                child.setData(0, DATE_ROLE, day.day)
                child.setData(0, FAMILY_ROLE, entry.family_id)
                item.addChild(child)
            self.addTopLevelItem(item)
            item.setExpanded(True)
            self.days[day.day] = item
        self.blockSignals(False)
        self.select(selected)

    def select(self, d: date) -> None:
        item = self.days.get(d)
        if item is None:
            later = [k for k in self.days if k >= d]
            item = self.days[min(later)] if later else None
        current = self.currentItem()
        if item is not None and (current is None or current.data(0, DATE_ROLE) != d):
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)
            self.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtTop)

    def _item_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        d = current.data(0, DATE_ROLE) if current is not None else None
        if isinstance(d, date):
            self.day_selected.emit(d)

    def _activated(self, index: QModelIndex) -> None:
        d = index.data(DATE_ROLE)
        if isinstance(d, date):
            self.day_opened.emit(d)
