"""The exchange screens with real bundles: a centre and an enrolled laptop, tmp_path folders as sticks."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from patronat_desktop.cli import main
from patronat_desktop.models import Family
from patronat_desktop.services import sync
from patronat_desktop.services.base import Actor
from patronat_desktop.services.enrol import acting_worker
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.main_window import MainWindow
from patronat_desktop.ui.sync.conflicts_dialog import ConflictsDialog
from patronat_desktop.ui.sync.export_dialog import ExportDialog
from patronat_desktop.ui.sync.import_desk import ImportDesk, State
from patronat_desktop.ui.sync.stick_chooser import Volume


@dataclass
class Network:
    centre: AppContext
    laptop: AppContext
    centre_db: Path
    laptop_db: Path
    stick: Path


def cli(db: Path, *args: str) -> None:
    assert main(["--db", str(db), *args]) == 0


def context_of(path: Path) -> AppContext:
    database = Database.open(f"sqlite:///{path}")
    with database.sessions() as session:
        worker = acting_worker(session)
        assert worker is not None
        return AppContext(database, Actor.of(worker), worker.short_name)


@pytest.fixture
def network(tmp_path: Path) -> Iterator[Network]:
    """A centre, a laptop enrolled for petrova with three demo families, and an empty stick."""
    centre_db, laptop_db, enrolment = (
        tmp_path / "centre.sqlite3",
        tmp_path / "laptop.sqlite3",
        tmp_path / "enrol",
    )
    cli(centre_db, "centre", "init", "--name", "ТЦСОН Тестового района")
    cli(
        centre_db,
        "worker",
        "add",
        "--name",
        "Петрова Мария",
        "--login",
        "petrova",
        "--enrol-out",
        str(enrolment),
    )
    cli(laptop_db, "enrol", str(enrolment))
    cli(laptop_db, "demo", "--families", "3", "--seed", "1")
    stick = tmp_path / "stick"
    stick.mkdir()
    network = Network(context_of(centre_db), context_of(laptop_db), centre_db, laptop_db, stick)
    yield network
    network.centre.database.dispose()
    network.laptop.database.dispose()


def no_volumes() -> list[Volume]:
    return []


def export_with_dialog(
    qtbot: QtBot, context: AppContext, stick: Path, workers: dict[str, str] | None = None
) -> Path:
    dialog = ExportDialog(context, workers=workers, volumes=no_volumes)
    qtbot.addWidget(dialog)
    dialog.stick.set_folder(stick)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert "Можно извлекать носитель" in dialog.outcome.text(), dialog.outcome.text()
    assert dialog.result_path is not None
    return dialog.result_path


def families_at(context: AppContext) -> int:
    return context.read(lambda s: s.scalar(select(func.count()).select_from(Family)) or 0)


def run(qtbot: QtBot, desk: ImportDesk, action: object) -> None:
    assert callable(action)
    action()
    qtbot.waitUntil(lambda: not desk.busy, timeout=30000)


def test_a_laptop_bundle_goes_through_the_import_desk(qtbot: QtBot, network: Network) -> None:
    bundle = export_with_dialog(qtbot, network.laptop, network.stick)
    (network.stick / "damaged.ptb").write_bytes(bundle.read_bytes()[:-40])
    assert families_at(network.centre) == 0

    desk = ImportDesk(network.centre)
    qtbot.addWidget(desk)
    run(qtbot, desk, lambda: desk.add_files([bundle, network.stick / "damaged.ptb"]))

    good, damaged = desk.entries
    assert good.state == State.READY and damaged.state == State.REFUSED
    assert good.preview is not None and good.preview.sender == "petrova"
    assert len(good.preview.families_created) == 3
    assert families_at(network.centre) == 0  # the preview wrote nothing

    run(qtbot, desk, desk.apply)

    assert good.state == State.APPLIED and damaged.state == State.REFUSED
    assert families_at(network.centre) == 3
    assert desk.status.text() == "Итог: применено 1, уже были загружены 0, отклонено 1."

    again = ImportDesk(network.centre)
    qtbot.addWidget(again)
    run(qtbot, again, lambda: again.add_files([bundle]))
    assert again.entries[0].state == State.ALREADY
    assert again.table.item(0, len(again.COLUMNS) - 1).text().startswith("○ Уже загружен ")


def test_a_concurrent_edit_is_reviewed_and_resolved_on_the_conflict_screen(
    qtbot: QtBot, network: Network
) -> None:
    first = export_with_dialog(qtbot, network.laptop, network.stick)
    cli(network.centre_db, "sync", "import", str(first))
    cli(network.centre_db, "family", "set", "2026/001", "phone=+375 29 111-11-11")
    cli(network.laptop_db, "family", "set", "2026/001", "phone=+375 29 222-22-22")
    second = export_with_dialog(qtbot, network.laptop, network.stick)
    desk = ImportDesk(network.centre)
    qtbot.addWidget(desk)
    run(qtbot, desk, lambda: desk.add_files([second]))
    assert desk.table.item(0, 6).text() == "1"  # one conflict foreseen by the preview
    run(qtbot, desk, desk.apply)
    assert desk.conflicts_button.isVisibleTo(desk)

    dialog = ConflictsDialog(network.centre)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    texts = {box.value.toPlainText(): box for box in dialog.version_boxes}
    assert sorted(texts) == ["+375 29 111-11-11", "+375 29 222-22-22"]
    assert [box.shown_label.text()[0] for box in dialog.version_boxes].count("●") == 1

    texts["+375 29 222-22-22"].keep_button.click()  # the laptop's version

    assert dialog.table.rowCount() == 0
    assert network.centre.read(lambda s: sync.list_conflicts(s)) == []
    phones = network.centre.read(
        lambda s: [f.phone for f in s.scalars(select(Family)) if f.case_number == "2026/001"]
    )
    assert phones == ["+375 29 222-22-22"]


def test_the_laptop_takes_the_return_bundle_from_the_centre(qtbot: QtBot, network: Network) -> None:
    first = export_with_dialog(qtbot, network.laptop, network.stick)
    cli(network.centre_db, "sync", "import", str(first))
    cli(network.centre_db, "family", "set", "2026/001", "phone=+375 17 000-00-00")
    returned = export_with_dialog(qtbot, network.centre, network.stick, workers={"petrova": "Петрова М."})

    desk = ImportDesk(network.laptop, centre=False)
    qtbot.addWidget(desk)
    run(qtbot, desk, lambda: desk.add_files([returned]))
    assert desk.entries[0].state == State.READY, desk.entries[0].message
    run(qtbot, desk, desk.apply)

    assert desk.entries[0].state == State.APPLIED
    phones = network.laptop.read(
        lambda s: [f.phone for f in s.scalars(select(Family)) if f.case_number == "2026/001"]
    )
    assert phones == ["+375 17 000-00-00"]
    status = network.laptop.read(sync.sync_status)
    assert status.last_import_at is not None


def test_the_main_window_status_bar_follows_an_import_from_its_desk(qtbot: QtBot, network: Network) -> None:
    bundle = export_with_dialog(qtbot, network.laptop, network.stick)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(network.centre)
    qtbot.waitUntil(lambda: window.sync_status is not None, timeout=10000)
    assert window.sync_label.text() == "Последний пакет синхронизации: нет"

    window.sync_actions["desk"].trigger()
    desk = window.findChild(ImportDesk)
    assert desk is not None
    run(qtbot, desk, lambda: desk.add_files([bundle]))
    run(qtbot, desk, desk.apply)

    qtbot.waitUntil(lambda: window.sync_label.text() != "Последний пакет синхронизации: нет", timeout=10000)
    assert window.sync_label.text().startswith("Последний пакет синхронизации: ")
    assert window.sync_status is not None and window.sync_status.last_import_at is not None
    desk.reject()
