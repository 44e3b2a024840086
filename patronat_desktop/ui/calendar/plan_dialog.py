"""The small dialog that plans a visit to a family on a day (services.planning.plan_visit)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services.planning import plan_visit
from patronat_desktop.ui.dates import EARLIEST, date_edit, from_qdate
from patronat_desktop.ui.forms import GuardedDialog

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext


class PlanVisitDialog(GuardedDialog):
    """Date and a note → plan_visit; refusals are shown next to the fields and nothing is saved."""

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        family_label: str,
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = family_id
        self.what = self.tr("Запланированное посещение")
        self.setWindowTitle(self.tr("Запланировать посещение"))
        self.setMinimumWidth(460)
        self.family_label = QLabel(family_label)
        self.date_edit = date_edit(day, earliest=EARLIEST)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("например: вместе с педагогом СПЦ"))
        form = QFormLayout()
        form.addRow(self.tr("Семья:"), self.family_label)
        form.addRow(self.tr("&Дата*:"), self.date_edit)
        form.addRow("", self.errors.register("planned.day", self.date_edit))
        form.addRow(self.tr("&Заметка:"), self.note_edit)
        form.addRow("", self.errors.register("planned.worker", self.note_edit))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("&Запланировать"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save_and_close)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._initial = (self.date_edit.date(), "")
        self.date_edit.setFocus()

    def is_dirty(self) -> bool:
        return (self.date_edit.date(), self.note_edit.text()) != self._initial

    def try_save(self) -> bool:
        actor, today = self.context.actor, self.context.today()
        family_id, day, note = self.family_id, from_qdate(self.date_edit.date()), self.note_edit.text()
        try:
            self.context.write(lambda s: plan_visit(s, actor, family_id, day, note, today), family_id)
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        self._initial = (self.date_edit.date(), note)
        return True
