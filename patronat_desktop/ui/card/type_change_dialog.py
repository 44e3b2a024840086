"""The dialog that sets or changes a family's patronage type from a date, with the reason for the change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.services import cases
from patronat_desktop.services.facts import open_period
from patronat_desktop.ui.dates import from_qdate as _pydate
from patronat_desktop.ui.dates import to_qdate as _qdate
from patronat_desktop.ui.forms import GuardedDialog
from patronat_desktop.ui.vocab_labels import patronage_type_label

if TYPE_CHECKING:
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext

# The usual course of a case: emergency help first, then planned support, then control before closing.
_NEXT_TYPE = {
    None: PatronageType.EMERGENCY,
    PatronageType.EMERGENCY: PatronageType.PLANNED,
    PatronageType.PLANNED: PatronageType.CONTROL,
    PatronageType.CONTROL: PatronageType.PLANNED,
}


class TypeChangeDialog(GuardedDialog):
    """New type, its first day (today by default) and the required reason → cases.change_type."""

    def __init__(self, context: AppContext, detail: FamilyDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error_labels: dict[str, QLabel] = {}
        self.context = context
        self.detail = detail
        self.what = self.tr("Смена вида патроната")
        current = open_period(detail.family)
        self.setWindowTitle(self.tr("Смена вида патроната") if current else self.tr("Вид патроната"))
        self.setMinimumWidth(520)

        if current is not None:
            intro_text = self.tr(
                "Сейчас: {type} с {start}. Текущий период закончится накануне новой даты."
            ).format(type=patronage_type_label(current.type), start=f"{current.start:%d.%m.%Y}")
        else:
            intro_text = self.tr("Вид патроната ещё не установлен.")
        intro = QLabel(intro_text)
        intro.setWordWrap(True)

        self.type_combo = QComboBox()
        for patronage_type in PatronageType:
            self.type_combo.addItem(patronage_type_label(patronage_type), patronage_type)
        self.type_combo.setCurrentIndex(
            self.type_combo.findData(_NEXT_TYPE[current.type if current else None])
        )
        self.start_edit = QDateEdit(_qdate(context.today()))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd.MM.yyyy")
        self.start_edit.setMinimumDate(QDate(2000, 1, 1))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlaceholderText(self.tr("Например: угроза жизни и здоровью ребёнка устранена"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4)

        # Problem.field names of cases.change_type; "contract" has no field of its own.
        contract_error = self._error_label("contract")
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self._add_row(grid, self.tr("&Новый вид:"), self.type_combo, "type.type")
        self._add_row(grid, self.tr("&Дата начала:"), self.start_edit, "type.start")
        self._add_row(grid, self.tr("&Причина*:"), self.reason_edit, "type.reason")

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("&Сохранить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save_and_close)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(contract_error)
        layout.addLayout(grid)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.type_combo, self.start_edit)
        self.setTabOrder(self.start_edit, self.reason_edit)
        self.setTabOrder(self.reason_edit, self.ok_button)
        self.type_combo.setFocus()
        self._initial = self._values()

    def _error_label(self, field: str, widget: QWidget | None = None) -> QLabel:
        """Register ``field`` (a Problem.field name of the service) and keep its label for tests."""
        label = self.errors.register(field, widget)
        self.error_labels[field] = label
        return label

    def _add_row(self, grid: QGridLayout, caption: str, widget: QWidget, field: str) -> None:
        row = grid.rowCount()
        label = QLabel(caption)
        label.setBuddy(widget)
        grid.addWidget(label, row, 0)
        grid.addWidget(widget, row, 1)
        grid.addWidget(self._error_label(field, widget), row + 1, 1)

    def _values(self) -> tuple[object, ...]:
        return (self.type_combo.currentData(), self.start_edit.date(), self.reason_edit.toPlainText())

    def is_dirty(self) -> bool:
        return self._values() != self._initial

    def try_save(self) -> bool:
        family_id = self.detail.family.id
        new_type = PatronageType(self.type_combo.currentData())
        start = _pydate(self.start_edit.date())
        reason = self.reason_edit.toPlainText()
        actor, today = self.context.actor, self.context.today()
        try:
            self.context.write(
                lambda s: cases.change_type(s, actor, family_id, new_type, start, reason, today), family_id
            )
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        self._initial = self._values()
        return True
