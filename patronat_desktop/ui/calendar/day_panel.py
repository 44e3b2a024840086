"""The list of one day beside the calendar: its kind, its families' lines, and record / plan a visit."""

from __future__ import annotations

import uuid
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.services.calendar_view import CalendarDay, FamilyRef
from patronat_desktop.ui.calendar.entries import day_entries, day_tooltip, weekday_short

FAMILY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the family's id (uuid.UUID) of a line."""
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role of the planned visit's id (uuid.UUID) of a planned visit's line."""


class DayPanel(QWidget):
    """Shows a CalendarDay; the buttons act on the family of the selected line."""

    record_requested = Signal(object)
    """«Записать визит» for a family (carries its id)."""
    plan_requested = Signal(object)
    """«Запланировать визит» for a family (carries its id)."""
    open_requested = Signal(object)
    """«Открыть карточку» of a family (carries its id)."""
    left = Signal()
    """Escape in the list: the keyboard goes back to the calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: CalendarDay | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.kind_label = QLabel()
        self.kind_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Семьи выбранного дня"))
        self.list.currentItemChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self._emit(self.open_requested))
        self.record_button = QPushButton(self.tr("&Записать визит…"))
        self.record_button.setToolTip(self.tr("Записать посещение выбранной семьи"))
        self.plan_button = QPushButton(self.tr("За&планировать визит…"))
        self.plan_button.setToolTip(self.tr("Запланировать посещение выбранной семьи на этот день"))
        self.open_button = QPushButton(self.tr("&Карточка"))
        self.open_button.setToolTip(self.tr("Открыть карточку выбранной семьи (Enter)"))
        self.record_button.clicked.connect(lambda: self._emit(self.record_requested))
        self.plan_button.clicked.connect(lambda: self._emit(self.plan_requested))
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.kind_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.list)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.left)
        self._update_buttons()

    def show_day(self, day: CalendarDay | None, families: Mapping[uuid.UUID, FamilyRef]) -> None:
        selected = self.selected_family()
        self.day = day
        self.list.clear()
        if day is None:
            self.title.setText(self.tr("День не выбран"))
            self.kind_label.clear()
            self._update_buttons()
            return
        self.title.setText(f"{weekday_short(day.day)}, {day.day:%d.%m.%Y}")
        self.kind_label.setText(day_tooltip(day.info))
        for entry in day_entries(day, families):
            item = QListWidgetItem(entry.text)
            item.setForeground(QBrush(QColor(entry.colour)))
            item.setData(FAMILY_ROLE, entry.family_id)
            item.setData(PLANNED_ROLE, entry.planned_id)
            item.setToolTip(entry.text)
            self.list.addItem(item)
            if entry.family_id == selected and self.list.currentItem() is None:
                self.list.setCurrentItem(item)
        if self.list.count() == 0:
            empty = QListWidgetItem(self.tr("На этот день ничего нет."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        elif self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def selected_family(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        value = item.data(FAMILY_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def selected_planned(self) -> uuid.UUID | None:
        """The planned visit of the selected line, if it is a planned visit's line."""
        item = self.list.currentItem()
        value = item.data(PLANNED_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def select_family(self, family_id: uuid.UUID) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(FAMILY_ROLE) == family_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def focus_list(self) -> None:
        self.list.setFocus()

    def _emit(self, signal: SignalInstance) -> None:
        family = self.selected_family()
        if family is not None:
            signal.emit(family)

    def _update_buttons(self) -> None:
        has = self.selected_family() is not None
        for button in (self.record_button, self.plan_button, self.open_button):
            button.setEnabled(has)
