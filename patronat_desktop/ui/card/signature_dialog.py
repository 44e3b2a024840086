"""Marks the printed plan or contract version as signed by the family: the date and who signed."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services.signing import mark_contract_signed, mark_plan_signed
from patronat_desktop.ui.dates import from_qdate, to_qdate
from patronat_desktop.ui.forms import GuardedDialog

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext


class SignatureDialog(GuardedDialog):
    """The family signed the printed version: once marked, the version is locked (a change is a new one).

    ``document`` is "plan" or "contract"; the service checks the dates and refuses a second signature.
    """

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        document: str,
        intro: str,
        signed_on: date,
        signed_by: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = family_id
        self.document = document
        self.what = self.tr("Подпись семьи")
        self.setWindowTitle(self.tr("Подпись семьи на документе"))
        self.setMinimumWidth(480)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.date_edit.setDate(to_qdate(signed_on))
        self.by_edit = QLineEdit(signed_by)
        self.by_edit.setPlaceholderText(self.tr("фамилия и инициалы члена семьи"))
        self._initial = (self.date_edit.date(), signed_by)
        form = QFormLayout()
        form.addRow(self.tr("&Дата подписи:"), self.date_edit)
        form.addRow("", self.errors.register(f"{document}.signed_on", self.date_edit))
        form.addRow(self.tr("&Кто подписал от семьи:"), self.by_edit)
        form.addRow("", self.errors.register(f"{document}.signed_by", self.by_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Отметить подпись"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def is_dirty(self) -> bool:
        return (self.date_edit.date(), self.by_edit.text()) != self._initial

    def try_save(self) -> bool:
        actor, today, family_id = self.context.actor, self.context.today(), self.family_id
        signed_on, signed_by = from_qdate(self.date_edit.date()), self.by_edit.text()
        mark = mark_plan_signed if self.document == "plan" else mark_contract_signed
        try:
            self.context.write(
                lambda s: mark(s, actor, family_id, signed_on, signed_by, today=today), family_id
            )
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        return True
