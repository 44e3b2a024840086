"""A whole case through the real main window, as a caseworker works: Ctrl+N, each card tab, the list."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from factories import Case, table_counts
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import (
    AgencyKind,
    ClosureReason,
    HousingType,
    Outcome,
    ReferralSource,
    Relation,
    Sex,
    Stage,
    VisitKind,
)
from patronat_desktop.models import (
    Agency,
    AuditEntry,
    ClosingSummary,
    Contract,
    Family,
    Plan,
    PlanVersion,
    SurveyAct,
    TypePeriod,
    Visit,
)
from patronat_desktop.ui import background
from patronat_desktop.ui.card.application_section import ApplicationSection
from patronat_desktop.ui.card.closing_section import RESULT_COLUMN, ClosingSection
from patronat_desktop.ui.card.contract_section import ContractSection
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.family_section import FamilySection
from patronat_desktop.ui.card.plan_items_table_model import KEY_ROLE, Column, responsible_key
from patronat_desktop.ui.card.plan_section import PlanSection
from patronat_desktop.ui.card.problems_section import ProblemsSection
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.card.survey_section import SurveySection
from patronat_desktop.ui.card.type_section import TypeSection
from patronat_desktop.ui.card.visits_section import VisitsSection
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.directories_page import DirectoriesPage
from patronat_desktop.ui.family_table_model import Column as ListColumn
from patronat_desktop.ui.forms import LeaveChoice
from patronat_desktop.ui.main_window import MainWindow
from patronat_desktop.ui.member_editor import select_data
from patronat_desktop.ui.new_case_wizard import APPLICANT, SUMMARY, NewCaseWizard

TypeText = Callable[[QWidget, str], None]
S = TypeVar("S", bound=CardSection)

TODAY = date(2026, 5, 20)
AGENCY = "Управление по труду, занятости и соцзащите"
APPLICANT_NAME = "Петрова Ольга Ивановна"

# The tabs of the card, in the order of registry.default_sections().
FAMILY, APPLICATION, SURVEY, PROBLEMS, PLAN, CONTRACT, TYPE, VISITS, COMPLIANCE, CLOSING = range(10)


# --- the window and waiting for it ---


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    """The real main window attached to the test database (today 20.05.2026), its list loaded."""
    assert context.today() == TODAY
    shown = MainWindow()
    shown.resize(1366, 768)
    shown.show()
    qtbot.waitExposed(shown)
    shown.attach(context)
    shown.reload()
    settle(qtbot, shown)
    yield shown
    # Closed here rather than by qtbot (which closes before fixtures finish): closing must not stop on
    # the "unsaved changes" question a failed step may have left, nor leave a read of the database running.
    with pytest.MonkeyPatch.context() as patch:
        for where in ("ui.card.family_card", "ui.forms", "ui.main_window"):
            patch.setattr(f"patronat_desktop.{where}.ask_leave", lambda *_: LeaveChoice.DISCARD)
        shown.close()
    settle(qtbot, shown)
    shown.deleteLater()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until every background reload of the list (rows, then markers) has reported back."""
    qtbot.waitUntil(
        lambda: not background._running and window.families.status_label.text() == "", timeout=10000
    )


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts reach only the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def list_rows(window: MainWindow) -> list[dict[ListColumn, str]]:
    proxy = window.families.proxy
    return [{c: proxy.index(r, c).data() for c in ListColumn} for r in range(proxy.rowCount())]


def section(card: FamilyCard, tab: int, kind: type[S]) -> S:
    """Switch to the tab through its tab bar (as a click or Ctrl+Tab does); return its section."""
    card.tabs.tabBar().setCurrentIndex(tab)
    assert card.tabs.currentIndex() == tab
    found = card.sections[tab]
    assert isinstance(found, kind)
    return found


def states(card: FamilyCard) -> list[str]:
    return [label.property("state") for label in card.stepper.step_labels]


def step_texts(card: FamilyCard) -> list[str]:
    return [label.text() for label in card.stepper.step_labels]


def stage_in_db(context: AppContext, family_id: uuid.UUID) -> Stage:
    return context.read(lambda s: s.get_one(Family, family_id).stage)


