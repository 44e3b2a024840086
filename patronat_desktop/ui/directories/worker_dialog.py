"""Add or edit a specialist of the centre (deactivated rather than deleted: their cases keep the name)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.vocab import WorkerRole
from patronat_desktop.models import Worker
from patronat_desktop.services import directory
from patronat_desktop.services.directory import WorkerData
from patronat_desktop.ui.directories.widgets import FormGrid
from patronat_desktop.ui.forms import GuardedDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext


class WorkerDialog(GuardedDialog):
    """``worker_id`` None adds a new worker; otherwise ``data`` is the worker as stored."""

    def __init__(
        self,
        context: AppContext,
        worker_id: uuid.UUID | None = None,
        data: WorkerData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.worker_id = worker_id
        self.saved_id: uuid.UUID | None = None
        self.saved_short_name = ""
        self._initial = data if data is not None else WorkerData(surname="", name="", login="")
        self.what = self.tr("Специалист")
        self.setWindowTitle(self.tr("Новый специалист") if worker_id is None else self.tr("Специалист"))
        self.setMinimumWidth(560)

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
        note = QLabel(self.tr("* — обязательные поля. Специалиста не удаляют: снимите отметку «Работает»."))
        note.setWordWrap(True)
        note.setEnabled(False)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Сохранить"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
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
        try:
            if worker_id is None:
                saved = self.context.write(lambda s: _id_and_name(directory.add_worker(s, actor, data)))
            else:
                saved = self.context.write(
                    lambda s: _id_and_name(directory.edit_worker(s, actor, worker_id, data))
                )
        except DomainError as error:
            self.errors.show(error.problems)
            self.adjustSize()  # grow for the messages rather than squeeze the fields
            return False
        self.saved_id, self.saved_short_name = saved
        self._initial = data
        self.errors.clear()
        # The signed-in worker's name is shown in the status bar and stamped on printouts: keep it current.
        if worker_id is not None and worker_id == self.context.actor.worker_id:
            self.context.switch_worker(self.context.actor, self.saved_short_name)
        return True


def _id_and_name(worker: Worker) -> tuple[uuid.UUID, str]:
    return worker.id, worker.short_name
