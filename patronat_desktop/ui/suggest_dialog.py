"""The small dialog of suggested visit dates: one click on a date plans a visit on it."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.ui.calendar.entries import PLANNED_MARK, weekday_short
from patronat_desktop.ui.forms import error_label
from patronat_desktop.ui.norm_status import STATUS_MARKS
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.domain.planning import VisitSuggestion
    from patronat_desktop.ui.calendar.plan_dialog import PlanVisitDialog
    from patronat_desktop.ui.context import AppContext


def suggestion_text(widget: QWidget, s: VisitSuggestion | None) -> str:
    """What the suggestion is based on, in words (translated in ``widget``'s context)."""
    if s is None:
        return widget.tr("Норма сейчас не действует (нет вида патроната или действующего договора).")
    w = s.window
    head = widget.tr("Окно {start}–{end} ({kind}): сделано {done} из {required}.").format(
        start=f"{w.start:%d.%m.%Y}",
        end=f"{w.end:%d.%m.%Y}",
        kind=vocab_label(w.type),
        done=w.done,
        required=w.required,
    )
    if s.next_window:
        head = widget.tr("Текущее окно выполнено или запланировано. Следующее: ") + head
    if s.covered:
        return head + " " + widget.tr("Все нужные посещения уже запланированы.")
    tail = widget.tr("Нужно ещё запланировать: {needed}.").format(needed=s.needed)
    if s.short:
        tail += " " + widget.tr("{mark} Рабочих дней не хватает: предложены все оставшиеся.").format(
            mark=STATUS_MARKS[s.window.status]
        )
    return f"{head} {tail}"


def day_text(day: date) -> str:
    """E.g. "чт, 21.05.2026" (the weekday in the UI language)."""
    return f"{weekday_short(day)}, {day:%d.%m.%Y}"


class SuggestVisitDialog(QDialog):
    """The suggested dates of a family as buttons; a click plans that date (services.planning.plan_visit).

    «Другая дата…» opens the planning form with a date of one's own choice.
    """

    def __init__(
        self, context: AppContext, family_id: uuid.UUID, family_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from patronat_desktop.services.planning import suggest_for_family

        self.context = context
        self.family_id = family_id
        self.family_label = family_label
        self.other_dialog: PlanVisitDialog | None = None
        self.setWindowTitle(self.tr("Запланировать посещение"))
        self.setMinimumWidth(480)
        actor, today = context.actor, context.today()
        self.suggestion = context.read(lambda s: suggest_for_family(s, actor, family_id, today))

        self.family = QLabel(family_label)
        font = self.family.font()
        font.setBold(True)
        self.family.setFont(font)
        self.explanation = QLabel(suggestion_text(self, self.suggestion))
        self.explanation.setWordWrap(True)
        self.error = error_label()
        self.day_buttons: list[QPushButton] = []
        days = QHBoxLayout()
        for day in self.suggestion.days if self.suggestion else ():
            button = QPushButton(f"{PLANNED_MARK} {day_text(day)}")
            button.setToolTip(self.tr("Запланировать посещение на {day}").format(day=f"{day:%d.%m.%Y}"))
            button.clicked.connect(lambda _checked=False, d=day, b=button: self.accept_day(d, b))
            days.addWidget(button)
            self.day_buttons.append(button)
        days.addStretch(1)
        self.other_button = QPushButton(self.tr("Другая &дата…"))
        self.other_button.clicked.connect(self.open_other)
        close = QPushButton(self.tr("Закрыть"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.other_button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.family)
        layout.addWidget(self.explanation)
        if self.day_buttons:
            layout.addWidget(QLabel(self.tr("Предложенные даты (рабочие дни) — щелчок планирует посещение:")))
            layout.addLayout(days)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        if self.day_buttons:
            self.day_buttons[0].setDefault(True)
            self.day_buttons[0].setFocus()

    def accept_day(self, day: date, button: QPushButton | None = None) -> bool:
        """Plan a visit on ``day``; the button then says so. Closes once every suggested date is planned."""
        from patronat_desktop.services.planning import plan_visit

        actor, today, family_id = self.context.actor, self.context.today(), self.family_id
        try:
            self.context.write(lambda s: plan_visit(s, actor, family_id, day, "", today), family_id)
        except DomainError as error:
            self.error.setText(" ".join(p.message for p in error.problems))
            self.error.show()
            return False
        if button is not None:
            button.setText(self.tr("✓ {day} — запланировано").format(day=day_text(day)))
            button.setEnabled(False)
        if all(not b.isEnabled() for b in self.day_buttons):
            self.accept()
        return True

    def open_other(self) -> PlanVisitDialog:
        from patronat_desktop.ui.calendar.plan_dialog import PlanVisitDialog

        first = self.suggestion.days[0] if self.suggestion and self.suggestion.days else self.context.today()
        if self.other_dialog is not None:
            self.other_dialog.deleteLater()
        self.other_dialog = PlanVisitDialog(self.context, self.family_id, self.family_label, first, self)
        self.other_dialog.accepted.connect(self.accept)
        self.other_dialog.open()
        return self.other_dialog
