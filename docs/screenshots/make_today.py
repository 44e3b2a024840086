"""Regenerate the Today screenshots: a caseworker's agenda by section and grouped by settlement, and the
suggested-dates dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_today.py [--lang ru|be|en]

The real main window (1366×768) over 300 demo families in a temporary database, on a fixed working date,
signed in as the caseworker with login sw01. Writes today.png, today-grouped.png, today-plan-dialog.png and
today-after-visit.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from shots import HERE, settle  # docs/screenshots/shots.py
from sqlalchemy import select

from patronat_desktop.domain.agenda import AgendaSection
from patronat_desktop.models import Worker
from patronat_desktop.services.base import Actor
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.startup import open_database
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 20)
FAMILIES = 300
SEED = 1
SIZE = (1366, 768)
LOGIN = "sw01"


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
                load_demo(session, families=FAMILIES, seed=SEED, today=TODAY)
            with database.sessions() as session:
                worker = session.scalars(select(Worker).where(Worker.login == LOGIN)).one()
                session.expunge(worker)
            context = AppContext(database, Actor.of(worker), worker.short_name, today=TODAY)
            window = MainWindow()
            window.resize(*SIZE)
            window.show()
            window.attach(context)
            window.reload()
            settle(app)
            page = window.today
            assert page is not None and window.pages.currentWidget() is page  # the home screen
            window.grab().save(str(HERE / f"today{suffix}.png"))

            page.group_check.setChecked(True)
            settle(app)
            window.grab().save(str(HERE / f"today-grouped{suffix}.png"))

            page.group_check.setChecked(False)
            assert page.agenda is not None
            entry = next(
                e
                for s in (AgendaSection.AT_RISK, AgendaSection.VISIT_DUE, AgendaSection.MISSED_NORM)
                for e in page.agenda.section(s)
            )
            page.select_family(entry.family_id, entry.section)
            dialog = page.plan_selected()
            assert dialog is not None
            settle(app)
            dialog.grab().save(str(HERE / f"today-plan-dialog{suffix}.png"))
            dialog.reject()

            # «✓ Визит проведён» on that row: the page reloads and shows the family among those visited today.
            page.select_family(entry.family_id, entry.section)
            assert page.record_selected()
            settle(app)
            window.grab().save(str(HERE / f"today-after-visit{suffix}.png"))
            window.close()
            settle(app)
        finally:
            database.dispose()


if __name__ == "__main__":
    sys.exit(main())
