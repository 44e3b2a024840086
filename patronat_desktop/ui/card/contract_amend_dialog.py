"""Changing the form or term of a contract: a signed version is kept, the change becomes the next one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.vocab import ContractForm
from patronat_desktop.services.signing import amend_contract
from patronat_desktop.ui.dates import date_edit, from_qdate
from patronat_desktop.ui.forms import GuardedDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.models import Contract
    from patronat_desktop.ui.context import AppContext


class ContractAmendDialog(GuardedDialog):
    """The contract's form and term; saving a change to a signed version makes the next version to sign."""

    def __init__(self, context: AppContext, contract: Contract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = contract.family_id
        self.what = self.tr("Изменение договора")
        self.setWindowTitle(self.tr("Изменение условий договора"))
        self.setMinimumWidth(480)
        if contract.signed_on is not None:
            intro = self.tr(
                "Версия {n} подписана семьёй. Изменения сохранятся как версия {next}: её нужно распечатать и "
                "подписать заново; подписанная версия остаётся в деле."
            ).format(n=contract.version_no, next=contract.version_no + 1)
        else:
            intro = self.tr("Версия {n} ещё не подписана: изменения вносятся в неё.").format(
                n=contract.version_no
            )
        text = QLabel(intro)
        text.setWordWrap(True)
        self.form_combo = QComboBox()
        for contract_form in ContractForm:
            self.form_combo.addItem(vocab_label(contract_form), contract_form)
        self.form_combo.setCurrentIndex(self.form_combo.findData(contract.form))
        self.start_edit = date_edit(contract.term_start)
        self.end_edit = date_edit(contract.term_end)
        self._initial = self._values()
        form = QFormLayout()
        form.addRow(self.tr("&Форма обслуживания:"), self.form_combo)
        form.addRow(self.tr("&Начало срока:"), self.start_edit)
        form.addRow("", self.errors.register("contract.term_start", self.start_edit))
        form.addRow(self.tr("&Окончание срока:"), self.end_edit)
        form.addRow("", self.errors.register("contract.term_end", self.end_edit))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Сохранить изменения"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _values(self) -> tuple[object, ...]:
        return (self.form_combo.currentData(), self.start_edit.date(), self.end_edit.date())

    def is_dirty(self) -> bool:
        return self._values() != self._initial

    def try_save(self) -> bool:
        if not self.is_dirty():
            return True
        actor, family_id = self.context.actor, self.family_id
        form: ContractForm = self.form_combo.currentData()
        start, end = from_qdate(self.start_edit.date()), from_qdate(self.end_edit.date())
        try:
            self.context.write(lambda s: amend_contract(s, actor, family_id, form, start, end), family_id)
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        return True
