"""Planned visits in the card's "Посещения" section: suggested dates planned in one click, a plan marked
done, moved and cancelled; a closed case offers nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from factories import Case
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.planning import PlannedVisitStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import PlannedVisit, Visit
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.planned_visits import PlannedVisitsBox
from patronat_desktop.ui.card.visits_section import VisitsSection
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.dates import to_qdate

WEDNESDAY = date(2026, 5, 20)


@pytest.fixture
def box_of(qtbot: QtBot, context: AppContext) -> Callable[[Case], PlannedVisitsBox]:
    cards: list[FamilyCard] = []

    def open_card(case: Case) -> PlannedVisitsBox:
        card = FamilyCard(context, [VisitsSection])
        qtbot.addWidget(card)
        cards.append(card)
        card.open_family(case.family_id)
        card.show()
        section = card.sections[0]
        assert isinstance(section, VisitsSection)
        return section.planned

    return open_card


def plans(context: AppContext) -> list[tuple[date, PlannedVisitStatus, date | None]]:
    return context.read(
        lambda s: [
            (p.day, p.status, p.moved_from)
            for p in s.scalars(select(PlannedVisit).order_by(PlannedVisit.day))
        ]
    )


def test_suggested_dates_are_planned_in_one_click(
    qtbot: QtBot,
    box_of: Callable[[Case], PlannedVisitsBox],
    context: AppContext,
    case_at: Callable[[Stage], Case],
) -> None:
    box = box_of(case_at(Stage.PATRONAGE))  # emergency, no visit this week: 2 visits needed by Sunday
    assert "сделано 0 из 2" in box.suggestion_label.text()
    assert [b.text() for b in box.suggestion_buttons] == [
        "Запланировать на Ср, 20.05.2026",
        "Запланировать на Чт, 21.05.2026",
    ]
    qtbot.mouseClick(box.suggestion_buttons[1], Qt.MouseButton.LeftButton)
    assert plans(context) == [(date(2026, 5, 21), PlannedVisitStatus.PLANNED, None)]
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=5000)  # the card reloads after the save
    assert box.table.item(0, 0).text() == "◷ Чт, 21.05.2026"  # type: ignore[union-attr]
    assert [b.text() for b in box.suggestion_buttons] == ["Запланировать на Ср, 20.05.2026"]


def test_plan_is_moved_then_cancelled(
    qtbot: QtBot,
    box_of: Callable[[Case], PlannedVisitsBox],
    context: AppContext,
    case_at: Callable[[Stage], Case],
) -> None:
    box = box_of(case_at(Stage.PATRONAGE))
    qtbot.mouseClick(box.suggestion_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=5000)
    dialog = box.open_move_dialog()
    assert dialog is not None
    dialog.date_edit.setDate(to_qdate(date(2026, 5, 19)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # refused: a day in the past
    assert plans(context) == [(WEDNESDAY, PlannedVisitStatus.PLANNED, None)]
    dialog.date_edit.setDate(to_qdate(date(2026, 5, 22)))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert plans(context) == [(date(2026, 5, 22), PlannedVisitStatus.PLANNED, WEDNESDAY)]
    qtbot.waitUntil(
        lambda: "перенесено с 20.05.2026" in (box.table.item(0, 0).text() if box.table.item(0, 0) else "")
    )
    qtbot.mouseClick(box.cancel_button, Qt.MouseButton.LeftButton)
    assert plans(context) == [(date(2026, 5, 22), PlannedVisitStatus.CANCELLED, WEDNESDAY)]
    qtbot.waitUntil(lambda: box.table.rowCount() == 0, timeout=5000)


def test_marking_a_plan_done_records_the_visit(
    qtbot: QtBot,
    box_of: Callable[[Case], PlannedVisitsBox],
    context: AppContext,
    case_at: Callable[[Stage], Case],
) -> None:
    case = case_at(Stage.PATRONAGE)
    box = box_of(case)
    qtbot.mouseClick(box.suggestion_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1, timeout=5000)
    qtbot.mouseClick(box.done_button, Qt.MouseButton.LeftButton)
    assert [s for _d, s, _m in plans(context)] == [PlannedVisitStatus.DONE]
    days = context.read(
        lambda s: list(s.scalars(select(Visit.date).where(Visit.family_id == case.family_id)))
    )
    assert WEDNESDAY in days
    qtbot.waitUntil(lambda: box.table.rowCount() == 0, timeout=5000)
    assert "сделано 1 из 2" in box.suggestion_label.text()


def test_closed_case_offers_no_planning(
    box_of: Callable[[Case], PlannedVisitsBox], case_at: Callable[[Stage], Case]
) -> None:
    box = box_of(case_at(Stage.CLOSED))
    assert box.isHidden() and box.suggestion_buttons == []
