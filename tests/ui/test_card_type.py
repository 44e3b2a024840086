"""The "Вид патроната" section: current type and norm, the history, changing the type with a reason."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from factories import Case
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import TypePeriod
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.type_change_dialog import TypeChangeDialog
from patronat_desktop.ui.card.type_section import TypeSection
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]


def periods(context: AppContext, case: Case) -> list[tuple[PatronageType, date, date | None, str]]:
    return context.read(
        lambda s: [
            (p.type, p.start, p.end, p.reason)
            for p in s.scalars(
                select(TypePeriod).where(TypePeriod.family_id == case.family_id).order_by(TypePeriod.start)
            )
        ]
    )


@pytest.fixture
def section_of(qtbot: QtBot, context: AppContext) -> Callable[[Case], TypeSection]:
    cards: list[FamilyCard] = []  # the card owns the section: keep it alive for the test

    def open_card(case: Case) -> TypeSection:
        card = FamilyCard(context, [TypeSection])
        qtbot.addWidget(card)
        cards.append(card)
        card.open_family(case.family_id)
        section = card.sections[0]
        assert isinstance(section, TypeSection)
        return section

    return open_card


def history(section: TypeSection) -> list[list[str]]:
    table = section.history_table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def change_dialog(section: TypeSection) -> TypeChangeDialog:
    dialog = section.open_change_dialog()
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_section_shows_current_type_with_its_norm_and_windows(
    section_of: Callable[[Case], TypeSection], case_at: Callable[[Stage], Case]
) -> None:
    section = section_of(case_at(Stage.PATRONAGE))
    assert section.type_label.text() == "Экстренный патронат"
    assert section.norm_label.text() == "с 12.03.2026 · норма: не менее 2 посещений в неделю"
    assert history(section) == [["экстренный", "12.03.2026", "действует", "Угроза"]]
    # The running week (18–24 May) comes first; one visit on 16 March left its week short of two.
    windows = section.windows_table
    assert windows.item(0, 0).text() == "18.05 – 24.05.2026"
    assert windows.item(0, 4).text() == "○ идёт"
    statuses = [windows.item(row, 4).text() for row in range(windows.rowCount())]
    assert "✗ норма не выполнена" in statuses
    assert "нужно ещё посещений: 2" in section.windows_summary.text()


def test_change_emergency_to_planned_keeps_history(
    qtbot: QtBot,
    context: AppContext,
    section_of: Callable[[Case], TypeSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = section_of(case)
    dialog = change_dialog(section)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(PatronageType.PLANNED))
    dialog.start_edit.setDate(QDate(2026, 5, 18))
    type_text(dialog.reason_edit, "Угроза устранена")
    dialog.ok_button.click()

    assert not dialog.isVisible()
    assert periods(context, case) == [
        (PatronageType.EMERGENCY, date(2026, 3, 12), date(2026, 5, 17), "Угроза"),
        (PatronageType.PLANNED, date(2026, 5, 18), None, "Угроза устранена"),
    ]
    assert section.type_label.text() == "Плановый патронат"
    assert "не менее 1 посещения в месяц" in section.norm_label.text()
    assert history(section) == [
        ["экстренный", "12.03.2026", "17.05.2026", "Угроза"],
        ["плановый", "18.05.2026", "действует", "Угроза устранена"],
    ]


def test_type_change_without_reason_is_refused_next_to_the_reason(
    context: AppContext, section_of: Callable[[Case], TypeSection], case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.PATRONAGE)
    section = section_of(case)
    dialog = change_dialog(section)
    dialog.ok_button.click()

    assert dialog.isVisible()
    label = dialog.error_labels["type.reason"]
    assert label.isVisibleTo(dialog)
    assert label.text() == "Причина смены вида патроната: обязательное поле."
    assert len(periods(context, case)) == 1


def test_same_type_and_early_start_are_refused_next_to_their_fields(
    context: AppContext,
    section_of: Callable[[Case], TypeSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PATRONAGE)
    dialog = change_dialog(section_of(case))
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(PatronageType.EMERGENCY))
    dialog.start_edit.setDate(QDate(2026, 3, 1))
    type_text(dialog.reason_edit, "Повторно")
    dialog.ok_button.click()

    assert dialog.error_labels["type.type"].text() == "Вид патроната уже «экстренный»."
    start_errors = dialog.error_labels["type.start"].text()
    assert "Дата начала: в пределах срока договора (12.03.2026 – 31.12.2026)." in start_errors
    assert "Дата начала: позже начала текущего вида (12.03.2026)." in start_errors
    assert len(periods(context, case)) == 1


def test_type_before_the_contract_is_refused_in_the_dialog(
    context: AppContext,
    section_of: Callable[[Case], TypeSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PLAN)
    section = section_of(case)
    assert section.type_label.text() == "Вид патроната не установлен"
    assert section.hint_label.text() == "Вид патроната устанавливается после заключения договора."
    dialog = change_dialog(section)
    assert dialog.type_combo.currentData() == PatronageType.EMERGENCY
    type_text(dialog.reason_edit, "Угроза")
    dialog.ok_button.click()

    assert (
        dialog.error_labels["contract"].text() == "Вид патроната устанавливается после заключения договора."
    )
    assert periods(context, case) == []


def test_cancelling_an_edited_type_change_asks_first(
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    section_of: Callable[[Case], TypeSection],
    case_at: Callable[[Stage], Case],
    type_text: TypeText,
) -> None:
    from patronat_desktop.ui import forms

    asked: list[str] = []
    answers = [forms.LeaveChoice.STAY, forms.LeaveChoice.DISCARD]
    monkeypatch.setattr(forms, "ask_leave", lambda parent, what: asked.append(what) or answers.pop(0))
    case = case_at(Stage.PATRONAGE)
    dialog = change_dialog(section_of(case))
    type_text(dialog.reason_edit, "Стабилизация")
    dialog.cancel_button.click()
    assert dialog.isVisible()
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    assert asked == ["Смена вида патроната", "Смена вида патроната"]
    assert len(periods(context, case)) == 1
