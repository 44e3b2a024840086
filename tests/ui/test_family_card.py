"""The family card: header and stepper from the database, reload after a save, unsaved-changes guard."""

from __future__ import annotations

from collections.abc import Callable

from factories import Case
from pytestqt.qtbot import QtBot

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.context import AppContext


def test_card_shows_case_number_and_stepper(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.SURVEY)
    card = FamilyCard(context, [])
    qtbot.addWidget(card)
    card.open_family(case.family_id)
    assert "Петрова Ольга Ивановна" in card.title.text()
    states = [label.property("state") for label in card.stepper.step_labels]
    assert states == ["done", "done", "current", "ahead", "ahead", "ahead", "ahead"]


def test_stepper_says_why_the_plan_step_is_blocked(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.SURVEY)
    card = FamilyCard(context, [])
    qtbot.addWidget(card)
    card.open_family(case.family_id)
    tip = card.stepper.step_labels[2].toolTip()
    assert "Оценка проблем" in tip
    assert card.stepper.reasons.isHidden()
