"""The import desk: bundles copied off, previewed without writing, then applied one by one with a report."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from patronat_desktop.services import sync
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.sync.import_desk import ImportDesk, State

EARLIER = datetime(2026, 11, 30, 15, 4)


def impact(case: str, action: str) -> sync.FamilyImpact:
    return sync.FamilyImpact(uuid.uuid4(), case, action)


def fake_preview(session: Session, path: Path) -> sync.ImportPreview:
    """Reads the kind of outcome from the file's bytes (the desk must pass the local copy)."""
    content = path.read_bytes()
    if content == b"damaged":
        return sync.ImportPreview(False, "Файл повреждён: подпись не сходится.", None, "", "", 0, 0)
    already = EARLIER if content == b"old" else None
    return sync.ImportPreview(
        True,
        "",
        already,
        "laptop",
        "petrova",
        changes=7,
        duplicates=2,
        families_created=[impact("12/2026", "created")],
        families_updated=[impact("3/2026", "updated"), impact("5/2026", "updated")],
    )


class FakeImports:
    def __init__(self) -> None:
        self.paths: list[Path] = []

    def __call__(self, session: Session, path: Path) -> sync.ImportReport:
        self.paths.append(path)
        if path.read_bytes() == b"old":
            return sync.ImportReport(
                "already_imported",
                "Пакет уже импортирован 30.11.2026 в 15:04.",
                uuid.uuid4(),
                0,
                7,
                0,
                0,
                0,
                EARLIER,
            )
        return sync.ImportReport("applied", "", uuid.uuid4(), 5, 2, 1, 1, 2, EARLIER)


@pytest.fixture
def imports(monkeypatch: pytest.MonkeyPatch) -> FakeImports:
    fake = FakeImports()
    monkeypatch.setattr(sync, "preview_import", fake_preview)
    monkeypatch.setattr(sync, "import_bundle", fake)
    return fake


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    for name, content in (("a.ptb", b"good"), ("b.ptb", b"damaged"), ("c.ptb", b"old")):
        (folder / name).write_bytes(content)
    return folder


def states(desk: ImportDesk) -> list[str]:
    return [desk.table.item(row, len(desk.COLUMNS) - 1).text() for row in range(desk.table.rowCount())]


def test_the_preview_shows_each_bundle_before_anything_is_written(
    qtbot: QtBot, context: AppContext, stick: Path, imports: FakeImports, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = ImportDesk(context)
    qtbot.addWidget(desk)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(stick))

    desk.folder_button.click()
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)

    assert states(desk) == [
        "✔ Можно применить",
        "✖ Отклонён: Файл повреждён: подпись не сходится.",
        "○ Уже загружен 30.11.2026 в 15:04",
    ]
    first = [desk.table.item(0, column).text() for column in range(len(desk.COLUMNS) - 1)]
    assert first == ["a.ptb", "petrova", "7", "1", "2", "2", "0"]
    assert imports.paths == []
    assert all(entry.copy is not None and entry.copy.path.parent != stick for entry in desk.entries)
    assert "База пока не изменена" in desk.status.text()
    desk.table.setCurrentCell(0, 0)
    assert "Новые семьи (1): 12/2026" in desk.details.toPlainText()
    assert "Обновляемые семьи (2): 3/2026, 5/2026" in desk.details.toPlainText()


def test_apply_imports_each_checked_bundle_and_reports(
    qtbot: QtBot, context: AppContext, stick: Path, imports: FakeImports
) -> None:
    desk = ImportDesk(context)
    qtbot.addWidget(desk)
    desk.add_files(sorted(stick.iterdir()))
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)
    announced: list[bool] = []
    context.families_changed.connect(lambda: announced.append(True))

    desk.apply_button.click()
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)

    assert [p.read_bytes() for p in imports.paths] == [
        b"good",
        b"old",
    ]  # the damaged one never reaches import
    assert states(desk) == [
        "✔ Применён; конфликтов оставлено для решения: 1",
        "✖ Отклонён: Файл повреждён: подпись не сходится.",
        "○ Пакет уже импортирован 30.11.2026 в 15:04.",
    ]
    assert desk.status.text() == "Итог: применено 1, уже были загружены 1, отклонено 1."
    assert announced
    assert desk.conflicts_button.isVisibleTo(desk)
    assert not desk.apply_button.isEnabled()


