"""The family registry as a Qt table model over services.queries.FamilyRow, with its warning markers."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import STAGE_ORDER
from patronat_desktop.ui.text_search import fold
from patronat_desktop.ui.vocab_labels import patronage_type_label, stage_label

if TYPE_CHECKING:
    from patronat_desktop.services.attention import Attention
    from patronat_desktop.services.registry_rows import FamilyRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the value a column sorts by (numbers for dates, stages and markers; folded text otherwise)."""
FAMILY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
"""Role of the family's id (uuid.UUID), the same in every column of a row."""

_STAGE_ORDER = {s: i for i, s in enumerate(STAGE_ORDER)}
# Families without a current type (closed ones) sort after every type.
_TYPE_ORDER: dict[PatronageType | None, int] = {t: i for i, t in enumerate((*PatronageType, None))}
_WARNING = QBrush(QColor("#8c1d18"))

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    CASE_NUMBER = 0
    FAMILY = 1
    SETTLEMENT = 2
    STAGE = 3
    PATRONAGE_TYPE = 4
    WORKER = 5
    NEXT_DUE = 6
    ATTENTION = 7


# What the search box looks in: the applicant's name, the case number, the settlement (the list),
# plus the worker, so a head of department can type a colleague's name.
SEARCHED = (Column.CASE_NUMBER, Column.FAMILY, Column.SETTLEMENT, Column.WORKER)


def short_date(d: date | None) -> str:
    """The date format of Belarusian documents, whatever the UI language."""
    return "" if d is None else f"{d.day:02}.{d.month:02}.{d.year}"


class FamilyTableModel(QAbstractTableModel):
    """Every family of the registry, unfiltered and in case-number order; FamilyFilterProxyModel on top
    searches, filters and sorts. Display strings and sort keys are computed once per reload."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FamilyRow] = []
        self.display: list[list[str]] = []
        self.search_keys: list[str] = []
        self.sort_keys: list[list[Any]] = [[] for _ in Column]
        self.attention: list[Attention | None] = []
        self._positions: dict[uuid.UUID, int] = {}
        self._headers = (
            self.tr("№ дела"),
            self.tr("Семья"),
            self.tr("Населённый пункт"),
            self.tr("Этап"),
            self.tr("Вид патроната"),
            self.tr("Ответственный"),
            self.tr("След. посещение"),
            self.tr("Внимание"),
        )

    # Content

    def set_rows(self, rows: Sequence[FamilyRow]) -> None:
        """Replace every family (rows in case-number order, as services.queries.list_families gives them)."""
        self.beginResetModel()
        self.rows = list(rows)
        self._positions = {row.id: i for i, row in enumerate(self.rows)}
        self.attention = [None] * len(self.rows)
        self._compute_keys()
        self.endResetModel()

    def set_attention(self, attention: Mapping[uuid.UUID, Attention]) -> None:
        """Fill the "next visit" and "attention" columns (computed in the background after a load)."""
        self.attention = [attention.get(row.id) for row in self.rows]
        due_keys, marker_keys = self.sort_keys[Column.NEXT_DUE], self.sort_keys[Column.ATTENTION]
        for i, a in enumerate(self.attention):
            self.display[i][Column.NEXT_DUE] = short_date(a.next_due) if a else ""
            self.display[i][Column.ATTENTION] = self.marker_text(a) if a else ""
            due_keys[i] = a.next_due.toordinal() if a and a.next_due else 10**7
            marker_keys[i] = -self._severity(a) if a else 0
        if self.rows:
            self.dataChanged.emit(
                self.index(0, Column.NEXT_DUE), self.index(len(self.rows) - 1, Column.ATTENTION)
            )

    @staticmethod
    def _severity(a: Attention) -> int:
        return 8 * a.norm_missed + 4 * a.survey_overdue + 2 * a.norm_at_risk + (a.plan_overdue > 0)

    def marker_text(self, a: Attention) -> str:
        """Short text of the warning marker: a sign and words, never colour alone."""
        parts = []
        if a.survey_overdue:
            parts.append(self.tr("обследование просрочено"))
        if a.norm_missed:
            parts.append(self.tr("норма нарушена"))
        if a.norm_at_risk:
            parts.append(self.tr("под угрозой"))
        if a.plan_overdue:
            parts.append(self.tr("план: просрочено {n}").format(n=a.plan_overdue))
        return ("⚠ " + "; ".join(parts)) if parts else ""

    def _compute_keys(self) -> None:
        # Settlements, workers and stages repeat a lot: each distinct value is formatted once.
        labels: dict[object, str] = {None: ""}
        folded: dict[str, str] = {}
        display: list[list[str]] = []
        search_keys: list[str] = []
        keys: list[list[Any]] = [[] for _ in Column]
        for position, row in enumerate(self.rows):
            stage, ptype = row.stage, row.patronage_type
            if stage not in labels:
                labels[stage] = stage_label(stage)
            if ptype is not None and ptype not in labels:
                labels[ptype] = patronage_type_label(ptype)
            for text in (row.settlement, row.worker):
                if text not in folded:
                    folded[text] = fold(text)
            shown = [
                row.case_number,
                row.applicant,
                row.settlement,
                labels[stage],
                labels[ptype],
                row.worker,
                "",
                "",
            ]
            display.append(shown)
            search_keys.append(fold("\n".join([shown[c] for c in SEARCHED])))
            keys[Column.CASE_NUMBER].append(position)  # rows arrive in (year, sequence) order
            keys[Column.FAMILY].append(fold(row.applicant))
            keys[Column.SETTLEMENT].append(folded[row.settlement])
            keys[Column.STAGE].append(_STAGE_ORDER.get(stage, len(_STAGE_ORDER)))
            keys[Column.PATRONAGE_TYPE].append(_TYPE_ORDER[ptype])
            keys[Column.WORKER].append(folded[row.worker])
            keys[Column.NEXT_DUE].append(10**7)
            keys[Column.ATTENTION].append(0)
        self.display, self.search_keys, self.sort_keys = display, search_keys, keys

    # Lookups

    def position_of(self, family_id: uuid.UUID) -> int | None:
        return self._positions.get(family_id)

    # QAbstractTableModel

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.data_at(index.row(), index.column(), role)

    def data_at(self, row: int, column: int, role: int) -> Any:
        """The data of a cell by plain row and column (the proxy's fast path)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display[row][column]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ATTENTION:
            return self.display[row][column] or None
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == Column.ATTENTION
            and self.display[row][column]
        ):
            return _WARNING
        if role == SORT_ROLE:
            return self.sort_keys[column][row]
        if role == FAMILY_ID_ROLE:
            family_id: uuid.UUID = self.rows[row].id
            return family_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
