"""Regenerate the screenshots of the Directories page (four tabs), a refused worker, and Settings.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_directories.py [--lang ru|be|en]

Everything happens in a temporary database with the demo district (fixed seed and date), and a temporary
preferences file, so the pictures change only when the program does.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from patronat_desktop.services.base import Actor
from patronat_desktop.services.calendar import set_calendar_override
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.startup import default_worker, open_database
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.directories_page import DirectoriesPage
from patronat_desktop.ui.settings_page import SettingsPage

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 20)
SIZE = (1366, 700)  # a 1366×768 laptop screen less the window's title bar and the taskbar


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, name: str, suffix: str) -> None:
    settle(app, widget)
    widget.grab().save(str(HERE / f"{name}{suffix}.png"))


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
            with database.transaction() as session:
                load_demo(session, families=50, seed=1, today=TODAY)
            worker = default_worker(database)
            assert worker is not None
            actor = Actor.of(worker)
            # The spring transfer as a centre entered it before the program's calendar knew it.
            with database.transaction() as session:
                set_calendar_override(session, actor, date(2026, 4, 20), False, "перенесено с 25.04")
                set_calendar_override(session, actor, date(2026, 4, 25), True, "перенос на 20.04")
            context = AppContext(database, actor, worker.short_name, today=TODAY)

            page = DirectoriesPage(context)
            page.resize(*SIZE)
            shoot(app, page, "directories-agencies", suffix)
            page.tabs.setCurrentWidget(page.grounds_tab)
            shoot(app, page, "directories-grounds", suffix)
            page.tabs.setCurrentWidget(page.calendar_tab)
            page.calendar_tab.year_spin.setValue(2027)
            shoot(app, page, "directories-calendar", suffix)
            page.tabs.setCurrentWidget(page.workers_tab)
            shoot(app, page, "directories-workers", suffix)

            dialog = page.workers_tab.add()
            dialog.surname_edit.setText("Гончаренко")
            dialog.login_edit.setText("Гончаренко")  # Cyrillic: refused with the login rule
            dialog.save_button.click()  # no first name either
            shoot(app, dialog, "directories-worker-errors", suffix)
            dialog.done(0)

            settings_page = SettingsPage(context, preferences_file=Path(folder) / "preferences.json")
            settings_page.resize(*SIZE)
            shoot(app, settings_page, "settings", suffix)
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
