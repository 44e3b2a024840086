"""Add or edit an interagency agency of the centre's directory (deactivated rather than deleted)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from patronat_desktop.domain.vocab import AgencyKind
from patronat_desktop.services import directory
from patronat_desktop.services.directory import AgencyData
from patronat_desktop.ui.directories.record_dialog import RecordDialog
from patronat_desktop.ui.directories.widgets import FormGrid
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext


class AgencyDialog(RecordDialog):
    """``agency_id`` None adds a new agency; otherwise ``data`` is the agency as stored."""

    def __init__(
        self,
        context: AppContext,
        agency_id: uuid.UUID | None = None,
        data: AgencyData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.agency_id = agency_id
        self.saved_id: uuid.UUID | None = None
        self._initial = data if data is not None else AgencyData(name="")
        self.what = self.tr("Организация")
        self.setWindowTitle(self.tr("Новая организация") if agency_id is None else self.tr("Организация"))

        self.name_edit = QLineEdit()
        self.kind_combo = QComboBox()
        for kind in AgencyKind:
            self.kind_combo.addItem(vocab_label(kind), kind)
        self.address_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.contact_edit = QLineEdit()
        self.contact_edit.setPlaceholderText(self.tr("Фамилия, имя, отчество, должность"))
        self.active_check = QCheckBox(self.tr("&Действует (можно выбирать в планах и запросах)"))

        form = FormGrid()
        form.add_field(
            self.tr("&Название*:"), self.name_edit, self.errors.register("agency.name", self.name_edit)
        )
        form.add_field(self.tr("&Вид:"), self.kind_combo)
        form.add_field(self.tr("&Адрес:"), self.address_edit)
        form.add_field(self.tr("&Телефон:"), self.phone_edit)
        form.add_field(self.tr("&Контактное лицо:"), self.contact_edit)
        form.add_field("", self.active_check)
        self.lay_out(
            form, self.tr("* — обязательное поле. Организацию не удаляют: снимите отметку «Действует».")
        )
        self._show(self._initial)

    def _show(self, data: AgencyData) -> None:
        self.name_edit.setText(data.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(data.kind))
        self.address_edit.setText(data.address)
        self.phone_edit.setText(data.phone)
        self.contact_edit.setText(data.contact_person)
        self.active_check.setChecked(data.active)

    def data(self) -> AgencyData:
        """The agency as the form shows it now."""
        return AgencyData(
            name=self.name_edit.text(),
            kind=AgencyKind(self.kind_combo.currentData()),
            address=self.address_edit.text(),
            phone=self.phone_edit.text(),
            contact_person=self.contact_edit.text(),
            active=self.active_check.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self.data() != self._initial

    def try_save(self) -> bool:
        data, actor, agency_id = self.data(), self.context.actor, self.agency_id
        if agency_id is None:
            saved, self.saved_id = self.save_with(lambda s: directory.add_agency(s, actor, data).id)
        else:
            saved, self.saved_id = self.save_with(
                lambda s: directory.edit_agency(s, actor, agency_id, data).id
            )
        if saved:
            self._initial = data
        return saved
