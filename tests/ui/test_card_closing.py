"""The "Итоги" section: closing the case with its summary, refusals, the question first, read-only after."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from factories import Case
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from patronat_desktop.domain.vocab import ClosureReason, Outcome, Stage
from patronat_desktop.models import ClosingSummary, Family
from patronat_desktop.ui.card.closing_section import RESULT_COLUMN, ClosingSection
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.type_section import TypeSection
from patronat_desktop.ui.card.visits_section import VisitsSection
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]
CONFIRM = "Закрыть случай? После закрытия изменения невозможны."


@pytest.fixture
def card_of(qtbot: QtBot, context: AppContext) -> Callable[[Case], FamilyCard]:
    cards: list[FamilyCard] = []  # the card owns its sections: keep it alive for the test

    def open_card(case: Case) -> FamilyCard:
        card = FamilyCard(context, [TypeSection, VisitsSection, ClosingSection])
        qtbot.addWidget(card)
        cards.append(card)
        card.open_family(case.family_id)
        card.show()
        card.tabs.setCurrentIndex(2)
        return card

    return open_card


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions the user is asked; each is answered yes."""
    asked: list[str] = []

    def question(parent: QWidget, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def closing(card: FamilyCard) -> ClosingSection:
    section = card.sections[2]
    assert isinstance(section, ClosingSection)
    return section


def summary_of(context: AppContext, case: Case) -> tuple[Stage, ClosingSummary | None]:
    def read(s: Any) -> tuple[Stage, ClosingSummary | None]:
        family = s.get(Family, case.family_id)
        summary = s.scalars(
            select(ClosingSummary)
            .where(ClosingSummary.family_id == case.family_id)
            .options(selectinload(ClosingSummary.goal_results))
        ).one_or_none()
        if summary is not None:
            s.expunge(summary)
        return family.stage, summary

    return context.read(read)


def test_closing_without_a_summary_is_refused_with_every_reason(
    context: AppContext,
    card_of: Callable[[Case], FamilyCard],
    case_at: Callable[[Stage], Case],
    questions: list[str],
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = closing(card_of(case))
    assert section.goals_table.rowCount() == 2
    section.close_button.click()

    labels = section.error_labels
    assert labels["summary"].isVisibleTo(section)
    assert labels["summary"].text() == "Закрытие без итогового заключения невозможно."
    assert labels["closure.dynamics"].text() == "Динамика ситуации: обязательное поле."
    assert labels["closure.decision"].text() == "Решение: обязательное поле."
    assert labels["closure.goal_results"].text() == (
        "Итоги по целям: укажите результат по каждой цели плана (не заполнено: 2)."
    )
    assert questions == []  # a form the rules refuse is not worth the question
    assert summary_of(context, case) == (Stage.PATRONAGE, None)


def test_closing_with_summary_closes_the_case_and_the_card_turns_read_only(
    qtbot: QtBot,
    context: AppContext,
    card_of: Callable[[Case], FamilyCard],
    case_at: Callable[[Stage], Case],
    questions: list[str],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    card = card_of(case)
    section = closing(card)
    type_text(section.dynamics_edit, "Положительная: мать трудоустроена.")
    type_text(section.decision_edit, "Снять семью с патроната.")
    section.outcome_combo.setCurrentIndex(section.outcome_combo.findData(Outcome.PARTLY))
    # The first result through the keyboard, as the user types it into the table.
    table = section.goals_table
    card.activateWindow()
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    table.setCurrentCell(0, RESULT_COLUMN)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "Трудоустроена")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's text on the next turn of the event loop.
    qtbot.waitUntil(lambda: table.item(0, RESULT_COLUMN).text() == "Трудоустроена")
    table.item(1, RESULT_COLUMN).setText("Путёвка получена")
    assert section.is_dirty()
    assert card.tabs.tabText(2) == "Итоги *"

    section.close_button.click()

    assert questions == [CONFIRM]
    stage, summary = summary_of(context, case)
    assert stage == Stage.CLOSED
    assert summary is not None
    assert (summary.date.isoformat(), summary.reason, summary.outcome) == (
        "2026-05-20",
        ClosureReason.COMPLETED,
        Outcome.PARTLY,
    )
    assert summary.dynamics == "Положительная: мать трудоустроена."
    assert summary.decision == "Снять семью с патроната."
    results = {g.plan_item_id: g.result for g in summary.goal_results}
    assert results == {case.item_ids[0]: "Трудоустроена", case.item_ids[1]: "Путёвка получена"}

    assert not section.is_dirty()
    assert card.tabs.tabText(2) == "Итоги"
    assert section.stack.currentIndex() == 1
    assert section.banner.text() == "Случай закрыт 20.05.2026. Изменения в деле невозможны."
    assert section.view_decision.text() == "Снять семью с патроната."
    assert section.view_goals.item(0, RESULT_COLUMN).text() == "Трудоустроена"
    type_section, visits_section = card.sections[0], card.sections[1]
    assert isinstance(type_section, TypeSection) and isinstance(visits_section, VisitsSection)
    assert not type_section.change_button.isEnabled()
    assert type_section.hint_label.text() == "Случай закрыт: изменения невозможны."
    assert not visits_section.add_button.isEnabled()
    assert visits_section.open_add_dialog() is None
    dialog = visits_section.open_edit_dialog()  # a visit of a closed case opens read-only
    assert dialog is not None and dialog.ok_button.isHidden() and dialog.notes_edit.isReadOnly()


def test_answering_no_to_the_question_keeps_the_case_open_and_the_form_filled(
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    card_of: Callable[[Case], FamilyCard],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    asked: list[str] = []

    def say_no(parent: QWidget, title: str, text: str, *args: Any) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", say_no)
    case = case_at(Stage.PATRONAGE)
    section = closing(card_of(case))
    type_text(section.dynamics_edit, "Без изменений")
    type_text(section.decision_edit, "Продолжить")
    section.close_button.click()

    assert asked == [CONFIRM]
    assert summary_of(context, case) == (Stage.PATRONAGE, None)
    assert section.is_dirty()
    assert section.dynamics_edit.toPlainText() == "Без изменений"


def test_early_closure_needs_no_goal_results_but_an_other_reason_needs_a_note(
    context: AppContext,
    card_of: Callable[[Case], FamilyCard],
    case_at: Callable[[Stage], Case],
    questions: list[str],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = closing(card_of(case))
    section.reason_combo.setCurrentIndex(section.reason_combo.findData(ClosureReason.OTHER))
    type_text(section.dynamics_edit, "Семья отказалась от помощи")
    type_text(section.decision_edit, "Снять с патроната")
    section.close_button.click()
    assert section.error_labels["closure.reason_note"].text() == "Причина закрытия «иная»: опишите причину."
    assert summary_of(context, case)[0] == Stage.PATRONAGE

    section.reason_combo.setCurrentIndex(section.reason_combo.findData(ClosureReason.MOVED_AWAY))
    section.outcome_combo.setCurrentIndex(section.outcome_combo.findData(Outcome.TRANSFERRED))
    section.close_button.click()
    stage, summary = summary_of(context, case)
    assert stage == Stage.CLOSED
    assert summary is not None and summary.reason == ClosureReason.MOVED_AWAY and summary.goal_results == []
    assert section.view_reason.text() == "переезд семьи"


def test_leaving_an_edited_summary_asks_and_discard_drops_it(
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    card_of: Callable[[Case], FamilyCard],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    from patronat_desktop.ui.card import family_card
    from patronat_desktop.ui.forms import LeaveChoice

    asked: list[str] = []
    monkeypatch.setattr(
        family_card, "ask_leave", lambda parent, what: asked.append(what) or LeaveChoice.DISCARD
    )
    case = case_at(Stage.PATRONAGE)
    card = card_of(case)
    section = closing(card)
    type_text(section.dynamics_edit, "Черновик")
    card.tabs.setCurrentIndex(0)
    assert asked == ["Итоги"]
    assert section.dynamics_edit.toPlainText() == ""
    assert not section.is_dirty()
    assert summary_of(context, case) == (Stage.PATRONAGE, None)
