"""Regenerate the screenshots of setting up the exchange from the program's windows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_sync_setup.py [--lang ru|be|en]

A temporary centre (demo families, fixed seed) is made the centre of exchange in its window, a new worker is
added with the enrolment file written to a temporary folder standing for the stick, and a new laptop database
takes the file through the first-start dialog. Main windows are shot at 1366×768, dialogs at their own size.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shots import shoot, wait_until  # docs/screenshots/shots.py
from sqlalchemy import select

from patronat_desktop.models import Family
from patronat_desktop.services.base import Actor
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.startup import default_worker, open_database
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.directories.workers_tab import WorkersTab
from patronat_desktop.ui.directories_page import DirectoriesPage
from patronat_desktop.ui.first_start_dialog import FirstStartDialog
from patronat_desktop.ui.main_window import MainWindow
from patronat_desktop.ui.sync import stick_chooser
from patronat_desktop.ui.sync.setup_dialogs import CentreSetupDialog, EnrolDialog, EnrolmentFileDialog
from patronat_desktop.ui.sync.stick_chooser import Volume


def window_on(app: QApplication, database: Database) -> MainWindow:
    worker = default_worker(database)
    assert worker is not None
    window = MainWindow()
    window.resize(1366, 768)
    window.show()
    window.attach(AppContext(database, Actor.of(worker), worker.short_name))
    window.reload()
    wait_until(app, lambda: window.sync_status is not None and window.families.status_label.text() == "")
    return window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("ru", "be", "en"), default="ru")
    args = parser.parse_args()
    suffix = "" if args.lang == "ru" else f"-{args.lang}"
    app = QApplication([])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        stick = folder / "KINGSTON"
        stick.mkdir()
        # The temporary folder stands for a mounted stick in the chooser's list.
        stick_chooser.removable_volumes = lambda volumes, platform="": list(volumes)
        volumes = [Volume(stick, "KINGSTON", 3_435_973_837, read_only=False)]
        centre_db, _backup = open_database(folder / "centre.sqlite3")
        laptop_db, _backup = open_database(folder / "laptop.sqlite3")
        try:
            with centre_db.transaction() as session:
                load_demo(session, families=60, seed=1)

            # At the centre: «Обмен → Настроить центр обмена…».
            window = window_on(app, centre_db)
            window.set_up_centre_action.trigger()
            setup = window.findChild(CentreSetupDialog)
            assert setup is not None
            shoot(app, setup, f"sync-setup-centre{suffix}")
            setup.set_up()
            wait_until(app, lambda: window.sync_status is not None and window.sync_status.role == "centre")

            # Directories → Workers: the new button, then a new worker with the file offered after saving.
            window.show_page(MainWindow.PAGES.index("directories"))
            tab = window.findChild(WorkersTab)
            assert tab is not None
            wait_until(app, lambda: tab.is_centre)
            page = window.findChild(DirectoriesPage)
            assert page is not None
            page.tabs.setCurrentWidget(tab)
            tab.table.selectRow(0)
            shoot(app, window, f"sync-setup-workers{suffix}")
            dialog = tab.add()
            dialog.surname_edit.setText("Новикова")  # type: ignore[attr-defined]
            dialog.name_edit.setText("Ольга")  # type: ignore[attr-defined]
            dialog.patronymic_edit.setText("Петровна")  # type: ignore[attr-defined]
            dialog.login_edit.setText("novikova")  # type: ignore[attr-defined]
            shoot(app, dialog, f"sync-setup-new-worker{suffix}")
            tab.dialog = None
            dialog.save_button.click()  # type: ignore[attr-defined]
            new_worker = dialog.saved_id  # type: ignore[attr-defined]
            with centre_db.transaction() as session:  # families of a worker who left pass to her
                for family in session.scalars(select(Family).order_by(Family.case_number).limit(5)):
                    family.responsible_worker_id = new_worker
            file_dialog = tab.enrolment_dialog
            assert isinstance(file_dialog, EnrolmentFileDialog)
            file_dialog.close()
            assert window.context is not None
            file_dialog = EnrolmentFileDialog(
                window.context, new_worker, "Новикова О.П.", volumes=lambda: volumes
            )
            shoot(app, file_dialog, f"sync-setup-enrolment-file{suffix}")
            file_dialog.write_file()
            shoot(app, file_dialog, f"sync-setup-enrolment-file-written{suffix}")
            assert file_dialog.written is not None
            file_dialog.close()
            window.close()

            # On the laptop: the first start offers the enrolment file.
            first_start = FirstStartDialog(laptop_db)
            shoot(app, first_start, f"sync-setup-first-start{suffix}")
            enrol = first_start.open_enrolment()
            assert isinstance(enrol, EnrolDialog)
            enrol.file_edit.setText(str(file_dialog.written))
            shoot(app, enrol, f"sync-setup-enrol{suffix}")
            enrol.code_edit.setText("0000")
            enrol.enrol()
            wait_until(app, lambda: enrol._task is None)
            shoot(app, enrol, f"sync-setup-enrol-refused{suffix}")
            enrol.code_edit.setText(file_dialog.code_edit.text())  # the code the centre told
            enrol.enrol()
            wait_until(app, lambda: enrol._task is None)
            first_start.close()

            laptop = window_on(app, laptop_db)
            laptop.show_page(MainWindow.PAGES.index("families"))
            shoot(app, laptop, f"sync-setup-laptop{suffix}")
            laptop.close()
        finally:
            centre_db.dispose()
            laptop_db.dispose()


if __name__ == "__main__":
    main()
