"""The rows of a support plan as an editable Qt table, with the editors of its choice and date columns."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from patronat_desktop.domain.validation import PlanItemData
from patronat_desktop.domain.vocab import PlanItemStatus
from patronat_desktop.ui.dates import from_qdate as to_date
from patronat_desktop.ui.dates import to_qdate
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.models import Agency, PlanItem, Worker
    from patronat_desktop.models import Problem as ProblemRow

_Index = QModelIndex | QPersistentModelIndex

_RED = QBrush(QColor("#b3261e"))
_ERROR_BACKGROUND = QBrush(QColor("#fdeceb"))
_MUTED = QBrush(QColor("#6b6b6b"))

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of a choice's key in the editors' combo boxes ("" = nothing chosen)."""


def dmy(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else ""


class Column(IntEnum):
    PROBLEM = 0
    GOAL = 1
    MEASURE = 2
    RESPONSIBLE = 3
    DEADLINE = 4
    STATUS = 5
    COMPLETED_ON = 6
    NOTE = 7


EDITABLE_COLUMNS = (Column.PROBLEM, Column.GOAL, Column.MEASURE, Column.RESPONSIBLE, Column.DEADLINE)
"""Columns edited in the table; the completion columns are marked on the saved version through a dialog."""

FIELD_COLUMNS: dict[str, Column] = {
    "problem": Column.PROBLEM,
    "goal": Column.GOAL,
    "measure": Column.MEASURE,
    "responsible": Column.RESPONSIBLE,
    "deadline": Column.DEADLINE,
    "status": Column.STATUS,
    "completed_on": Column.COMPLETED_ON,
    "completion_note": Column.NOTE,
}
"""The field names of PlanItemData problems ("items[2].goal") mapped to the columns that show them."""


@dataclass
class PlanRow:
    """One row of the plan being edited; ``item_id`` is the saved item of the current version it shows."""

    goal: str
    measure: str
    deadline: date
    problem_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    agency_id: uuid.UUID | None = None
    status: PlanItemStatus = PlanItemStatus.PLANNED
    completed_on: date | None = None
    completion_note: str = ""
    item_id: uuid.UUID | None = None

    @classmethod
    def of(cls, item: PlanItem) -> PlanRow:
        return cls(
            goal=item.goal,
            measure=item.measure,
            deadline=item.deadline,
            problem_id=item.problem_id,
            worker_id=item.responsible_worker_id,
            agency_id=item.responsible_agency_id,
            status=item.status,
            completed_on=item.completed_on,
            completion_note=item.completion_note,
            item_id=item.id,
        )

    def data(self) -> PlanItemData:
        """The row as the service's input (the completion marks are carried into the new version)."""
        return PlanItemData(
            goal=self.goal,
            measure=self.measure,
            deadline=self.deadline,
            responsible_worker_id=self.worker_id,
            responsible_agency_id=self.agency_id,
            problem_id=self.problem_id,
            status=self.status,
            completed_on=self.completed_on,
            completion_note=self.completion_note,
        )

    @property
    def responsible_key(self) -> str:
        if self.worker_id is not None:
            return responsible_key("worker", self.worker_id)
        if self.agency_id is not None:
            return responsible_key("agency", self.agency_id)
        return ""

    def overdue(self, today: date) -> bool:
        return self.status == PlanItemStatus.PLANNED and self.deadline < today


def responsible_key(kind: str, id_: uuid.UUID) -> str:
    return f"{kind}:{id_}"


@dataclass(frozen=True)
class Choice:
    """An entry of a cell's combo box: its key, its text, and whether it may still be chosen."""

    key: str
    label: str
    active: bool = True


@dataclass(frozen=True)
class PlanChoices:
    """What the choice columns offer: the family's problems, the centre's workers and partner agencies."""

    problems: tuple[Choice, ...] = ()
    workers: tuple[Choice, ...] = ()
    agencies: tuple[Choice, ...] = ()

    @classmethod
    def of(
        cls, problems: Iterable[ProblemRow], workers: Iterable[Worker], agencies: Iterable[Agency]
    ) -> PlanChoices:
        return cls(
            problems=tuple(Choice(str(p.id), p.description) for p in problems),
            workers=tuple(Choice(responsible_key("worker", w.id), w.short_name, w.active) for w in workers),
            agencies=tuple(Choice(responsible_key("agency", a.id), a.name, a.active) for a in agencies),
        )

    def responsible_label(self, key: str) -> str:
        return next((c.label for c in (*self.workers, *self.agencies) if c.key == key), "")

    def problem_label(self, key: str) -> str:
        return next((c.label for c in self.problems if c.key == key), "")


class PlanItemsTableModel(QAbstractTableModel):
    """The items of one plan version; editable unless ``read_only`` (an old version, a closed case).

    Rows carry plain values (PlanRow); the cells show names and labels, overdue items (planned, deadline
    passed) in red with a ⚠ sign, and the cells the service refused (``set_errors``) on a red background.
    """

    def __init__(self, today: date, read_only: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.read_only = read_only
        self.choices = PlanChoices()
        self._rows: list[PlanRow] = []
        self._errors: dict[tuple[int, int], list[str]] = {}

    # Content

    def set_rows(self, rows: Iterable[PlanRow], choices: PlanChoices | None = None) -> None:
        self.beginResetModel()
        self._rows = [replace(r) for r in rows]
        if choices is not None:
            self.choices = choices
        self._errors = {}
        self.endResetModel()

    def rows(self) -> list[PlanRow]:
        """Copies of the rows as they are now."""
        return [replace(r) for r in self._rows]

    def row(self, position: int) -> PlanRow:
        return self._rows[position]

    def update_row(self, position: int, row: PlanRow) -> None:
        """Replace a row's values (e.g. completion marks saved through a dialog) keeping its position."""
        self._rows[position] = replace(row)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(Column) - 1))

    def add_row(self, row: PlanRow, position: int | None = None) -> int:
        position = len(self._rows) if position is None else position
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, replace(row))
        self._errors = {}
        self.endInsertRows()
        return position

    def remove_row(self, position: int) -> None:
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._rows[position]
        self._errors = {}
        self.endRemoveRows()

    def move_row(self, position: int, delta: int) -> int:
        """Move a row up (-1) or down (+1); returns its new position."""
        target = position + delta
        if not (0 <= position < len(self._rows) and 0 <= target < len(self._rows)) or delta == 0:
            return position
        # Qt's destination is the row *before which* the moved row lands, counted before the move.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), position, position, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(position))
        self._errors = {}
        self.endMoveRows()
        return target

    # Refusals

    def set_errors(self, errors: dict[tuple[int, int], list[str]]) -> None:
        """Mark refused cells: {(row, column): messages}; column -1 marks the whole row."""
        self._errors = {k: list(v) for k, v in errors.items()}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def cell_errors(self, row: int, column: int) -> list[str]:
        return self._errors.get((row, column), []) + self._errors.get((row, -1), [])

    # QAbstractTableModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and not self.read_only and index.column() in EDITABLE_COLUMNS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return {
            Column.PROBLEM: self.tr("Проблема"),
            Column.GOAL: self.tr("Цель"),
            Column.MEASURE: self.tr("Мероприятие"),
            Column.RESPONSIBLE: self.tr("Ответственный"),
            Column.DEADLINE: self.tr("Срок"),
            Column.STATUS: self.tr("Выполнение"),
            Column.COMPLETED_ON: self.tr("Дата вып."),
            Column.NOTE: self.tr("Отметка о выполнении"),
        }.get(Column(section))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        errors = self.cell_errors(index.row(), column)
        if role == Qt.ItemDataRole.BackgroundRole and errors:
            return _ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if errors or row.overdue(self.today):
                return _RED
            if column == Column.PROBLEM and row.problem_id is None:
                return _MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column, errors)
        return None

    def _display(self, row: PlanRow, column: Column) -> str:
        if column == Column.PROBLEM:
            return self.choices.problem_label(str(row.problem_id)) if row.problem_id else self.tr("—")
        if column == Column.GOAL:
            return row.goal
        if column == Column.MEASURE:
            return row.measure
        if column == Column.RESPONSIBLE:
            return self.choices.responsible_label(row.responsible_key)
        if column == Column.DEADLINE:
            return ("⚠ " if row.overdue(self.today) else "") + dmy(row.deadline)
        if column == Column.STATUS:
            return vocab_label(row.status)
        if column == Column.COMPLETED_ON:
            return dmy(row.completed_on)
        return row.completion_note

    def _edit_value(self, row: PlanRow, column: Column) -> Any:
        if column == Column.PROBLEM:
            return str(row.problem_id) if row.problem_id else ""
        if column == Column.RESPONSIBLE:
            return row.responsible_key
        if column == Column.DEADLINE:
            return to_qdate(row.deadline)
        return self._display(row, column)

    def _tooltip(self, row: PlanRow, column: Column, errors: list[str]) -> str | None:
        lines = list(errors)
        if row.overdue(self.today):
            lines.append(
                self.tr("⚠ Срок истёк {date}, мероприятие не отмечено выполненным.").format(
                    date=dmy(row.deadline)
                )
            )
        if column == Column.RESPONSIBLE and row.responsible_key:
            kind = self.tr("Специалист центра") if row.worker_id else self.tr("Организация")
            lines.append(f"{kind}: {self._display(row, column)}")
        if column in (Column.GOAL, Column.MEASURE, Column.NOTE, Column.PROBLEM):
            text = self._display(row, column)
            if len(text) > 40:
                lines.append(text)
        if not self.read_only and column in (Column.STATUS, Column.COMPLETED_ON, Column.NOTE):
            lines.append(self.tr("Отметки о выполнении ставятся кнопкой «Отметить выполнение…»."))
        return "\n".join(lines) or None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        position, column = index.row(), Column(index.column())
        row = self._rows[position]
        if column == Column.PROBLEM:
            row.problem_id = uuid.UUID(value) if value else None
        elif column == Column.GOAL:
            row.goal = str(value)
        elif column == Column.MEASURE:
            row.measure = str(value)
        elif column == Column.RESPONSIBLE:
            kind, _, id_ = str(value or "").partition(":")
            row.worker_id = uuid.UUID(id_) if kind == "worker" else None
            row.agency_id = uuid.UUID(id_) if kind == "agency" else None
        elif column == Column.DEADLINE:
            row.deadline = to_date(value) if isinstance(value, QDate) else value
        else:
            return False
        # The user has dealt with this cell: its refusal no longer applies.
        self._errors.pop((position, column), None)
        self.dataChanged.emit(
            self.index(position, 0),
            self.index(position, len(Column) - 1),
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole],
        )
        return True


