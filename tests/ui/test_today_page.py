"""The Today page: sections in order with icon-and-text markers, grouping by settlement, the worker filter,
opening a card, planning from the suggested dates, and recording a visit in one click that turns the window
met."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from factories import Case, add_worker, address, closure, walk
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.agenda import AgendaSection
from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.planning import PlannedVisitStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import PlannedVisit, Visit
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.services.startup import default_worker
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.main_window import MainWindow
from patronat_desktop.ui.today_page import ACTION, CASE, MARK, WHAT, TodayPage

WEDNESDAY = date(2026, 5, 27)  # the last week of May: a planned family's month window ends on Sunday 31.05
PageOf = Callable[[AppContext], TodayPage]


@pytest.fixture
def page_of(qtbot: QtBot) -> PageOf:
    def make(context: AppContext) -> TodayPage:
        page = TodayPage(context)
        qtbot.addWidget(page)
        page.resize(1366, 700)
        page.show()
        qtbot.waitUntil(lambda: not page.is_loading(), timeout=10000)
        return page

    return make


def planned_family(database: Database, actor: Actor, **kw: object) -> Case:
    """A case under planned patronage from 01.05.2026 with no visit in May."""
    c = walk(database, actor, Stage.PATRONAGE, **kw)  # type: ignore[arg-type]
    with database.transaction() as s:
        cases.change_type(
            s, actor, c.family_id, PatronageType.PLANNED, date(2026, 5, 1), "Стабилизация", WEDNESDAY
        )
    return c


def reload(qtbot: QtBot, page: TodayPage) -> None:
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.reload()


def test_sections_come_in_order_with_counts_and_text_markers(
    qtbot: QtBot, page_of: PageOf, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    c = case_at(Stage.PATRONAGE)  # emergency; on 20.05.2026 last week was missed, this week needs 2 visits
    page = page_of(context)
    assert page.group_titles() == [
        "Нормы посещений не выполнены — 1",
        "Посещения на этой неделе — 1",
        "Мероприятия плана к сроку — 1",
    ]
    missed, due, item = page.rows()
    assert missed.text(CASE) and missed.data(CASE, Qt.ItemDataRole.UserRole + 1).family_id == c.family_id
    assert missed.text(MARK) == "✗ норма не выполнена"
    assert "0 из 2" in missed.text(WHAT) and "11.05.2026–17.05.2026" in missed.text(WHAT)
    assert due.text(MARK) == "○ идёт" and due.text(ACTION) == "✓ Визит проведён"
    assert item.text(MARK) == "✗ просрочено" and item.text(ACTION) == ""
    assert page.heading.text() == "Сегодня, 20.05.2026"


def test_recording_a_visit_from_today_turns_the_window_met(
    qtbot: QtBot, page_of: PageOf, database: Database, centre_actor: Actor
) -> None:
    c = planned_family(database, centre_actor)
    context = AppContext(database, centre_actor, "Иванова А.", today=WEDNESDAY)
    page = page_of(context)
    assert page.select_family(c.family_id, AgendaSection.VISIT_DUE)
    row = page.tree.currentItem()
    assert row is not None and row.text(MARK) == "○ идёт" and "Нужно ещё 1 посещ." in row.text(WHAT)

    # One click on «✓ Визит проведён» in the row.
    with qtbot.waitSignal(page.loaded, timeout=10000):
        rect = page.tree.visualItemRect(row)
        x = page.tree.header().sectionViewportPosition(ACTION) + 10
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, rect.center().y()))

    visits = context.read(lambda s: list(s.scalars(select(Visit).where(Visit.family_id == c.family_id))))
    assert [v.date for v in visits if v.date == WEDNESDAY] == [WEDNESDAY]
    assert page.agenda is not None
    assert page.agenda.section(AgendaSection.VISIT_DUE) == []
    row = page.tree.currentItem()  # the page shows the family's row among those visited today
    assert row is not None and row.text(MARK) == "✓ норма выполнена"
    assert "1 из 1" in row.text(WHAT)
    assert page.status_label.text().endswith("✓ Посещение семьи Петрова О.И. записано.")
    assert "Посещены сегодня — 1" in page.group_titles()


def test_the_visit_button_fulfils_the_planned_visit(
    qtbot: QtBot, page_of: PageOf, database: Database, centre_actor: Actor
) -> None:
    c = planned_family(database, centre_actor)
    context = AppContext(database, centre_actor, "Иванова А.", today=WEDNESDAY)
    page = page_of(context)
    assert page.select_family(c.family_id, AgendaSection.VISIT_DUE)
    dialog = page.plan_selected()
    assert dialog is not None and dialog.day_buttons
    assert "сделано 0 из 1" in dialog.explanation.text()
    assert dialog.day_buttons[0].text() == "◷ Ср, 27.05.2026"
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(dialog.day_buttons[0], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    planned = page.agenda.section(AgendaSection.VISIT_DUE) if page.agenda else []
    assert [(e.planned_id is not None, e.due) for e in planned] == [(True, WEDNESDAY)]
    assert page.select_family(c.family_id, AgendaSection.VISIT_DUE)
    assert page.tree.currentItem().text(MARK) == "◷ запланировано"  # type: ignore[union-attr]
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    rows = context.read(lambda s: list(s.scalars(select(PlannedVisit))))
    assert [r.status for r in rows] == [PlannedVisitStatus.DONE] and rows[0].visit_id is not None


def test_grouped_by_settlement_one_group_per_village(
    qtbot: QtBot, page_of: PageOf, context: AppContext, database: Database, centre_actor: Actor
) -> None:
    walk(database, centre_actor, Stage.PATRONAGE, address=address(settlement="д. Яблонька"))
    walk(
        database,
        centre_actor,
        Stage.PATRONAGE,
        application_number="2",
        address=address(settlement="аг. Берёзовка"),
    )
    page = page_of(context)
    qtbot.mouseClick(page.group_check, Qt.MouseButton.LeftButton)
    assert page.group_titles() == ["аг. Берёзовка — 3", "д. Яблонька — 3"]
    first = page.rows()[0]
    assert first.text(WHAT).startswith("Норма не выполнена (экстренный)")


def test_caseworker_sees_own_families_and_staff_see_everyone(
    qtbot: QtBot, page_of: PageOf, database: Database, centre_actor: Actor, context: AppContext
) -> None:
    walk(database, centre_actor, Stage.PATRONAGE)
    other = add_worker(database, centre_actor.centre_id, "Козлова")
    walk(database, centre_actor, Stage.PATRONAGE, application_number="2", responsible_worker_id=other)
    mine = page_of(AppContext(database, Actor(other, centre_actor.centre_id), "Козлова Е."))
    assert not mine.worker_combo.isEnabled() and mine.worker_filter() == other
    assert {e.worker_id for e in mine.agenda.entries} == {other}  # type: ignore[union-attr]
    head = page_of(context)  # centre staff: the whole centre by default, one worker on request
    assert head.worker_combo.isEnabled() and head.worker_filter() is None
    assert {e.worker_id for e in head.agenda.entries} == {other, centre_actor.worker_id}  # type: ignore[union-attr]
    with qtbot.waitSignal(head.loaded, timeout=10000):
        head.set_worker_filter(centre_actor.worker_id)
    assert {e.worker_id for e in head.agenda.entries} == {centre_actor.worker_id}  # type: ignore[union-attr]


def test_enter_opens_the_family_card(
    qtbot: QtBot, page_of: PageOf, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    c = case_at(Stage.PATRONAGE)
    page = page_of(context)
    assert page.select_family(c.family_id)
    page.tree.setFocus()
    with qtbot.waitSignal(page.family_opened, timeout=2000) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [c.family_id]


def test_refused_visit_says_why_and_keeps_the_row(
    qtbot: QtBot, page_of: PageOf, database: Database, centre_actor: Actor
) -> None:
    c = planned_family(database, centre_actor)
    page = page_of(AppContext(database, centre_actor, "Иванова А.", today=WEDNESDAY))
    assert page.select_family(c.family_id, AgendaSection.VISIT_DUE)
    with database.transaction() as s:  # closed elsewhere (another laptop) after the page was loaded
        results = dict.fromkeys(c.item_ids, "Выполнено")
        cases.close_case(
            s, centre_actor, c.family_id, closure(date=WEDNESDAY, goal_results=results), WEDNESDAY
        )
    assert not page.record_selected()
    assert page.status_label.text().startswith("✗ Посещение не записано: Случай закрыт")
    assert page.select_family(c.family_id, AgendaSection.VISIT_DUE)


def test_today_is_the_home_screen(qtbot: QtBot, demo_database: Database) -> None:
    worker = default_worker(demo_database)
    assert worker is not None
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(AppContext(demo_database, Actor.of(worker), worker.short_name))
    assert window.today is not None and window.pages.currentWidget() is window.today
    assert window.nav.currentRow() == MainWindow.PAGES.index("today")
    qtbot.waitUntil(lambda: not window.today.is_loading(), timeout=10000)  # type: ignore[union-attr]
    window.show_page(0)
    with qtbot.waitSignal(window.today.loaded, timeout=10000):  # reloaded when shown again
        window.show_page(MainWindow.PAGES.index("today"))
