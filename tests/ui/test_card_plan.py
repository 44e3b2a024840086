"""The "План" section: a table of items saved as versions, agreement with the family, completion marks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from factories import Case, add_agency, plan_item
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.vocab import PlanItemStatus, Stage
from patronat_desktop.models import Family, Plan, PlanVersion
from patronat_desktop.services import cases
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.plan_items_table_model import KEY_ROLE, Column, responsible_key
from patronat_desktop.ui.card.plan_section import PlanSection
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]
AGENCY = "УТЗСЗ Тестового райисполкома"


def open_plan(qtbot: QtBot, context: AppContext, family_id: uuid.UUID) -> tuple[FamilyCard, PlanSection]:
    card = FamilyCard(context, [PlanSection])
    qtbot.addWidget(card)
    card.resize(1366, 720)
    card.open_family(family_id)
    card.show()
    section = card.sections[0]
    assert isinstance(section, PlanSection)
    return card, section


def editor_of(section: PlanSection) -> QWidget:
    editors = [
        w
        for w in section.table.viewport().findChildren(QWidget)
        if w.parent() is section.table.viewport() and w.isVisible()
    ]
    assert len(editors) == 1, editors
    return editors[0]


def edit_text(section: PlanSection, type_text: TypeText, row: int, column: Column, text: str) -> None:
    """Open the cell's editor as the user does (F2), type, and press Enter."""
    index = section.model.index(row, column)
    section.table.setCurrentIndex(index)
    section.table.edit(index)
    editor = editor_of(section)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Enter through a queued call


def choose(section: PlanSection, row: int, column: Column, key: str) -> list[str]:
    """Pick an entry of a combo box cell by its key; returns the texts the editor offered."""
    index = section.model.index(row, column)
    section.table.setCurrentIndex(index)
    section.table.edit(index)
    editor = editor_of(section)
    assert isinstance(editor, QComboBox)
    offered = [editor.itemText(i) for i in range(editor.count())]
    position = editor.findData(key, KEY_ROLE)
    assert position >= 0, (key, offered)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)
    return offered


def set_deadline(section: PlanSection, row: int, day: date) -> None:
    index = section.model.index(row, Column.DEADLINE)
    section.table.setCurrentIndex(index)
    section.table.edit(index)
    editor = editor_of(section)
    assert isinstance(editor, QDateEdit)
    editor.setDate(QDate(day.year, day.month, day.day))
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits Enter through a queued call


def versions_in_db(context: AppContext, family_id: uuid.UUID) -> list[PlanVersion]:
    def load(s: Session) -> list[PlanVersion]:
        rows = s.scalars(
            select(PlanVersion).join(Plan).where(Plan.family_id == family_id).order_by(PlanVersion.version_no)
        ).all()
        for v in rows:
            list(v.items)
        s.expunge_all()
        return list(rows)

    return context.read(load)


def stage_in_db(context: AppContext, family_id: uuid.UUID) -> Stage:
    return context.read(lambda s: s.get_one(Family, family_id).stage)


def save_version_1(database: Database, context: AppContext, case: Case) -> None:
    """A plan drawn up today (20.05.2026) with two items due in June, not yet agreed."""
    with database.transaction() as s:
        cases.save_plan_version(
            s,
            context.actor,
            case.family_id,
            [
                plan_item(
                    context.actor.worker_id, deadline=date(2026, 6, 15), problem_id=case.problem_ids[0]
                ),
                plan_item(
                    context.actor.worker_id,
                    goal="Оздоровление ребёнка",
                    measure="Путёвка",
                    deadline=date(2026, 6, 30),
                ),
            ],
            context.today(),
            today=context.today(),
        )


@pytest.fixture
def agency_id(database: Database, context: AppContext) -> uuid.UUID:
    return add_agency(database, context.actor.centre_id, AGENCY)


