"""The calendar page: day kinds with their names, windows turning at risk and missed as the date moves on,
the worker filter, keyboard, and recording or planning a visit from a day's list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from factories import Case, add_worker
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import PlannedVisit, Visit
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.calendar.calendar_page import AGENDA, MONTH, WEEK, CalendarPage
from patronat_desktop.ui.calendar.month_view import DAY_ROLE
from patronat_desktop.ui.context import AppContext

PageOf = Callable[[AppContext], CalendarPage]


@pytest.fixture
def page_of(qtbot: QtBot) -> PageOf:
    def make(context: AppContext) -> CalendarPage:
        page = CalendarPage(context)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        with qtbot.waitSignal(page.loaded, timeout=10000):
            page.show()
            page.reload()
        return page

    return make


def go(qtbot: QtBot, page: CalendarPage, day: date) -> None:
    """Select a day in another month (the page loads it) or in the loaded one."""
    if page.data is not None and (day.year, day.month) == (page.selected.year, page.selected.month):
        page.select_day(day)
        return
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.select_day(day)


def reload(qtbot: QtBot, page: CalendarPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()


def cell_text(page: CalendarPage, day: date, role: Qt.ItemDataRole) -> str:
    index = page.month_view.month_model.index_of(day)
    assert index.isValid()
    return str(index.data(role))


def day_lines(page: CalendarPage) -> list[str]:
    panel = page.day_panel.list
    return [panel.item(i).text() for i in range(panel.count())]


def test_transferred_working_saturday_is_marked_and_named_in_the_month(
    qtbot: QtBot, context: AppContext, page_of: PageOf
) -> None:
    page = page_of(context)
    go(qtbot, page, date(2026, 4, 25))
    tooltip = cell_text(page, date(2026, 4, 25), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Сб 25.04.2026: ⚒ Рабочий день (вместо 20.04.2026)")
    shown = cell_text(page, date(2026, 4, 25), Qt.ItemDataRole.DisplayRole)  # also what screen readers say
    assert shown.startswith("25.04.2026. ⚒ Рабочий день (вместо 20.04.2026)")
    monday = cell_text(page, date(2026, 4, 20), Qt.ItemDataRole.ToolTipRole)
    assert monday.startswith("Пн 20.04.2026: ↷ Выходной (перенесено с 25.04.2026)")
    assert "★ праздник: Радуница" in cell_text(page, date(2026, 4, 21), Qt.ItemDataRole.ToolTipRole)
    assert page.period_label.text() == "Апрель 2026"
    assert page.day_panel.kind_label.text() == "⚒ Рабочий день (вместо 20.04.2026)"
    # The week view marks it in the column's header, with the same tooltip.
    page.set_view(WEEK)
    header = page.week_view.horizontalHeaderItem(5)
    assert header is not None and "⚒" in header.text() and "вместо 20.04.2026" in header.toolTip()


def test_a_window_turns_at_risk_and_then_missed_as_the_date_moves_on(
    qtbot: QtBot,
    context: AppContext,
    case_at: Callable[[Stage], Case],
    page_of: PageOf,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case_at(Stage.PATRONAGE)  # emergency from 12.03.2026; one visit on 16.03
    monkeypatch.setattr(context, "_today", date(2026, 3, 23))
    page = page_of(context)
    sunday, friday = date(2026, 3, 29), date(2026, 3, 27)
    assert "○ 1" in cell_text(page, sunday, Qt.ItemDataRole.DisplayRole) or "идёт: 1" in cell_text(
        page, sunday, Qt.ItemDataRole.DisplayRole
    )
    go(qtbot, page, friday)
    [line] = day_lines(page)
    assert line.startswith("⚠ ") and "станет под угрозой без посещения: нужно ещё 2 до 29.03" in line

    monkeypatch.setattr(context, "_today", friday)
    reload(qtbot, page)
    [line] = day_lines(page)
    assert line.startswith("⚠ ") and "под угрозой: нужно ещё 2 до 29.03" in line
    assert "под угрозой: 1" in cell_text(page, sunday, Qt.ItemDataRole.DisplayRole)

    monkeypatch.setattr(context, "_today", date(2026, 3, 30))
    reload(qtbot, page)
    assert "норма не выполнена: 1" in cell_text(page, sunday, Qt.ItemDataRole.DisplayRole)
    go(qtbot, page, sunday)
    [line] = day_lines(page)
    assert line.startswith("✗ ") and "23.03–29.03: 0 из 2, норма не выполнена" in line


def test_a_type_change_mid_week_shows_the_cut_week_and_the_partial_month(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    centre_actor: Actor,
    case_at: Callable[[Stage], Case],
    page_of: PageOf,
) -> None:
    case = case_at(Stage.PATRONAGE)
    with database.transaction() as s:
        cases.change_type(
            s,
            centre_actor,
            case.family_id,
            PatronageType.PLANNED,
            date(2026, 4, 15),
            "Лучше",
            context.today(),
        )
    page = page_of(context)
    go(qtbot, page, date(2026, 4, 14))  # Tuesday: the emergency week ends here, cut by the change
    [line] = day_lines(page)
    assert "норма (экстренный) 13.04–14.04: 0 из 1, норма не выполнена" in line
    go(qtbot, page, date(2026, 4, 30))
    [line] = day_lines(page)
    assert "норма (плановый) 15.04–30.04" in line
    go(qtbot, page, date(2026, 4, 19))  # the Sunday the week would have ended on: nothing ends
    assert day_lines(page) == ["На этот день ничего нет."]


def test_worker_filter_caseworker_sees_only_their_families_staff_may_pick_everyone(
    qtbot: QtBot, database: Database, centre_actor: Actor, case_at: Callable[[Stage], Case], page_of: PageOf
) -> None:
    case_at(Stage.PATRONAGE)
    head = AppContext(database, centre_actor, "Иванова А.", today=date(2026, 5, 20))
    page = page_of(head)
    combo = page.worker_combo
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert choices[:2] == ["Мои семьи", "Все специалисты центра"] and combo.isEnabled()
    go(qtbot, page, date(2026, 3, 16))
    assert any("посещение на дому" in line for line in day_lines(page))

    worker_id = add_worker(database, centre_actor.centre_id)
    caseworker = AppContext(
        database, Actor(worker_id, centre_actor.centre_id), "Сидорова Е.", today=head.today()
    )
    theirs = page_of(caseworker)
    assert [theirs.worker_combo.itemText(i) for i in range(theirs.worker_combo.count())] == ["Мои семьи"]
    assert not theirs.worker_combo.isEnabled()
    go(qtbot, theirs, date(2026, 3, 16))
    assert theirs.data is not None and theirs.data.families == {}
    assert day_lines(theirs) == ["На этот день ничего нет."]

    reload(qtbot, page)  # coming back to the page: the filter has the new worker
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.set_worker_filter(worker_id)
    assert page.worker_combo.currentText() == "Сидорова Е."
    assert page.data is not None and page.data.families == {}


def test_arrows_move_the_day_and_enter_opens_its_list(
    qtbot: QtBot, context: AppContext, page_of: PageOf
) -> None:
    page = page_of(context)
    view = page.month_view
    view.setFocus()
    assert page.selected == date(2026, 5, 20)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert page.selected == date(2026, 5, 21)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.selected == date(2026, 5, 28)
    assert view.currentIndex().data(DAY_ROLE).day == date(2026, 5, 28)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.focusWidget() is page.day_panel.list
    qtbot.keyClick(page.day_panel.list, Qt.Key.Key_Escape)
    assert page.focusWidget() is view
    page.set_view(AGENDA)
    assert page.agenda_view.currentItem() is not None
    page.set_view(MONTH)
    assert page.month_view.currentIndex().data(DAY_ROLE).day == date(2026, 5, 28)


def test_record_and_plan_a_visit_from_a_days_list(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], page_of: PageOf
) -> None:
    case = case_at(Stage.PATRONAGE)
    page = page_of(context)
    # Today (Wed 20 May) the emergency week 18–24 May needs 2 visits: it shows on its last day.
    go(qtbot, page, date(2026, 5, 24))
    assert page.day_panel.select_family(case.family_id)

    page.day_panel.plan_button.click()
    plan = page.plan_dialog
    assert plan is not None and plan.date_edit.date() == QDate(2026, 5, 24)
    plan.date_edit.setDate(QDate(2026, 5, 22))
    with qtbot.waitSignal(page.loaded, timeout=10000):
        plan.ok_button.click()
    assert context.read(lambda s: [p.day for p in s.scalars(select(PlannedVisit))]) == [date(2026, 5, 22)]
    go(qtbot, page, date(2026, 5, 22))
    assert any(line.startswith("◷ ") and "запланировано посещение" in line for line in day_lines(page))

    go(qtbot, page, date(2026, 5, 24))
    assert page.day_panel.select_family(case.family_id)
    page.day_panel.record_button.click()
    dialog = page.visit_dialog
    # A day still to come: the visit is dated today (it cannot be recorded ahead).
    assert dialog is not None and dialog.date_edit.date() == QDate(2026, 5, 20)
    assert not dialog.is_dirty()
    dialog.member_checks[case.applicant_id].setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        dialog.ok_button.click()
    assert date(2026, 5, 20) in context.read(lambda s: [v.date for v in s.scalars(select(Visit))])
    [line] = [line for line in day_lines(page) if "норма (экстренный)" in line]
    assert "18.05–24.05: 1 из 2" in line
    go(qtbot, page, date(2026, 5, 20))
    assert any(line.startswith("● ") and "посещение на дому (в норму)" in line for line in day_lines(page))


def test_a_past_days_visit_is_dated_that_day(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], page_of: PageOf
) -> None:
    case = case_at(Stage.PATRONAGE)
    page = page_of(context)
    go(qtbot, page, date(2026, 3, 16))  # the day of the family's first visit
    assert page.day_panel.select_family(case.family_id)
    page.day_panel.record_button.click()
    assert page.visit_dialog is not None and page.visit_dialog.date_edit.date() == QDate(2026, 3, 16)
    page.visit_dialog.reject()


def test_a_visit_recorded_from_a_planned_line_fulfils_the_plan(
    qtbot: QtBot, context: AppContext, database: Database, case_at: Callable[[Stage], Case], page_of: PageOf
) -> None:
    from patronat_desktop.domain.planning import PlannedVisitStatus
    from patronat_desktop.services.planning import plan_visit

    case = case_at(Stage.PATRONAGE)
    with database.transaction() as s:
        plan_visit(s, context.actor, case.family_id, context.today(), today=context.today())
    page = page_of(context)
    panel = page.day_panel
    [row] = [i for i in range(panel.list.count()) if panel.list.item(i).text().startswith("◷ ")]
    panel.list.setCurrentRow(row)
    assert panel.selected_planned() is not None
    panel.record_button.click()
    dialog = page.visit_dialog
    assert dialog is not None and dialog.planned_id == panel.selected_planned()
    dialog.member_checks[case.applicant_id].setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        dialog.ok_button.click()
    status = context.read(
        lambda s: [(p.status, p.visit_id is not None) for p in s.scalars(select(PlannedVisit))]
    )
    assert status == [(PlannedVisitStatus.DONE, True)]
    assert not any(line.startswith("◷ ") for line in day_lines(page))


def test_families_are_read_ahead_while_the_page_is_hidden(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hidden page reads the families ahead (after PREFETCH_DELAY_MS); its first month then reads only
    the month. What was read before a change is not kept."""
    from patronat_desktop.services import calendar_view

    page = CalendarPage(context)
    qtbot.addWidget(page)
    assert page._prefetch_timer.isActive()
    page.prefetch()
    qtbot.waitUntil(lambda: page._cases is not None, timeout=10000)
    read_ahead = page._cases
    assert read_ahead is not None and read_ahead.worker_id == page.worker_filter()
    assert read_ahead.earlier is not None and read_ahead.earlier[1] == date(2026, 4, 27)  # May's grid

    def no_second_read(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("families read again")

    monkeypatch.setattr(calendar_view, "load_cases", no_second_read)
    monkeypatch.setattr(calendar_view, "_load_cases", no_second_read)
    page.resize(1200, 700)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
        page.reload()
    assert page._cases is read_ahead and page.data is not None and page.data.days

    page.hide()
    generation = page._cases_generation
    context.families_changed.emit()  # a case changed: what was read is dropped, and read again later
    assert page._cases is None and page._prefetch_timer.isActive()
    page._prefetched(generation, read_ahead)  # a read-ahead from before the change arriving late
    assert page._cases is None
