"""The family list's model and its proxy: labels, markers, search (any case, ё = е), filters, sorting."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services.attention import Attention
from patronat_desktop.services.registry_rows import FamilyRow
from patronat_desktop.ui.family_filter_proxy_model import FamilyFilter, FamilyFilterProxyModel
from patronat_desktop.ui.family_table_model import FAMILY_ID_ROLE, Column, FamilyTableModel

WORKER_A, WORKER_B = uuid.uuid4(), uuid.uuid4()
GROUND_X, GROUND_Y = uuid.uuid4(), uuid.uuid4()


def family(
    case: str,
    applicant: str,
    settlement: str = "д. Заречье",
    stage: Stage = Stage.PATRONAGE,
    patronage_type: PatronageType | None = PatronageType.PLANNED,
    worker_id: uuid.UUID = WORKER_A,
    grounds: frozenset[uuid.UUID] = frozenset({GROUND_X}),
) -> FamilyRow:
    return FamilyRow(
        id=uuid.uuid4(),
        case_number=case,
        applicant=applicant,
        settlement=settlement,
        stage=stage,
        patronage_type=patronage_type,
        worker="Ковалёва О.Н." if worker_id == WORKER_A else "Шевчук А.А.",
        worker_id=worker_id,
        application_date=date(2026, 1, 10),
        members=3,
        ground_ids=grounds,
    )


ROWS = [
    family("2026/001", "Семёнова А.П."),
    family("2026/002", "Иванов Б.В.", "аг. Лесное", Stage.CLOSED, None, WORKER_B, frozenset({GROUND_Y})),
    family("2026/003", "Петрова В.Г.", stage=Stage.SURVEY, patronage_type=None),
    family("2026/004", "Ёлкина Г.Д.", patronage_type=PatronageType.EMERGENCY, worker_id=WORKER_B),
]


@pytest.fixture
def proxy(qapp: QApplication) -> FamilyFilterProxyModel:
    model = FamilyTableModel()
    model.set_rows(ROWS)
    return FamilyFilterProxyModel(model)


def shown(proxy: FamilyFilterProxyModel, col: Column = Column.FAMILY) -> list[str]:
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def test_rows_show_russian_labels(proxy: FamilyFilterProxyModel) -> None:
    assert shown(proxy, Column.STAGE) == ["Патронат", "Закрыт", "Обследование", "Патронат"]
    assert shown(proxy, Column.PATRONAGE_TYPE) == ["плановый", "", "", "экстренный"]
    assert proxy.headerData(Column.NEXT_DUE, Qt.Orientation.Horizontal) == "След. посещение"


def test_search_ignores_case_and_treats_yo_as_e(proxy: FamilyFilterProxyModel) -> None:
    proxy.set_search_text("СЕМЕНОВА")
    assert shown(proxy) == ["Семёнова А.П."]
    proxy.set_search_text("елкина")
    assert shown(proxy) == ["Ёлкина Г.Д."]


def test_search_finds_case_numbers_and_settlements(proxy: FamilyFilterProxyModel) -> None:
    proxy.set_search_text("2026/003")
    assert shown(proxy) == ["Петрова В.Г."]
    proxy.set_search_text("лесное")
    assert shown(proxy) == ["Иванов Б.В."]
    proxy.set_search_text("заречье петр")
    assert shown(proxy) == ["Петрова В.Г."]


def test_filters_by_stage_type_worker_and_ground(proxy: FamilyFilterProxyModel) -> None:
    proxy.set_filter(FamilyFilter(stage=Stage.PATRONAGE))
    assert shown(proxy) == ["Семёнова А.П.", "Ёлкина Г.Д."]
    proxy.set_filter(FamilyFilter(patronage_type=PatronageType.EMERGENCY))
    assert shown(proxy) == ["Ёлкина Г.Д."]
    proxy.set_filter(FamilyFilter(worker_id=WORKER_B))
    assert shown(proxy) == ["Иванов Б.В.", "Ёлкина Г.Д."]
    proxy.set_filter(FamilyFilter(ground_id=GROUND_Y))
    assert shown(proxy) == ["Иванов Б.В."]
    proxy.set_filter(FamilyFilter(stage=Stage.PATRONAGE, worker_id=WORKER_B))
    assert shown(proxy) == ["Ёлкина Г.Д."]


def test_attention_markers_and_the_attention_filter(proxy: FamilyFilterProxyModel) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, FamilyTableModel)
    model.set_attention(
        {
            ROWS[0].id: Attention(norm_missed=True, next_due=date(2026, 5, 31)),
            ROWS[2].id: Attention(survey_overdue=True),
            ROWS[3].id: Attention(next_due=date(2026, 5, 24)),
        }
    )
    assert shown(proxy, Column.NEXT_DUE) == ["31.05.2026", "", "", "24.05.2026"]
    assert shown(proxy, Column.ATTENTION) == ["⚠ норма нарушена", "", "⚠ обследование просрочено", ""]
    proxy.set_filter(FamilyFilter(attention_only=True))
    assert shown(proxy) == ["Семёнова А.П.", "Петрова В.Г."]


def test_sorting_by_next_due_puts_families_without_a_date_last(proxy: FamilyFilterProxyModel) -> None:
    model = proxy.sourceModel()
    assert isinstance(model, FamilyTableModel)
    model.set_attention(
        {ROWS[0].id: Attention(next_due=date(2026, 5, 31)), ROWS[3].id: Attention(next_due=date(2026, 5, 24))}
    )
    proxy.sort(Column.NEXT_DUE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[:2] == ["Ёлкина Г.Д.", "Семёнова А.П."]


def test_sorting_by_family_and_stage(proxy: FamilyFilterProxyModel) -> None:
    proxy.sort(Column.FAMILY, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["Ёлкина Г.Д.", "Иванов Б.В.", "Петрова В.Г.", "Семёнова А.П."]
    proxy.sort(Column.STAGE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy, Column.STAGE) == ["Обследование", "Патронат", "Патронат", "Закрыт"]


def test_proxy_maps_rows_to_the_source_and_back(proxy: FamilyFilterProxyModel) -> None:
    proxy.sort(Column.FAMILY, Qt.SortOrder.AscendingOrder)
    proxy.set_search_text("а")
    for row in range(proxy.rowCount()):
        source = proxy.mapToSource(proxy.index(row, Column.FAMILY))
        assert proxy.mapFromSource(source).row() == row
        assert source.data(FAMILY_ID_ROLE) == proxy.family_at(row)
        assert proxy.row_of(proxy.family_at(row)) == row


def test_typing_more_letters_narrows_and_deleting_widens_again(proxy: FamilyFilterProxyModel) -> None:
    proxy.set_search_text("п")
    assert shown(proxy) == ["Семёнова А.П.", "Петрова В.Г."]
    proxy.set_search_text("пе")
    assert shown(proxy) == ["Петрова В.Г."]
    proxy.set_search_text("п")
    assert shown(proxy) == ["Семёнова А.П.", "Петрова В.Г."]
    proxy.set_search_text("пе заречье")
    assert shown(proxy) == ["Петрова В.Г."]