def test_first_save_makes_version_1_with_a_worker_and_an_agency_item(
    qtbot: QtBot,
    context: AppContext,
    case_at: Callable[[Stage], Case],
    agency_id: uuid.UUID,
    type_text: TypeText,
) -> None:
    case = case_at(Stage.ASSESSMENT)
    card, section = open_plan(qtbot, context, case.family_id)
    assert "План ещё не составлен" in section.banner.text()
    assert not section.is_dirty()
    assert not section.save_button.isEnabled()

    section.add_button.click()
    edit_text(section, type_text, 0, Column.GOAL, "Трудоустройство матери")
    edit_text(section, type_text, 0, Column.MEASURE, "Консультация в службе занятости")
    choose(section, 0, Column.PROBLEM, str(case.problem_ids[0]))
    section.add_button.click()
    edit_text(section, type_text, 1, Column.GOAL, "Оформление пособия")
    edit_text(section, type_text, 1, Column.MEASURE, "Сбор документов")
    offered = choose(section, 1, Column.RESPONSIBLE, responsible_key("agency", agency_id))
    set_deadline(section, 1, date(2026, 7, 1))

    # One combo box: "not chosen", the centre's workers, then the agencies, each group under its heading.
    assert offered[0] == "— не выбран —"
    assert offered.index("Специалисты центра") < offered.index(
        "Организации (межведомственное взаимодействие)"
    )
    assert offered[-1].strip() == AGENCY
    assert section.is_dirty()
    assert card.tabs.tabText(0) == "План *"
    assert section.model.index(1, Column.RESPONSIBLE).data() == AGENCY
    assert section.model.index(0, Column.RESPONSIBLE).data() == "Иванова А."

    section.save_button.click()

    [version] = versions_in_db(context, case.family_id)
    assert version.version_no == 1 and version.drawn_up_on == context.today()
    first, second = version.items
    assert (first.goal, first.responsible_worker_id, first.responsible_agency_id) == (
        "Трудоустройство матери",
        context.actor.worker_id,
        None,
    )
    assert first.problem_id == case.problem_ids[0]
    assert (second.goal, second.responsible_worker_id, second.responsible_agency_id) == (
        "Оформление пособия",
        None,
        agency_id,
    )
    assert second.deadline == date(2026, 7, 1)
    assert not section.is_dirty()
    assert card.tabs.tabText(0) == "План"
    assert section.version_combo.currentText() == "Версия 1 от 20.05.2026 — не согласована (действующая)"
    assert "не согласована с семьёй" in section.banner.text()
    assert section.reason_edit.isVisible()


def test_revision_needs_a_reason_and_keeps_the_old_version_viewable(
    qtbot: QtBot,
    database: Database,
    context: AppContext,
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.ASSESSMENT)
    save_version_1(database, context, case)
    _, section = open_plan(qtbot, context, case.family_id)
    edit_text(section, type_text, 0, Column.GOAL, "Трудоустройство обоих родителей")

    section.save_button.click()

    assert section.errors.messages() == ["Причина пересмотра плана: обязательное поле."]
    assert len(versions_in_db(context, case.family_id)) == 1
    assert section.is_dirty()

    type_text(section.reason_edit, "Отец вернулся в семью")
    section.save_button.click()

    old, new = versions_in_db(context, case.family_id)
    assert old.items[0].goal == "Трудоустройство матери"
    assert new.items[0].goal == "Трудоустройство обоих родителей"
    assert new.revision_reason == "Отец вернулся в семью"
    assert not section.is_dirty()
    texts = [section.version_combo.itemText(i) for i in range(section.version_combo.count())]
    assert texts == [
        "Версия 1 от 20.05.2026 — не согласована",
        "Версия 2 от 20.05.2026 — не согласована — пересмотр: Отец вернулся в семью (действующая)",
    ]

    section.version_combo.setCurrentIndex(0)

    assert section.stack.currentWidget() is section.old_table
    assert section.old_model.index(0, Column.GOAL).data() == "Трудоустройство матери"
    assert not section.old_model.flags(section.old_model.index(0, Column.GOAL)) & Qt.ItemFlag.ItemIsEditable
    assert "Архивная версия 1: только просмотр. Действующая — версия 2." in section.banner.text()
    for button in (section.add_button, section.remove_button, section.mark_button, section.agree_button):
        assert not button.isEnabled()

    section.version_combo.setCurrentIndex(1)
    assert section.stack.currentWidget() is section.table
    assert section.add_button.isEnabled()


