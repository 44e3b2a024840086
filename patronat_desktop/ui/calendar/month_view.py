"""The month view: a grid of weeks, each day with its kind and the counts of visits, plans and windows."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from patronat_desktop.services.calendar_view import CalendarDay, CalendarRange
from patronat_desktop.ui.calendar.entries import (
    DAY_MARKS,
    day_background,
    day_counts,
    day_summary,
    day_tooltip,
    weekday_short,
)

DAY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the CalendarDay of a cell."""
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role: True when the cell's day belongs to the shown month (the grid also shows neighbours' days)."""

_Index = QModelIndex | QPersistentModelIndex


class MonthTableModel(QAbstractTableModel):
    """Weeks × weekdays of a CalendarRange that starts on a Monday."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_range: CalendarRange | None = None
        self.month = 0
        self.today = date.min

    def set_range(self, data: CalendarRange, month: int) -> None:
        self.beginResetModel()
        self.data_range = data
        self.month = month
        self.today = data.today
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.data_range is None:
            return 0
        return len(self.data_range.days) // 7

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def day_at(self, row: int, column: int) -> CalendarDay | None:
        if self.data_range is None:
            return None
        index = row * 7 + column
        return self.data_range.days[index] if 0 <= index < len(self.data_range.days) else None

    def index_of(self, d: date) -> QModelIndex:
        if self.data_range is None or not self.data_range.start <= d <= self.data_range.end:
            return QModelIndex()
        offset = (d - self.data_range.start).days
        return self.index(offset // 7, offset % 7)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index.row(), index.column()) if index.isValid() else None
        if day is None:
            return None
        if role == DAY_ROLE:
            return day
        if role == IN_MONTH_ROLE:
            return day.day.month == self.month
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [f"{day.day:%d.%m.%Y}", day_tooltip(day.info), day_summary(day)]
            return ". ".join(p for p in parts if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            summary = day_summary(day)
            head = f"{weekday_short(day.day)} {day.day:%d.%m.%Y}: {day_tooltip(day.info)}"
            return f"{head}\n{summary}" if summary else head
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return weekday_short(date(2024, 1, 1) + timedelta(days=section))  # 1 Jan 2024 is a Monday
        return None


class DayCellDelegate(QStyledItemDelegate):
    """Paints a day: background by kind, number and mark, then coloured count tokens (mark + number)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        day = index.data(DAY_ROLE)
        if not isinstance(day, CalendarDay):
            return
        in_month = bool(index.data(IN_MONTH_ROLE))
        model = index.model()
        today = model.today if isinstance(model, MonthTableModel) else date.min
        rect: QRect = option.rect
        painter.save()
        painter.fillRect(rect, QColor(day_background(day.info)))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(255, 214, 0, 70))
        painter.setPen(QPen(QColor("#c8c8c8"), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        if day.day == today:
            painter.setPen(QPen(QColor("#123e7a"), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if selected:
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(3, 3, -4, -4))

        font = QFont(option.font)
        line = painter.fontMetrics().height()
        x, y = rect.left() + 6, rect.top() + 4
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#000000" if in_month else "#8a8a8a"))
        head = str(day.day.day)
        mark = DAY_MARKS.get(day.info.kind)
        if mark:
            head += f" {mark}"
        if day.day == today:
            head += " · " + self.tr("сегодня")
        painter.drawText(QRect(x, y, rect.width() - 12, line), Qt.AlignmentFlag.AlignLeft, head)
        painter.setFont(font)
        y += line + 2
        tx = x
        for text, colour in day_counts(day):
            width = painter.fontMetrics().horizontalAdvance(text) + 10
            if tx + width > rect.right() - 4 and tx > x:
                tx, y = x, y + line
            if y + line > rect.bottom():
                break
            painter.setPen(QColor(colour if in_month else "#8a8a8a"))
            painter.drawText(QRect(tx, y, width, line), Qt.AlignmentFlag.AlignLeft, text)
            tx += width
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        return QSize(110, 80)


class MonthView(QTableView):
    """The month grid; arrows move the selected day, Enter (or a double-click) opens the day's list."""

    day_selected = Signal(object)
    """The current day changed (carries the date)."""
    day_opened = Signal(object)
    """Enter or a double-click on a day (carries the date)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month_model = MonthTableModel(self)
        self.setModel(self.month_model)
        self.setItemDelegate(DayCellDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setAccessibleName(self.tr("Календарь на месяц"))
        self.activated.connect(self._activated)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def show_range(self, data: CalendarRange, month: int, selected: date) -> None:
        selection = self.selectionModel()
        selection.blockSignals(True)
        self.month_model.set_range(data, month)
        self.select(selected)
        selection.blockSignals(False)
        self.viewport().update()

    def select(self, d: date) -> None:
        index = self.month_model.index_of(d)
        if index.isValid() and index != self.currentIndex():
            self.selectionModel().setCurrentIndex(index, self.selectionModel().SelectionFlag.ClearAndSelect)

    def _day(self, index: _Index) -> date | None:
        day = index.data(DAY_ROLE) if index.isValid() else None
        return day.day if isinstance(day, CalendarDay) else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        d = self._day(current)
        if d is not None:
            self.day_selected.emit(d)

    def _activated(self, index: QModelIndex) -> None:
        d = self._day(index)
        if d is not None:
            self.day_opened.emit(d)
