"""The "Посещения" section: the family's visits, newest first, added and corrected through VisitDialog."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.ui.card.planned_visits import PlannedVisitsBox
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.card.type_section import cell, read_only_table
from patronat_desktop.ui.card.visit_dialog import VisitDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.models import Visit
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext

VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the visit's id (uuid.UUID) in the first column of a row."""

ADD_SHORTCUT = "Ctrl+Shift+V"


class VisitsSection(CardSection):
    """The visit list; Add (Ctrl+Shift+V) and Edit (Enter, double-click) open VisitDialog."""

    title = "Посещения"
    print_kind = "visits"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: VisitDialog | None = None

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Добавить посещение…"))
        self.add_button.setToolTip(self.tr("Добавить посещение ({shortcut})").format(shortcut=ADD_SHORTCUT))
        self.add_button.clicked.connect(self.open_add_dialog)
        self.edit_button = QPushButton(self.tr("&Изменить…"))
        self.edit_button.setToolTip(self.tr("Открыть выбранное посещение (Enter или двойной щелчок)"))
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.add_shortcut = QShortcut(QKeySequence(ADD_SHORTCUT), self)
        self.add_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_shortcut.activated.connect(self.open_add_dialog)

        self.table = read_only_table(
            [
                self.tr("Дата"),
                self.tr("Вид контакта"),
                self.tr("В норму"),
                self.tr("Присутствовали"),
                self.tr("Результат"),
                self.tr("Специалист"),
            ]
        )
        self.table.setAccessibleName(self.tr("Посещения семьи"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.setWordWrap(False)
        # activated: Enter on a row and a double-click (connecting doubleClicked too would open it twice).
        self.table.activated.connect(self._row_activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.make_print_button())
        self.planned = PlannedVisitsBox(context)
        layout = QVBoxLayout(self)
        layout.addWidget(self.planned)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general_error)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.table)

    def section_title(self) -> str:
        return self.tr("Посещения")

    def is_closed(self) -> bool:
        return self.detail is not None and self.detail.family.stage == Stage.CLOSED

    def load(self, detail: FamilyDetail) -> None:
        selected = self.selected_visit_id()
        super().load(detail)
        self.planned.load(detail)
        family = detail.family
        workers = {w.id: w.short_name for w in detail.workers}
        order = {m.id: i for i, m in enumerate(family.members)}
        visits = sorted(family.visits, key=lambda v: (v.date, v.created_at), reverse=True)
        self.table.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            members = sorted(visit.members_present, key=lambda m: order.get(m.id, len(order)))
            present = ", ".join(m.short_name for m in members)
            values = (
                f"{visit.date:%d.%m.%Y}",
                vocab_label(visit.kind),
                self.tr("да") if visit.counts_toward_norm else self.tr("нет"),
                present,
                " ".join(visit.result.split()),
                workers.get(visit.worker_id, "") if visit.worker_id else "",
            )
            for column, text in enumerate(values):
                item = cell(text)
                if column == 0:
                    item.setData(VISIT_ID_ROLE, visit.id)
                self.table.setItem(row, column, item)
            if visit.id == selected:
                self.table.selectRow(row)
        if self.table.rowCount() and not self.table.selectedItems():
            self.table.selectRow(0)
        self.table.setColumnWidth(3, min(320, max(160, self.table.sizeHintForColumn(3))))

        counting = sum(1 for v in family.visits if v.counts_toward_norm)
        if visits:
            summary = self.tr(
                "Посещений и контактов: {total}, из них в норму: {counting}. Последнее: {last}."
            )
            summary = summary.format(total=len(visits), counting=counting, last=f"{visits[0].date:%d.%m.%Y}")
        else:
            summary = self.tr("Посещений ещё нет.")
        if self.is_closed():
            summary += " " + self.tr("Случай закрыт: изменения невозможны.")
        self.summary_label.setText(summary)
        self._update_buttons()

    def _update_buttons(self) -> None:
        closed = self.is_closed()
        self.add_button.setEnabled(self.detail is not None and not closed)
        self.add_shortcut.setEnabled(self.detail is not None and not closed)
        self.edit_button.setEnabled(self.selected_visit_id() is not None)
        self.edit_button.setText(self.tr("&Открыть…") if closed else self.tr("&Изменить…"))

    def selected_visit_id(self) -> uuid.UUID | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        value = item.data(VISIT_ID_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    def _visit(self, visit_id: uuid.UUID | None) -> Visit | None:
        if self.detail is None or visit_id is None:
            return None
        return next((v for v in self.detail.family.visits if v.id == visit_id), None)

    def _row_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.table.selectRow(index.row())
        self.open_edit_dialog()

    def _open(self, visit: Visit | None) -> VisitDialog | None:
        if self.detail is None:
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = VisitDialog(self.context, self.detail, visit, read_only=self.is_closed(), parent=self)
        self.dialog.open()
        return self.dialog

    def open_add_dialog(self) -> VisitDialog | None:
        """Open an empty visit form (window-modal, not blocking) and return it."""
        if self.detail is None or self.is_closed():
            return None
        return self._open(None)

    def open_edit_dialog(self) -> VisitDialog | None:
        """Open the selected visit (read-only once the case is closed) and return the dialog."""
        visit = self._visit(self.selected_visit_id())
        if visit is None:
            return None
        return self._open(visit)
