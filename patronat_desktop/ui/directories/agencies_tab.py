"""The "Организации" tab: the interagency agencies of the centre, added and edited through a dialog."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from patronat_desktop.services.directory import AgencyData
from patronat_desktop.ui.directories.agency_dialog import AgencyDialog
from patronat_desktop.ui.directories.records import AgencyRecord, list_agencies
from patronat_desktop.ui.directories.records_tab import RecordsTab
from patronat_desktop.ui.directories.rows_table_model import TableRow
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

NAME_COLUMN = 0


class AgenciesTab(RecordsTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr(
                "Участники межведомственного взаимодействия: их выбирают ответственными в планах "
                "и адресатами запросов. Организацию, с которой центр больше не работает, не удаляют, "
                "а отмечают как недействующую: в старых делах она остаётся."
            ),
            (
                self.tr("Название"),
                self.tr("Вид"),
                self.tr("Адрес"),
                self.tr("Телефон"),
                self.tr("Контактное лицо"),
                self.tr("Действует"),
            ),
            NAME_COLUMN,
            self.load,
            self.table_row,
            self.make_dialog,
            parent,
        )
        self.reload()

    def load(self, session: Session, centre_id: uuid.UUID) -> list[AgencyRecord]:
        return list_agencies(session, centre_id)

    def table_row(self, record: AgencyRecord) -> TableRow:
        data = record.data
        return TableRow(
            record.id,
            (
                data.name,
                vocab_label(data.kind),
                data.address,
                data.phone,
                data.contact_person,
                self.yes_no(data.active),
            ),
            dimmed=not data.active,
        )

    def make_dialog(self, record_id: uuid.UUID | None, data: AgencyData | None) -> AgencyDialog:
        return AgencyDialog(self.context, record_id, data, parent=self)
