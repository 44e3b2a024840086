"""The export dialog: choose the stick, export in the background, "safe to remove" only once verified."""

from __future__ import annotations

import errno
import re
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from patronat_desktop.services import sync
from patronat_desktop.sync import stick
from patronat_desktop.sync.stick import write_safely
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.sync.export_dialog import ExportDialog
from patronat_desktop.ui.sync.stick_chooser import StickChooser, Volume, removable_volumes


def no_volumes() -> list[Volume]:
    return []


def fake_export(session: Session, out_path: Path) -> sync.ExportResult:
    written = write_safely(b"encrypted bundle", out_path)
    return sync.ExportResult(written.path, "laptop", uuid.uuid4(), 12, 3, written.size, written.sha256)


def test_only_sticks_are_offered_not_the_system_or_pseudo_file_systems() -> None:
    volumes = [
        Volume(Path("/"), "", 10**10, read_only=False, file_system="ext4", is_root=True),
        Volume(Path("/boot"), "", 10**9, read_only=False, file_system="vfat"),
        Volume(Path("/run/user/1000"), "", 10**9, read_only=False, file_system="tmpfs"),
        Volume(Path("/media/anna/KINGSTON"), "KINGSTON", 4 * 10**9, read_only=False, file_system="vfat"),
        Volume(Path("/media/anna/CDROM"), "CDROM", 0, read_only=True, file_system="iso9660"),
        Volume(Path("/run/media/anna/USB"), "USB", 10**9, read_only=False, file_system="exfat"),
    ]

    chosen = removable_volumes(volumes, platform="linux")

    assert [v.name for v in chosen] == ["KINGSTON", "USB"]


def test_on_windows_every_drive_but_the_system_one_is_a_stick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SYSTEMDRIVE", "C:")
    volumes = [
        Volume(Path("C:/"), "Windows", 10**10, read_only=False, file_system="NTFS"),
        Volume(Path("E:/"), "FLASH", 10**9, read_only=False, file_system="FAT32"),
    ]

    assert [v.name for v in removable_volumes(volumes, platform="win32")] == ["FLASH"]


def test_the_chooser_lists_sticks_with_free_space(qtbot: QtBot) -> None:
    stick = Volume(Path("/media/anna/KINGSTON"), "KINGSTON", 3 * 1024**3 + 300 * 1024**2, read_only=False)
    chooser = StickChooser(volumes=lambda: [stick])
    qtbot.addWidget(chooser)

    # The decimal mark is the locale's (a comma in Russian, a point in the tests' C locale).
    assert re.fullmatch(
        r"KINGSTON — свободно 3[.,]3 ГБ \(/media/anna/KINGSTON\)", chooser.combo.currentText()
    )
    assert chooser.folder() == Path("/media/anna/KINGSTON")


def test_without_a_stick_the_chooser_says_so_and_offers_another_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chooser = StickChooser(volumes=no_volumes)
    qtbot.addWidget(chooser)
    assert chooser.folder() is None
    assert "Носитель не найден" in chooser.combo.currentText()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(tmp_path))

    chooser.other_button.click()

    assert chooser.folder() == tmp_path
    assert chooser.combo.count() == 1


@pytest.fixture
def dialog(qtbot: QtBot, context: AppContext) -> ExportDialog:
    dialog = ExportDialog(context, volumes=no_volumes)
    qtbot.addWidget(dialog)
    return dialog


def test_export_needs_a_chosen_stick(dialog: ExportDialog) -> None:
    assert not dialog.export_button.isEnabled()
    assert dialog.file_label.text().startswith("patronat-20")


def test_export_writes_the_bundle_and_only_then_says_safe_to_remove(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync, "export_for_centre", fake_export)
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog.stick.set_folder(folder)
    name = dialog.file_name

    dialog.show()
    dialog.export_button.click()
    assert dialog.busy and not dialog.close_button.isEnabled()
    dialog.reject()  # Esc while the stick is written: the dialog stays to say whether it is safe to remove
    assert dialog.isVisible()
    assert not dialog.outcome.isVisible() or "Можно извлекать" not in dialog.outcome.text()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)

    assert (folder / name).read_bytes() == b"encrypted bundle"
    assert dialog.result_path == folder / name
    assert "Можно извлекать носитель" in dialog.outcome.text()
    assert "Изменений: 12, семей: 3" in dialog.status.text()
    assert dialog.file_label.text() == name  # the file just verified

    dialog.export_button.click()  # «Выгрузить ещё раз»: a new file, the first one stays
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.file_name != name
    assert sorted(p.name for p in folder.iterdir()) == sorted([name, dialog.file_name])


def test_a_failed_write_says_why_and_never_safe_to_remove(
    qtbot: QtBot, dialog: ExportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sync, "export_for_centre", fake_export)
    monkeypatch.setattr(stick.os, "fsync", full)
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog.stick.set_folder(folder)

    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)

    assert dialog.outcome.text().startswith("⚠ Пакет не выгружен.")
    assert "не хватает места" in dialog.outcome.text()
    assert "Можно извлекать" not in dialog.outcome.text()
    assert dialog.export_button.isEnabled()
    assert list(folder.iterdir()) == []


def test_the_centre_variant_exports_the_chosen_workers_return_bundle(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def fake_return(session: Session, login: str, out_path: Path) -> sync.ExportResult:
        calls.append(login)
        return fake_export(session, out_path)

    monkeypatch.setattr(sync, "export_return", fake_return)
    dialog = ExportDialog(
        context, workers={"petrova": "Петрова М.", "sidorov": "Сидоров И."}, volumes=no_volumes
    )
    qtbot.addWidget(dialog)
    dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findText("Сидоров И."))
    dialog.stick.set_folder(tmp_path)
    assert dialog.windowTitle() == "Выгрузить для специалиста"
    assert "-return-" in dialog.file_name

    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)

    assert calls == ["sidorov"]
    assert "Можно извлекать носитель" in dialog.outcome.text()
