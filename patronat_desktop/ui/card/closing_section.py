"""The "Итоги" section: the closing summary form of an open case, or the summary of a closed one."""

from __future__ import annotations

import itertools
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.validation import ClosureData
from patronat_desktop.domain.vocab import ClosureReason, Outcome, Stage
from patronat_desktop.services import cases
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.card.type_section import RowFitter, cell, read_only_table
from patronat_desktop.ui.dates import from_qdate as _pydate
from patronat_desktop.ui.dates import to_qdate as _qdate
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.models import PlanItem
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext

RESULT_COLUMN = 3
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the plan item's id (uuid.UUID) in the first column of a goal row."""

_BANNER_STYLE = (
    "background:#eceff3; color:#1f2a37; border:1px solid #9aa5b1; border-radius:4px; padding:8px;"
    " font-weight:bold;"
)


class _GoalsTable(QTableWidget):
    """The goals table; the error frame FieldErrors puts on it stays off its header and scroll bars."""

    def setStyleSheet(self, sheet: str, /) -> None:
        super().setStyleSheet(f"QTableWidget {{ {sheet} }}" if sheet else "")


def _combo(values: list[ClosureReason] | list[Outcome]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(vocab_label(value), value)
    return combo


class ClosingSection(CardSection):
    """Closes the case with its summary (cases.close_case) after a confirmation; then shows it read-only."""

    title = "Итоги"
    print_kind = "summary"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.error_labels: dict[str, QLabel] = {}
        self._initial: tuple[object, ...] = ()
        self._closing = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_form())
        self.stack.addWidget(self._build_view())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.print_row())
        layout.addWidget(self.stack)

    def section_title(self) -> str:
        return self.tr("Итоги")

    # Layout

    def _build_form(self) -> QWidget:
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.reason_combo = _combo(list(ClosureReason))
        self.reason_note_edit = QLineEdit()
        self.reason_note_edit.setPlaceholderText(self.tr("обязательно для «иной причины»"))
        self.dynamics_edit = self._text_edit()
        self.dynamics_edit.setPlaceholderText(self.tr("Как изменилась ситуация семьи за время патроната"))
        self.decision_edit = self._text_edit()
        self.decision_edit.setPlaceholderText(self.tr("Например: снять семью с социального патроната"))
        self.goals_table = read_only_table(
            [self.tr("Цель"), self.tr("Мероприятие"), self.tr("Отметка плана"), self.tr("Результат*")],
            _GoalsTable(),
        )
        self.goals_table.setAccessibleName(self.tr("Цели плана и их результаты"))
        self.goals_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.goals_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self._size_goal_columns(self.goals_table)
        self.goals_rows = RowFitter(self.goals_table, fit_height=True)
        self.goals_table.itemChanged.connect(self._edited)
        self.no_plan_label = QLabel(self.tr("План не составлен: итогов по целям нет."))
        self.no_plan_label.setEnabled(False)
        self.outcome_combo = _combo(list(Outcome))
        self.close_button = QPushButton(self.tr("&Закрыть случай…"))
        self.close_button.clicked.connect(self.close_case)

        for signal in (
            self.date_edit.dateChanged,
            self.reason_combo.currentIndexChanged,
            self.reason_note_edit.textChanged,
            self.dynamics_edit.textChanged,
            self.decision_edit.textChanged,
            self.outcome_combo.currentIndexChanged,
        ):
            signal.connect(self._edited)

        # Problem.field names of cases.close_case; "summary" is the gate of the closed stage.
        top = QGridLayout()
        top.setColumnStretch(5, 1)
        top.setVerticalSpacing(2)
        self._add_field(top, 0, self.tr("&Дата закрытия*:"), self.date_edit, "closure.date")
        self._add_field(top, 2, self.tr("&Причина*:"), self.reason_combo, "closure.reason")
        self._add_field(top, 4, self.tr("По&яснение:"), self.reason_note_edit, "closure.reason_note")

        texts = QGridLayout()
        texts.setVerticalSpacing(2)
        self._add_text(texts, 0, self.tr("Ди&намика ситуации*:"), self.dynamics_edit, "closure.dynamics")
        self._add_text(texts, 1, self.tr("&Решение*:"), self.decision_edit, "closure.decision")

        goals_caption = QLabel(self.tr("Цели действующего плана и их результа&ты (F2 — ввести результат):"))
        goals_caption.setBuddy(self.goals_table)
        goals_error = self._error_label("closure.goal_results", self.goals_table)

        outcome_caption = QLabel(self.tr("&Итог*:"))
        outcome_caption.setBuddy(self.outcome_combo)
        self.summary_error = self._error_label("summary")
        bottom = QHBoxLayout()
        bottom.addWidget(outcome_caption)
        bottom.addWidget(self.outcome_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        form = QWidget()
        layout = QVBoxLayout(form)
        layout.addLayout(top)
        layout.addLayout(texts, 1)
        layout.addWidget(goals_caption)
        layout.addWidget(self.goals_table)
        layout.addWidget(self.no_plan_label)
        layout.addWidget(goals_error)
        layout.addLayout(bottom)
        layout.addWidget(self.summary_error)
        layout.addWidget(self.general_error)
        order: list[QWidget] = [
            self.date_edit,
            self.reason_combo,
            self.reason_note_edit,
            self.dynamics_edit,
            self.decision_edit,
            self.goals_table,
            self.outcome_combo,
            self.close_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        return scroll

    def _text_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        return edit

    def _error_label(self, field: str, widget: QWidget | None = None) -> QLabel:
        """Register ``field`` (a Problem.field name of the service) and keep its label for tests."""
        label = self.errors.register(field, widget)
        self.error_labels[field] = label
        return label

    def _add_field(self, grid: QGridLayout, column: int, caption: str, widget: QWidget, field: str) -> None:
        label = QLabel(caption)
        label.setBuddy(widget)
        grid.addWidget(label, 0, column)
        grid.addWidget(widget, 0, column + 1)
        grid.addWidget(self._error_label(field, widget), 1, column + 1)

    def _add_text(
        self, grid: QGridLayout, column: int, caption: str, edit: QPlainTextEdit, field: str
    ) -> None:
        label = QLabel(caption)
        label.setBuddy(edit)
        grid.addWidget(label, 0, column)
        grid.addWidget(edit, 1, column)
        grid.addWidget(self._error_label(field, edit), 2, column)
        grid.setRowStretch(1, 1)

    @staticmethod
    def _size_goal_columns(table: QTableWidget) -> None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(table.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents if column == 2 else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        table.setWordWrap(True)

    def _build_view(self) -> QWidget:
        self.banner = QLabel()
        self.banner.setStyleSheet(_BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.view_reason = self._view_label()
        self.view_outcome = self._view_label()
        self.view_dynamics = self._view_label()
        self.view_decision = self._view_label()
        self.view_goals = read_only_table(
            [self.tr("Цель"), self.tr("Мероприятие"), self.tr("Отметка плана"), self.tr("Результат")]
        )
        self.view_goals.setAccessibleName(self.tr("Цели плана и их результаты"))
        self._size_goal_columns(self.view_goals)
        self.view_goals_rows = RowFitter(self.view_goals, fit_height=True)
        fields = QFormLayout()
        fields.addRow(self.tr("Причина закрытия:"), self.view_reason)
        fields.addRow(self.tr("Итог:"), self.view_outcome)
        fields.addRow(self.tr("Динамика ситуации:"), self.view_dynamics)
        fields.addRow(self.tr("Решение:"), self.view_decision)
        view = QWidget()
        layout = QVBoxLayout(view)
        layout.addWidget(self.banner)
        layout.addLayout(fields)
        layout.addWidget(QLabel(self.tr("Цели плана и их результаты:")))
        layout.addWidget(self.view_goals)
        layout.addStretch(1)
        return view

    @staticmethod
    def _view_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # Loading

    def is_closed(self) -> bool:
        return self.detail is not None and self.detail.family.stage == Stage.CLOSED

    def _current_items(self) -> list[PlanItem]:
        assert self.detail is not None
        plan = self.detail.family.plan
        current = plan.current if plan is not None else None
        return list(current.items) if current is not None else []

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        summary = detail.family.closing_summary
        if detail.family.stage == Stage.CLOSED and summary is not None:
            self._show_summary(detail)
            self.stack.setCurrentIndex(1)
        else:
            self._reset_form(detail)
            self.stack.setCurrentIndex(0)
        self._initial = self._values()
        self.changed.emit()

    def _status_text(self, item: PlanItem) -> str:
        text = vocab_label(item.status)
        if item.completed_on is not None:
            text += f" {item.completed_on:%d.%m.%Y}"
        return text

    def _reset_form(self, detail: FamilyDetail) -> None:
        widgets = (self.date_edit, self.reason_combo, self.outcome_combo, self.goals_table)
        for widget in widgets:
            widget.blockSignals(True)
        self.date_edit.setDate(_qdate(detail.today))
        self.reason_combo.setCurrentIndex(0)
        self.outcome_combo.setCurrentIndex(0)
        items = self._current_items()
        self.goals_table.setRowCount(len(items))
        for row, item in enumerate(items):
            self.goals_table.setItem(row, 1, cell(item.measure))
            self.goals_table.setItem(row, 2, cell(self._status_text(item)))
            result = QTableWidgetItem("")
            result.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
            )
            self.goals_table.setItem(row, RESULT_COLUMN, result)
            goal = cell(item.goal)
            goal.setData(ITEM_ID_ROLE, item.id)
            self.goals_table.setItem(row, 0, goal)
        self.goals_rows.refit()
        if items:
            self.goals_table.setCurrentCell(0, RESULT_COLUMN)
        self.goals_table.setVisible(bool(items))
        self.no_plan_label.setVisible(not items)
        for widget in widgets:
            widget.blockSignals(False)
        for edit in (self.reason_note_edit, self.dynamics_edit, self.decision_edit):
            edit.clear()

    def _show_summary(self, detail: FamilyDetail) -> None:
        summary = detail.family.closing_summary
        assert summary is not None
        banner = self.tr("Случай закрыт {date}. Изменения в деле невозможны.")
        self.banner.setText(banner.format(date=f"{summary.date:%d.%m.%Y}"))
        reason = vocab_label(summary.reason)
        if summary.reason_note:
            reason += f": {summary.reason_note}"
        self.view_reason.setText(reason)
        self.view_outcome.setText(vocab_label(summary.outcome))
        self.view_dynamics.setText(summary.dynamics)
        self.view_decision.setText(summary.decision)
        results = {g.plan_item_id: g.result for g in summary.goal_results}
        items = self._current_items()
        self.view_goals.setRowCount(len(items))
        for row, item in enumerate(items):
            values = (item.goal, item.measure, self._status_text(item), results.get(item.id, ""))
            for column, text in enumerate(values):
                self.view_goals.setItem(row, column, cell(text))
        self.view_goals_rows.refit()

    # State and saving

    def goal_results(self) -> dict[uuid.UUID, str]:
        """The result typed against each goal of the current plan version (empty ones included)."""
        out: dict[uuid.UUID, str] = {}
        for row in range(self.goals_table.rowCount()):
            goal = self.goals_table.item(row, 0)
            key = goal.data(ITEM_ID_ROLE) if goal is not None else None
            result = self.goals_table.item(row, RESULT_COLUMN)
            if isinstance(key, uuid.UUID):
                out[key] = result.text() if result is not None else ""
        return out

    def closure_data(self) -> ClosureData:
        return ClosureData(
            date=_pydate(self.date_edit.date()),
            reason=ClosureReason(self.reason_combo.currentData()),
            outcome=Outcome(self.outcome_combo.currentData()),
            dynamics=self.dynamics_edit.toPlainText(),
            decision=self.decision_edit.toPlainText(),
            goal_results=self.goal_results(),
            reason_note=self.reason_note_edit.text(),
        )

    def _values(self) -> tuple[object, ...]:
        if self.is_closed():
            return ()
        return (
            self.date_edit.date(),
            self.reason_combo.currentData(),
            self.reason_note_edit.text(),
            self.dynamics_edit.toPlainText(),
            self.decision_edit.toPlainText(),
            self.outcome_combo.currentData(),
            tuple(self.goal_results().items()),
        )

    def _edited(self, *_args: object) -> None:
        self.changed.emit()

    def is_dirty(self) -> bool:
        # While the case is being closed the card reloads (inside the write): the section must take the
        # fresh, closed state then, so it does not count as dirty.
        if self._closing or self.detail is None or self.is_closed():
            return False
        return self._values() != self._initial

    def save(self) -> bool:
        """Saving this form means closing the case (asked first); a closed case has nothing to save."""
        if self.detail is None or self.is_closed():
            return True
        return self.close_case()

    def close_case(self) -> bool:
        """Close the case with the summary in the form; True when closed.

        A form the rules already refuse goes straight to the service, whose refusal lists every reason;
        otherwise the user confirms first, since a closed case cannot be changed.
        """
        if self.detail is None or self.is_closed():
            return False
        data = self.closure_data()
        today = self.context.today()
        if not data.problems(today) and not self._confirm_close():
            return False
        actor, family_id = self.context.actor, self.detail.family.id
        self._closing = True
        try:
            return self.run_action(lambda s: cases.close_case(s, actor, family_id, data, today))
        finally:
            self._closing = False

    def _confirm_close(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Закрытие случая"),
            self.tr("Закрыть случай? После закрытия изменения невозможны."),
        )
        return answer == QMessageBox.StandardButton.Yes
