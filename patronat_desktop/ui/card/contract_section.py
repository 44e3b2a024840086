"""The "Договор" section of the family card: the form that records the signed contract, then the contract."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.validation import ContractData
from patronat_desktop.domain.vocab import ContractForm, Stage
from patronat_desktop.services import cases
from patronat_desktop.services.detail import load_family_detail
from patronat_desktop.services.settings import stage_rules
from patronat_desktop.ui.card.contract_amend_dialog import ContractAmendDialog
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.card.signature_dialog import SignatureDialog
from patronat_desktop.ui.dates import date_edit, to_qdate
from patronat_desktop.ui.dates import from_qdate as to_date
from patronat_desktop.ui.vocab_labels import patronage_type_label, vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.models import Contract
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext

_BANNER_STYLES = {
    "agreed": "background:#e3f1e4; color:#1e5b25; border:1px solid #9cc9a0; padding:6px;",
    "warning": "background:#fff4d6; color:#6b4a00; border:1px solid #e5c36b; padding:6px;",
    "blocked": "background:#fdeceb; color:#8c1d18; border:1px solid #e0a19c; padding:6px;",
    "info": "background:#f1f1f1; color:#333; border:1px solid #c8c8c8; padding:6px;",
}
_FORM_WIDTH = 720


def _dmy(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else ""


def _stacked(field: QWidget | QLayout, *errors: QLabel) -> QVBoxLayout:
    """A field with its error labels right under it (hidden labels take no room)."""
    column = QVBoxLayout()
    column.setSpacing(2)
    if isinstance(field, QLayout):
        column.addLayout(field)
    else:
        column.addWidget(field)
    for label in errors:
        column.addWidget(label)
    return column


class ContractSection(CardSection):
    """Records the contract of free social services (a form), then shows it read-only."""

    title = "Договор"
    print_kind = "contract"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._saving = False
        self._loads = 0
        self._defaults: tuple[object, ...] = ()

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_form())
        self.stack.addWidget(self._build_view())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(self.print_row())
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    def section_title(self) -> str:
        return self.tr("Договор")

    # Layout

    def _build_form(self) -> QWidget:
        self.form_page = QWidget()
        heading = QLabel(self.tr("Договор безвозмездного оказания социальных услуг"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        self.number_edit = QLineEdit()
        self.number_edit.setPlaceholderText(self.tr("оставьте пустым — номер присвоится автоматически"))
        self.date_edit = date_edit()
        self.form_combo = QComboBox()
        for contract_form in ContractForm:
            self.form_combo.addItem(vocab_label(contract_form), contract_form)
        self.start_edit = date_edit()
        self.end_edit = date_edit()
        self.signed_edit = QLineEdit()
        self.signed_edit.setPlaceholderText(self.tr("фамилия и инициалы члена семьи"))
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("— не устанавливать сейчас —"), None)
        for patronage_type in PatronageType:
            self.type_combo.addItem(patronage_type_label(patronage_type), patronage_type)
        self.type_reason_edit = QLineEdit()
        self.type_reason_edit.setPlaceholderText(self.tr("почему выбран этот вид патроната"))
        self.price_label = QLabel(self.tr("безвозмездно (0,00 руб.)"))
        self.sign_button = QPushButton(self.tr("&Заключить договор"))
        self.sign_button.setShortcut(QKeySequence.StandardKey.Save)
        self.sign_button.setToolTip(self.tr("Записать подписанный договор (Ctrl+S)"))
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("О&чистить форму"))
        self.clear_button.clicked.connect(self.discard)

        e = self.errors
        term = QHBoxLayout()
        since = QLabel(self.tr("&с"))
        since.setBuddy(self.start_edit)
        until = QLabel(self.tr("п&о"))
        until.setBuddy(self.end_edit)
        term.addWidget(since)
        term.addWidget(self.start_edit)
        term.addSpacing(8)
        term.addWidget(until)
        term.addWidget(self.end_edit)
        term.addStretch(1)
        term_field = _stacked(
            term,
            e.register("contract.term_start", self.start_edit),
            e.register("type.start", self.start_edit),
            e.register("contract.term_end", self.end_edit),
        )

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields.addRow(self.tr("&Номер договора:"), self.number_edit)
        fields.addRow("", e.register("contract.number", self.number_edit))
        fields.addRow(self.tr("&Дата договора:"), self.date_edit)
        fields.addRow("", e.register("contract.date", self.date_edit))
        fields.addRow(self.tr("&Форма обслуживания:"), self.form_combo)
        fields.addRow(self.tr("Срок договора:"), term_field)
        fields.addRow(self.tr("&Подписал от семьи:"), self.signed_edit)
        fields.addRow(self.tr("&Вид патроната с начала срока:"), self.type_combo)
        fields.addRow("", e.register("type.type", self.type_combo))
        type_reason_label = QLabel(self.tr("Основани&е вида патроната:"))
        type_reason_label.setBuddy(self.type_reason_edit)
        fields.addRow(
            type_reason_label,
            _stacked(
                self.type_reason_edit,
                e.register("type_reason", self.type_reason_edit),
                e.register("type.reason", self.type_reason_edit),
            ),
        )
        fields.addRow(self.tr("Стоимость:"), self.price_label)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.sign_button)

        column = QVBoxLayout()
        column.addWidget(heading)
        column.addLayout(fields)
        column.addWidget(self.general_error)
        column.addLayout(buttons)
        column.addStretch(1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(_FORM_WIDTH)
        outer = QHBoxLayout(self.form_page)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.addWidget(holder, 1)
        outer.addStretch(0)

        for widget in (self.date_edit, self.start_edit, self.end_edit):
            widget.dateChanged.connect(self._edited)
        for line in (self.number_edit, self.signed_edit, self.type_reason_edit):
            line.textChanged.connect(self._edited)
        for combo in (self.form_combo, self.type_combo):
            combo.currentIndexChanged.connect(self._edited)
        self.date_edit.dateChanged.connect(self._date_changed)
        self._last_date = self.date_edit.date()
        return self.form_page

    def _build_view(self) -> QWidget:
        self.view_page = QWidget()
        self.view_title = QLabel()
        font = self.view_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.view_title.setFont(font)
        self.view_form = QLabel()
        self.view_form.setWordWrap(True)
        self.view_term = QLabel()
        self.view_signed = QLabel()
        self.view_price = QLabel(self.tr("безвозмездно (0,00 руб.)"))
        self.view_type = QLabel()
        self.view_type.setWordWrap(True)
        self.view_version = QLabel()
        self.view_version.setWordWrap(True)
        self.sign_version_button = QPushButton(self.tr("Отметить под&пись семьи…"))
        self.sign_version_button.clicked.connect(self.open_sign_dialog)
        self.sign_dialog: SignatureDialog | None = None
        self.amend_button = QPushButton(self.tr("&Изменить условия…"))
        self.amend_button.setToolTip(
            self.tr(
                "Изменение подписанного договора сохраняется новой версией, которую семья подписывает заново."
            )
        )
        self.amend_button.clicked.connect(self.open_amend_dialog)
        self.amend_dialog: ContractAmendDialog | None = None
        form = QFormLayout()
        form.addRow(self.tr("Форма обслуживания:"), self.view_form)
        form.addRow(self.tr("Срок договора:"), self.view_term)
        form.addRow(self.tr("Подписал от семьи:"), self.view_signed)
        form.addRow(self.tr("Стоимость:"), self.view_price)
        form.addRow(self.tr("Вид патроната:"), self.view_type)
        form.addRow(self.tr("Версия и подпись:"), self.view_version)
        version_buttons = QHBoxLayout()
        version_buttons.addWidget(self.amend_button)
        version_buttons.addWidget(self.sign_version_button)
        version_buttons.addStretch(1)
        form.addRow("", version_buttons)
        for label in (self.view_title, self.view_form, self.view_term, self.view_signed, self.view_type):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self.view_page)
        column.setContentsMargins(0, 8, 0, 0)
        column.addWidget(self.view_title)
        column.addLayout(form)
        column.addStretch(1)
        return self.view_page

    # Loading

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        self._loads += 1
        family = detail.family
        if family.contracts:
            self._show_contract(detail, family.contracts[-1])
            self.stack.setCurrentWidget(self.view_page)
        else:
            self._fill_form(detail)
            self.stack.setCurrentWidget(self.form_page)
        self.changed.emit()

    def _fill_form(self, detail: FamilyDetail) -> None:
        family, today = detail.family, detail.today
        applicant = family.applicant
        widgets = (self.date_edit, self.start_edit, self.end_edit, self.number_edit, self.signed_edit)
        for widget in (*widgets, self.form_combo, self.type_combo, self.type_reason_edit):
            widget.blockSignals(True)
        self.number_edit.clear()
        self.date_edit.setDate(to_qdate(today))
        self._last_date = self.date_edit.date()
        self.form_combo.setCurrentIndex(self.form_combo.findData(ContractForm.NON_STATIONARY))
        self.start_edit.setDate(to_qdate(today))
        # Contracts commonly run to the end of the calendar year; the worker changes the term if not.
        self.end_edit.setDate(to_qdate(date(today.year, 12, 31)))
        self.signed_edit.setText(applicant.short_name if applicant is not None else "")
        self.type_combo.setCurrentIndex(0)
        self.type_reason_edit.clear()
        for widget in (*widgets, self.form_combo, self.type_combo, self.type_reason_edit):
            widget.blockSignals(False)
        self._defaults = self._values()
        closed = family.stage == Stage.CLOSED
        self.form_page.setEnabled(not closed)
        self._show_plan_state(detail)
        self._edited()

    def _show_plan_state(self, detail: FamilyDetail) -> None:
        family = detail.family
        if family.stage == Stage.CLOSED:
            self._set_banner(self.tr("Случай закрыт без договора."), "info")
            return
        current = family.plan.current if family.plan is not None else None
        if current is not None and current.agreed_with_family:
            self._set_banner(
                self.tr("✓ План согласован с семьёй {date}: договор можно заключать.").format(
                    date=_dmy(current.agreed_on)
                ),
                "agreed",
            )
            return
        centre_id = self.context.actor.centre_id
        rules = self.context.read(lambda s: stage_rules(s, centre_id))
        missing = (
            self.tr("План ещё не согласован с семьёй.")
            if current is not None
            else self.tr("План сопровождения ещё не составлен.")
        )
        if rules.contract_requires_agreed_plan:
            self._set_banner(
                "⛔ "
                + missing
                + " "
                + self.tr("По правилу центра договор заключается только после согласования плана."),
                "blocked",
            )
        else:
            self._set_banner(
                "⚠ "
                + missing
                + " "
                + self.tr("Обычно договор заключают после плана; программа попросит подтвердить."),
                "warning",
            )

    def _set_banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("state", style)
        self.banner.setStyleSheet(_BANNER_STYLES[style])
        self.banner.setVisible(bool(text))

    def _show_contract(self, detail: FamilyDetail, contract: Contract) -> None:
        self.view_title.setText(
            self.tr("Договор № {number} от {date}").format(number=contract.number, date=_dmy(contract.date))
        )
        self.view_form.setText(vocab_label(contract.form))
        self.view_term.setText(
            self.tr("с {start} по {end}").format(start=_dmy(contract.term_start), end=_dmy(contract.term_end))
        )
        self.view_signed.setText(contract.signed_by or self.tr("—"))
        periods = detail.family.type_periods
        if periods:
            lines = []
            for period in periods:
                since = self.tr("с {start}").format(start=_dmy(period.start))
                if period.end is not None:
                    since += " " + self.tr("по {end}").format(end=_dmy(period.end))
                lines.append(f"{patronage_type_label(period.type)} {since} — {period.reason}")
            self.view_type.setText("\n".join(lines))
        else:
            self.view_type.setText(self.tr("не установлен"))
        if contract.signed_on is not None:
            text = self.tr("✍ версия {n}, подписана семьёй {date} ({who})").format(
                n=contract.version_no, date=_dmy(contract.signed_on), who=contract.signed_by
            )
            if contract.fingerprint:
                text += ", " + self.tr("отпечаток {fp}").format(fp=contract.fingerprint)
        else:
            text = self.tr("✍ версия {n} ещё не подписана семьёй: распечатайте её и отметьте подпись").format(
                n=contract.version_no
            )
        self.view_version.setText(text)
        open_case = detail.family.stage != Stage.CLOSED
        self.sign_version_button.setVisible(contract.signed_on is None and open_case)
        self.amend_button.setVisible(open_case)
        self._set_banner("", "info")

    def open_amend_dialog(self) -> None:
        assert self.detail is not None and self.detail.family.contracts
        self.amend_dialog = ContractAmendDialog(self.context, self.detail.family.contracts[-1], self)
        self.amend_dialog.open()

    def open_sign_dialog(self) -> None:
        assert self.detail is not None and self.detail.family.contracts
        contract = self.detail.family.contracts[-1]
        applicant = self.detail.family.applicant
        dialog = SignatureDialog(
            self.context,
            self.detail.family.id,
            "contract",
            self.tr(
                "Договор № {number}, версия {n}. Отметьте, что семья подписала распечатанный договор."
            ).format(number=contract.number, n=contract.version_no),
            (self.context.today(), applicant.short_name if applicant is not None else ""),
            self,
        )
        self.sign_dialog = dialog
        dialog.open()

    # State

    def _values(self) -> tuple[object, ...]:
        return (
            self.number_edit.text(),
            self.date_edit.date(),
            self.form_combo.currentData(),
            self.start_edit.date(),
            self.end_edit.date(),
            self.signed_edit.text(),
            self.type_combo.currentData(),
            self.type_reason_edit.text(),
        )

    def is_dirty(self) -> bool:
        if self._saving or self.detail is None or self.detail.family.contracts:
            return False
        return self._values() != self._defaults

    def _edited(self, *_: object) -> None:
        self.type_reason_edit.setEnabled(self.patronage_type() is not None)
        self.clear_button.setEnabled(self.is_dirty())
        self.changed.emit()

    def _date_changed(self, new: QDate) -> None:
        # The term usually starts on the contract's date: keep them together until the user splits them.
        if self.start_edit.date() == self._last_date:
            self.start_edit.setDate(new)
        self._last_date = new

    # Saving

    def patronage_type(self) -> PatronageType | None:
        # Qt hands a StrEnum back as its plain string value; None ("not now") stays None.
        value = self.type_combo.currentData()
        return PatronageType(value) if value else None

    def contract_data(self) -> ContractData:
        patronage_type = self.patronage_type()
        return ContractData(
            number=self.number_edit.text(),
            date=to_date(self.date_edit.date()),
            form=ContractForm(self.form_combo.currentData()),
            term_start=to_date(self.start_edit.date()),
            term_end=to_date(self.end_edit.date()),
            signed_by=self.signed_edit.text(),
            patronage_type=patronage_type,
            type_reason=self.type_reason_edit.text() if patronage_type is not None else "",
        )

    def save(self) -> bool:
        """Record the contract; a contract before the plan is agreed asks the user first (a warning)."""
        assert self.detail is not None
        if self.detail.family.contracts:
            return True
        data = self.contract_data()
        actor, today, family_id = self.context.actor, self.context.today(), self.detail.family.id

        def sign(session: Session) -> object:
            return cases.sign_contract(session, actor, family_id, data, today=today)

        def sign_confirmed(session: Session) -> object:
            return cases.sign_contract(session, actor, family_id, data, confirm_warnings=True, today=today)

        loads = self._loads
        # While the save is written the card reloads its sections: this one must take the fresh data.
        self._saving = True
        try:
            ok = self.run_action(sign, confirmed=sign_confirmed)
        finally:
            self._saving = False
        if ok and self._loads == loads:  # not inside a card that reloaded it
            self.load(self.context.read(lambda s: load_family_detail(s, actor, family_id, today)))
        self.changed.emit()
        return ok
