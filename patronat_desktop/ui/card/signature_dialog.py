"""Dialogs that mark a document with a date and a family member: agreed with the family, signed by it."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services.signing import mark_contract_signed, mark_plan_signed
from patronat_desktop.ui.dates import date_edit, from_qdate
from patronat_desktop.ui.forms import GuardedDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

Mark = Callable[["Session", date, str], object]
"""Writes the mark through a service: (session, the date, who from the family)."""


class FamilyMarkDialog(GuardedDialog):
    """A date and who from the family, written by the service call ``mark``; refusals are shown next to the
    two fields.

    Subclasses pass their translated texts and the service fields (``"plan.agreed_on"``...) the errors name.
    """

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        texts: tuple[str, str, str, str, str],
        fields: tuple[str, str],
        initial: tuple[date, str],
        mark: Mark,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._mark = mark
        title, intro, date_label, person_label, ok_text = texts
        self.context = context
        self.family_id = family_id
        self.what = title
        self.setWindowTitle(title)
        self.setMinimumWidth(470)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.date_edit = date_edit(initial[0])
        self.by_edit = QLineEdit(initial[1])
        self.by_edit.setPlaceholderText(
            QCoreApplication.translate("FamilyMarkDialog", "фамилия и инициалы члена семьи")
        )
        self._initial = (self.date_edit.date(), initial[1])
        form = QFormLayout()
        form.addRow(date_label, self.date_edit)
        form.addRow("", self.errors.register(fields[0], self.date_edit))
        form.addRow(person_label, self.by_edit)
        form.addRow("", self.errors.register(fields[1], self.by_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("FamilyMarkDialog", "Отмена")
        )
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
        day, person = from_qdate(self.date_edit.date()), self.by_edit.text()
        try:
            self.context.write(lambda s: self._mark(s, day, person), self.family_id)
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        return True


class SignatureDialog(FamilyMarkDialog):
    """The family signed the printed version: once marked, the version is locked (a change is a new one).

    ``document`` is "plan" or "contract"; the service checks the dates and refuses a second signature.
    """

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        document: str,
        intro: str,
        initial: tuple[date, str],
        parent: QWidget | None = None,
    ) -> None:
        texts = (
            self.tr("Подпись семьи на документе"),
            intro,
            self.tr("&Дата подписи:"),
            self.tr("&Кто подписал от семьи:"),
            self.tr("Отметить подпись"),
        )
        fields = (f"{document}.signed_on", f"{document}.signed_by")
        super().__init__(context, family_id, texts, fields, initial, self.mark, parent)
        self.document = document

    def mark(self, session: Session, day: date, person: str) -> object:
        sign = mark_plan_signed if self.document == "plan" else mark_contract_signed
        return sign(session, self.context.actor, self.family_id, day, person, today=self.context.today())
