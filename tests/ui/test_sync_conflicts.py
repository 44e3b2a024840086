"""Conflict review: both versions side by side, «Оставить это» / «Оставить то» or a manual merge."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from patronat_desktop.services import sync
from patronat_desktop.services.base import Actor
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.sync.conflicts_dialog import ConflictsDialog


def conflict(
    label: str, first: Any, second: Any, kind: str = "field", field: str = "phone"
) -> sync.ConflictInfo:
    return sync.ConflictInfo(
        id=uuid.uuid4(),
        kind=kind,
        family_id=uuid.uuid4(),
        case_number="12/2026",
        table="family",
        row_id=str(uuid.uuid4()),
        field=field,
        label=label,
        values=[
            sync.ConflictValue("центр", first, deleted=first is None and kind != "field", shown=True),
            sync.ConflictValue("petrova", second, deleted=False, shown=False),
        ],
        created_at=datetime(2026, 12, 1, 10, 30),
        resolved=False,
    )


class FakeConflicts:
    def __init__(self, conflicts: list[sync.ConflictInfo]) -> None:
        self.conflicts = conflicts
        self.resolved: list[tuple[uuid.UUID, int | None, Any]] = []

    def list(self, session: Session, open_only: bool = True) -> list[sync.ConflictInfo]:
        return list(self.conflicts)

    def resolve(
        self,
        session: Session,
        actor: Actor,
        conflict_id: uuid.UUID,
        choice: int | None = None,
        manual_value: Any = None,
    ) -> None:
        self.resolved.append((conflict_id, choice, manual_value))


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeConflicts:
    fake = FakeConflicts(
        [
            conflict("Телефон семьи", "+375 29 111-11-11", "+375 29 222-22-22"),
            conflict("Дата посещения", "2026-11-20", "2026-11-21", field="date"),
            conflict(
                "Посещение 20.11.2026", None, {"note": "принесли продукты"}, kind="delete_edit", field=""
            ),
        ]
    )
    monkeypatch.setattr(sync, "list_conflicts", fake.list)
    monkeypatch.setattr(sync, "resolve_conflict", fake.resolve)
    return fake


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext, fake: FakeConflicts) -> ConflictsDialog:
    dialog = ConflictsDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 3, timeout=10000)
    return dialog


def test_both_versions_are_shown_side_by_side_with_the_provisional_one_marked(
    dialog: ConflictsDialog,
) -> None:
    left, right = dialog.version_boxes

    assert dialog.heading.text() == "Телефон семьи"
    assert left.title() == "Версия 1: Центр" and right.title() == "Версия 2: Ноутбук (petrova)"
    assert left.value.toPlainText() == "+375 29 111-11-11"
    assert right.value.toPlainText() == "+375 29 222-22-22"
    assert left.shown_label.text().startswith("● Показывается сейчас")
    assert right.shown_label.text().startswith("○ Не показывается")
    assert (left.keep_button.text(), right.keep_button.text()) == ("Оставить &это", "Оставить &то")
    assert dialog.status.text() == "Открытых конфликтов: 3"


def test_keeping_the_other_version_resolves_it_and_takes_it_off_the_list(
    dialog: ConflictsDialog, fake: FakeConflicts
) -> None:
    first = fake.conflicts[0]

    dialog.version_boxes[1].keep_button.click()

    assert fake.resolved == [(first.id, 1, None)]
    assert dialog.table.rowCount() == 2
    assert dialog.heading.text() == "Дата посещения"
    assert dialog.status.text() == "Конфликт решён: Телефон семьи. Открытых конфликтов: 2"


def test_a_manual_merge_of_a_date_is_typed_as_on_every_form(
    dialog: ConflictsDialog, fake: FakeConflicts
) -> None:
    dialog.table.setCurrentCell(1, 0)
    assert dialog.version_boxes[0].value.toPlainText() == "20.11.2026"
    assert dialog.manual_edit.toPlainText() == "20.11.2026"

    dialog.manual_edit.setPlainText("31.11.2026")
    dialog.manual_button.click()
    assert dialog.manual_error.text() == "Дата: такой даты нет в календаре."
    assert fake.resolved == []

    dialog.manual_edit.setPlainText("22.11.2026")
    dialog.manual_button.click()
    assert fake.resolved == [(fake.conflicts[1].id, None, "2026-11-22")]


def test_a_deleted_record_against_an_edit_offers_no_manual_merge(dialog: ConflictsDialog) -> None:
    dialog.table.setCurrentCell(2, 0)

    assert dialog.version_boxes[0].value.toPlainText() == "Запись удалена"
    assert dialog.version_boxes[1].value.toPlainText() == "note: принесли продукты"
    assert not dialog.manual_box.isVisibleTo(dialog)


def test_when_everything_is_resolved_the_dialog_says_so(dialog: ConflictsDialog, fake: FakeConflicts) -> None:
    for _ in range(3):
        dialog.version_boxes[0].keep_button.click()

    assert len(fake.resolved) == 3
    assert dialog.empty_label.text() == "✔ Все конфликты решены."
