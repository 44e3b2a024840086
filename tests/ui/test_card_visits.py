"""The "Посещения" section: the visit list, recording and correcting visits, refusals next to the fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from factories import Case
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from patronat_desktop.domain.vocab import Stage, VisitKind
from patronat_desktop.models import Visit
from patronat_desktop.ui import forms
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.visit_dialog import VisitDialog
from patronat_desktop.ui.card.visits_section import VisitsSection
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]


def visits(context: AppContext, case: Case) -> list[tuple[date, VisitKind, bool, int, str]]:
    """Every visit of the family, oldest first: date, kind, counts, members present, result."""
    return context.read(
        lambda s: [
            (v.date, v.kind, v.counts_toward_norm, len(v.members_present), v.result)
            for v in s.scalars(
                select(Visit)
                .where(Visit.family_id == case.family_id)
                .options(selectinload(Visit.members_present))
                .order_by(Visit.date)
            )
        ]
    )


@pytest.fixture
def section_of(qtbot: QtBot, context: AppContext) -> Callable[[Case], VisitsSection]:
    cards: list[FamilyCard] = []  # the card owns the section: keep it alive for the test

    def open_card(case: Case) -> VisitsSection:
        card = FamilyCard(context, [VisitsSection])
        qtbot.addWidget(card)
        cards.append(card)
        card.open_family(case.family_id)
        card.show()
        card.activateWindow()  # shortcuts reach only the active window
        section = card.sections[0]
        assert isinstance(section, VisitsSection)
        return section

    return open_card


def rows(section: VisitsSection) -> list[list[str]]:
    table = section.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def fill(
    dialog: VisitDialog,
    type_text: TypeText,
    day: date,
    kind: VisitKind,
    members: list[object],
    result: str = "",
) -> None:
    dialog.date_edit.setDate(QDate(day.year, day.month, day.day))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    for member_id, check in dialog.member_checks.items():
        check.setChecked(member_id in members)
    if result:
        type_text(dialog.result_edit, result)


def test_list_shows_visits_newest_first(
    section_of: Callable[[Case], VisitsSection], case_at: Callable[[Stage], Case]
) -> None:
    section = section_of(case_at(Stage.PATRONAGE))
    assert rows(section) == [
        [
            "16.03.2026",
            "посещение на дому",
            "да",
            "Петрова О.И., Петров М.С.",
            "Проведена консультация",
            "Иванова А.",
        ]
    ]
    assert (
        "Посещений и контактов: 1, из них в норму: 1. Последнее: 16.03.2026." in section.summary_label.text()
    )


def test_add_home_visit_with_members_counts_toward_norm(
    qtbot: QtBot,
    context: AppContext,
    section_of: Callable[[Case], VisitsSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = section_of(case)
    section.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.table)
    qtbot.keyClick(
        section.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Новое посещение"
    assert dialog.counts_label.text() == "Засчитывается в норму посещений (по правилу центра)."
    fill(
        dialog,
        type_text,
        date(2026, 5, 18),
        VisitKind.HOME,
        [case.applicant_id, case.child_id],
        "Мать работает",
    )
    type_text(dialog.notes_edit, "Беседа с семьёй")
    dialog.ok_button.click()

    assert not dialog.isVisible()
    assert visits(context, case)[-1] == (date(2026, 5, 18), VisitKind.HOME, True, 2, "Мать работает")
    assert rows(section)[0][:3] == ["18.05.2026", "посещение на дому", "да"]


def test_phone_call_does_not_count_toward_norm(
    context: AppContext,
    section_of: Callable[[Case], VisitsSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = section_of(case)
    dialog = section.open_add_dialog()
    assert dialog is not None
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(VisitKind.PHONE))
    assert dialog.counts_label.text() == "Не засчитывается в норму посещений (по правилу центра)."
    fill(dialog, type_text, date(2026, 5, 19), VisitKind.PHONE, [], "Договорились о встрече")
    dialog.ok_button.click()

    assert visits(context, case)[-1] == (
        date(2026, 5, 19),
        VisitKind.PHONE,
        False,
        0,
        "Договорились о встрече",
    )
    assert rows(section)[0][:4] == ["19.05.2026", "телефонный звонок", "нет", ""]


def test_edit_visit_from_the_list_with_enter(
    qtbot: QtBot,
    context: AppContext,
    section_of: Callable[[Case], VisitsSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = section_of(case)
    section.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.table)
    section.table.setCurrentCell(0, 0)
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    dialog = section.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Посещение 16.03.2026"
    assert [c.isChecked() for c in dialog.member_checks.values()] == [True, True]
    dialog.member_checks[case.child_id].setChecked(False)
    dialog.result_edit.clear()
    type_text(dialog.result_edit, "Составлен график")
    dialog.ok_button.click()

    assert visits(context, case) == [(date(2026, 3, 16), VisitKind.HOME, True, 1, "Составлен график")]
    assert rows(section)[0][3:5] == ["Петрова О.И.", "Составлен график"]


def test_visit_before_the_application_is_refused_next_to_the_date(
    context: AppContext,
    section_of: Callable[[Case], VisitsSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = section_of(case)
    dialog = section.open_add_dialog()
    assert dialog is not None
    fill(dialog, type_text, date(2026, 3, 1), VisitKind.HOME, [case.applicant_id])
    dialog.ok_button.click()

    assert dialog.isVisible()
    label = dialog.error_labels["visit.date"]
    assert label.isVisibleTo(dialog)
    assert label.text() == "Дата посещения: не раньше даты заявления (02.03.2026)."
    assert len(visits(context, case)) == 1
    assert len(rows(section)) == 1


def test_future_home_visit_without_members_is_refused_next_to_each_field(
    context: AppContext,
    section_of: Callable[[Case], VisitsSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    dialog = section_of(case).open_add_dialog()
    assert dialog is not None
    fill(dialog, type_text, date(2026, 5, 21), VisitKind.HOME, [])
    dialog.ok_button.click()

    assert dialog.error_labels["visit.date"].text() == "Дата посещения: дата не может быть позже сегодняшней."
    assert (
        dialog.error_labels["visit.members"].text()
        == "Присутствовали: отметьте членов семьи, с кем была встреча."
    )
    assert len(visits(context, case)) == 1


def test_closing_an_edited_visit_dialog_asks_first(
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    section_of: Callable[[Case], VisitsSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    asked: list[str] = []
    answers = [forms.LeaveChoice.STAY, forms.LeaveChoice.DISCARD]
    monkeypatch.setattr(forms, "ask_leave", lambda parent, what: asked.append(what) or answers.pop(0))
    case = case_at(Stage.PATRONAGE)
    dialog = section_of(case).open_add_dialog()
    assert dialog is not None
    dialog.reject()  # nothing typed yet: closes without a question
    assert not dialog.isVisible() and asked == []

    dialog = section_of(case).open_add_dialog()
    assert dialog is not None
    type_text(dialog.notes_edit, "Черновик")
    dialog.cancel_button.click()
    assert dialog.isVisible()
    dialog.reject()
    assert not dialog.isVisible()
    assert asked == ["Посещение", "Посещение"]
    assert len(visits(context, case)) == 1


def test_unsaved_visit_is_saved_when_the_user_says_so(
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    section_of: Callable[[Case], VisitsSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    monkeypatch.setattr(forms, "ask_leave", lambda parent, what: forms.LeaveChoice.SAVE)
    case = case_at(Stage.PATRONAGE)
    dialog = section_of(case).open_add_dialog()
    assert dialog is not None
    fill(dialog, type_text, date(2026, 5, 20), VisitKind.OFFICE, [case.applicant_id], "Консультация юриста")
    dialog.reject()
    assert not dialog.isVisible()
    assert visits(context, case)[-1] == (date(2026, 5, 20), VisitKind.OFFICE, False, 1, "Консультация юриста")
