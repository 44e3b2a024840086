"""The "Специалисты" tab: the centre's workers, added and edited through a dialog."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

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
            parent,
        )
        context.worker_changed.connect(self.reload)
        self.reload()

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
        return WorkerDialog(self.context, record_id, data, parent=self)
