"""Regenerate the screenshots of the exchange screens: export, the import desk (preview, report), conflicts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_sync.py [--lang ru|be|en]

A temporary centre and two enrolled laptops (demo families, fixed seeds) exchange real bundles through a
temporary folder standing for the stick, so the pictures change only when the program does.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shots import shoot, wait_until  # docs/screenshots/shots.py

from patronat_desktop.cli import main as cli_main
from patronat_desktop.services.base import Actor
from patronat_desktop.services.enrol import acting_worker
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.sync import stick_chooser
from patronat_desktop.ui.sync.conflicts_dialog import ConflictsDialog
from patronat_desktop.ui.sync.export_dialog import ExportDialog
from patronat_desktop.ui.sync.import_desk import ImportDesk
from patronat_desktop.ui.sync.stick_chooser import Volume


def cli(db: Path, *args: str) -> None:
    if cli_main(["--db", str(db), *args]) != 0:
        raise SystemExit(f"patronat {' '.join(args)} failed")


def context_of(path: Path) -> AppContext:
    database = Database.open(f"sqlite:///{path}")
    with database.sessions() as session:
        worker = acting_worker(session)
        assert worker is not None
        return AppContext(database, Actor.of(worker), worker.short_name)


def build_network(folder: Path) -> tuple[Path, Path, Path]:
    """A centre and the laptops of Петрова and Сидоров, with demo families on each laptop."""
    centre, petrova, sidorov = (
        folder / "centre.sqlite3",
        folder / "petrova.sqlite3",
        folder / "sidorov.sqlite3",
    )
    cli(centre, "centre", "init", "--name", "ТЦСОН Копыльского района")
    for laptop, name, login, seed in (
        (petrova, "Петрова Мария", "petrova", "1"),
        (sidorov, "Сидоров Игорь", "sidorov", "2"),
    ):
        enrolment = folder / f"{login}.enrol"
        cli(centre, "worker", "add", "--name", name, "--login", login, "--enrol-out", str(enrolment))
        cli(laptop, "enrol", str(enrolment))
        cli(laptop, "demo", "--families", "4", "--seed", seed)
    return centre, petrova, sidorov


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("ru", "be", "en"), default="ru")
    args = parser.parse_args()
    suffix = "" if args.lang == "ru" else f"-{args.lang}"
    app = QApplication([])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        centre_db, petrova_db, sidorov_db = build_network(folder)
        stick = folder / "KINGSTON"
        stick.mkdir()
        # The temporary folder stands for a mounted stick in the chooser's list.
        stick_chooser.removable_volumes = lambda volumes, platform="": list(volumes)
        volumes = [Volume(stick, "KINGSTON", 3_435_973_837, read_only=False)]
        contexts = [context_of(path) for path in (centre_db, petrova_db, sidorov_db)]
        centre, petrova, sidorov = contexts
        try:
            # Each laptop exports; Петрова's first bundle reaches the centre early, then both edit one phone.
            export = ExportDialog(petrova, volumes=lambda: volumes)
            export.start()
            wait_until(app, lambda: not export.busy)
            assert export.result_path is not None
            cli(centre_db, "sync", "import", str(export.result_path))
            cli(centre_db, "family", "set", "2026/001", "phone=+375 29 111-11-11")
            cli(petrova_db, "family", "set", "2026/001", "phone=+375 29 222-22-22")
            cli(centre_db, "family", "set", "2026/001", "street=ул. Садовая")
            cli(petrova_db, "family", "set", "2026/001", "street=ул. Садовая, 2-й переулок")
            old_bundle = export.result_path
            export.done(0)

            export = ExportDialog(petrova, volumes=lambda: volumes)
            export.start()
            wait_until(app, lambda: not export.busy)
            shoot(app, export, f"sync-export{suffix}")
            export.done(0)

            other = ExportDialog(sidorov, volumes=lambda: volumes)
            other.start()
            wait_until(app, lambda: not other.busy)
            other.done(0)
            damaged = stick / "patronat-20261130-0c41aa.ptb"
            damaged.write_bytes(old_bundle.read_bytes()[:-64])

            desk = ImportDesk(centre)
            desk.add_files(sorted(stick.glob("*.ptb")))
            wait_until(app, lambda: not desk.busy)
            desk.table.setCurrentCell(
                next(i for i, e in enumerate(desk.entries) if e.preview and e.preview.conflicts), 0
            )
            shoot(app, desk, f"sync-import-desk-preview{suffix}")
            desk.apply()
            wait_until(app, lambda: not desk.busy)
            shoot(app, desk, f"sync-import-desk-report{suffix}")
            desk.done(0)

            conflicts = ConflictsDialog(centre)
            wait_until(app, lambda: conflicts.table.rowCount() > 0)
            shoot(app, conflicts, f"sync-conflicts{suffix}")
            conflicts.done(0)

            # The centre sends Петрова her return bundle; the stick is pulled out before the first try.
            pulled = folder / "PULLED"
            pulled.mkdir()
            back = ExportDialog(
                centre, workers={"petrova": "Петрова М.", "sidorov": "Сидоров И."}, volumes=lambda: []
            )
            back.stick.set_folder(pulled)
            pulled.rmdir()
            back.start()
            wait_until(app, lambda: not back.busy)
            shoot(app, back, f"sync-export-refused{suffix}")
            back.stick.set_folder(stick)
            back.start()
            wait_until(app, lambda: not back.busy)
            assert back.result_path is not None
            back.done(0)

            laptop_desk = ImportDesk(petrova, centre=False)
            laptop_desk.add_files([back.result_path])
            wait_until(app, lambda: not laptop_desk.busy)
            laptop_desk.apply()
            wait_until(app, lambda: not laptop_desk.busy)
            laptop_desk.table.setCurrentCell(0, 0)
            shoot(app, laptop_desk, f"sync-import-from-centre{suffix}")
            laptop_desk.done(0)
        finally:
            for context in contexts:
                context.database.dispose()


if __name__ == "__main__":
    main()
