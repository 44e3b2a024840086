"""Section "Обследование" of the card: the countdown to the survey deadline and the survey act(s)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.validation import SurveyData
from patronat_desktop.domain.vocab import HousingType, Stage
from patronat_desktop.models import SurveyAct
from patronat_desktop.services import cases
from patronat_desktop.services.detail import FamilyDetail, load_family_detail
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.dates import from_qdate as _pydate
from patronat_desktop.ui.dates import to_qdate as _qdate
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

OVERDUE_STYLE = "color: #b3261e; font-weight: bold;"
DUE_STYLE = "font-weight: bold;"


def plural_form(n: int, one: str, few: str, many: str) -> str:
    """The plural form for ``n`` with {n} filled in: Russian and Belarusian rules (1, 21 → one; 2–4,
    22–24 → few; else many), or English ones (1 → one, else many) when the interface is in English."""
    k = abs(n)
    if QLocale().language() == QLocale.Language.English:
        form = one if k == 1 else many
    elif k % 10 == 1 and k % 100 != 11:
        form = one
    elif 2 <= k % 10 <= 4 and not 12 <= k % 100 <= 14:
        form = few
    else:
        form = many
    return form.format(n=k)


def countdown_text(deadline: date, days_left: int) -> str:
    """The survey countdown as the section shows it: time left, the last day, or how long it is overdue."""
    day = f"{deadline:%d.%m.%Y}"
    if days_left > 0:
        left = plural_form(
            days_left,
            QCoreApplication.translate("SurveySection", "остался {n} рабочий день"),
            QCoreApplication.translate("SurveySection", "осталось {n} рабочих дня"),
            QCoreApplication.translate("SurveySection", "осталось {n} рабочих дней"),
        )
        return QCoreApplication.translate("SurveySection", "Срок обследования: {deadline}, {left}").format(
            deadline=day, left=left
        )
    if days_left == 0:
        return QCoreApplication.translate(
            "SurveySection", "Срок обследования: {deadline}, сегодня последний день"
        ).format(deadline=day)
    late = plural_form(
        days_left,
        QCoreApplication.translate("SurveySection", "{n} рабочий день"),
        QCoreApplication.translate("SurveySection", "{n} рабочих дня"),
        QCoreApplication.translate("SurveySection", "{n} рабочих дней"),
    )
    return QCoreApplication.translate(
        "SurveySection", "⚠ Просрочено на {late}: срок обследования был {deadline}"
    ).format(late=late, deadline=day)


def _money_text(value: Decimal) -> str:
    """A sum in the interface's decimal separator, without group separators ("1292,36"; "1292.36")."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", 2)


def _parse_money(text: str) -> Decimal | None:
    """A sum typed as "1 234,50", "1234.5" or "1,234.50"; None when empty; ValueError when not a number.

    With both a comma and a point, the last one separates the kopecks and the others group thousands;
    a lone comma or point is the decimal separator (Belarusian custom: "1234,50").
    """
    cleaned = "".join(c for c in text if not c.isspace() and c not in "'’")
    if "," in cleaned and "." in cleaned:
        cut = max(cleaned.rfind(","), cleaned.rfind("."))
        cleaned = cleaned[:cut].replace(",", "").replace(".", "") + "." + cleaned[cut + 1 :]
    else:
        cleaned = cleaned.replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    return value


