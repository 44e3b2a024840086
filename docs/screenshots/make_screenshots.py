"""Regenerate the screenshots in this folder: the main window on 300 demo families and the first start.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [--lang ru|be|en]

Everything happens in a temporary database; the demo district is generated for a fixed date so the
pictures change only when the program does.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.startup import open_database
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.first_start_dialog import DEMO_FAMILIES, DEMO_SEED, FirstStartDialog
from patronat_desktop.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 20)


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("ru", "be", "en"), default="ru")
    args = parser.parse_args()
    suffix = "" if args.lang == "ru" else f"-{args.lang}"
    app = QApplication([])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_database(Path(folder) / "screenshots.sqlite3")
        try:
            window = MainWindow(database)
            window.reload()
            settle(app, window)
            dialog = FirstStartDialog(database, window)
            dialog.open()
            settle(app, dialog)
            dialog.grab().save(str(HERE / f"first-start{suffix}.png"))
            dialog.create_centre()  # nothing filled in: every required field says why
            settle(app, dialog)
            dialog.grab().save(str(HERE / f"first-start-errors{suffix}.png"))
            dialog.close()

            with database.transaction() as session:
                load_demo(session, families=DEMO_FAMILIES, seed=DEMO_SEED, today=TODAY)
            window.reload()
            window.table.selectRow(3)
            settle(app, window)
            window.grab().save(str(HERE / f"main-window{suffix}.png"))
            window.search_edit.setText("ковал")
            settle(app, window)
            window.grab().save(str(HERE / f"main-window-search{suffix}.png"))
            window.close()
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
