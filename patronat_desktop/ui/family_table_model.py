"""The family registry as a Qt table model over services.queries.FamilyRow, with its search and sorting."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import STAGE_ORDER
from patronat_desktop.services.queries import FamilyRow
from patronat_desktop.ui.text_search import fold
from patronat_desktop.ui.vocab_labels import patronage_type_label, stage_label

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by (numbers for dates, stages and counts; folded text otherwise)."""
FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role of the family's id (uuid.UUID), the same in every column of a row."""

_STAGE_ORDER = {s: i for i, s in enumerate(STAGE_ORDER)}
# Families without a current type (closed ones) sort after every type.
_TYPE_ORDER: dict[PatronageType | None, int] = {t: i for i, t in enumerate((*PatronageType, None))}

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CASE_NUMBER = 0
    FAMILY = 1
    SETTLEMENT = 2
    STAGE = 3
    PATRONAGE_TYPE = 4
    WORKER = 5
    APPLICATION_DATE = 6
    MEMBERS = 7


# What the search box looks in: every column of words (not the date and the member count, whose digits
# would match almost any number typed to find a case).
_SEARCHED_COLUMNS = (
    Column.CASE_NUMBER,
    Column.FAMILY,
    Column.SETTLEMENT,
    Column.STAGE,
    Column.PATRONAGE_TYPE,
    Column.WORKER,
)
_RIGHT_ALIGNED = (Column.APPLICATION_DATE, Column.MEMBERS)


class FamilyTableModel(QAbstractTableModel):
    """Read-only family list that searches (every word typed, any case, ё = е) and sorts by real values.

    Searching and sorting happen here, in Python, over strings and keys computed once per reload, rather than
    in a QSortFilterProxyModel: a proxy asks this model for every row's data through Python one call at a
    time, which for 5,000 families made each keystroke take ~50 ms and clearing the search box with a sorted
    column take a second. Here a keystroke is one list comprehension and a sort one list.sort.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FamilyRow] = []
        self._display: list[tuple[str, ...]] = []
        self._sort_keys: list[list[Any]] = [[] for _ in Column]  # per column, per family
        self._search_keys: list[str] = []
        self._words: tuple[str, ...] = ()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._visible: list[int] = []  # indexes into _rows, in the order shown
        self._headers = (
            self.tr("№ дела"),
            self.tr("Семья"),
            self.tr("Населённый пункт"),
            self.tr("Этап"),
            self.tr("Вид патроната"),
            self.tr("Ответственный"),
            self.tr("Дата заявления"),
            self.tr("Членов семьи"),
        )

    # Content

    def set_rows(self, rows: Sequence[FamilyRow]) -> None:
        """Replace every family; rows come in case-number order, as services.queries.list_families gives them.

        The current search text and sort column stay in force.
        """
        self.beginResetModel()
        self._rows = list(rows)
        self._compute_keys()
        self._visible = self._arranged()
        self.endResetModel()

    def _compute_keys(self) -> None:
        # Settlements, workers, stages and dates repeat a lot: each distinct value is formatted once.
        labels: dict[object, str] = {None: ""}
        folded: dict[str, str] = {}
        dates: dict[date | None, str] = {None: ""}
        display: list[tuple[str, ...]] = []
        search_keys: list[str] = []
        keys: list[list[Any]] = [[] for _ in Column]
        for position, row in enumerate(self._rows):
            stage, ptype, applied = row.stage, row.patronage_type, row.application_date
            if stage not in labels:
                labels[stage] = stage_label(stage)
            if ptype is not None and ptype not in labels:
                labels[ptype] = patronage_type_label(ptype)
            if applied is not None and applied not in dates:
                # The date format of Belarusian documents, whatever the UI language.
                dates[applied] = f"{applied.day:02}.{applied.month:02}.{applied.year}"
            for text in (row.settlement, row.worker):
                if text not in folded:
                    folded[text] = fold(text)
            shown = (
                row.case_number,
                row.applicant,
                row.settlement,
                labels[stage],
                labels[ptype],
                row.worker,
                dates[applied],
                str(row.members),
            )
            display.append(shown)
            search_keys.append(fold("\n".join([shown[c] for c in _SEARCHED_COLUMNS])))
            keys[Column.CASE_NUMBER].append(position)  # rows arrive in (year, sequence) order
            keys[Column.FAMILY].append(fold(row.applicant))
            keys[Column.SETTLEMENT].append(folded[row.settlement])
            keys[Column.STAGE].append(_STAGE_ORDER.get(stage, len(_STAGE_ORDER)))
            keys[Column.PATRONAGE_TYPE].append(_TYPE_ORDER[ptype])
            keys[Column.WORKER].append(folded[row.worker])
            keys[Column.APPLICATION_DATE].append(applied.toordinal() if applied else 0)
            keys[Column.MEMBERS].append(row.members)
        self._display, self._search_keys, self._sort_keys = display, search_keys, keys

    def _arranged(self) -> list[int]:
        """The families to show, in the order to show them (ties keep case-number order: sort is stable)."""
        keys = self._search_keys
        words = self._words
        if not words:
            found: list[int] = list(range(len(keys)))
        elif len(words) == 1:
            word = words[0]
            found = [i for i, key in enumerate(keys) if word in key]
        else:
            found = [i for i, key in enumerate(keys) if all(w in key for w in words)]
        if self._sort_column >= 0:
            found.sort(
                key=self._sort_keys[self._sort_column].__getitem__,
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        return found

    def _rearrange(self) -> None:
        # A reset, not layoutAboutToBeChanged/layoutChanged: PySide6 6.12 loses a reference to True on
        # every signal emitted from Python, which on Python 3.11 crashes the process after a few thousand
        # keystrokes; resets are emitted by Qt itself. The window keeps the selected family across resets.
        self.beginResetModel()
        self._visible = self._arranged()
        self.endResetModel()

    # Search and sort

    def set_search_text(self, text: str) -> None:
        """Show the families whose text holds every word of text (an empty text shows every family)."""
        words = tuple(fold(text).split())
        if words != self._words:
            self._words = words
            self._rearrange()

    def search_active(self) -> bool:
        return bool(self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's real values (a column of -1: case-number order); called by the view's header."""
        self._sort_column = column if 0 <= column < len(Column) else -1
        self._sort_order = order
        self._rearrange()

    # Lookups

    def total_count(self) -> int:
        """Every family loaded, whether the search shows it or not."""
        return len(self._rows)

    def row_at(self, row: int) -> FamilyRow:
        """The family shown in a row."""
        return self._rows[self._visible[row]]

    def row_of(self, family_id: uuid.UUID) -> int | None:
        """The row showing a family, or None when it is not loaded or the search hides it."""
        for row, family in enumerate(self._visible):
            if self._rows[family].id == family_id:
                return row
        return None

    # QAbstractTableModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[self._visible[index.row()]][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() in _RIGHT_ALIGNED:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            return None
        if role == SORT_ROLE:
            return self._sort_keys[index.column()][self._visible[index.row()]]
        if role == FAMILY_ID_ROLE:
            family_id: uuid.UUID = self._rows[self._visible[index.row()]].id
            return family_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