def test_item_without_a_responsible_is_refused_with_the_row_named(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.ASSESSMENT)
    _, section = open_plan(qtbot, context, case.family_id)
    section.add_button.click()
    edit_text(section, type_text, 0, Column.GOAL, "Трудоустройство матери")
    edit_text(section, type_text, 0, Column.MEASURE, "Консультация")
    section.add_button.click()
    edit_text(section, type_text, 1, Column.MEASURE, "Путёвка")
    choose(section, 1, Column.RESPONSIBLE, "")

    section.save_button.click()

    assert section.row_error_lines() == [
        "Строка 2: Цель: обязательное поле.",
        "Строка 2: Ответственный: укажите одного — специалиста центра или организацию.",
    ]
    assert section.row_errors.isVisible()
    assert section.model.index(1, Column.RESPONSIBLE).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert section.model.index(0, Column.RESPONSIBLE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert section.table.currentIndex().row() == 1
    assert versions_in_db(context, case.family_id) == []
    assert section.is_dirty()

    # Fixing a cell takes its mark away.
    choose(section, 1, Column.RESPONSIBLE, responsible_key("worker", context.actor.worker_id))
    assert section.model.index(1, Column.RESPONSIBLE).data(Qt.ItemDataRole.BackgroundRole) is None


def test_marking_the_plan_agreed_moves_the_case_to_the_plan_stage(
    qtbot: QtBot, database: Database, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.ASSESSMENT)
    save_version_1(database, context, case)
    card, section = open_plan(qtbot, context, case.family_id)
    assert section.agree_button.isEnabled()

    section.agree_button.click()
    dialog = section.agree_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.by_edit.text() == "Петрова О.И."
    dialog.by_edit.clear()
    dialog.ok_button.click()
    assert dialog.errors.messages() == ["Кто от семьи согласовал план: обязательное поле."]
    assert stage_in_db(context, case.family_id) == Stage.ASSESSMENT

    dialog.by_edit.setText("Петрова О.И.")
    dialog.ok_button.click()

    assert not dialog.isVisible()
    assert stage_in_db(context, case.family_id) == Stage.PLAN
    [version] = versions_in_db(context, case.family_id)
    assert version.agreed_with_family and version.agreed_by == "Петрова О.И."
    assert "✓ Версия 1 от 20.05.2026 согласована с семьёй 20.05.2026 (Петрова О.И.)." in section.banner.text()
    assert section.version_combo.currentText().startswith("Версия 1 от 20.05.2026 — согласована 20.05.2026")
    assert section.agree_button.isHidden()
    assert "этап: План" in card.subtitle.text()


def test_marking_an_item_done_makes_no_new_version(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.PLAN)  # item 1 was due 30.04: overdue on 20.05
    _, section = open_plan(qtbot, context, case.family_id)
    overdue = section.model.index(0, Column.DEADLINE)
    assert overdue.data() == "⚠ 30.04.2026"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert section.model.index(1, Column.DEADLINE).data() == "30.06.2026"

    # An unsaved edit elsewhere in the table survives the mark.
    edit_text(section, type_text, 1, Column.GOAL, "Летний отдых ребёнка")
    section.table.setCurrentIndex(section.model.index(0, Column.GOAL))
    section.mark_button.click()
    dialog = section.mark_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.status() == PlanItemStatus.DONE
    dialog.date_edit.setDate(QDate(2026, 5, 25))
    dialog.ok_button.click()
    assert dialog.errors.messages() == ["Дата выполнения: не позже сегодняшней."]

    dialog.date_edit.setDate(QDate(2026, 5, 14))
    type_text(dialog.note_edit, "Трудоустроена продавцом")
    dialog.ok_button.click()

    assert not dialog.isVisible()
    [version] = versions_in_db(context, case.family_id)
    item = version.items[0]
    assert (item.status, item.completed_on, item.completion_note) == (
        PlanItemStatus.DONE,
        date(2026, 5, 14),
        "Трудоустроена продавцом",
    )
    assert section.model.index(0, Column.STATUS).data() == "выполнено"
    assert section.model.index(0, Column.COMPLETED_ON).data() == "14.05.2026"
    assert section.model.index(0, Column.DEADLINE).data() == "30.04.2026"
    assert section.model.index(1, Column.GOAL).data() == "Летний отдых ребёнка"
    assert section.is_dirty()

    section.discard_button.click()
    assert section.model.index(1, Column.GOAL).data() == "Оздоровление ребёнка"
    assert section.model.index(0, Column.STATUS).data() == "выполнено"
    assert not section.is_dirty()


def test_new_rows_cannot_be_marked_and_rows_move(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.PLAN)
    _, section = open_plan(qtbot, context, case.family_id)
    section.table.setCurrentIndex(section.model.index(1, Column.GOAL))
    section.add_button.click()
    assert section.table.currentIndex().row() == 2
    assert not section.mark_button.isEnabled()

    section.up_button.click()
    section.up_button.click()
    assert [section.model.index(i, Column.GOAL).data() for i in range(3)] == [
        "",
        "Трудоустройство матери",
        "Оздоровление ребёнка",
    ]
    section.remove_button.click()
    assert section.model.rowCount() == 2
    assert not section.is_dirty()


def test_leaving_with_an_unsaved_table_asks(
    qtbot: QtBot,
    context: AppContext,
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from patronat_desktop.ui.forms import LeaveChoice

    case = case_at(Stage.PLAN)
    card, section = open_plan(qtbot, context, case.family_id)
    edit_text(section, type_text, 0, Column.MEASURE, "Другое мероприятие")
    asked: list[str] = []

    def ask(_parent: QWidget, what: str) -> LeaveChoice:
        asked.append(what)
        return LeaveChoice.STAY

    monkeypatch.setattr("patronat_desktop.ui.card.family_card.ask_leave", ask)
    assert not card.confirm_leave()
    assert asked == ["План"]
    assert section.model.index(0, Column.MEASURE).data() == "Другое мероприятие"
