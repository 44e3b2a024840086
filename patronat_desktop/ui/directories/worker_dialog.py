"""Add or edit a specialist of the centre (deactivated rather than deleted: their cases keep the name)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QWidget,
)

from patronat_desktop.domain.vocab import WorkerRole
from patronat_desktop.models import Worker
from patronat_desktop.services import directory
from patronat_desktop.services.directory import WorkerData
from patronat_desktop.ui.directories.record_dialog import RecordDialog
from patronat_desktop.ui.directories.widgets import FormGrid
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext


class WorkerDialog(RecordDialog):
    """``worker_id`` None adds a new worker; otherwise ``data`` is the worker as stored."""

    def __init__(
        self,
        context: AppContext,
        worker_id: uuid.UUID | None = None,
        data: WorkerData | None = None,
        parent: QWidget | None = None,
        offer_enrolment: bool = False,
    ) -> None:
        super().__init__(context, parent)
        self.worker_id = worker_id
        self.saved_id: uuid.UUID | None = None
        self.saved_short_name = ""
        self._initial = data if data is not None else WorkerData(surname="", name="", login="")
        self.what = self.tr("Специалист")
        self.setWindowTitle(self.tr("Новый специалист") if worker_id is None else self.tr("Специалист"))

        self.surname_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        self.login_edit = QLineEdit()
        self.login_edit.setPlaceholderText(self.tr("латиницей, например ivanova.a"))
        self.position_edit = QLineEdit()
        self.position_edit.setPlaceholderText(self.tr("специалист по социальной работе"))
        self.role_combo = QComboBox()
        for role in WorkerRole:
            self.role_combo.addItem(vocab_label(role), role)
        self.phone_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("&Работает (можно назначать ответственным)"))

        errors = self.errors
        form = FormGrid()
        form.add_field(
            self.tr("&Фамилия*:"), self.surname_edit, errors.register("worker.surname", self.surname_edit)
        )
        form.add_field(self.tr("&Имя*:"), self.name_edit, errors.register("worker.name", self.name_edit))
        form.add_field(self.tr("&Отчество:"), self.patronymic_edit)
        form.add_field(self.tr("&Логин*:"), self.login_edit, errors.register("worker.login", self.login_edit))
        form.add_field(self.tr("&Должность:"), self.position_edit)
        form.add_field(self.tr("Р&оль:"), self.role_combo)
        form.add_field(self.tr("&Телефон:"), self.phone_edit)
        form.add_field("", self.active_check)
        # At the centre of exchange a new worker usually gets a laptop: offer its enrolment file at once.
        self.enrol_check = QCheckBox(self.tr("После сохранения &записать файл регистрации ноутбука"))
        self.enrol_check.setChecked(offer_enrolment)
        if worker_id is None and offer_enrolment:
            form.add_field("", self.enrol_check)
        else:
            self.enrol_check.setChecked(False)
            self.enrol_check.hide()
        self.lay_out(
            form, self.tr("* — обязательные поля. Специалиста не удаляют: снимите отметку «Работает».")
        )
        self._show(self._initial)

    def _show(self, data: WorkerData) -> None:
        self.surname_edit.setText(data.surname)
        self.name_edit.setText(data.name)
        self.patronymic_edit.setText(data.patronymic)
        self.login_edit.setText(data.login)
        self.position_edit.setText(data.position)
        self.role_combo.setCurrentIndex(self.role_combo.findData(data.role))
        self.phone_edit.setText(data.phone)
        self.active_check.setChecked(data.active)

    def data(self) -> WorkerData:
        """The worker as the form shows it now."""
        return WorkerData(
            surname=self.surname_edit.text(),
            name=self.name_edit.text(),
            login=self.login_edit.text().strip(),
            patronymic=self.patronymic_edit.text(),
            position=self.position_edit.text(),
            role=WorkerRole(self.role_combo.currentData()),
            phone=self.phone_edit.text(),
            active=self.active_check.isChecked(),
        )

    def is_dirty(self) -> bool:
        return self.data() != self._initial

    def try_save(self) -> bool:
        data, actor, worker_id = self.data(), self.context.actor, self.worker_id
        if worker_id is None:
            ok, saved = self.save_with(lambda s: _id_and_name(directory.add_worker(s, actor, data)))
        else:
            ok, saved = self.save_with(
                lambda s: _id_and_name(directory.edit_worker(s, actor, worker_id, data))
            )
        if not ok:
            return False
        self.saved_id, self.saved_short_name = saved
        self._initial = data
        # The signed-in worker's name is shown in the status bar and stamped on printouts: keep it current.
        if worker_id is not None and worker_id == self.context.actor.worker_id:
            self.context.switch_worker(self.context.actor, self.saved_short_name)
        return True


def _id_and_name(worker: Worker) -> tuple[uuid.UUID, str]:
    return worker.id, worker.short_name
