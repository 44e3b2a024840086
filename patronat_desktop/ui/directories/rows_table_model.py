"""A read-only table of ready-made text rows, each with a key (an id or a date) to find it again."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableRow:
    """One row as shown: ``dimmed`` greys it (an inactive record), ``emphasised`` makes it bold."""

    key: Hashable
    cells: tuple[str, ...]
    dimmed: bool = False
    emphasised: bool = False
    tooltip: str = ""


class RowsTableModel(QAbstractTableModel):
    """The directories are small (tens of rows): each reload formats every row once and resets the model."""

    def __init__(self, headers: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[TableRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[TableRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TableRow]:
        return list(self._rows)

    def key_at(self, row: int) -> Hashable | None:
        return self._rows[row].key if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The row of ``key``, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.key == key), -1)

    def column_texts(self, column: int) -> list[str]:
        return [row.cells[column] for row in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.cells[index.column()] or None
        if role == Qt.ItemDataRole.ForegroundRole and row.dimmed:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.FontRole and row.emphasised:
            return self._bold
        return None
