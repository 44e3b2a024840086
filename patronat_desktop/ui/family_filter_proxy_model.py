"""The proxy in front of FamilyTableModel: search as you type, the list's filters, and sorting.

A QAbstractProxyModel whose row mapping is a plain Python list, rebuilt in one pass over keys the source
computed once per reload. A QSortFilterProxyModel asks the source for every row's data through Python one
call at a time: with 5,000 families that took ~50 ms a keystroke and about a second to clear the search
with a column sorted; here a keystroke is one list comprehension and a sort one list.sort.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.ui.family_table_model import FAMILY_ID_ROLE, SORT_ROLE, Column, FamilyTableModel
from patronat_desktop.ui.text_search import fold

_Index = QModelIndex | QPersistentModelIndex
_SERVED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        SORT_ROLE,
        FAMILY_ID_ROLE,
    }
)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class FamilyFilter:
    """The list's filters; None means "any"."""

    stage: Stage | None = None
    patronage_type: PatronageType | None = None
    worker_id: uuid.UUID | None = None
    ground_id: uuid.UUID | None = None
    attention_only: bool = False


class FamilyFilterProxyModel(QAbstractProxyModel):
    """Shows the families that match every word typed (any case, ё = е) and the filters, sorted."""

    def __init__(self, source: FamilyTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._words: tuple[str, ...] = ()
        self._filter = FamilyFilter()
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._visible: list[int] = []
        self._proxy_row: dict[int, int] = {}
        # The last search's words and the source rows that matched them (before the other filters).
        self._searched: tuple[tuple[str, ...], list[int]] | None = None
        self.setSourceModel(source)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_data_changed)
        self._rearrange()

    # What to show

    def set_search_text(self, text: str) -> None:
        """Show the families whose text holds every word of text (an empty text shows every family)."""
        words = tuple(fold(text).split())
        if words != self._words:
            self._words = words
            self._rearrange()

    def set_filter(self, family_filter: FamilyFilter) -> None:
        if family_filter != self._filter:
            self._filter = family_filter
            self._rearrange()

    def current_filter(self) -> FamilyFilter:
        return self._filter

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's real values (a column of -1: case-number order); called by the view's header."""
        self._sort_column = column if 0 <= column < len(Column) else -1
        self._sort_order = order
        self._rearrange()

    def _matching(self) -> list[int]:
        src = self._source
        f = self._filter
        rows = src.rows
        found: list[int] | range = range(len(rows))
        if self._words:
            keys = src.search_keys
            # Typing narrows the search: when every word only grew, search among the last matches.
            previous = self._searched
            matched: list[int] | range = found
            if previous is not None and self._narrows(previous[0], self._words):
                matched = previous[1]
            for word in self._words:
                matched = [i for i in matched if word in keys[i]]
            found = list(matched)
            self._searched = (self._words, found)
        else:
            self._searched = None
        if f.stage is not None:
            found = [i for i in found if rows[i].stage == f.stage]
        if f.patronage_type is not None:
            found = [i for i in found if rows[i].patronage_type == f.patronage_type]
        if f.worker_id is not None:
            found = [i for i in found if rows[i].worker_id == f.worker_id]
        if f.ground_id is not None:
            found = [i for i in found if f.ground_id in rows[i].ground_ids]
        if f.attention_only:
            att = src.attention
            found = [i for i in found if (a := att[i]) is not None and a.needs_attention]
        return list(found)

    @staticmethod
    def _narrows(before: tuple[str, ...], now: tuple[str, ...]) -> bool:
        return len(before) == len(now) and all(b in n for b, n in zip(before, now, strict=True))

    def _rearrange(self) -> None:
        self.beginResetModel()
        visible = self._matching()
        if self._sort_column >= 0:
            visible.sort(
                key=self._source.sort_keys[self._sort_column].__getitem__,
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._visible = visible
        self._proxy_row = {source_row: row for row, source_row in enumerate(visible)}
        self.endResetModel()

    def _source_reset(self) -> None:
        self._searched = None
        self._rearrange()

    def _source_data_changed(self, *_: Any) -> None:
        # The markers arrived: they may change what the attention filter and its sort show.
        if self._filter.attention_only or self._sort_column in (Column.NEXT_DUE, Column.ATTENTION):
            self._rearrange()
        elif self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, len(Column) - 1))

    # Lookups

    def search_active(self) -> bool:
        return bool(self._words) or self._filter != FamilyFilter()

    def family_at(self, row: int) -> uuid.UUID:
        return self._source.rows[self._visible[row]].id

    def row_of(self, family_id: uuid.UUID) -> int | None:
        """The row showing a family, or None when it is not loaded or filtered out."""
        position = self._source.position_of(family_id)
        return None if position is None else self._proxy_row.get(position)

    # QAbstractProxyModel

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:
        if not proxy_index.isValid():
            return QModelIndex()
        return self._source.index(self._visible[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_row.get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._visible) and 0 <= column < len(Column)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks every cell for a dozen roles; only a few are ours, the rest return at once.
        if role not in _SERVED_ROLES or not index.isValid():
            return None
        return self._source.data_at(self._visible[index.row()], index.column(), role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self._source.headerData(section, orientation, role)
