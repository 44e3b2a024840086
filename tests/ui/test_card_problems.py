"""Section "Проблемы" of the card: the list and the form that adds a problem (only after the survey act)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from factories import Case
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Family, Problem
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.problems_section import ProblemsSection
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]


def open_card(qtbot: QtBot, context: AppContext, case: Case) -> tuple[FamilyCard, ProblemsSection]:
    card = FamilyCard(context, [ProblemsSection])
    qtbot.addWidget(card)
    card.open_family(case.family_id)
    section = card.sections[0]
    assert isinstance(section, ProblemsSection)
    return card, section


def problems(context: AppContext) -> list[tuple[str, date, uuid.UUID | None]]:
    return context.read(
        lambda s: [(p.description, p.identified_on, p.member_id) for p in s.scalars(select(Problem))]
    )


def test_a_problem_cannot_be_added_before_the_survey_act(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.APPLICATION)
    _, section = open_card(qtbot, context, case)
    assert not section.empty_label.isHidden()
    type_text(section.description_edit, "Мать не работает")
    section.add_button.click()

    assert "Нет акта обследования" in section.general_error.text()
    assert not section.general_error.isHidden()
    assert problems(context) == []
    assert section.description_edit.text() == "Мать не работает"  # kept for after the survey


def test_adding_a_problem_after_the_survey(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.SURVEY)
    card, section = open_card(qtbot, context, case)
    type_text(section.description_edit, "Ребёнок пропускает занятия")
    section.member_combo.setCurrentIndex(section.member_combo.findData(str(case.child_id)))
    section.date_edit.setDate(QDate(2026, 3, 5))
    assert section.is_dirty()
    section.add_button.click()

    assert problems(context) == [("Ребёнок пропускает занятия", date(2026, 3, 5), case.child_id)]
    stage = context.read(lambda s: s.get(Family, case.family_id).stage)  # type: ignore[union-attr]
    assert stage == Stage.ASSESSMENT
    assert section.model.rowCount() == 1
    assert section.model.index(0, 1).data() == "Ребёнок пропускает занятия"
    assert section.model.index(0, 2).data() == "Петров М.С."
    assert section.model.index(0, 3).data() == "05.03.2026"
    assert section.description_edit.text() == ""
    assert not section.is_dirty()
    assert [label.property("state") for label in card.stepper.step_labels][2] == "done"


def test_a_problem_of_the_whole_family_pressing_enter(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.ASSESSMENT)
    _, section = open_card(qtbot, context, case)
    assert section.model.rowCount() == 1
    type_text(section.description_edit, "Задолженность за ЖКУ")
    section.description_edit.returnPressed.emit()
    assert ("Задолженность за ЖКУ", date(2026, 5, 20), None) in problems(context)
    assert section.model.rowCount() == 2
    assert section.model.index(1, 2).data() == "вся семья"


def test_an_empty_description_is_refused_next_to_the_field(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    _, section = open_card(qtbot, context, case_at(Stage.SURVEY))
    section.date_edit.setDate(QDate(2026, 3, 1))  # before the application of 02.03 too
    section.add_button.click()
    assert section.description_error.text() == "Описание проблемы: обязательное поле."
    assert section.date_error.text() == "Дата выявления: не раньше даты заявления (02.03.2026)."
    assert problems(context) == []