def test_a_refusal_while_applying_is_reported_and_the_rest_go_on(
    qtbot: QtBot, context: AppContext, tmp_path: Path, imports: FakeImports, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse_first(session: Session, path: Path) -> sync.ImportReport:
        if path.name == "a.ptb":
            raise sync.SyncRefused("Не хватает пакетов 5–6 с этого ноутбука.", "gap")
        return imports(session, path)

    monkeypatch.setattr(sync, "import_bundle", refuse_first)
    for name in ("a.ptb", "b.ptb"):
        (tmp_path / name).write_bytes(b"good" + name.encode())
    desk = ImportDesk(context)
    qtbot.addWidget(desk)
    desk.add_files([tmp_path / "a.ptb", tmp_path / "b.ptb"])
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)

    desk.apply()
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)

    assert [entry.state for entry in desk.entries] == [State.REFUSED, State.APPLIED]
    assert states(desk)[0] == "✖ Отклонён: Не хватает пакетов 5–6 с этого ноутбука."


def test_the_same_bundle_added_twice_is_checked_once(
    qtbot: QtBot, context: AppContext, tmp_path: Path, imports: FakeImports
) -> None:
    (tmp_path / "a.ptb").write_bytes(b"good")
    (tmp_path / "copy-of-a.ptb").write_bytes(b"good")
    desk = ImportDesk(context)
    qtbot.addWidget(desk)

    desk.add_files([tmp_path / "a.ptb", tmp_path / "a.ptb", tmp_path / "copy-of-a.ptb"])
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)

    assert states(desk) == ["✔ Можно применить", "✖ Отклонён: Тот же пакет уже в списке: a.ptb"]


def test_a_file_that_vanished_from_the_stick_is_refused_in_words(
    qtbot: QtBot, context: AppContext, tmp_path: Path, imports: FakeImports
) -> None:
    desk = ImportDesk(context)
    qtbot.addWidget(desk)

    desk.add_files([tmp_path / "gone.ptb"])
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)

    assert states(desk)[0].startswith("✖ Отклонён: Не удалось прочитать файл «gone.ptb»")


def test_the_laptop_takes_one_return_bundle_at_a_time(
    qtbot: QtBot, context: AppContext, stick: Path, imports: FakeImports, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = ImportDesk(context, centre=False)
    qtbot.addWidget(desk)
    assert desk.windowTitle() == "Загрузить из центра"
    assert not desk.folder_button.isVisibleTo(desk)
    for name in ("c.ptb", "a.ptb"):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, n=name: (str(stick / n), ""))
        desk.add_button.click()
        qtbot.waitUntil(lambda: not desk.busy, timeout=10000)

    assert [entry.source.name for entry in desk.entries] == ["a.ptb"]
    desk.apply_button.click()
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)
    assert states(desk) == ["✔ Применён; конфликтов оставлено для решения: 1"]


def test_a_wrong_clock_and_purge_orders_are_shown_before_applying(
    qtbot: QtBot, context: AppContext, tmp_path: Path, imports: FakeImports, monkeypatch: pytest.MonkeyPatch
) -> None:
    def return_bundle(session: Session, path: Path) -> sync.ImportPreview:
        return sync.ImportPreview(
            True,
            "",
            None,
            "return",
            "центр",
            changes=4,
            duplicates=0,
            purges=[impact("", "purged"), impact("", "purged")],
            clock_warning="часы отправителя отстают на 3 года",
        )

    monkeypatch.setattr(sync, "preview_import", return_bundle)
    (tmp_path / "r.ptb").write_bytes(b"return")
    desk = ImportDesk(context, centre=False)
    qtbot.addWidget(desk)

    desk.add_files([tmp_path / "r.ptb"])
    qtbot.waitUntil(lambda: not desk.busy, timeout=10000)
    desk.table.setCurrentCell(0, 0)

    assert states(desk) == ["✔ Можно применить · ⚠ часы отправителя"]
    details = desk.details.toPlainText().splitlines()
    assert "⚠ Часы отправителя: часы отправителя отстают на 3 года" in details
    assert "Снимаются с ноутбука (переданы другому специалисту): 2" in details
