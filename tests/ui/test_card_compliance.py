"""The card's "Соблюдение норм" timeline: type periods, their windows with status, the visits in each."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from factories import Case
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.card.compliance_section import ComplianceSection
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.context import AppContext


def texts(item: QTreeWidgetItem) -> list[str]:
    return [item.text(c) for c in range(3)]


def open_section(qtbot: QtBot, context: AppContext, case: Case) -> ComplianceSection:
    card = FamilyCard(context, [ComplianceSection])
    qtbot.addWidget(card)
    card.open_family(case.family_id)
    section = card.sections[0]
    assert isinstance(section, ComplianceSection)
    return section


def test_a_type_change_mid_week_splits_the_timeline(
    qtbot: QtBot,
    context: AppContext,
    database: Database,
    centre_actor: Actor,
    case_at: Callable[[Stage], Case],
) -> None:
    case = case_at(Stage.PATRONAGE)  # emergency from Thu 12.03.2026, a visit on Mon 16.03
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
    section = open_section(qtbot, context, case)
    tree = section.tree
    assert tree.topLevelItemCount() == 2
    emergency, planned = tree.topLevelItem(0), tree.topLevelItem(1)
    assert emergency is not None and planned is not None
    assert emergency.text(0) == "Экстренный патронат: 12.03.2026 – 14.04.2026"
    assert planned.text(0) == "Плановый патронат: 15.04.2026 – по настоящее время"
    first = emergency.child(0)
    # Thu 12 – Sun 15 March: 4 of 7 days → 2 × 4/7 = 1.14 → 1 visit.
    assert texts(first) == ["12.03.2026 – 15.03.2026 (неполное окно)", "0 из 1", "✗ норма не выполнена"]
    second = emergency.child(1)
    assert texts(second) == ["16.03.2026 – 22.03.2026", "1 из 2", "✗ норма не выполнена"]
    assert second.child(0).text(0) == "16.03.2026 — посещение на дому"
    last = emergency.child(emergency.childCount() - 1)
    # The week of the change is cut on Tue 14 April: 2 of 7 days → 1 visit.
    assert texts(last) == ["13.04.2026 – 14.04.2026 (неполное окно)", "0 из 1", "✗ норма не выполнена"]
    assert [texts(planned.child(i)) for i in range(planned.childCount())] == [
        ["15.04.2026 – 30.04.2026 (неполное окно)", "0 из 1", "✗ норма не выполнена"],
        ["01.05.2026 – 31.05.2026", "0 из 1", "○ идёт"],
    ]
    assert tree.currentItem() is planned.child(1)  # the running window
    assert "Текущее окно 01.05 – 31.05.2026: 0 из 1, ○ идёт." in section.summary_label.text()


def test_no_windows_before_a_contract_with_a_type(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    section = open_section(qtbot, context, case_at(Stage.PLAN))
    assert section.tree.topLevelItemCount() == 0
    assert section.summary_label.text().startswith("Окон нормы пока нет")
