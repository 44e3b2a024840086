"""The Directories page: agencies and workers through their dialogs, the grounds, the centre's calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from factories import audit_actions
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.vocab import AgencyKind, WorkerRole
from patronat_desktop.models import Agency, CalendarOverride, Worker
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.ui import forms
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.directories.agency_dialog import AgencyDialog
from patronat_desktop.ui.directories_page import DirectoriesPage
from patronat_desktop.ui.forms import LeaveChoice

TypeText = Callable[[QWidget, str], None]

LOGIN_RULE = "Логин: от 2 до 32 латинских строчных букв, цифр, «.», «_», «-»; начинается с буквы."


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> DirectoriesPage:
    directories = DirectoriesPage(context)
    qtbot.addWidget(directories)
    directories.resize(1366, 700)
    directories.show()
    qtbot.waitExposed(directories)
    return directories


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def agencies(context: AppContext) -> list[Agency]:
    return context.read(lambda s: list(s.scalars(select(Agency))))


# --- agencies ---


def test_adding_an_agency_shows_it_in_the_table_and_writes_it_with_an_audit_entry(
    qtbot: QtBot, page: DirectoriesPage, context: AppContext, type_text: TypeText
) -> None:
    tab = page.agencies_tab
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.name_edit, "Копыльский РОВД")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(AgencyKind.POLICE))
    type_text(dialog.phone_edit, "+375 1719 2-22-22")
    type_text(dialog.contact_edit, "инспектор ИДН Ковальчук П.П.")
    click(qtbot, dialog.save_button)

    assert not dialog.isVisible()
    assert tab.model.column_texts(0) == ["Копыльский РОВД"]
    row = tab.model.rows()[0]
    assert row.cells[1] == "органы внутренних дел"
    assert row.cells[5] == "да"
    assert tab.table.currentIndex().row() == 0  # the new agency is selected
    [stored] = agencies(context)
    assert (stored.name, stored.kind, stored.contact_person, stored.active) == (
        "Копыльский РОВД",
        AgencyKind.POLICE,
        "инспектор ИДН Ковальчук П.П.",
        True,
    )
    assert stored.centre_id == context.actor.centre_id
    assert audit_actions(context.database)["agency.add"] == 1


def test_an_agency_without_a_name_is_refused_with_the_message_under_the_name(
    qtbot: QtBot, page: DirectoriesPage, context: AppContext, type_text: TypeText
) -> None:
    dialog = page.agencies_tab.add()
    type_text(dialog.address_edit, "г. Копыль")
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    assert dialog.errors.messages() == ["Название организации: обязательное поле."]
    label = dialog.errors._fields["agency.name"][0]
    assert label.isVisible() and label.text() == "Название организации: обязательное поле."
    assert dialog.focusWidget() is dialog.name_edit
    assert agencies(context) == []
    assert page.agencies_tab.model.rowCount() == 0


def test_deactivating_an_agency_keeps_it_greyed_at_the_end_of_the_list(
    qtbot: QtBot, page: DirectoriesPage, context: AppContext, type_text: TypeText
) -> None:
    tab = page.agencies_tab
    for name in ("Амбулатория", "Бобовнянский сельисполком"):
        dialog = tab.add()
        type_text(dialog.name_edit, name)
        click(qtbot, dialog.save_button)
    tab.table.selectRow(0)
    dialog = tab.edit_current()
    assert dialog is not None
    assert dialog.name_edit.text() == "Амбулатория"
    dialog.active_check.setChecked(False)
    click(qtbot, dialog.save_button)

    assert tab.model.column_texts(0) == ["Бобовнянский сельисполком", "Амбулатория"]
    assert tab.model.rows()[1].dimmed and tab.model.rows()[1].cells[5] == "нет"
    assert {a.name: a.active for a in agencies(context)} == {
        "Амбулатория": False,
        "Бобовнянский сельисполком": True,
    }
    assert audit_actions(context.database)["agency.edit"] == 1


def test_closing_an_edited_agency_dialog_asks_and_can_stay(
    page: DirectoriesPage, context: AppContext, type_text: TypeText, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def stay(_parent: QWidget, what: str) -> LeaveChoice:
        asked.append(what)
        return LeaveChoice.STAY

    monkeypatch.setattr(forms, "ask_leave", stay)
    dialog = page.agencies_tab.add()
    assert isinstance(dialog, AgencyDialog)
    assert not dialog.is_dirty()
    type_text(dialog.name_edit, "Школа")
    assert dialog.is_dirty()
    dialog.reject()
    assert asked == ["Организация"]
    assert dialog.isVisible()


# --- grounds ---


def test_grounds_tab_lists_the_thirteen_grounds_with_the_old_wording_no_longer_valid(
    page: DirectoriesPage,
) -> None:
    model = page.grounds_tab.model
    assert model.rowCount() == 13
    rows = model.rows()
    assert rows[0].cells[:2] == ("1", "Сиротство")
    states = model.column_texts(4)
    assert states.count("действует") == 12
    [old] = [row for row in rows if row.cells[4] != "действует"]
    assert old.cells[1] == "Конфликты и жестокое обращение в семье"
    assert old.cells[3] == "30.11.2017"
    assert old.cells[4] == "не действует с 01.12.2017"
    assert old.dimmed
    assert not page.grounds_tab.findChildren(QPushButton)  # nothing to edit


# --- the centre's calendar ---


def enter_day(
    qtbot: QtBot, page: DirectoriesPage, day: date, working: bool, note: str, type_text: TypeText
) -> None:
    tab = page.calendar_tab
    tab.date_edit.setDate(day)
    click(qtbot, tab.working_radio if working else tab.day_off_radio)
    tab.note_edit.clear()
    type_text(tab.note_edit, note)
    click(qtbot, tab.save_button)


def test_a_weekday_off_and_a_working_saturday_reach_the_centre_calendar_and_one_can_be_removed(
    qtbot: QtBot,
    page: DirectoriesPage,
    context: AppContext,
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monday, saturday = date(2027, 4, 12), date(2027, 4, 17)
    tab = page.calendar_tab
    enter_day(qtbot, page, monday, False, "перенесено с 17.04", type_text)
    enter_day(qtbot, page, saturday, True, "перенос на 12.04", type_text)

    assert tab.override_model.column_texts(0) == ["12.04.2027", "17.04.2027"]
    assert [row.cells[1:4] for row in tab.override_model.rows()] == [
        ("понедельник", "выходной", "рабочий день"),
        ("суббота", "рабочий день", "выходной"),
    ]
    assert tab.override_model.column_texts(4) == ["перенесено с 17.04", "перенос на 12.04"]
    assert not tab.is_dirty()
    centre = context.actor.centre_id
    calendar = context.read(lambda s: work_calendar(s, centre))
    assert not calendar.is_working_day(monday)
    assert calendar.is_working_day(saturday)
    # The year view shows both days as the centre counts them.
    assert tab.year_spin.value() == 2027
    year_rows = {row.key: row for row in tab.year_model.rows()}
    assert year_rows[monday].cells[3] == "выходной (поправка центра)" and year_rows[monday].emphasised
    assert year_rows[saturday].cells[3] == "рабочий день (поправка центра)"
    assert audit_actions(context.database)["calendar.override"] == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    tab.override_table.selectRow(tab.override_model.row_of(monday))
    click(qtbot, tab.remove_button)

    assert tab.override_model.column_texts(0) == ["17.04.2027"]
    days = context.read(lambda s: list(s.scalars(select(CalendarOverride.day))))
    assert days == [saturday]
    calendar = context.read(lambda s: work_calendar(s, centre))
    assert calendar.is_working_day(monday)
    assert audit_actions(context.database)["calendar.override.remove"] == 1


def test_removing_a_day_can_be_cancelled(
    qtbot: QtBot,
    page: DirectoriesPage,
    context: AppContext,
    type_text: TypeText,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    enter_day(qtbot, page, date(2027, 4, 12), False, "", type_text)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.No)
    click(qtbot, page.calendar_tab.remove_button)
    assert context.read(lambda s: list(s.scalars(select(CalendarOverride.day)))) == [date(2027, 4, 12)]


def test_the_form_suggests_the_opposite_of_the_state_calendar_and_names_the_holiday(
    page: DirectoriesPage,
) -> None:
    tab = page.calendar_tab
    tab.date_edit.setDate(date(2026, 4, 21))  # Радуница
    assert tab.working_radio.isChecked()
    assert "выходной — Радуница" in tab.default_hint.text()
    tab.date_edit.setDate(date(2026, 4, 22))  # an ordinary Wednesday
    assert tab.day_off_radio.isChecked()
    tab.working_radio.setChecked(True)
    assert "поправка не нужна" in tab.default_hint.text()


def test_the_year_view_lists_holidays_and_transfers_and_says_when_it_knows_none(
    page: DirectoriesPage,
) -> None:
    tab = page.calendar_tab
    tab.year_spin.setValue(2026)
    rows = {row.key: row.cells for row in tab.year_model.rows()}
    assert rows[date(2026, 4, 20)][2] == "Выходной (перенесено с 25.04.2026)"
    assert rows[date(2026, 4, 25)][1:] == ("суббота", "рабочий день (перенос)", "рабочий день")
    assert rows[date(2026, 5, 9)][2] == "День Победы"
    assert "программа знает" in tab.year_note.text()
    tab.year_spin.setValue(2027)
    assert "Переносов рабочих дней на 2027 год в календаре программы нет" in tab.year_note.text()


def test_a_typed_note_makes_the_page_dirty_until_discarded(
    page: DirectoriesPage, type_text: TypeText
) -> None:
    assert not page.is_dirty()
    type_text(page.calendar_tab.note_edit, "перенос")
    assert page.is_dirty()
    page.discard()
    assert not page.is_dirty()
    assert page.calendar_tab.note_edit.text() == ""


# --- workers ---


def test_a_worker_with_an_invalid_login_is_refused_with_the_rule_under_the_login(
    qtbot: QtBot, page: DirectoriesPage, context: AppContext, type_text: TypeText
) -> None:
    dialog = page.workers_tab.add()
    type_text(dialog.surname_edit, "Гончаренко")
    type_text(dialog.name_edit, "Ирина")
    type_text(dialog.login_edit, "Гончаренко")
    click(qtbot, dialog.save_button)

    assert dialog.isVisible()
    label = dialog.errors._fields["worker.login"][0]
    assert label.isVisible() and label.text() == LOGIN_RULE
    assert dialog.errors.messages() == [LOGIN_RULE]
    assert context.read(lambda s: list(s.scalars(select(Worker.login)))) == ["head"]


def test_adding_a_worker_shows_them_and_stores_the_row_with_an_audit_entry(
    qtbot: QtBot, page: DirectoriesPage, context: AppContext, type_text: TypeText
) -> None:
    tab = page.workers_tab
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog is not None
    type_text(dialog.surname_edit, "Гончаренко")
    type_text(dialog.name_edit, "Ирина")
    type_text(dialog.patronymic_edit, "Петровна")
    type_text(dialog.login_edit, "goncharenko")
    click(qtbot, dialog.save_button)

    assert not dialog.isVisible()
    assert tab.model.column_texts(0) == ["Гончаренко", "Иванова"]
    assert tab.model.rows()[0].cells[3:6] == ("goncharenko", "", "специалист по социальной работе")
    assert tab.table.currentIndex().row() == 0
    stored = context.read(lambda s: s.scalars(select(Worker).where(Worker.login == "goncharenko")).one())
    assert (stored.surname, stored.name, stored.role, stored.active) == (
        "Гончаренко",
        "Ирина",
        WorkerRole.CASEWORKER,
        True,
    )
    assert audit_actions(context.database)["worker.add"] == 1


def test_renaming_the_signed_in_worker_updates_the_name_the_program_shows(
    qtbot: QtBot, page: DirectoriesPage, context: AppContext, type_text: TypeText
) -> None:
    tab = page.workers_tab
    assert tab.model.rows()[0].emphasised  # the signed-in worker stands out
    tab.table.selectRow(0)
    dialog = tab.edit_current()
    assert dialog is not None
    dialog.surname_edit.clear()
    type_text(dialog.surname_edit, "Петрова")
    with qtbot.waitSignal(context.worker_changed):
        click(qtbot, dialog.save_button)
    assert context.worker_name == "Петрова А."
    assert tab.model.column_texts(0) == ["Петрова"]


def test_enter_on_a_worker_row_opens_it_for_editing(page: DirectoriesPage) -> None:
    tab = page.workers_tab
    page.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    tab.table.selectRow(0)
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.dialog is not None and tab.dialog.isVisible()
    assert tab.dialog.login_edit.text() == "head"
    assert not tab.dialog.is_dirty()