class SurveySection(CardSection):
    """Records the survey act (and repeated acts later); a recorded act is shown read-only."""

    title = "Обследование"
    print_kind = "survey"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editing = False
        self._initial: tuple[object, ...] = ()
        self._loading = False
        self._saving = False
        self._acts: list[SurveyAct] = []

        self.countdown_label = QLabel()
        self.countdown_label.setWordWrap(True)
        self.countdown_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading_label = QLabel()
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        self.acts_combo = QComboBox()
        self.acts_combo.setAccessibleName(self.tr("Акты обследования"))
        self.acts_combo.currentIndexChanged.connect(self._act_chosen)
        self.new_act_button = QPushButton(self.tr("&Новый акт обследования…"))
        self.new_act_button.setToolTip(self.tr("Записать повторное обследование семьи"))
        self.new_act_button.clicked.connect(self.start_new_act)
        heading = QHBoxLayout()
        heading.addWidget(self.heading_label)
        heading.addWidget(self.acts_combo)
        heading.addStretch(1)
        heading.addWidget(self.new_act_button)

        form = self._build_form()  # before the buttons below: the tab order follows creation
        self.save_button = QPushButton(self.tr("&Сохранить акт"))
        # A shortcut of its own (setShortcut would replace the button's Alt mnemonic).
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.save_button.setToolTip(self.tr("Сохранить акт обследования (Ctrl+S)"))
        self.save_button.clicked.connect(self.record)
        self.cancel_button = QPushButton(self.tr("&Отменить"))
        self.cancel_button.setToolTip(self.tr("Не записывать новый акт"))
        self.cancel_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.general_error, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.countdown_label)
        inner_layout.addLayout(heading)
        inner_layout.addWidget(form)
        inner_layout.addLayout(buttons)
        inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.print_row())
        layout.addWidget(scroll)

    def section_title(self) -> str:
        return self.tr("Обследование")

    # Layout

    def _build_form(self) -> QGroupBox:
        self.form_box = QGroupBox()
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumWidth(130)
        self.surveyors_edit = QLineEdit()
        self.surveyors_edit.setPlaceholderText(self.tr("фамилии и инициалы, должности"))
        self.housing_type_combo = QComboBox()
        self.housing_type_combo.setPlaceholderText(self.tr("— выберите —"))
        for housing in HousingType:
            self.housing_type_combo.addItem(vocab_label(housing), housing)
        self.housing_condition_edit = self._text_edit()
        self.amenities_edit = self._text_edit()
        self.amenities_edit.setPlaceholderText(self.tr("отопление, водоснабжение, канализация, газ …"))
        self.income_sources_edit = self._text_edit()
        self.income_sources_edit.setPlaceholderText(self.tr("заработная плата, пенсия, пособия, алименты …"))
        self.total_income_edit = QLineEdit()
        self.total_income_edit.setPlaceholderText("0,00")
        self.total_income_edit.setMaximumWidth(160)
        self.per_capita_edit = QLineEdit()
        self.per_capita_edit.setPlaceholderText(self.tr("рассчитается сам"))
        self.per_capita_edit.setToolTip(
            self.tr("Если оставить пустым, программа разделит доход семьи на число её членов.")
        )
        self.per_capita_edit.setMaximumWidth(160)
        self.conclusion_edit = self._text_edit()
        self.conclusion_edit.setFixedHeight(130)
        self._hints: dict[QLineEdit | QPlainTextEdit, str] = {
            w: w.placeholderText()
            for w in (
                self.surveyors_edit,
                self.amenities_edit,
                self.income_sources_edit,
                self.total_income_edit,
                self.per_capita_edit,
            )
        }

        self.date_error = self.errors.register("survey.date", self.date_edit)
        self.surveyors_error = self.errors.register("survey.surveyors", self.surveyors_edit)
        self.housing_type_error = self.errors.register("survey.housing_type", self.housing_type_combo)
        self.total_income_error = self.errors.register("survey.total_income", self.total_income_edit)
        self.per_capita_error = self.errors.register("survey.per_capita_income", self.per_capita_edit)
        self.conclusion_error = self.errors.register("survey.conclusion", self.conclusion_edit)

        left = [
            (self.tr("&Дата обследования*:"), self.date_edit, self.date_error),
            (self.tr("Обследование про&водили*:"), self.surveyors_edit, self.surveyors_error),
            (self.tr("&Тип жилья*:"), self.housing_type_combo, self.housing_type_error),
            (self.tr("Состояние &жилья:"), self.housing_condition_edit, None),
            (self.tr("&Благоустройство:"), self.amenities_edit, None),
        ]
        right = [
            (self.tr("&Источники дохода:"), self.income_sources_edit, None),
            (self.tr("Доход семьи, &руб. в месяц:"), self.total_income_edit, self.total_income_error),
            (self.tr("Средн&едушевой доход, руб.:"), self.per_capita_edit, self.per_capita_error),
            (self.tr("&Заключение*:"), self.conclusion_edit, self.conclusion_error),
        ]
        # Two grids side by side, so a tall field on one side does not stretch a row on the other.
        columns = QHBoxLayout()
        columns.setSpacing(16)
        for rows in (left, right):
            grid = QGridLayout()
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(1, 1)
            for caption, widget, error in rows:
                row = grid.rowCount()
                label = QLabel(caption)
                label.setBuddy(widget)
                multiline = isinstance(widget, QPlainTextEdit)
                vertical = Qt.AlignmentFlag.AlignTop if multiline else Qt.AlignmentFlag.AlignVCenter
                label.setAlignment(Qt.AlignmentFlag.AlignRight | vertical)
                if multiline:
                    label.setContentsMargins(0, 4, 0, 0)
                grid.addWidget(label, row, 0)
                narrow = widget in (self.date_edit, self.housing_type_combo)
                if narrow:
                    grid.addWidget(widget, row, 1, Qt.AlignmentFlag.AlignLeft)
                else:
                    grid.addWidget(widget, row, 1)
                if error is not None:
                    grid.addWidget(error, row + 1, 1)
            grid.setRowStretch(grid.rowCount(), 1)
            columns.addLayout(grid, 1)
        self.required_label = QLabel(self.tr("* — обязательные поля"))
        self.required_label.setEnabled(False)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addLayout(columns)
        box_layout.addWidget(self.required_label)

        for edit in (self.surveyors_edit, self.total_income_edit, self.per_capita_edit):
            edit.textChanged.connect(self._edited)
        for text in self._text_edits():
            text.textChanged.connect(self._edited)
        self.date_edit.dateChanged.connect(self._edited)
        self.housing_type_combo.currentIndexChanged.connect(self._edited)
        return self.form_box

    @staticmethod
    def _text_edit() -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(70)
        return edit

    def _text_edits(self) -> list[QPlainTextEdit]:
        return [
            self.housing_condition_edit,
            self.amenities_edit,
            self.income_sources_edit,
            self.conclusion_edit,
        ]

    # Loading, showing an act, starting a new one

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        self._acts = list(detail.family.survey_acts)
        self._show_countdown(detail)
        self._loading = True
        try:
            self.acts_combo.clear()
            for i, act in enumerate(self._acts):
                text = self.tr("акт от {date}").format(date=f"{act.date:%d.%m.%Y}")
                if i > 0:
                    text = self.tr("{act} (повторный)").format(act=text)
                self.acts_combo.addItem(text)
        finally:
            self._loading = False
        if self._acts:
            self.acts_combo.setCurrentIndex(len(self._acts) - 1)
            self._show_act(self._acts[-1])
        else:
            self._start_form()
        self.changed.emit()

    def _show_countdown(self, detail: FamilyDetail) -> None:
        deadline, left = detail.survey_deadline, detail.working_days_left
        if deadline is None or left is None:
            self.countdown_label.hide()
            self.countdown_label.setProperty("overdue", False)
            return
        self.countdown_label.setText(countdown_text(deadline, left))
        self.countdown_label.setStyleSheet(OVERDUE_STYLE if left < 0 else DUE_STYLE)
        self.countdown_label.setProperty("overdue", left < 0)
        self.countdown_label.show()

    def _act_chosen(self, index: int) -> None:
        if not self._loading and not self.editing and 0 <= index < len(self._acts):
            self._show_act(self._acts[index])

    def _show_act(self, act: SurveyAct) -> None:
        self._loading = True
        try:
            self.editing = False
            self.date_edit.setDate(_qdate(act.date))
            self.surveyors_edit.setText(act.surveyors)
            self.housing_type_combo.setCurrentIndex(self.housing_type_combo.findData(act.housing_type))
            self.housing_condition_edit.setPlainText(act.housing_condition)
            self.amenities_edit.setPlainText(act.amenities)
            self.income_sources_edit.setPlainText(act.income_sources)
            self.total_income_edit.setText(_money_text(act.total_income))
            self.per_capita_edit.setText(_money_text(act.per_capita_income))
            self.conclusion_edit.setPlainText(act.conclusion)
            self.heading_label.setText(
                self.tr("Акт обследования материально-бытового положения от {date}").format(
                    date=f"{act.date:%d.%m.%Y}"
                )
            )
        finally:
            self._loading = False
        self._set_mode()

    def start_new_act(self) -> None:
        """Open an empty form for a repeated survey act (the recorded acts stay as they are)."""
        self.errors.clear()
        self._start_form()
        self.surveyors_edit.setFocus()
        self.changed.emit()

    def _start_form(self) -> None:
        self._loading = True
        try:
            self.editing = True
            self.date_edit.setDate(_qdate(self.context.today()))
            self.surveyors_edit.setText(self.context.worker_name)
            self.housing_type_combo.setCurrentIndex(-1)
            for text in self._text_edits():
                text.clear()
            self.total_income_edit.clear()
            self.per_capita_edit.clear()
            repeated = bool(self._acts)
            self.heading_label.setText(
                self.tr("Новый акт обследования (повторное обследование)")
                if repeated
                else self.tr("Акт обследования материально-бытового положения ещё не составлен")
            )
        finally:
            self._loading = False
        self._initial = self._snapshot()
        self._set_mode()

    def _set_mode(self) -> None:
        editing = self.editing
        closed = self.detail is not None and self.detail.family.stage == Stage.CLOSED
        for edit in (self.surveyors_edit, self.total_income_edit, self.per_capita_edit):
            edit.setReadOnly(not editing)
        for text in self._text_edits():
            text.setReadOnly(not editing)
        self.date_edit.setReadOnly(not editing)
        self.date_edit.setCalendarPopup(editing)
        self.housing_type_combo.setEnabled(editing)
        self.date_edit.setButtonSymbols(
            QDateEdit.ButtonSymbols.UpDownArrows if editing else QDateEdit.ButtonSymbols.NoButtons
        )
        # Hints belong to an empty form, not to an act that simply left a field blank.
        for widget, hint in self._hints.items():
            widget.setPlaceholderText(hint if editing else "")
        self.acts_combo.setVisible(not editing and len(self._acts) > 1)
        self.new_act_button.setVisible(not editing and bool(self._acts))
        self.new_act_button.setEnabled(not closed)
        self.save_button.setVisible(editing)
        self.save_button.setEnabled(not closed)
        self.cancel_button.setVisible(editing and bool(self._acts))
        self.required_label.setVisible(editing)

    # The dirty state and saving

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.date_edit.date(),
            self.surveyors_edit.text(),
            self.housing_type_combo.currentIndex(),
            *(t.toPlainText() for t in self._text_edits()),
            self.total_income_edit.text(),
            self.per_capita_edit.text(),
        )

    def is_dirty(self) -> bool:
        if not self.editing or self._loading or self._saving or self.detail is None:
            return False
        return self._snapshot() != self._initial

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def discard(self) -> None:
        """Drop the unsaved act: show the recorded act again (or an empty form when there is none)."""
        self.errors.clear()
        if self._acts:
            self.acts_combo.setCurrentIndex(len(self._acts) - 1)
            self._show_act(self._acts[-1])
        else:
            self._start_form()
        self.changed.emit()

    def save(self) -> bool:
        if not self.is_dirty():
            return True
        return self.record()

    def record(self) -> bool:
        """Record the act in the form through cases.record_survey; refusals appear next to the fields."""
        if self.detail is None or not self.editing:
            return False
        problems: list[Problem] = []
        housing = HousingType.OWN_HOUSE  # a stand-in while none is chosen: the form is refused then
        if self.housing_type_combo.currentIndex() >= 0:
            housing = HousingType(self.housing_type_combo.currentData())  # Qt hands back a plain str
        else:
            message = self.tr("Тип жилья: обязательное поле.")
            problems.append(Problem("survey.housing_type", message, "required"))
        total = self._money(self.total_income_edit, "survey.total_income", self.tr("Доход семьи"), problems)
        per_capita = self._money(
            self.per_capita_edit, "survey.per_capita_income", self.tr("Среднедушевой доход"), problems
        )
        data = SurveyData(
            date=_pydate(self.date_edit.date()),
            surveyors=self.surveyors_edit.text(),
            housing_type=housing,
            conclusion=self.conclusion_edit.toPlainText(),
            housing_condition=self.housing_condition_edit.toPlainText(),
            amenities=self.amenities_edit.toPlainText(),
            income_sources=self.income_sources_edit.toPlainText(),
            total_income=total if total is not None else Decimal("0"),
            per_capita_income=per_capita,
        )
        today = self.context.today()
        if problems:
            # Show the other refusals the form can know without the database at once too.
            seen = {p.field for p in problems}
            self.errors.show(problems + [p for p in data.problems(today) if p.field not in seen])
            return False
        actor = self.context.actor
        family_id = self.detail.family.id
        return self._run_saving(lambda s: cases.record_survey(s, actor, family_id, data, today))

    def _money(self, edit: QLineEdit, field: str, label: str, problems: list[Problem]) -> Decimal | None:
        try:
            return _parse_money(edit.text())
        except ValueError:
            message = self.tr("{label}: введите сумму числом, например 850,50.").format(label=label)
            problems.append(Problem(field, message, "format"))
            return None

    def _run_saving(self, fn: Callable[[Session], object]) -> bool:
        # Reported clean while the action runs, so the card's reload (announced from inside context.write)
        # shows the recorded act here too; alone (no card) the section reloads itself.
        before = self.detail
        self._saving = True
        try:
            saved = self.run_action(fn)
        finally:
            self._saving = False
        if saved and self.detail is before:
            context, family_id = self.context, before.family.id if before else None
            if family_id is not None:
                fresh = context.read(
                    lambda s: load_family_detail(s, context.actor, family_id, context.today())
                )
                self.load(fresh)
        return saved