class Questions:
    """Stands in for QMessageBox.question: records what was asked and gives the prepared answer."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    replies = Questions(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", replies)
    return replies


# --- the plan table, edited as the user does: F2 in a cell, type, Enter ---


def cell_editor(plan: PlanSection) -> QWidget:
    editors = [
        w
        for w in plan.table.viewport().findChildren(QWidget)
        if w.parent() is plan.table.viewport() and w.isVisible()
    ]
    assert len(editors) == 1, editors
    return editors[0]


def edit_cell(plan: PlanSection, type_text: TypeText, row: int, column: Column, text: str) -> None:
    index = plan.model.index(row, column)
    plan.table.setCurrentIndex(index)
    plan.table.edit(index)
    editor = cell_editor(plan)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Enter through a queued call


def choose_cell(plan: PlanSection, row: int, column: Column, key: str) -> list[str]:
    """Pick an entry of a combo box cell by its key; returns what the combo box offered."""
    index = plan.model.index(row, column)
    plan.table.setCurrentIndex(index)
    plan.table.edit(index)
    editor = cell_editor(plan)
    assert isinstance(editor, QComboBox)
    offered = [editor.itemText(i).strip() for i in range(editor.count())]
    position = editor.findData(key, KEY_ROLE)
    assert position >= 0, (key, offered)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    return offered


def deadline_cell(plan: PlanSection, row: int, day: date) -> None:
    index = plan.model.index(row, Column.DEADLINE)
    plan.table.setCurrentIndex(index)
    plan.table.edit(index)
    editor = cell_editor(plan)
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(day.year, day.month, day.day))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


# --- the wizard ---


def open_wizard(qtbot: QtBot, window: MainWindow) -> NewCaseWizard:
    """Ctrl+N on the main window opens the new case wizard."""
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wizards = [w for w in window.findChildren(NewCaseWizard) if w.isVisible()]
    assert len(wizards) == 1
    return wizards[0]


def click_next(qtbot: QtBot, wizard: NewCaseWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def fill_application(qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText) -> None:
    qtbot.keyClicks(wizard.number_edit, "27")
    wizard.date_edit.setDate(QDate(2026, 5, 4))
    select_data(wizard.source_combo, ReferralSource.SCHOOL_COUNCIL)
    type_text(wizard.note_edit, "СШ № 2, протокол от 29.04.2026 № 4")
    type_text(wizard.request_edit, "Прошу помочь с трудоустройством и оформлением пособия.")


def fill_applicant(qtbot: QtBot, wizard: NewCaseWizard, type_text: TypeText, birth: str) -> None:
    form = wizard.applicant_form
    type_text(form.surname_edit, "Петрова")
    type_text(form.name_edit, "Ольга")
    type_text(form.patronymic_edit, "Ивановна")
    form.patronymic_edit.editingFinished.emit()  # leaving the field guesses the sex from the patronymic
    form.birth_edit.setFocus()
    form.birth_edit.setCursorPosition(0)
    qtbot.keyClicks(form.birth_edit, birth)


# --- 1. the whole case ---


def test_whole_case_from_application_to_closing_summary(
    qtbot: QtBot, window: MainWindow, context: AppContext, type_text: TypeText, questions: Questions
) -> None:
    # The partner agency, added on the Directories page (Alt+4) before the case needs it.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    directories = window.pages.currentWidget()
    assert isinstance(directories, DirectoriesPage)
    qtbot.mouseClick(directories.agencies_tab.add_button, Qt.MouseButton.LeftButton)
    agency_dialog = directories.agencies_tab.dialog
    assert agency_dialog is not None and agency_dialog.isVisible()
    type_text(agency_dialog.name_edit, AGENCY)
    select_data(agency_dialog.kind_combo, AgencyKind.LABOUR_OFFICE)
    qtbot.mouseClick(agency_dialog.save_button, Qt.MouseButton.LeftButton)
    assert not agency_dialog.isVisible()
    assert directories.agencies_tab.model.column_texts(0) == [AGENCY]
    agency_id = context.read(lambda s: s.scalars(select(Agency.id)).one())
    settle(qtbot, window)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentIndex() == 0
    assert window.families.count_label.text() == "Семей: 0"

    # --- Ctrl+N: the application, its adult applicant, a child, the address, a ground ---
    wizard = open_wizard(qtbot, window)
    fill_application(qtbot, wizard, type_text)
    assert (
        wizard.deadline_label.text() == "Обследование — не позднее 07.05.2026 (3 рабочих дня после заявления)"
    )
    click_next(qtbot, wizard)
    fill_applicant(qtbot, wizard, type_text, "12041990")
    assert wizard.applicant_form.sex_combo.currentData() == Sex.FEMALE
    click_next(qtbot, wizard)
    qtbot.mouseClick(wizard.members_editor.add_button, Qt.MouseButton.LeftButton)
    member = wizard.members_editor.member_dialog
    assert member is not None and member.isVisible()
    member.form.surname_edit.clear()
    type_text(member.form.surname_edit, "Петров")
    type_text(member.form.name_edit, "Максим")
    type_text(member.form.patronymic_edit, "Сергеевич")
    member.form.birth_edit.setText("01.09.2015")
    select_data(member.form.sex_combo, Sex.MALE)
    assert member.form.relation_combo is not None
    select_data(member.form.relation_combo, Relation.CHILD)
    type_text(member.form.school_edit, "ГУО «Новосёлковская СШ», 5 класс")
    qtbot.mouseClick(member.ok_button, Qt.MouseButton.LeftButton)
    assert wizard.members_editor.table.rowCount() == 2
    click_next(qtbot, wizard)
    type_text(wizard.address_edits["settlement"], "д. Новосёлки")
    type_text(wizard.address_edits["street"], "Центральная")
    type_text(wizard.address_edits["house"], "5")
    click_next(qtbot, wizard)
    [unemployment] = wizard.grounds_list.findItems("Безработица", Qt.MatchFlag.MatchExactly)
    wizard.grounds_list.setCurrentItem(unemployment)
    qtbot.keyClick(wizard.grounds_list, Qt.Key.Key_Space)
    click_next(qtbot, wizard)
    assert wizard.currentId() == SUMMARY
    assert "№ 27 от 04.05.2026" in wizard.summary_view.toPlainText()

    with qtbot.waitSignal(window.family_opened) as opened:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    family_id = opened.args[0]
    assert isinstance(family_id, uuid.UUID)

    # The card of the new family is open: application done, the survey is the step to do.
    card = window.card
    assert card is not None
    assert window.families_stack.currentWidget() is card
    assert card.family_id == family_id
    assert card.title.text() == f"Дело № 2026/001 — {APPLICANT_NAME}"
    assert card.subtitle.text().endswith("· этап: Заявление · ответственный: Иванова А.")
    assert "д. Новосёлки" in card.subtitle.text()
    assert states(card) == ["done", "current", "ahead", "ahead", "ahead", "ahead", "ahead"]
    assert step_texts(card)[:2] == ["✓ Заявление", "● Обследование"]
    family_tab = section(card, FAMILY, FamilySection)
    assert family_tab.settlement_edit.text() == "д. Новосёлки"
    assert family_tab.members_model.rowCount() == 2
    application = section(card, APPLICATION, ApplicationSection)
    assert application.number_label.text() == "27"
    assert application.date_label.text() == "04.05.2026"
    assert application.applicant_label.text() == APPLICANT_NAME
    assert (
        application.deadline_label.text()
        == "07.05.2026 (акта обследования ещё нет: см. раздел «Обследование»)"
    )
    assert stage_in_db(context, family_id) == Stage.APPLICATION
    settle(qtbot, window)
    [row] = list_rows(window)
    assert (row[ListColumn.CASE_NUMBER], row[ListColumn.FAMILY], row[ListColumn.STAGE]) == (
        "2026/001",
        "Петрова О.И.",
        "Заявление",
    )

    # --- the survey act (two days after the application, within the deadline) ---
    survey = section(card, SURVEY, SurveySection)
    assert survey.editing
    assert survey.countdown_label.text().startswith("⚠ Просрочено на ")
    assert survey.countdown_label.text().endswith("срок обследования был 07.05.2026")
    survey.date_edit.setDate(QDate(2026, 5, 6))
    assert survey.surveyors_edit.text() == "Иванова А."
    survey.surveyors_edit.clear()
    type_text(survey.surveyors_edit, "Иванова А., Сидорова Е.")
    select_data(survey.housing_type_combo, HousingType.OWN_HOUSE)
    type_text(survey.housing_condition_edit, "удовлетворительное")
    type_text(survey.income_sources_edit, "пособие на ребёнка")
    type_text(survey.total_income_edit, "900")
    type_text(survey.conclusion_edit, "Семья нуждается в социальном патронате.")
    assert card.tabs.tabText(SURVEY) == "Обследование *"
    qtbot.mouseClick(survey.save_button, Qt.MouseButton.LeftButton)

    assert not survey.editing
    assert survey.heading_label.text() == "Акт обследования материально-бытового положения от 06.05.2026"
    assert survey.per_capita_edit.text() in ("450,00", "450.00")
    assert card.tabs.tabText(SURVEY) == "Обследование"
    assert states(card) == ["done", "done", "current", "ahead", "ahead", "ahead", "ahead"]
    act = context.read(lambda s: s.scalars(select(SurveyAct)).one())
    assert (act.date, act.housing_type, act.total_income, act.per_capita_income) == (
        date(2026, 5, 6),
        HousingType.OWN_HOUSE,
        Decimal("900.00"),
        Decimal("450.00"),
    )
    assert stage_in_db(context, family_id) == Stage.SURVEY
    assert section(card, APPLICATION, ApplicationSection).deadline_label.text() == (
        "07.05.2026 (обследование проведено 06.05.2026, в срок)"
    )

    # --- a problem of the applicant ---
    problems = section(card, PROBLEMS, ProblemsSection)
    assert problems.empty_label.isVisible()
    type_text(problems.description_edit, "Мать не работает")
    problems.member_combo.setCurrentIndex(problems.member_combo.findText(APPLICANT_NAME))
    problems.date_edit.setDate(QDate(2026, 5, 7))
    qtbot.mouseClick(problems.add_button, Qt.MouseButton.LeftButton)

    assert problems.model.rowCount() == 1
    assert [problems.model.index(0, c).data() for c in range(4)] == [
        "1",
        "Мать не работает",
        "Петрова О.И.",
        "07.05.2026",
    ]
    assert problems.description_edit.text() == ""
    assert states(card) == ["done", "done", "done", "current", "ahead", "ahead", "ahead"]
    assert stage_in_db(context, family_id) == Stage.ASSESSMENT

    # --- the plan: a row for the worker, a row for the agency; saved as version 1 ---
    plan = section(card, PLAN, PlanSection)
    assert "План ещё не составлен" in plan.banner.text()
    plan.drawn_up_edit.setDate(QDate(2026, 5, 8))
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    edit_cell(plan, type_text, 0, Column.GOAL, "Трудоустройство матери")
    edit_cell(plan, type_text, 0, Column.MEASURE, "Консультация в службе занятости")
    problem_id = context.read(lambda s: s.get_one(Family, family_id).problems[0].id)
    choose_cell(plan, 0, Column.PROBLEM, str(problem_id))
    qtbot.mouseClick(plan.add_button, Qt.MouseButton.LeftButton)
    edit_cell(plan, type_text, 1, Column.GOAL, "Оформление пособия")
    edit_cell(plan, type_text, 1, Column.MEASURE, "Сбор документов, направление в УТЗСЗ")
    offered = choose_cell(plan, 1, Column.RESPONSIBLE, responsible_key("agency", agency_id))
    assert offered[-1] == AGENCY
    deadline_cell(plan, 1, date(2026, 7, 1))
    assert plan.model.index(0, Column.RESPONSIBLE).data() == "Иванова А."  # the responsible worker by default
    assert plan.model.index(0, Column.DEADLINE).data() == "07.06.2026"  # a month after the plan is drawn up
    assert plan.model.index(1, Column.RESPONSIBLE).data() == AGENCY
    assert card.tabs.tabText(PLAN) == "План *"
    assert not plan.agree_button.isEnabled()  # not before the plan is saved
    qtbot.mouseClick(plan.save_button, Qt.MouseButton.LeftButton)

    assert card.tabs.tabText(PLAN) == "План"
    assert plan.version_combo.currentText() == "Версия 1 от 08.05.2026 — не согласована (действующая)"
    assert "⚠ Версия 1 от 08.05.2026 ещё не согласована с семьёй" in plan.banner.text()
    assert states(card) == ["done", "done", "done", "current", "ahead", "ahead", "ahead"]

    def versions(s: Session) -> list[PlanVersion]:
        rows = list(
            s.scalars(
                select(PlanVersion)
                .join(Plan)
                .where(Plan.family_id == family_id)
                .options(selectinload(PlanVersion.items))
                .order_by(PlanVersion.version_no)
            )
        )
        s.expunge_all()
        return rows

    [version] = context.read(versions)
    assert (version.version_no, version.drawn_up_on, version.agreed_with_family) == (
        1,
        date(2026, 5, 8),
        False,
    )
    first, second = version.items
    assert (first.goal, first.problem_id, first.responsible_worker_id, first.responsible_agency_id) == (
        "Трудоустройство матери",
        problem_id,
        context.actor.worker_id,
        None,
    )
    assert (second.goal, second.responsible_worker_id, second.responsible_agency_id, second.deadline) == (
        "Оформление пособия",
        None,
        agency_id,
        date(2026, 7, 1),
    )
    assert stage_in_db(context, family_id) == Stage.ASSESSMENT

    # --- agreed with the family ---
    assert plan.agree_button.isEnabled()
    qtbot.mouseClick(plan.agree_button, Qt.MouseButton.LeftButton)
    agree = plan.agree_dialog
    assert agree is not None and agree.isVisible()
    assert agree.by_edit.text() == "Петрова О.И."
    assert agree.date_edit.date() == QDate(2026, 5, 8)
    qtbot.mouseClick(agree.ok_button, Qt.MouseButton.LeftButton)

    assert not agree.isVisible()
    assert "✓ Версия 1 от 08.05.2026 согласована с семьёй 08.05.2026 (Петрова О.И.)." in plan.banner.text()
    assert plan.agree_button.isHidden()
    assert states(card) == ["done", "done", "done", "done", "current", "ahead", "ahead"]
    assert "этап: План" in card.subtitle.text()
    [version] = context.read(versions)
    assert (version.agreed_with_family, version.agreed_on, version.agreed_by) == (
        True,
        date(2026, 5, 8),
        "Петрова О.И.",
    )
    assert stage_in_db(context, family_id) == Stage.PLAN

    # --- the contract, with emergency patronage from its first day ---
    contract = section(card, CONTRACT, ContractSection)
    assert contract.banner.text() == "✓ План согласован с семьёй 08.05.2026: договор можно заключать."
    assert contract.stack.currentWidget() is contract.form_page
    contract.date_edit.setDate(QDate(2026, 5, 11))
    assert contract.start_edit.date() == QDate(2026, 5, 11)  # the term starts with the contract
    assert contract.end_edit.date() == QDate(2026, 12, 31)
    assert contract.signed_edit.text() == "Петрова О.И."
    contract.type_combo.setCurrentIndex(contract.type_combo.findData(PatronageType.EMERGENCY))
    type_text(contract.type_reason_edit, "Угроза здоровью ребёнка")
    qtbot.mouseClick(contract.sign_button, Qt.MouseButton.LeftButton)

    assert questions.asked == []  # the plan is agreed: nothing to confirm
    assert contract.stack.currentWidget() is contract.view_page
    assert contract.view_title.text() == "Договор № 2026/001 от 11.05.2026"
    assert contract.view_term.text() == "с 11.05.2026 по 31.12.2026"
    assert contract.view_type.text() == "экстренный с 11.05.2026 — Угроза здоровью ребёнка"
    assert states(card) == ["done", "done", "done", "done", "done", "done", "current"]
    assert "этап: Патронат" in card.subtitle.text()
    signed = context.read(lambda s: s.scalars(select(Contract)).one())
    assert (signed.number, signed.date, signed.term_start, signed.term_end, signed.signed_by) == (
        "2026/001",
        date(2026, 5, 11),
        date(2026, 5, 11),
        date(2026, 12, 31),
        "Петрова О.И.",
    )
    assert stage_in_db(context, family_id) == Stage.PATRONAGE
    patronage = section(card, TYPE, TypeSection)
    assert patronage.type_label.text() == "Экстренный патронат"
    assert patronage.norm_label.text() == "с 11.05.2026 · норма: не менее 2 посещений в неделю"

    # --- two contacts: a home visit with the mother and the child, a phone call with the mother ---
    visits = section(card, VISITS, VisitsSection)
    assert visits.summary_label.text() == "Посещений ещё нет."
    child_name = "Петров Максим Сергеевич (сын/дочь)"
    for day, kind, present, result in (
        (
            date(2026, 5, 12),
            VisitKind.HOME,
            {"Петрова Ольга Ивановна (заявитель)", child_name},
            "Составлен план",
        ),
        (date(2026, 5, 14), VisitKind.PHONE, {"Петрова Ольга Ивановна (заявитель)"}, "Записана в службу"),
    ):
        qtbot.mouseClick(visits.add_button, Qt.MouseButton.LeftButton)
        dialog = visits.dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == "Новое посещение"
        dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
        select_data(dialog.kind_combo, kind)
        checks = {check.text(): check for check in dialog.member_checks.values()}
        assert set(checks) == {"Петрова Ольга Ивановна (заявитель)", child_name}
        for text in present:
            checks[text].setChecked(True)
        type_text(dialog.notes_edit, "Беседа о трудоустройстве")
        type_text(dialog.result_edit, result)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()

    table = visits.table
    assert [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())] == [
        ["14.05.2026", "телефонный звонок", "нет", "Петрова О.И."],
        ["12.05.2026", "посещение на дому", "да", "Петрова О.И., Петров М.С."],
    ]
    assert (
        visits.summary_label.text() == "Посещений и контактов: 2, из них в норму: 1. Последнее: 14.05.2026."
    )

    def recorded_visits(s: Session) -> list[tuple[date, VisitKind, bool, int]]:
        rows = s.scalars(
            select(Visit).options(selectinload(Visit.members_present)).order_by(Visit.date)
        ).all()
        return [(v.date, v.kind, v.counts_toward_norm, len(v.members_present)) for v in rows]

    assert context.read(recorded_visits) == [
        (date(2026, 5, 12), VisitKind.HOME, True, 2),
        (date(2026, 5, 14), VisitKind.PHONE, False, 1),
    ]
    assert states(card) == ["done", "done", "done", "done", "done", "done", "current"]

    # --- emergency → planned, with the reason ---
    patronage = section(card, TYPE, TypeSection)
    qtbot.mouseClick(patronage.change_button, Qt.MouseButton.LeftButton)
    change = patronage.dialog
    assert change is not None and change.isVisible()
    assert change.type_combo.currentData() == PatronageType.PLANNED  # the usual next type
    change.start_edit.setDate(QDate(2026, 5, 18))
    type_text(change.reason_edit, "Угроза здоровью ребёнка устранена")
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)

    assert not change.isVisible()
    assert patronage.type_label.text() == "Плановый патронат"
    assert patronage.norm_label.text() == "с 18.05.2026 · норма: не менее 1 посещения в месяц"
    history = patronage.history_table
    assert [[history.item(r, c).text() for c in range(4)] for r in range(history.rowCount())] == [
        ["экстренный", "11.05.2026", "17.05.2026", "Угроза здоровью ребёнка"],
        ["плановый", "18.05.2026", "действует", "Угроза здоровью ребёнка устранена"],
    ]
    periods = context.read(
        lambda s: [(p.type, p.start, p.end) for p in s.scalars(select(TypePeriod).order_by(TypePeriod.start))]
    )
    assert periods == [
        (PatronageType.EMERGENCY, date(2026, 5, 11), date(2026, 5, 17)),
        (PatronageType.PLANNED, date(2026, 5, 18), None),
    ]
    assert states(card) == ["done", "done", "done", "done", "done", "done", "current"]

    # --- the closing summary: dynamics, a result for every goal, outcome, decision; confirmed ---
    closing = section(card, CLOSING, ClosingSection)
    assert closing.goals_table.rowCount() == 2
    assert [closing.goals_table.item(r, 0).text() for r in range(2)] == [
        "Трудоустройство матери",
        "Оформление пособия",
    ]
    type_text(closing.dynamics_edit, "Положительная: мать трудоустроена, пособие оформлено.")
    type_text(closing.decision_edit, "Снять семью с социального патроната.")
    goals = closing.goals_table
    activate(qtbot, window)
    goals.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is goals)
    goals.setCurrentCell(0, RESULT_COLUMN)
    qtbot.keyClick(goals, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    type_text(editor, "Трудоустроена продавцом")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: goals.item(0, RESULT_COLUMN).text() == "Трудоустроена продавцом")
    goals.item(1, RESULT_COLUMN).setText("Пособие назначено")
    select_data(closing.outcome_combo, Outcome.OVERCOME)
    assert card.tabs.tabText(CLOSING) == "Итоги *"
    qtbot.mouseClick(closing.close_button, Qt.MouseButton.LeftButton)

    assert questions.asked == ["Закрыть случай? После закрытия изменения невозможны."]
    assert closing.stack.currentIndex() == 1
    assert closing.banner.text() == "Случай закрыт 20.05.2026. Изменения в деле невозможны."
    assert closing.view_dynamics.text() == "Положительная: мать трудоустроена, пособие оформлено."
    assert [closing.view_goals.item(r, RESULT_COLUMN).text() for r in range(2)] == [
        "Трудоустроена продавцом",
        "Пособие назначено",
    ]
    assert states(card) == ["done"] * 7
    assert step_texts(card)[-1] == "✓ Закрыт"
    assert "этап: Закрыт" in card.subtitle.text()
    assert card.tabs.tabText(CLOSING) == "Итоги"
    # Every section is read-only now.
    assert not section(card, VISITS, VisitsSection).add_button.isEnabled()
    assert not section(card, TYPE, TypeSection).change_button.isEnabled()
    assert not section(card, PROBLEMS, ProblemsSection).add_button.isEnabled()

    def summary(s: Session) -> tuple[Any, ...]:
        row = s.scalars(select(ClosingSummary).options(selectinload(ClosingSummary.goal_results))).one()
        return (
            row.date,
            row.reason,
            row.outcome,
            row.decision,
            sorted(g.result for g in row.goal_results),
        )

    assert context.read(summary) == (
        date(2026, 5, 20),
        ClosureReason.COMPLETED,
        Outcome.OVERCOME,
        "Снять семью с социального патроната.",
        ["Пособие назначено", "Трудоустроена продавцом"],
    )
    assert stage_in_db(context, family_id) == Stage.CLOSED
    # The open type period ends with the case.
    assert (
        context.read(lambda s: s.scalars(select(TypePeriod.id).where(TypePeriod.end.is_(None))).all()) == []
    )

    # --- back to the list: the family is closed there too ---
    qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)
    assert window.families_stack.currentWidget() is window.families
    settle(qtbot, window)
    [row] = list_rows(window)
    assert (row[ListColumn.CASE_NUMBER], row[ListColumn.STAGE], row[ListColumn.PATRONAGE_TYPE]) == (
        "2026/001",
        "Закрыт",
        "",
    )

    # --- the audit trail: one entry per action, plus one per stage the case moved to ---
    def trail(s: Session) -> list[tuple[str, dict[str, Any]]]:
        return [
            (e.action, e.changes)
            for e in s.scalars(select(AuditEntry).where(AuditEntry.family_id == family_id))
        ]

    entries = context.read(trail)
    actions = Counter(action for action, _ in entries if action != "family.stage")
    assert actions == Counter(
        {
            "application.register": 1,
            "survey.record": 1,
            "problem.add": 1,
            "plan.save_version": 1,
            "plan.agree": 1,
            "contract.sign": 1,
            "type.change": 2,
            "visit.record": 2,
            "case.close": 1,
        }
    )
    moves = sorted(tuple(changes["stage"]) for action, changes in entries if action == "family.stage")
    assert sorted(moves) == sorted(
        [
            ("application", "survey"),
            ("survey", "assessment"),
            ("assessment", "plan"),
            ("plan", "contract"),
            ("contract", "patronage"),
            ("patronage", "closed"),
        ]
    )
    outside = context.read(
        lambda s: Counter(s.scalars(select(AuditEntry.action).where(AuditEntry.family_id.is_(None))))
    )
    assert outside == Counter({"centre.create": 1, "agency.add": 1})


# --- 2. refusals, each shown next to its field, nothing written ---


def open_from_list(qtbot: QtBot, window: MainWindow, family_id: uuid.UUID) -> FamilyCard:
    """Select the family in the list and press Enter."""
    window.reload()
    settle(qtbot, window)
    table = window.families.table
    row = window.families.proxy.row_of(family_id)
    assert row is not None
    table.setFocus()
    table.selectRow(row)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    card = window.card
    assert card is not None and window.families_stack.currentWidget() is card
    assert card.family_id == family_id
    return card


def test_refusals_seen_by_the_user(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    type_text: TypeText,
    case_at: Callable[[Stage], Case],
    questions: Questions,
) -> None:
    db = context.database
    before = table_counts(db)

    # A child cannot apply: said at once under the birth date, and Next stays on the page.
    wizard = open_wizard(qtbot, window)
    fill_application(qtbot, wizard, type_text)
    click_next(qtbot, wizard)
    fill_applicant(qtbot, wizard, type_text, "03052010")  # 15 on 04.05.2026
    assert wizard.age_error.isVisible()
    assert (
        wizard.age_error.text()
        == "Заявитель: заявление подаёт совершеннолетний (18 лет и старше) член семьи."
    )
    click_next(qtbot, wizard)
    assert wizard.currentId() == APPLICANT
    assert wizard.age_error.isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # "discard what was typed?" — yes
    assert questions.asked == ["Прервать регистрацию? Введённые данные будут потеряны."]
    assert not wizard.isVisible()
    assert table_counts(db) == before

    # A case with its problems assessed, no plan yet (application 02.03.2026).
    case = case_at(Stage.ASSESSMENT)
    card = open_from_list(qtbot, window, case.family_id)
    assert states(card) == ["done", "done", "done", "current", "ahead", "ahead", "ahead"]
    before = table_counts(db)

    # A contract before the plan is agreed: the warning is asked; No saves nothing and says why.
    questions.asked.clear()
    questions.answer = QMessageBox.StandardButton.No
    contract = section(card, CONTRACT, ContractSection)
    assert contract.banner.text().startswith("⚠ План сопровождения ещё не составлен.")
    qtbot.mouseClick(contract.sign_button, Qt.MouseButton.LeftButton)
    assert len(questions.asked) == 1
    assert "План не согласован с семьёй" in questions.asked[0]
    assert questions.asked[0].endswith("Всё равно продолжить?")
    assert contract.general_error.isVisible()
    assert "План не согласован с семьёй: отметьте, что он составлен совместно с семьёй." in (
        contract.general_error.text()
    )
    assert contract.stack.currentWidget() is contract.form_page
    assert table_counts(db) == before
    assert stage_in_db(context, case.family_id) == Stage.ASSESSMENT
    contract.discard()  # the form keeps what was typed; drop it before going on

    # Closing without a summary: refused with the reason under the form, no question asked.
    questions.asked.clear()
    closing = section(card, CLOSING, ClosingSection)
    assert closing.no_plan_label.isVisible()
    qtbot.mouseClick(closing.close_button, Qt.MouseButton.LeftButton)
    assert questions.asked == []
    summary_label = closing.error_labels["summary"]
    assert summary_label.isVisible()
    assert summary_label.text() == "Закрытие без итогового заключения невозможно."
    assert closing.error_labels["closure.dynamics"].text() == "Динамика ситуации: обязательное поле."
    assert closing.error_labels["closure.decision"].text() == "Решение: обязательное поле."
    assert table_counts(db) == before
    assert stage_in_db(context, case.family_id) == Stage.ASSESSMENT

    # A visit dated before the application: the dialog stays open with the reason under the date.
    visits = section(card, VISITS, VisitsSection)
    qtbot.mouseClick(visits.add_button, Qt.MouseButton.LeftButton)
    dialog = visits.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.date_edit.setDate(QDate(2026, 3, 1))
    next(iter(dialog.member_checks.values())).setChecked(True)
    type_text(dialog.result_edit, "Беседа")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    date_label = dialog.error_labels["visit.date"]
    assert date_label.isVisible()
    assert date_label.text() == "Дата посещения: не раньше даты заявления (02.03.2026)."
    assert table_counts(db) == before
    assert visits.table.rowCount() == 0

    # Corrected, the same dialog saves.
    dialog.date_edit.setDate(QDate(2026, 3, 2))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert visits.table.rowCount() == 1
    assert table_counts(db)["visit"] == before["visit"] + 1


# --- 3. leaving a changed form asks first ---


def test_leaving_a_changed_form_asks(
    qtbot: QtBot,
    window: MainWindow,
    context: AppContext,
    type_text: TypeText,
    case_at: Callable[[Stage], Case],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = case_at(Stage.SURVEY)
    card = open_from_list(qtbot, window, case.family_id)
    answers: list[LeaveChoice] = []
    asked: list[str] = []

    def ask(_parent: QWidget, what: str) -> LeaveChoice:
        asked.append(what)
        return answers.pop(0)

    monkeypatch.setattr("patronat_desktop.ui.card.family_card.ask_leave", ask)
    monkeypatch.setattr("patronat_desktop.ui.forms.ask_leave", ask)

    def settlement_in_db() -> str:
        return context.read(lambda s: s.get_one(Family, case.family_id).settlement)

    family = section(card, FAMILY, FamilySection)
    assert family.settlement_edit.text() == "д. Новосёлки"
    family.settlement_edit.selectAll()
    type_text(family.settlement_edit, "аг. Озёрный")
    assert family.is_dirty()
    assert card.tabs.tabText(FAMILY) == "Семья *"

    # Stay: the card and the edit remain.
    answers.append(LeaveChoice.STAY)
    qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)
    assert asked == ["Семья"]
    assert window.families_stack.currentWidget() is card
    assert family.settlement_edit.text() == "аг. Озёрный"
    assert settlement_in_db() == "д. Новосёлки"

    # Discard: back to the list, nothing saved, and the card shows the saved address again.
    answers.append(LeaveChoice.DISCARD)
    qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)
    assert asked == ["Семья", "Семья"]
    assert window.families_stack.currentWidget() is window.families
    assert settlement_in_db() == "д. Новосёлки"
    assert not family.is_dirty()
    card = open_from_list(qtbot, window, case.family_id)
    family = section(card, FAMILY, FamilySection)
    assert family.settlement_edit.text() == "д. Новосёлки"

    # Save: back to the list with the new address saved and listed.
    family.settlement_edit.selectAll()
    type_text(family.settlement_edit, "аг. Озёрный")
    answers.append(LeaveChoice.SAVE)
    qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)
    assert asked == ["Семья", "Семья", "Семья"]
    assert window.families_stack.currentWidget() is window.families
    assert settlement_in_db() == "аг. Озёрный"
    settle(qtbot, window)
    [row] = list_rows(window)
    assert row[ListColumn.SETTLEMENT] == "аг. Озёрный"
    audited = context.read(
        lambda s: s.scalars(
            select(AuditEntry.action).where(
                AuditEntry.family_id == case.family_id, AuditEntry.action == "family.edit"
            )
        ).all()
    )
    assert audited == ["family.edit"]

    # Nothing changed now: leaving asks nothing.
    card = open_from_list(qtbot, window, case.family_id)
    qtbot.mouseClick(card.back_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 3
    assert window.families_stack.currentWidget() is window.families
