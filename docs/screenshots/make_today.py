"""Regenerate the Today screenshots: a caseworker's agenda by section and grouped by settlement, and the
suggested-dates dialog.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_today.py [--lang ru|be|en]

The real main window (1366×768) over 300 demo families in a temporary database, on a fixed working date,
signed in as the caseworker with login sw01. Writes today.png, today-grouped.png, today-plan-dialog.png and
today-after-visit.png.
"""

from __future__ import annotations

import os
import sys
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shots import HERE, demo_program, settle  # docs/screenshots/shots.py
from sqlalchemy import select

from patronat_desktop.domain.agenda import AgendaSection
from patronat_desktop.models import Worker
from patronat_desktop.services.base import Actor
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 20)
FAMILIES = 300
SEED = 1
SIZE = (1366, 768)
LOGIN = "sw01"


def main() -> None:
    with demo_program(__doc__ or "", FAMILIES, SEED, TODAY) as demo:
        app, database, suffix = demo.app, demo.database, demo.suffix
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


if __name__ == "__main__":
    sys.exit(main())