def _model_of(index: _Index) -> PlanItemsTableModel:
    model = index.model()
    assert isinstance(model, PlanItemsTableModel)
    return model


class RoomyDelegate(QStyledItemDelegate):
    """Rows a little taller than their text: wrapped cells stay readable (a style sheet's padding would
    shrink the text's width instead and elide it)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 6)


class ChoiceDelegate(RoomyDelegate):
    """A combo box editor for the problem and responsible columns; the choice is committed at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setModel(
            self.choice_model(_model_of(index), index.column(), str(index.data(Qt.ItemDataRole.EditRole)))
        )
        combo.setMaxVisibleItems(20)
        combo.activated.connect(lambda _=0, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def choice_model(self, model: PlanItemsTableModel, column: int, current: str) -> QStandardItemModel:
        """The entries of the editor: "not chosen", then the choices (groups headed by disabled rows)."""
        items = QStandardItemModel(self)
        choices = model.choices
        if column == Column.PROBLEM:
            items.appendRow(self._entry(Choice("", self.tr("— без привязки к проблеме —"))))
            for c in choices.problems:
                items.appendRow(self._entry(c))
            return items
        items.appendRow(self._entry(Choice("", self.tr("— не выбран —"))))
        groups = (
            (self.tr("Специалисты центра"), choices.workers),
            (self.tr("Организации (межведомственное взаимодействие)"), choices.agencies),
        )
        for title, group in groups:
            shown = [c for c in group if c.active or c.key == current]
            if not shown:
                continue
            header = QStandardItem(title)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            items.appendRow(header)
            for c in shown:
                label = c.label if c.active else self.tr("{name} (не работает)").format(name=c.label)
                items.appendRow(self._entry(Choice(c.key, "    " + label)))
        return items

    @staticmethod
    def _entry(choice: Choice) -> QStandardItem:
        item = QStandardItem(choice.label)
        item.setData(choice.key, KEY_ROLE)
        item.setToolTip(choice.label.strip())
        return item

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(str(index.data(Qt.ItemDataRole.EditRole) or ""), KEY_ROLE)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(KEY_ROLE) or "", Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = option.rect
        editor.setGeometry(
            rect.x(), rect.y(), max(rect.width(), 160), max(rect.height(), editor.sizeHint().height())
        )


class DateDelegate(RoomyDelegate):
    """A date editor (dd.MM.yyyy, with a calendar) for the deadline column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("dd.MM.yyyy")
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate):
            editor.setDate(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = option.rect
        editor.setGeometry(
            rect.x(), rect.y(), max(rect.width(), 110), max(rect.height(), editor.sizeHint().height())
        )
