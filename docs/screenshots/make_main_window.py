"""Regenerate the README's main screenshots: the family list, the list filtered, a family's card.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_main_window.py [--lang ru|be|en]

The real main window (1366×768, the laptop the program is designed for) over 300 demo families loaded
into a temporary database for a fixed working date, so the pictures change only when the program does.
Writes main-window.png, main-window-filtered.png and card-overview.png.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QAbstractItemView, QApplication
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Family, Plan, PlanVersion
from patronat_desktop.services.base import Actor
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.startup import default_worker, open_database
from patronat_desktop.storage.db import Database
from patronat_desktop.ui import background
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.families_page import FamiliesPage
from patronat_desktop.ui.family_table_model import Column
from patronat_desktop.ui.main_window import MainWindow
from patronat_desktop.ui.vocab_labels import stage_label

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 20)
FAMILIES = 300
SEED = 1
SIZE = (1366, 768)
PLAN_TAB = 4


def settle(app: QApplication, window: MainWindow, timeout: float = 30.0) -> None:
    """Let the background reloads (rows, then markers) report back and the window repaint."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if not background._running and window.families.status_label.text() == "":
            break
        time.sleep(0.02)
    for _ in range(5):
        app.processEvents()


def family_in_patronage(database: Database) -> uuid.UUID:
    """A family on patronage whose agreed plan has a few rows: the card shows every part of a case."""
    with database.sessions() as session:
        families = session.scalars(
            select(Family)
            .where(Family.stage == Stage.PATRONAGE)
            .options(selectinload(Family.plan).selectinload(Plan.versions).selectinload(PlanVersion.items))
            .order_by(Family.case_number)
        ).all()
        for family in families:
            plan = family.plan
            current = plan.current if plan is not None else None
            if current is not None and current.agreed_with_family and 3 <= len(current.items) <= 5:
                return family.id
        return families[0].id


def show_patronage(page: FamiliesPage) -> None:
    """Scroll the list (newest cases first) to where the families on patronage begin, and select one
    with a marker: the newest cases are still at their first stages and have no type, visits or markers."""
    proxy, table = page.proxy, page.table
    stages = [proxy.index(row, Column.STAGE).data() for row in range(proxy.rowCount())]
    first = stages.index(stage_label(Stage.PATRONAGE))
    table.scrollTo(proxy.index(first, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    marked = next(row for row in range(first, proxy.rowCount()) if proxy.index(row, Column.ATTENTION).data())
    table.selectRow(marked)
    table.scrollTo(proxy.index(first, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    table.setFocus()


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
            worker = default_worker(database)
            assert worker is not None
            context = AppContext(database, Actor.of(worker), worker.short_name, today=TODAY)
            window = MainWindow()
            window.resize(*SIZE)
            window.show()
            window.attach(context)
            window.reload()
            settle(app, window)

            page = window.families
            window.show_page(0)  # Today is the home screen; these pictures are of the registry
            show_patronage(page)
            settle(app, window)
            window.grab().save(str(HERE / f"main-window{suffix}.png"))

            page.search_edit.setText("ков")
            page.attention_check.setChecked(True)
            page.table.selectRow(0)
            settle(app, window)
            window.grab().save(str(HERE / f"main-window-filtered{suffix}.png"))
            page.reset_filters()

            window.open_family(family_in_patronage(database))
            assert window.card is not None
            window.card.tabs.setCurrentIndex(PLAN_TAB)
            settle(app, window)
            window.grab().save(str(HERE / f"card-overview{suffix}.png"))
            window.close()
            settle(app, window)
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
