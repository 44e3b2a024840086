"""Section "Обследование" of the card: the working-day countdown, recording the act, repeated acts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from factories import Case
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.vocab import HousingType, Stage
from patronat_desktop.models import Family, SurveyAct
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.card.application_section import ApplicationSection
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.survey_section import (
    SurveySection,
    _money_text,
    _parse_money,
    countdown_text,
    plural_form,
)
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]


def open_card(qtbot: QtBot, context: AppContext, case: Case) -> tuple[FamilyCard, SurveySection]:
    card = FamilyCard(context, [SurveySection])
    qtbot.addWidget(card)
    card.open_family(case.family_id)
    section = card.sections[0]
    assert isinstance(section, SurveySection)
    return card, section


def context_on(database: Database, actor: Actor, today: date) -> AppContext:
    return AppContext(database, actor, "Иванова А.", today=today)


def fill_act(section: SurveySection, type_text: TypeText, total: str = "900") -> None:
    section.surveyors_edit.clear()
    type_text(section.surveyors_edit, "Иванова А., Сидорова Е.")
    section.housing_type_combo.setCurrentIndex(section.housing_type_combo.findData(HousingType.OWN_FLAT))
    type_text(section.housing_condition_edit, "удовлетворительное")
    section.total_income_edit.setText(total)
    type_text(section.conclusion_edit, "Семья нуждается в социальном патронате.")


def acts(context: AppContext) -> list[tuple[date, Decimal, Decimal]]:
    return context.read(
        lambda s: [
            (a.date, a.total_income, a.per_capita_income)
            for a in s.scalars(select(SurveyAct).order_by(SurveyAct.created_at))
        ]
    )


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1 день"),
        (2, "2 дня"),
        (4, "4 дня"),
        (5, "5 дней"),
        (11, "11 дней"),
        (12, "12 дней"),
        (21, "21 день"),
        (22, "22 дня"),
        (111, "111 дней"),
        (-3, "3 дня"),
    ],
)
def test_russian_plural_forms(n: int, text: str) -> None:
    assert plural_form(n, "{n} день", "{n} дня", "{n} дней") == text


@pytest.mark.parametrize(("n", "text"), [(1, "1 day"), (2, "2 days"), (5, "5 days"), (21, "21 days")])
def test_english_plural_forms(n: int, text: str) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English))  # the autouse fixture sets Russian back
    assert plural_form(n, "{n} day", "{n} days", "{n} days") == text


def test_countdown_texts_in_working_days() -> None:
    deadline = date(2026, 3, 5)
    assert countdown_text(deadline, 1) == "Срок обследования: 05.03.2026, остался 1 рабочий день"
    assert countdown_text(deadline, 0) == "Срок обследования: 05.03.2026, сегодня последний день"
    assert countdown_text(deadline, -5).startswith("⚠ Просрочено на 5 рабочих дней")


def test_countdown_shows_the_working_days_left(
    qtbot: QtBot, database: Database, centre_actor: Actor, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)  # applied on Mon 02.03.2026: the survey is due on Thu 05.03
    _, section = open_card(qtbot, context_on(database, centre_actor, date(2026, 3, 3)), case)
    assert section.countdown_label.text() == "Срок обследования: 05.03.2026, осталось 2 рабочих дня"
    assert not section.countdown_label.property("overdue")
    assert "#b3261e" not in section.countdown_label.styleSheet()


def test_countdown_on_the_last_day(
    qtbot: QtBot, database: Database, centre_actor: Actor, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    _, section = open_card(qtbot, context_on(database, centre_actor, date(2026, 3, 5)), case)
    assert section.countdown_label.text() == "Срок обследования: 05.03.2026, сегодня последний день"


def test_an_overdue_survey_is_red_and_says_so_in_words(
    qtbot: QtBot, database: Database, centre_actor: Actor, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    # Fri 06.03, Mon 09.03 (8 March fell on a Sunday and is not moved), Tue 10.03: three working days late.
    _, section = open_card(qtbot, context_on(database, centre_actor, date(2026, 3, 10)), case)
    text = section.countdown_label.text()
    assert text.startswith("⚠ Просрочено на 3 рабочих дня")
    assert "05.03.2026" in text
    assert section.countdown_label.property("overdue")
    assert "#b3261e" in section.countdown_label.styleSheet()
    assert not section.countdown_label.isHidden()


def test_recording_the_survey_moves_the_stage_and_shows_the_act_read_only(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.APPLICATION)
    card, section = open_card(qtbot, context, case)
    assert [label.property("state") for label in card.stepper.step_labels][:2] == ["done", "current"]
    assert section.editing and not section.surveyors_edit.isReadOnly()
    section.date_edit.setDate(QDate(2026, 3, 4))
    fill_act(section, type_text)
    assert section.is_dirty()
    section.save_button.click()

    assert acts(context) == [(date(2026, 3, 4), Decimal("900.00"), Decimal("450.00"))]  # 900 / 2 members
    stage = context.read(lambda s: s.get(Family, case.family_id).stage)  # type: ignore[union-attr]
    assert stage == Stage.SURVEY
    assert [label.property("state") for label in card.stepper.step_labels][:3] == ["done", "done", "current"]
    assert not section.editing and not section.is_dirty()
    assert section.surveyors_edit.isReadOnly()
    assert section.conclusion_edit.isReadOnly()
    assert not section.housing_type_combo.isEnabled()
    assert section.save_button.isHidden()
    assert not section.new_act_button.isHidden()
    assert section.countdown_label.isHidden()
    assert "04.03.2026" in section.heading_label.text()
    assert section.per_capita_edit.text().replace(",", ".") == "450.00"


def test_a_survey_dated_before_the_application_is_refused_next_to_the_date(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.APPLICATION)
    _, section = open_card(qtbot, context, case)
    section.date_edit.setDate(QDate(2026, 2, 27))
    fill_act(section, type_text)
    section.save_button.click()

    assert section.date_error.text() == "Дата обследования: не раньше даты заявления (02.03.2026)."
    assert not section.date_error.isHidden()
    assert acts(context) == []
    assert section.editing and section.is_dirty()


def test_missing_fields_of_the_act_are_all_shown_at_once(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    _, section = open_card(qtbot, context, case_at(Stage.APPLICATION))
    section.surveyors_edit.clear()
    section.total_income_edit.setText("много")
    section.save_button.click()
    assert section.housing_type_error.text() == "Тип жилья: обязательное поле."
    assert section.surveyors_error.text() == "Обследование проводили: обязательное поле."
    assert section.conclusion_error.text() == "Заключение: обязательное поле."
    assert "числом" in section.total_income_error.text()
    assert acts(context) == []


def test_recording_a_repeated_survey_act(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.SURVEY)
    _, section = open_card(qtbot, context, case)
    assert not section.editing
    section.new_act_button.click()
    assert section.editing and not section.surveyors_edit.isReadOnly()
    assert section.date_edit.date() == QDate(2026, 5, 20)
    fill_act(section, type_text, total="1 200,50")
    section.per_capita_edit.setText("600")
    section.save_button.click()

    assert acts(context)[1] == (date(2026, 5, 20), Decimal("1200.50"), Decimal("600.00"))
    assert not section.editing
    assert section.acts_combo.count() == 2
    assert not section.acts_combo.isHidden()
    section.acts_combo.setCurrentIndex(0)
    assert section.date_edit.date() == QDate(2026, 3, 4)


def test_cancelling_a_new_act_shows_the_recorded_one(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    _, section = open_card(qtbot, context, case_at(Stage.SURVEY))
    section.new_act_button.click()
    section.conclusion_edit.setPlainText("черновик")
    assert section.is_dirty()
    section.cancel_button.click()
    assert not section.editing and not section.is_dirty()
    assert section.conclusion_edit.toPlainText() == "Семья нуждается в социальном патронате."


def test_the_application_section_shows_the_application_and_whether_the_survey_was_on_time(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.APPLICATION)
    card = FamilyCard(context, [ApplicationSection, SurveySection])
    qtbot.addWidget(card)
    card.open_family(case.family_id)
    application, survey = card.sections
    assert isinstance(application, ApplicationSection) and isinstance(survey, SurveySection)
    assert application.number_label.text() == "1"
    assert application.date_label.text() == "02.03.2026"
    assert application.applicant_label.text() == "Петрова Ольга Ивановна"
    assert application.referral_label.text() == "Обратилась самостоятельно"
    assert application.received_by_label.text() == "Иванова А."
    assert application.request_view.toPlainText() == "Прошу оказать помощь в трудоустройстве."
    assert application.request_view.isReadOnly()
    assert application.deadline_label.text().startswith("05.03.2026 (акта обследования ещё нет")

    survey.date_edit.setDate(QDate(2026, 3, 4))
    fill_act(survey, type_text)
    survey.save_button.click()
    # The card reloaded the other section from the database after the save.
    assert application.deadline_label.text() == "05.03.2026 (обследование проведено 04.03.2026, в срок)"


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("1 234,50", Decimal("1234.50")),
        ("1234.5", Decimal("1234.5")),
        ("1,234.50", Decimal("1234.50")),
        ("1.234,50", Decimal("1234.50")),
        ("1\u00a0292,36", Decimal("1292.36")),
        ("  ", None),
    ],
)
def test_sums_are_read_as_typed_in_any_of_the_languages(typed: str, value: Decimal | None) -> None:
    assert _parse_money(typed) == value


@pytest.mark.parametrize("bad", ["12,3,4", "abc", "1..2", "nan", "Infinity"])
def test_a_sum_that_is_not_a_number_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        _parse_money(bad)


@pytest.mark.parametrize("language", [QLocale.Language.Russian, QLocale.Language.English])
def test_a_shown_sum_reads_back_the_same_in_each_language(language: QLocale.Language) -> None:
    QLocale.setDefault(QLocale(language))  # the autouse fixture sets Russian back
    assert _parse_money(_money_text(Decimal("1292.36"))) == Decimal("1292.36")
