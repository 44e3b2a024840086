"""Section "Заявление" of the card: the registered application, read-only, and its survey deadline."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from patronat_desktop.services.detail import FamilyDetail
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext

SURVEY_WORKING_DAYS = 3
"""The survey is due within 3 working days of the application (DOMAIN.md; the services count the same)."""


def _date_text(day: date) -> str:
    return f"{day:%d.%m.%Y}"


class ApplicationSection(CardSection):
    """Shows the application as registered; nothing here is edited (members and address: section "Семья")."""

    title = "Заявление"
    print_kind = "application"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.number_label = self._value()
        self.date_label = self._value()
        self.applicant_label = self._value()
        self.referral_label = self._value()
        self.received_by_label = self._value()
        self.deadline_label = self._value()
        self.request_view = QPlainTextEdit()
        self.request_view.setReadOnly(True)
        self.request_view.setTabChangesFocus(True)
        self.request_view.setAccessibleName(self.tr("Текст заявления"))
        self.request_view.setMaximumHeight(220)
        self.missing_label = QLabel(self.tr("Заявление не зарегистрировано."))
        self.missing_label.hide()

        box = QGroupBox(self.tr("Заявление"))
        form = QFormLayout(box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Номер:"), self.number_label)
        form.addRow(self.tr("Дата:"), self.date_label)
        form.addRow(self.tr("Заявитель:"), self.applicant_label)
        form.addRow(self.tr("Источник обращения:"), self.referral_label)
        form.addRow(self.tr("Принял(а):"), self.received_by_label)
        form.addRow(self.tr("Срок обследования:"), self.deadline_label)
        request_caption = QLabel(self.tr("&Текст заявления:"))
        request_caption.setBuddy(self.request_view)
        form.addRow(request_caption, self.request_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.print_row())
        layout.addWidget(self.missing_label)
        layout.addWidget(box)
        layout.addStretch(1)

    @staticmethod
    def _value() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def section_title(self) -> str:
        return self.tr("Заявление")

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        family = detail.family
        app = family.application
        self.missing_label.setVisible(app is None)
        if app is None:
            for label in self._labels():
                label.clear()
            self.request_view.clear()
            return
        self.number_label.setText(app.number)
        self.date_label.setText(_date_text(app.date))
        applicant = next((m for m in family.members if m.id == app.applicant_id), family.applicant)
        self.applicant_label.setText(applicant.full_name if applicant is not None else "")
        referral = vocab_label(family.referral_source)
        if family.referral_note:
            referral = self.tr("{source} ({note})").format(source=referral, note=family.referral_note)
        self.referral_label.setText(referral)
        worker = next((w for w in detail.workers if w.id == app.received_by_id), None)
        self.received_by_label.setText(worker.short_name if worker is not None else self.tr("не указано"))
        self.deadline_label.setText(self._deadline_text(detail))
        self.request_view.setPlainText(app.request_text)

    def _labels(self) -> list[QLabel]:
        return [
            self.number_label,
            self.date_label,
            self.applicant_label,
            self.referral_label,
            self.received_by_label,
            self.deadline_label,
        ]

    def _deadline_text(self, detail: FamilyDetail) -> str:
        family = detail.family
        app = family.application
        assert app is not None
        deadline = detail.survey_deadline or detail.calendar.add_working_days(app.date, SURVEY_WORKING_DAYS)
        text = _date_text(deadline)
        if family.survey_acts:
            first = family.survey_acts[0].date
            if first <= deadline:
                return self.tr("{deadline} (обследование проведено {date}, в срок)").format(
                    deadline=text, date=_date_text(first)
                )
            return self.tr("{deadline} (обследование проведено {date}, после срока)").format(
                deadline=text, date=_date_text(first)
            )
        return self.tr("{deadline} (акта обследования ещё нет: см. раздел «Обследование»)").format(
            deadline=text
        )
