"""The «Обмен» menu and the status line follow what the database is: a laptop, the centre, or neither."""

from __future__ import annotations

import uuid
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from patronat_desktop.services import sync
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.main_window import MainWindow
from patronat_desktop.ui.sync.conflicts_dialog import ConflictsDialog
from patronat_desktop.ui.sync.export_dialog import ExportDialog
from patronat_desktop.ui.sync.import_desk import ImportDesk


def status(role: str, unsent: int = 0, exported: datetime | None = None) -> sync.SyncStatus:
    return sync.SyncStatus(
        role=role,
        device_id=uuid.uuid4() if role != "none" else None,
        centre_name="ТЦСОН Тестового района",
        worker_login="petrova" if role == "laptop" else "",
        unsent_changes=unsent,
        last_export_at=exported,
        last_import_at=datetime(2026, 11, 28, 9, 15),
    )


def window_for(
    qtbot: QtBot,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    state: sync.SyncStatus,
    conflicts: int = 0,
) -> MainWindow:
    def read_status(session: Session) -> sync.SyncStatus:
        return state

    def open_conflicts(session: Session, open_only: bool = True) -> list[object]:
        return [object()] * conflicts

    monkeypatch.setattr(sync, "sync_status", read_status)
    monkeypatch.setattr(sync, "list_conflicts", open_conflicts)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(context)
    qtbot.waitUntil(lambda: window.sync_status is not None, timeout=10000)
    return window


def visible_actions(window: MainWindow) -> list[str]:
    return [a.text() for a in window.sync_menu.actions() if a.isVisible() and a.isEnabled()]


def test_a_laptop_offers_export_and_import_and_shows_its_last_bundle(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, context, monkeypatch, status("laptop", 14, datetime(2026, 12, 1, 15, 4)))

    assert visible_actions(window) == ["&Выгрузить для центра…", "&Загрузить из центра…", "&Конфликты…"]
    assert window.sync_label.text() == (
        "Последний пакет синхронизации: 01.12.2026 в 15:04; не отправлено изменений: 14"
    )


def test_the_centre_offers_the_import_desk_return_bundles_and_conflicts(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, context, monkeypatch, status("centre"), conflicts=2)

    assert visible_actions(window) == ["&Приём пакетов…", "Выгрузить для &специалиста…", "&Конфликты…"]
    assert window.sync_label.text() == "Последний пакет синхронизации: 28.11.2026 в 09:15; ⚠ конфликтов: 2"


def test_a_database_not_set_up_for_sync_says_so(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_for(qtbot, context, monkeypatch, status("none"))

    assert visible_actions(window) == ["Настроить &центр обмена…"]
    assert window.sync_label.text() == "Обмен с центром не настроен"


@pytest.mark.parametrize(
    ("role", "shortcut", "screen"),
    [
        ("laptop", "Ctrl+Shift+E", ExportDialog),
        ("laptop", "Ctrl+Shift+O", ImportDesk),
        ("centre", "Ctrl+Shift+I", ImportDesk),
        ("centre", "Ctrl+Shift+E", ExportDialog),
        ("centre", "Ctrl+Shift+K", ConflictsDialog),
        ("laptop", "Ctrl+Shift+K", ConflictsDialog),
    ],
)
def test_every_exchange_screen_opens_from_its_shortcut(
    qtbot: QtBot,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    role: str,
    shortcut: str,
    screen: type,
) -> None:
    window = window_for(qtbot, context, monkeypatch, status(role))
    action = next(
        a for a in window.sync_menu.actions() if a.isVisible() and a.shortcut().toString() == shortcut
    )

    action.trigger()

    dialog = window.findChild(screen)
    assert dialog is not None and dialog.isVisible()
    if isinstance(dialog, ImportDesk):
        assert dialog.centre == (role == "centre")
    if isinstance(dialog, ExportDialog):
        assert dialog.for_worker == (role == "centre")
    dialog.reject()
