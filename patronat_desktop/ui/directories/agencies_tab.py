"""The "Организации" tab: the interagency agencies of the centre, added and edited through a dialog."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from patronat_desktop.ui.directories.agency_dialog import AgencyDialog
from patronat_desktop.ui.directories.records import AgencyRecord, list_agencies
from patronat_desktop.ui.directories.rows_table_model import RowsTableModel, TableRow
from patronat_desktop.ui.directories.widgets import fit_columns, make_table, select_key
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext

NAME_COLUMN = 0


class AgenciesTab(QWidget):
    """The list reloads after every change made anywhere (AppContext.families_changed)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records: dict[uuid.UUID, AgencyRecord] = {}
        self.dialog: AgencyDialog | None = None

        intro = QLabel(
            self.tr(
                "Участники межведомственного взаимодействия: их выбирают ответственными в планах "
                "и адресатами запросов. Организацию, с которой центр больше не работает, не удаляют, "
                "а отмечают как недействующую: в старых делах она остаётся."
            )
        )
        intro.setWordWrap(True)
        self.model = RowsTableModel(
            (
                self.tr("Название"),
                self.tr("Вид"),
                self.tr("Адрес"),
                self.tr("Телефон"),
                self.tr("Контактное лицо"),
                self.tr("Действует"),
            ),
            self,
        )
        self.table = make_table(self.model, stretch_column=NAME_COLUMN)
        self.table.activated.connect(self._edit_index)
        self.add_button = QPushButton(self.tr("&Добавить…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Изменить…"))
        self.edit_button.clicked.connect(self.edit_current)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        context.families_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        centre_id = self.context.actor.centre_id
        records = self.context.read(lambda s: list_agencies(s, centre_id))
        self.records = {r.id: r for r in records}
        yes, no = self.tr("да"), self.tr("нет")
        self.model.set_rows(
            [
                TableRow(
                    r.id,
                    (
                        r.data.name,
                        vocab_label(r.data.kind),
                        r.data.address,
                        r.data.phone,
                        r.data.contact_person,
                        yes if r.data.active else no,
                    ),
                    dimmed=not r.data.active,
                )
                for r in records
            ]
        )
        fit_columns(self.table, skip=NAME_COLUMN)
        self.edit_button.setEnabled(bool(records))
        if current is not None:
            select_key(self.table, self.model, current)
        elif records:
            self.table.selectRow(0)

    def current_id(self) -> uuid.UUID | None:
        key = self.model.key_at(self.table.currentIndex().row())
        return key if isinstance(key, uuid.UUID) else None

    def add(self) -> AgencyDialog:
        return self._open(AgencyDialog(self.context, parent=self))

    def edit_current(self) -> AgencyDialog | None:
        agency_id = self.current_id()
        if agency_id is None:
            return None
        record = self.records[agency_id]
        return self._open(AgencyDialog(self.context, agency_id, record.data, parent=self))

    def _edit_index(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _open(self, dialog: AgencyDialog) -> AgencyDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, dialog: AgencyDialog) -> None:
        if dialog.saved_id is not None:
            select_key(self.table, self.model, dialog.saved_id)
        self.table.setFocus()
