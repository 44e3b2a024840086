"""The "Специалисты" tab: the centre's workers, added and edited through a dialog."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from patronat_desktop.services.directory import WorkerData
from patronat_desktop.ui.directories.records import WorkerRecord, list_workers
from patronat_desktop.ui.directories.records_tab import RecordsTab
from patronat_desktop.ui.directories.rows_table_model import TableRow
from patronat_desktop.ui.directories.worker_dialog import WorkerDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

POSITION_COLUMN = 4


class WorkersTab(RecordsTab):
    """The signed-in worker (on whose behalf records are made) is shown in bold."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr(
                "Специалисты центра: ответственные за семьи и исполнители мероприятий планов. "
                "Уволившегося специалиста не удаляют, а снимают отметку «Работает»: его дела и записи "
                "сохраняются. Вы сами (от чьего имени ведутся записи) выделены жирным."
            ),
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
            POSITION_COLUMN,
            self.load,
            self.table_row,
            self.make_dialog,
            parent,
        )
        self.is_centre = False
        self.enrolment_dialog: QDialog | None = None
        self.enrol_button = QPushButton(self.tr("&Файл регистрации ноутбука…"))
        self.enrol_button.clicked.connect(self.write_enrolment)
        self.button_row.insertWidget(2, self.enrol_button)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_enrol_button())
        context.worker_changed.connect(self.reload)
        context.sync_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        from patronat_desktop.services.sync import own_device

        def centre(session: Session) -> bool:
            me = own_device(session)
            return me is not None and me.role == "centre"

        self.is_centre = self.context.read(centre)
        super().reload()
        self._update_enrol_button()

    def _update_enrol_button(self) -> None:
        record = self.records.get(self.current_id() or uuid.UUID(int=0))
        if not self.is_centre:
            tip = self.tr("Сначала настройте центр обмена: «Обмен → Настроить центр обмена…».")
        elif record is None or not record.data.login or not record.data.active:
            tip = self.tr("Выберите работающего специалиста с логином.")
        else:
            tip = self.tr("Записать файл, которым ноутбук специалиста подключается к центру.")
        usable = self.is_centre and record is not None and bool(record.data.login) and record.data.active
        self.enrol_button.setEnabled(usable)
        self.enrol_button.setToolTip(tip)

    def write_enrolment(self, worker_id: uuid.UUID | None = None) -> QDialog | None:
        """The enrolment file dialog for the chosen (or given) worker."""
        from patronat_desktop.ui.sync.setup_dialogs import EnrolmentFileDialog

        worker_id = worker_id or self.current_id()
        record = self.records.get(worker_id) if worker_id is not None else None
        if worker_id is None or record is None:
            return None
        dialog = EnrolmentFileDialog(self.context, worker_id, record.short_name, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        self.enrolment_dialog = dialog
        dialog.open()
        return dialog

    def load(self, session: Session, centre_id: uuid.UUID) -> list[WorkerRecord]:
        return list_workers(session, centre_id)

    def table_row(self, record: WorkerRecord) -> TableRow:
        data = record.data
        return TableRow(
            record.id,
            (
                data.surname,
                data.name,
                data.patronymic,
                data.login,
                data.position,
                vocab_label(data.role),
                data.phone,
                self.yes_no(data.active),
            ),
            dimmed=not data.active,
            emphasised=record.id == self.context.actor.worker_id,
        )

    def make_dialog(self, record_id: uuid.UUID | None, data: WorkerData | None) -> WorkerDialog:
        dialog = WorkerDialog(self.context, record_id, data, parent=self, offer_enrolment=self.is_centre)
        dialog.accepted.connect(lambda: self._after_save(dialog))
        return dialog

    def _after_save(self, dialog: WorkerDialog) -> None:
        if dialog.enrol_check.isChecked() and dialog.saved_id is not None:
            self.reload()  # the new worker must be in the list the enrolment dialog reads the name from
            self.write_enrolment(dialog.saved_id)
