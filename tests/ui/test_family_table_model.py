"""The family list's model: labels, search (any case, ё = е) and sorting by real values."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services.queries import FamilyRow
from patronat_desktop.ui.family_table_model import FAMILY_ID_ROLE, SORT_ROLE, Column, FamilyTableModel


def family(
    case: str,
    applicant: str,
    settlement: str = "д. Заречье",
    stage: Stage = Stage.PATRONAGE,
    patronage_type: PatronageType | None = PatronageType.PLANNED,
    applied: date | None = date(2024, 1, 10),
    members: int = 3,
) -> FamilyRow:
    return FamilyRow(
        id=uuid.uuid4(),
        case_number=case,
        applicant=applicant,
        settlement=settlement,
        stage=stage,
        patronage_type=patronage_type,
        worker="Ковалёва О. Н.",
        worker_id=uuid.uuid4(),
        application_date=applied,
        members=members,
    )


@pytest.fixture
def model(qapp: QApplication) -> FamilyTableModel:
    families = FamilyTableModel()
    families.set_rows(
        [
            family("1/2024", "Семёнова А. П.", applied=date(2024, 2, 1), members=12),
            family("2/2024", "Иванов Б. В.", "аг. Лесное", Stage.CLOSED, None, date(2024, 1, 5), 2),
            family("10/2024", "Петрова В. Г.", stage=Stage.SURVEY, applied=None, members=4),
            family(
                "1/2025", "Ёлкина Г. Д.", patronage_type=PatronageType.EMERGENCY, applied=date(2025, 1, 9)
            ),
        ]
    )
    return families


def column(model: FamilyTableModel, col: Column) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_stage_and_type_are_shown_with_russian_labels(model: FamilyTableModel) -> None:
    assert column(model, Column.STAGE) == ["Патронат", "Закрыт", "Обследование", "Патронат"]
    assert column(model, Column.PATRONAGE_TYPE) == ["плановый", "", "плановый", "экстренный"]
    assert column(model, Column.APPLICATION_DATE) == ["01.02.2024", "05.01.2024", "", "09.01.2025"]


def test_every_cell_of_a_row_carries_the_family_id(model: FamilyTableModel) -> None:
    ids = {model.index(0, c).data(FAMILY_ID_ROLE) for c in Column}
    assert len(ids) == 1
    assert isinstance(ids.pop(), uuid.UUID)


def test_search_ignores_case(model: FamilyTableModel) -> None:
    model.set_search_text("ИВАНОВ")
    assert column(model, Column.FAMILY) == ["Иванов Б. В."]


def test_search_with_e_finds_yo_and_the_other_way_round(model: FamilyTableModel) -> None:
    model.set_search_text("семенова")
    assert column(model, Column.FAMILY) == ["Семёнова А. П."]
    model.set_search_text("елкина")
    assert column(model, Column.FAMILY) == ["Ёлкина Г. Д."]
    model.set_search_text("Ковалева")  # the worker, spelled without ё
    assert model.rowCount() == 4


def test_search_needs_every_word_somewhere_in_the_row(model: FamilyTableModel) -> None:
    model.set_search_text("  заречье   петрова ")
    assert column(model, Column.FAMILY) == ["Петрова В. Г."]
    model.set_search_text("лесное петрова")
    assert model.rowCount() == 0


def test_search_looks_at_case_number_stage_and_type(model: FamilyTableModel) -> None:
    model.set_search_text("/2025")
    assert column(model, Column.FAMILY) == ["Ёлкина Г. Д."]
    model.set_search_text("обследование")
    assert column(model, Column.FAMILY) == ["Петрова В. Г."]
    model.set_search_text("экстренный")
    assert column(model, Column.FAMILY) == ["Ёлкина Г. Д."]


def test_search_does_not_match_dates_or_member_counts(model: FamilyTableModel) -> None:
    model.set_search_text("12")  # 12 members and "...2024" dates, but no case number holds "12"
    assert model.rowCount() == 0


def test_empty_search_shows_everything_again(model: FamilyTableModel) -> None:
    model.set_search_text("иванов")
    model.set_search_text("")
    assert model.rowCount() == 4


def test_case_numbers_sort_in_case_order_not_as_text(model: FamilyTableModel) -> None:
    model.sort(Column.CASE_NUMBER, Qt.SortOrder.DescendingOrder)
    assert column(model, Column.CASE_NUMBER) == ["1/2025", "10/2024", "2/2024", "1/2024"]


def test_member_counts_sort_as_numbers(model: FamilyTableModel) -> None:
    model.sort(Column.MEMBERS, Qt.SortOrder.AscendingOrder)
    assert column(model, Column.MEMBERS) == ["2", "3", "4", "12"]


def test_dates_sort_by_date_with_missing_dates_first(model: FamilyTableModel) -> None:
    model.sort(Column.APPLICATION_DATE, Qt.SortOrder.AscendingOrder)
    assert column(model, Column.APPLICATION_DATE) == ["", "05.01.2024", "01.02.2024", "09.01.2025"]


def test_stages_sort_in_the_order_of_a_case(model: FamilyTableModel) -> None:
    model.sort(Column.STAGE, Qt.SortOrder.AscendingOrder)
    assert column(model, Column.STAGE) == ["Обследование", "Патронат", "Патронат", "Закрыт"]


def test_surnames_with_yo_sort_among_e(model: FamilyTableModel) -> None:
    model.sort(Column.FAMILY, Qt.SortOrder.AscendingOrder)
    assert column(model, Column.FAMILY) == ["Ёлкина Г. Д.", "Иванов Б. В.", "Петрова В. Г.", "Семёнова А. П."]


def test_search_and_sort_work_together_and_survive_a_reload(model: FamilyTableModel) -> None:
    model.sort(Column.MEMBERS, Qt.SortOrder.DescendingOrder)
    model.set_search_text("заречье")
    assert column(model, Column.FAMILY) == ["Семёнова А. П.", "Петрова В. Г.", "Ёлкина Г. Д."]
    model.set_rows(
        [model.row_at(r) for r in range(model.rowCount())] + [family("3/2025", "Заречная Д. Е.", members=9)]
    )
    assert column(model, Column.FAMILY) == [
        "Семёнова А. П.",
        "Заречная Д. Е.",
        "Петрова В. Г.",
        "Ёлкина Г. Д.",
    ]
    assert model.total_count() == 4


def test_sorting_by_no_column_restores_case_order(model: FamilyTableModel) -> None:
    model.sort(Column.FAMILY, Qt.SortOrder.AscendingOrder)
    model.sort(-1)
    assert column(model, Column.CASE_NUMBER) == ["1/2024", "2/2024", "10/2024", "1/2025"]


def test_sort_role_gives_the_real_value(model: FamilyTableModel) -> None:
    assert model.index(0, Column.APPLICATION_DATE).data(SORT_ROLE) == date(2024, 2, 1).toordinal()
    assert model.index(0, Column.MEMBERS).data(SORT_ROLE) == 12


def test_row_of_finds_a_family_only_while_shown(model: FamilyTableModel) -> None:
    family_id = model.row_at(1).id
    assert model.row_of(family_id) == 1
    model.set_search_text("семенова")
    assert model.row_of(family_id) is None
