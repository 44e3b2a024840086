"""The "Специалисты" tab: the centre's workers, added and edited through a dialog."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from patronat_desktop.ui.directories.records import WorkerRecord, list_workers
from patronat_desktop.ui.directories.rows_table_model import RowsTableModel, TableRow
from patronat_desktop.ui.directories.widgets import fit_columns, make_table, select_key
from patronat_desktop.ui.directories.worker_dialog import WorkerDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext

POSITION_COLUMN = 4


class WorkersTab(QWidget):
    """The list reloads after every change made anywhere (AppContext.families_changed)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.records: dict[uuid.UUID, WorkerRecord] = {}
        self.dialog: WorkerDialog | None = None

        intro = QLabel(
            self.tr(
                "Специалисты центра: ответственные за семьи и исполнители мероприятий планов. "
                "Уволившегося специалиста не удаляют, а снимают отметку «Работает»: его дела и записи "
                "сохраняются. Вы сами (от чьего имени ведутся записи) выделены жирным."
            )
        )
        intro.setWordWrap(True)
        self.model = RowsTableModel(
            (
                self.tr("Фамилия"),
                self.tr("Имя"),
                self.tr("Отчество"),
                self.tr("Логин"),
                self.tr("Должность"),
                self.tr("Роль"),
                self.tr("Телефон"),
                self.tr("Работает"),
            ),
            self,
        )
        self.table = make_table(self.model, stretch_column=POSITION_COLUMN)
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
        context.worker_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        current = self.current_id()
        centre_id = self.context.actor.centre_id
        records = self.context.read(lambda s: list_workers(s, centre_id))
        self.records = {r.id: r for r in records}
        yes, no = self.tr("да"), self.tr("нет")
        self.model.set_rows(
            [
                TableRow(
                    r.id,
                    (
                        r.data.surname,
                        r.data.name,
                        r.data.patronymic,
                        r.data.login,
                        r.data.position,
                        vocab_label(r.data.role),
                        r.data.phone,
                        yes if r.data.active else no,
                    ),
                    dimmed=not r.data.active,
                    emphasised=r.id == self.context.actor.worker_id,
                )
                for r in records
            ]
        )
        fit_columns(self.table, skip=POSITION_COLUMN)
        self.edit_button.setEnabled(bool(records))
        if current is not None:
            select_key(self.table, self.model, current)
        elif records:
            self.table.selectRow(0)

    def current_id(self) -> uuid.UUID | None:
        key = self.model.key_at(self.table.currentIndex().row())
        return key if isinstance(key, uuid.UUID) else None

    def add(self) -> WorkerDialog:
        return self._open(WorkerDialog(self.context, parent=self))

    def edit_current(self) -> WorkerDialog | None:
        worker_id = self.current_id()
        if worker_id is None:
            return None
        return self._open(WorkerDialog(self.context, worker_id, self.records[worker_id].data, parent=self))

    def _edit_index(self, _index: QModelIndex) -> None:
        self.edit_current()

    def _open(self, dialog: WorkerDialog) -> WorkerDialog:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _saved(self, dialog: WorkerDialog) -> None:
        if dialog.saved_id is not None:
            select_key(self.table, self.model, dialog.saved_id)
        self.table.setFocus()
