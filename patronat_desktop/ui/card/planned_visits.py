"""The planned visits of a family in its card: the pending ones with «Отметить проведённым», «Перенести…»,
«Отменить», and the suggested dates, each planned in one click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.planning import PlannedVisitStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.ui.calendar.entries import PLANNED_MARK
from patronat_desktop.ui.card.type_section import cell, read_only_table
from patronat_desktop.ui.dates import EARLIEST, date_edit, from_qdate
from patronat_desktop.ui.forms import GuardedDialog, error_label
from patronat_desktop.ui.suggest_dialog import day_text, suggestion_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.services.planning import PlannedRow
    from patronat_desktop.ui.context import AppContext

MAX_SUGGESTIONS = 4


class MovePlannedDialog(GuardedDialog):
    """A new day for a planned visit → services.planning.move_planned_visit."""

    def __init__(self, context: AppContext, planned: PlannedRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.planned = planned
        self.what = self.tr("Перенос посещения")
        self.setWindowTitle(self.tr("Перенести посещение"))
        self.date_edit = date_edit(max(planned.day, context.today()), earliest=EARLIEST)
        form = QFormLayout()
        form.addRow(self.tr("Было запланировано:"), QLabel(f"{planned.day:%d.%m.%Y}"))
        form.addRow(self.tr("&Новая дата*:"), self.date_edit)
        form.addRow("", self.errors.register("planned.day", self.date_edit))
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(self.tr("&Перенести"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save_and_close)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self._initial = self.date_edit.date()
        self.date_edit.setFocus()

    def is_dirty(self) -> bool:
        return self.date_edit.date() != self._initial

    def try_save(self) -> bool:
        from patronat_desktop.services.planning import move_planned_visit

        actor, today = self.context.actor, self.context.today()
        planned_id, family_id, day = (
            self.planned.id,
            self.planned.family_id,
            from_qdate(self.date_edit.date()),
        )
        try:
            self.context.write(lambda s: move_planned_visit(s, actor, planned_id, day, today), family_id)
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        self._initial = self.date_edit.date()
        return True


class PlannedVisitsBox(QGroupBox):
    """Pending planned visits of the family and the suggested dates; every action saves at once."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: FamilyDetail | None = None
        self.move_dialog: MovePlannedDialog | None = None
        self.pending: list[PlannedRow] = []
        self.setTitle(self.tr("Запланированные посещения"))
        self.table = read_only_table([self.tr("Дата"), self.tr("Заметка")])
        self.table.setAccessibleName(self.tr("Запланированные посещения семьи"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("Запланированных посещений нет."))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.done_button = QPushButton(self.tr("Отметить п&роведённым"))
        self.done_button.setToolTip(
            self.tr("Записать посещение на дому в запланированный день (не позже сегодняшнего)")
        )
        self.done_button.clicked.connect(self.mark_done)
        self.move_button = QPushButton(self.tr("Перен&ести…"))
        self.move_button.clicked.connect(self.open_move_dialog)
        self.cancel_button = QPushButton(self.tr("Отм&енить"))
        self.cancel_button.setToolTip(self.tr("Отменить выбранное запланированное посещение"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_buttons: list[QPushButton] = []
        self.suggestions = QHBoxLayout()
        self.suggestions.addStretch(1)  # buttons are inserted before it, so they keep their natural width
        self.error = error_label()

        actions = QVBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.move_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(actions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addLayout(top)
        layout.addWidget(self.suggestion_label)
        layout.addLayout(self.suggestions)
        layout.addWidget(self.error)

    def load(self, detail: FamilyDetail) -> None:
        self.detail = detail
        self.error.hide()
        self.pending = [p for p in detail.planned if p.status == PlannedVisitStatus.PLANNED]
        self.table.setRowCount(len(self.pending))
        for row, p in enumerate(self.pending):
            when = f"{PLANNED_MARK} {day_text(p.day)}"
            if p.moved_from is not None:
                when += " " + self.tr("(перенесено с {day})").format(day=f"{p.moved_from:%d.%m.%Y}")
            if p.day < detail.today:
                when += " — " + self.tr("✗ просрочено")
            self.table.setItem(row, 0, cell(when))
            self.table.setItem(row, 1, cell(p.note))
        if self.pending:
            self.table.selectRow(0)
        # As tall as its rows (three at most before it scrolls); nothing but a line when there are none.
        shown = min(len(self.pending), 3)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height()
            + shown * self.table.verticalHeader().defaultSectionSize()
            + 4
        )
        for widget in (self.table, self.done_button, self.move_button, self.cancel_button):
            widget.setVisible(bool(self.pending))
        self.empty_label.setVisible(not self.pending)
        closed = detail.family.stage == Stage.CLOSED
        self.suggestion_label.setText("" if closed else suggestion_text(self, detail.suggestion))
        self.suggestion_label.setVisible(not closed)
        for button in self.suggestion_buttons:
            self.suggestions.removeWidget(button)
            button.deleteLater()
        self.suggestion_buttons = []
        days = detail.suggestion.days[:MAX_SUGGESTIONS] if detail.suggestion and not closed else ()
        for day in days:
            button = QPushButton(self.tr("Запланировать на {day}").format(day=day_text(day)))
            button.clicked.connect(self._plan_on(day))
            self.suggestions.insertWidget(self.suggestions.count() - 1, button)
            self.suggestion_buttons.append(button)
        self.setVisible(not closed or bool(self.pending))
        self._update_buttons()

    def _plan_on(self, day: date) -> Callable[[], None]:
        def plan() -> None:
            self.plan(day)

        return plan

    def _update_buttons(self) -> None:
        selected = self.selected() is not None
        for button in (self.done_button, self.move_button, self.cancel_button):
            button.setEnabled(selected)

    def selected(self) -> PlannedRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.pending):
            return None
        return self.pending[rows[0].row()]

    def _run(self, action: Callable[[Session], Any]) -> bool:
        assert self.detail is not None
        try:
            self.context.write(action, self.detail.family.id)
        except DomainError as error:
            self.error.setText(" ".join(p.message for p in error.problems))
            self.error.show()
            return False
        return True

    def plan(self, day: date) -> bool:
        """One click on a suggested date: plan a visit on it."""
        from patronat_desktop.services.planning import plan_visit

        assert self.detail is not None
        actor, today, family_id = self.context.actor, self.context.today(), self.detail.family.id
        return self._run(lambda s: plan_visit(s, actor, family_id, day, "", today))

    def mark_done(self) -> bool:
        """Record the selected plan as a home visit on its day (today if it is still ahead)."""
        from patronat_desktop.services.planning import quick_visit_data, record_planned_visit

        p, detail = self.selected(), self.detail
        if p is None or detail is None:
            return False
        actor, today = self.context.actor, self.context.today()
        data = quick_visit_data(detail.family, min(p.day, today))
        return self._run(lambda s: record_planned_visit(s, actor, p.id, data, today))

    def cancel_selected(self) -> bool:
        from patronat_desktop.services.planning import cancel_planned_visit

        p = self.selected()
        if p is None:
            return False
        actor = self.context.actor
        return self._run(lambda s: cancel_planned_visit(s, actor, p.id))

    def open_move_dialog(self) -> MovePlannedDialog | None:
        p = self.selected()
        if p is None:
            return None
        if self.move_dialog is not None:
            self.move_dialog.deleteLater()
        self.move_dialog = MovePlannedDialog(self.context, p, self)
        self.move_dialog.open()
        return self.move_dialog
