"""A Directories tab listing records of one kind, added and edited through a dialog (agencies, workers)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from patronat_desktop.ui.directories.rows_table_model import RowsTableModel, TableRow
from patronat_desktop.ui.directories.widgets import fit_columns, make_table, select_key

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext


class RecordsTab(QWidget):
    """The list reloads after every change made anywhere (AppContext.families_changed).

    A subclass passes its translated intro and headers and how to load, show and edit a record: ``load``
    reads the records (off the widgets' hands, in a session), ``table_row`` shows one, ``make_dialog`` adds
    (record id None) or edits one and sets ``saved_id`` when saved. This class owns the table, the Add / Edit
    buttons, the dialog's life and the selection after a save.
    """

    def __init__(
        self,
        context: AppContext,
        intro_text: str,
        headers: tuple[str, ...],
        stretch_column: int,
        load: Callable[[Session, uuid.UUID], list[Any]],
        table_row: Callable[[Any], TableRow],
        make_dialog: Callable[[uuid.UUID | None, Any], QDialog],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._load, self._table_row, self._make_dialog = load, table_row, make_dialog
        self.records: dict[uuid.UUID, Any] = {}
        self.dialog: QDialog | None = None
        self.stretch_column = stretch_column

        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        self.model = RowsTableModel(headers, self)
        self.table = make_table(self.model, stretch_column=stretch_column)
        self.table.activated.connect(self._edit_index)
        self.add_button = QPushButton(QCoreApplication.translate("RecordsTab", "&Добавить…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(QCoreApplication.translate("RecordsTab", "&Изменить…"))
        self.edit_button.clicked.connect(self.edit_current)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.button_row = buttons  # a subclass may insert its own buttons before the stretch
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        context.families_changed.connect(self.reload)

    @staticmethod
    def yes_no(value: bool) -> str:
        return QCoreApplication.translate("RecordsTab", "да" if value else "нет")

    def reload(self) -> None:
        current = self.current_id()
        centre_id = self.context.actor.centre_id
        records = self.context.read(lambda s: self._load(s, centre_id))
        self.records = {r.id: r for r in records}
        self.model.set_rows([self._table_row(r) for r in records])
        fit_columns(self.table, skip=self.stretch_column)
        self.edit_button.setEnabled(bool(records))
        if current is not None:
            select_key(self.table, self.model, current)
        elif records:
            self.table.selectRow(0)

    def current_id(self) -> uuid.UUID | None:
        key = self.model.key_at(self.table.currentIndex().row())
        return key if isinstance(key, uuid.UUID) else None

    def add(self) -> QDialog:
        return self._open(self._make_dialog(None, None))

    def edit_current(self) -> QDialog | None:
        record_id = self.current_id()
        if record_id is None:
            return None
        return self._open(self._make_dialog(record_id, self.records[record_id].data))

    def _edit_index(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, dialog: QDialog) -> None:
        saved_id = getattr(dialog, "saved_id", None)
        if saved_id is not None:
            select_key(self.table, self.model, saved_id)
        self.table.setFocus()
