"""The new case wizard: registering a written application through its pages, and every refusal in place."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from factories import Case
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from patronat_desktop.domain.vocab import Disability, ReferralSource, Relation, Sex, Stage
from patronat_desktop.models import Family
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.member_editor import select_data
from patronat_desktop.ui.new_case_wizard import (
    ADDRESS,
    APPLICANT,
    APPLICATION,
    GROUNDS,
    MEMBERS,
    SUMMARY,
    NewCaseWizard,
)

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def wizard(qtbot: QtBot, context: AppContext) -> NewCaseWizard:
    """The wizard, shown; closed at the end without the "discard what was typed?" question."""
    shown = NewCaseWizard(context)
    qtbot.addWidget(shown, before_close_func=lambda w: w.done(0))
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def click_next(qtbot: QtBot, wizard: NewCaseWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def family_count(context: AppContext) -> int:
    return context.read(lambda s: s.scalar(select(func.count()).select_from(Family))) or 0


def fill_application(qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText, number: str = "15") -> None:
    qtbot.keyClicks(wizard.number_edit, number)
    wizard.date_edit.setDate(QDate(2026, 4, 16))
    select_data(wizard.source_combo, ReferralSource.SCHOOL_COUNCIL)
    type_text(wizard.note_edit, "СШ № 2")
    type_text(wizard.request_edit, "Прошу помочь с трудоустройством.")


def fill_applicant(qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText, birth: str = "12041990") -> None:
    form = wizard.applicant_form
    type_text(form.surname_edit, "Петрова")
    type_text(form.name_edit, "Ольга")
    type_text(form.patronymic_edit, "Ивановна")
    form.patronymic_edit.editingFinished.emit()  # leaving the field guesses the sex from the patronymic
    form.birth_edit.setFocus()
    form.birth_edit.setCursorPosition(0)
    qtbot.keyClicks(form.birth_edit, birth)


def add_child(qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText) -> None:
    qtbot.mouseClick(wizard.members_editor.add_button, Qt.MouseButton.LeftButton)
    dialog = wizard.members_editor.member_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.form.surname_edit.text() == "Петрова"  # children usually share the applicant's surname
    dialog.form.surname_edit.clear()
    type_text(dialog.form.surname_edit, "Петров")
    type_text(dialog.form.name_edit, "Максим")
    type_text(dialog.form.patronymic_edit, "Сергеевич")
    dialog.form.birth_edit.setText("01.09.2015")
    select_data(dialog.form.sex_combo, Sex.MALE)
    assert dialog.form.relation_combo is not None
    select_data(dialog.form.relation_combo, Relation.CHILD)
    select_data(dialog.form.disability_combo, Disability.SPECIAL_NEEDS)
    type_text(dialog.form.school_edit, "СШ № 2, 5 класс")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def fill_address(wizard: NewCaseWizard, type_text: TypeText) -> None:
    type_text(wizard.address_edits["settlement"], "д. Новосёлки")
    type_text(wizard.address_edits["house"], "5")


def tick_ground(qtbot: QtBot, wizard: NewCaseWizard, name: str) -> None:
    """Select the ground in the list and press Space, as the keyboard user does."""
    items = wizard.grounds_list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    wizard.grounds_list.setCurrentItem(items[0])
    wizard.grounds_list.setFocus()
    qtbot.keyClick(wizard.grounds_list, Qt.Key.Key_Space)
    assert items[0].checkState() == Qt.CheckState.Checked


def walk_to_summary(qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText, number: str = "15") -> None:
    fill_application(qtbot, wizard, type_text, number)
    click_next(qtbot, wizard)
    fill_applicant(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    add_child(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    fill_address(wizard, type_text)
    click_next(qtbot, wizard)
    tick_ground(qtbot, wizard, "Безработица")
    click_next(qtbot, wizard)
    assert wizard.currentId() == SUMMARY


def test_registers_family_with_two_members_through_the_pages(
    qtbot: QtBot, wizard: NewCaseWizard, context: AppContext, type_text: TypeText
) -> None:
    fill_application(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    assert wizard.currentId() == APPLICANT
    fill_applicant(qtbot, wizard, type_text)
    assert wizard.applicant_form.sex_combo.currentData() == Sex.FEMALE
    click_next(qtbot, wizard)
    assert wizard.currentId() == MEMBERS
    assert wizard.members_editor.table.rowCount() == 1
    assert wizard.members_editor.table.item(0, 5).text() == "заявитель"
    add_child(qtbot, wizard, type_text)
    assert wizard.members_editor.table.rowCount() == 2
    assert wizard.members_editor.table.item(1, 1).text() == "Максим"
    click_next(qtbot, wizard)
    assert wizard.currentId() == ADDRESS
    assert wizard.address_edits["district"].text() == "Тестовый"  # from the centre
    assert wizard.address_edits["region"].text() == "Минская"
    fill_address(wizard, type_text)
    click_next(qtbot, wizard)
    assert wizard.currentId() == GROUNDS
    tick_ground(qtbot, wizard, "Безработица")
    tick_ground(qtbot, wizard, "Неблагополучие в семье, конфликты и насилие в семье")
    click_next(qtbot, wizard)
    assert wizard.currentId() == SUMMARY
    summary = wizard.summary_view.toPlainText()
    for text in ("№ 15 от 16.04.2026", "не позднее 23.04.2026", "Петрова Ольга Ивановна", "Петров Максим"):
        assert text in summary
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Зарегистрировать"

    with qtbot.waitSignal(wizard.family_created) as created:
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert wizard.result() == QWizard.DialogCode.Accepted.value

    def load(s: Session) -> dict[str, Any]:
        family = s.scalars(
            select(Family).options(
                selectinload(Family.members), selectinload(Family.grounds), selectinload(Family.application)
            )
        ).one()
        assert family.application is not None
        return {
            "id": family.id,
            "case_number": family.case_number,
            "stage": family.stage,
            "number": family.application.number,
            "date": family.application.date,
            "request": family.application.request_text,
            "source": family.referral_source,
            "note": family.referral_note,
            "settlement": family.settlement,
            "district": family.district,
            "worker": family.responsible_worker_id,
            "grounds": {g.code for g in family.grounds},
            "members": sorted(
                (m.surname, m.name, m.birth_date, m.relation, m.is_applicant, m.disability)
                for m in family.members
            ),
        }

    row = context.read(load)
    assert created.args == [row["id"]]
    assert row["case_number"] == "2026/001"
    assert row["stage"] == Stage.APPLICATION
    assert (row["number"], row["date"]) == ("15", date(2026, 4, 16))
    assert row["request"] == "Прошу помочь с трудоустройством."
    assert (row["source"], row["note"]) == (ReferralSource.SCHOOL_COUNCIL, "СШ № 2")
    assert (row["settlement"], row["district"]) == ("д. Новосёлки", "Тестовый")
    assert row["worker"] == context.actor.worker_id
    assert row["grounds"] == {"unemployment", "dysfunction"}
    assert row["members"] == [
        ("Петров", "Максим", date(2015, 9, 1), Relation.CHILD, False, Disability.SPECIAL_NEEDS),
        ("Петрова", "Ольга", date(1990, 4, 12), Relation.SELF, True, Disability.NONE),
    ]


def test_survey_deadline_skips_transferred_day_off_and_radunitsa(wizard: NewCaseWizard) -> None:
    assert "не позднее" in wizard.deadline_label.text()  # shown at once, for today's date
    wizard.date_edit.setDate(QDate(2026, 4, 16))  # Thu: Fri 17 (1), 20 Apr transferred off, 21 Apr Радуница
    assert (
        wizard.deadline_label.text() == "Обследование — не позднее 23.04.2026 (3 рабочих дня после заявления)"
    )
    assert "21.04 — Радуница" in wizard.days_off_label.text()
    assert "20.04" in wizard.days_off_label.text()
    wizard.date_edit.setDate(QDate(2026, 4, 15))  # Wed: 16, 17, then 22
    assert "не позднее 22.04.2026" in wizard.deadline_label.text()
    wizard.date_edit.setDate(QDate(2026, 4, 13))  # Mon: 14, 15, 16, no day off in between
    assert "не позднее 16.04.2026" in wizard.deadline_label.text()
    assert wizard.days_off_label.isHidden()


def test_child_applicant_refused_next_to_birth_date_and_nothing_created(
    qtbot: QtBot, wizard: NewCaseWizard, context: AppContext, type_text: TypeText
) -> None:
    fill_application(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    fill_applicant(qtbot, wizard, type_text, birth="03052010")  # 15 on 16.04.2026
    assert wizard.age_error.isVisible()  # at once, before any button
    assert "18 лет" in wizard.age_error.text()
    click_next(qtbot, wizard)
    assert wizard.currentId() == APPLICANT

    wizard.applicant_form.birth_edit.setText("12.04.1990")
    assert not wizard.age_error.isVisible()
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    fill_address(wizard, type_text)
    click_next(qtbot, wizard)
    tick_ground(qtbot, wizard, "Безработица")
    click_next(qtbot, wizard)
    assert wizard.currentId() == SUMMARY
    # Changed behind the page's check: the service refuses it too, and the wizard goes back to the field.
    wizard.applicant_form.birth_edit.setText("03.05.2010")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert wizard.currentId() == APPLICANT
    assert wizard.age_error.isVisible()
    assert (
        wizard.age_error.text()
        == "Заявитель: заявление подаёт совершеннолетний (18 лет и старше) член семьи."
    )
    banner = wizard.page(APPLICANT).banner  # type: ignore[attr-defined]
    assert banner.isVisible() and "не зарегистрировано" in banner.text()
    assert family_count(context) == 0


def test_no_grounds_refused_on_grounds_page(
    qtbot: QtBot, wizard: NewCaseWizard, context: AppContext, type_text: TypeText
) -> None:
    fill_application(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    fill_applicant(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    fill_address(wizard, type_text)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == GROUNDS
    assert "Основания ТЖС: укажите хотя бы одно основание." in wizard.errors.messages()
    # And the service says the same when asked directly: the wizard stays on the grounds page.
    assert not wizard.register()
    assert wizard.currentId() == GROUNDS
    assert "Основания ТЖС: укажите хотя бы одно основание." in wizard.errors.messages()
    assert family_count(context) == 0


def test_duplicate_application_number_sends_back_to_first_page(
    qtbot: QtBot,
    wizard: NewCaseWizard,
    context: AppContext,
    type_text: TypeText,
    case_at: Callable[[Stage], Case],
) -> None:
    case_at(Stage.APPLICATION)  # application № 1 of 02.03.2026
    walk_to_summary(qtbot, wizard, type_text, number="1")
    with qtbot.assertNotEmitted(wizard.family_created):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible()
    assert wizard.currentId() == APPLICATION
    assert "Номер заявления: № 1 за 2026 год уже есть." in wizard.errors.messages()
    assert wizard.number_edit.hasFocus()
    assert family_count(context) == 1

    wizard.number_edit.setText("2")
    click_next(qtbot, wizard)  # everything else is kept
    assert wizard.applicant_form.surname_edit.text() == "Петрова"
    for _ in range(4):
        click_next(qtbot, wizard)
    with qtbot.waitSignal(wizard.family_created):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert family_count(context) == 2


def test_referral_other_needs_who_referred(qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText) -> None:
    qtbot.keyClicks(wizard.number_edit, "3")
    select_data(wizard.source_combo, ReferralSource.OTHER)
    click_next(qtbot, wizard)
    assert wizard.currentId() == APPLICATION
    assert "Источник обращения «иное»: укажите, кто направил." in wizard.errors.messages()
    type_text(wizard.note_edit, "соседи")
    click_next(qtbot, wizard)
    assert wizard.currentId() == APPLICANT


def test_applicant_row_stays_and_other_rows_are_edited_by_keyboard(
    qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText
) -> None:
    fill_application(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    fill_applicant(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    add_child(qtbot, wizard, type_text)
    table = wizard.members_editor.table
    table.setFocus()
    table.selectRow(0)
    assert not wizard.members_editor.remove_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 2

    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits the selected member
    dialog = wizard.members_editor.member_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.form.name_edit.clear()
    type_text(dialog.form.name_edit, "Матвей")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert table.item(1, 1).text() == "Матвей"

    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 1
    assert wizard.members_editor.members == []

    qtbot.keyClick(table, Qt.Key.Key_Insert)  # Insert adds
    dialog = wizard.members_editor.member_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Член семьи"
    dialog.done(0)


def test_member_dialog_shows_refusals_next_to_fields(qtbot: QtBot, wizard: NewCaseWizard) -> None:
    wizard.members_editor.add_member()
    dialog = wizard.members_editor.member_dialog
    assert dialog is not None
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    messages = dialog.errors.messages()
    for text in (
        "Фамилия: обязательное поле.",
        "Имя: обязательное поле.",
        "Дата рождения: обязательное поле.",
    ):
        assert text in messages
    assert "Родство: выберите из списка." in messages
    assert wizard.members_editor.members == []


def test_grounds_are_those_valid_on_the_application_date(wizard: NewCaseWizard) -> None:
    names = lambda: [wizard.grounds_list.item(i).text() for i in range(wizard.grounds_list.count())]  # noqa: E731
    assert "Неблагополучие в семье, конфликты и насилие в семье" in names()
    assert "Конфликты и жестокое обращение в семье" not in names()
    wizard.date_edit.setDate(QDate(2017, 11, 1))  # before the 2017 rewording
    assert "Конфликты и жестокое обращение в семье" in names()
    assert "Неблагополучие в семье, конфликты и насилие в семье" not in names()


def test_leaving_with_entered_data_asks_first(
    qtbot: QtBot, wizard: NewCaseWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    questions: list[str] = []
    answer = QMessageBox.StandardButton.No

    def ask(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", ask)
    qtbot.keyClicks(wizard.number_edit, "7")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert questions == ["Прервать регистрацию? Введённые данные будут потеряны."]
    assert wizard.isVisible()
    answer = QMessageBox.StandardButton.Yes
    wizard.reject()
    assert not wizard.isVisible()


def test_leaving_untouched_wizard_asks_nothing(
    wizard: NewCaseWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    wizard.reject()
    assert not wizard.isVisible()
