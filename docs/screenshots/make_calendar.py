"""Regenerate the calendar screenshots: month, week and agenda views, and a family's compliance timeline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_calendar.py [--lang ru|be|en]

The real main window (1366×768) over 300 demo families in a temporary database, on a fixed working date.
Writes calendar-month.png, calendar-week.png, calendar-agenda.png, calendar-month-transfer.png (April 2026
with its transferred days) and card-timeline.png.
"""

from __future__ import annotations

import os
import sys
import uuid
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shots import HERE, demo_program, settle  # docs/screenshots/shots.py
from sqlalchemy import select

from patronat_desktop.domain.norms import PatronageType, WindowStatus
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Family
from patronat_desktop.services.base import Actor
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.calendar_view import calendar_range, month_grid
from patronat_desktop.services.norms import load_norm_inputs
from patronat_desktop.services.planning import plan_visit
from patronat_desktop.services.startup import default_worker
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.calendar.calendar_page import AGENDA, MONTH, WEEK, CalendarPage
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 20)
FAMILIES = 300
SEED = 1
SIZE = (1366, 768)


def family_with_type_changes(database: Database, centre_id: uuid.UUID) -> uuid.UUID:
    """A family on patronage that began as emergency, changed type and missed a window: a timeline with
    every kind of row."""
    with database.sessions() as session:
        open_ids = set(session.scalars(select(Family.id).where(Family.stage == Stage.PATRONAGE)))
        calendar = work_calendar(session, centre_id)
        best: tuple[int, uuid.UUID] | None = None
        for family_id, inputs in load_norm_inputs(session, centre_id).items():
            periods = sorted(inputs.periods, key=lambda p: p.start)
            if family_id not in open_ids or len(periods) < 2 or periods[0].type != PatronageType.EMERGENCY:
                continue
            windows = inputs.windows(TODAY, calendar)
            missed = sum(1 for w in windows if w.status == WindowStatus.MISSED)
            score = len(periods) * 10 + min(missed, 3)
            if missed and (best is None or score > best[0]):
                best = (score, family_id)
        assert best is not None
        return best[1]


def plan_some_visits(database: Database, actor: Actor) -> None:
    """Plan visits to the families whose running windows still need one, on the next working days (the
    demo data has none planned), so the calendar shows plans too."""
    with database.transaction() as session:
        calendar = work_calendar(session, actor.centre_id)
        start, end = month_grid(TODAY.year, TODAY.month)
        data = calendar_range(session, actor.centre_id, start, end, TODAY, calendar)
        needing = {
            m.family_id: m for d in data.days for m in d.windows if m.window.end >= TODAY and m.window.needed
        }
        day, planned = TODAY, 0
        for mark in needing.values():
            if planned % 4 == 0:
                day = calendar.next_working_day(day)
            if day <= mark.window.end and planned < 24:
                plan_visit(session, actor, mark.family_id, day, today=TODAY)
                planned += 1


def main() -> None:
    with demo_program(__doc__ or "", FAMILIES, SEED, TODAY) as demo:
        app, database, suffix = demo.app, demo.database, demo.suffix
        worker = default_worker(database)
        assert worker is not None
        context = AppContext(database, Actor.of(worker), worker.short_name, today=TODAY)
        plan_some_visits(database, context.actor)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        window.attach(context)
        window.reload()
        settle(app)
        window.show_page(MainWindow.PAGES.index("calendar"))
        page = window.pages.currentWidget()
        assert isinstance(page, CalendarPage)
        page.set_worker_filter(None)
        settle(app)
        for view, name in ((MONTH, "month"), (WEEK, "week"), (AGENDA, "agenda")):
            page.set_view(view)
            page.select_day(TODAY)
            settle(app)
            window.grab().save(str(HERE / f"calendar-{name}{suffix}.png"))
        # April 2026: Mon 20 a transferred day off, Tue 21 Радуница, Sat 25 a working Saturday.
        page.set_view(MONTH)
        page.select_day(date(2026, 4, 25))
        settle(app)
        window.grab().save(str(HERE / f"calendar-month-transfer{suffix}.png"))

        window.open_family(family_with_type_changes(database, worker.centre_id))
        assert window.card is not None
        titles = [window.card.tabs.tabText(i) for i in range(window.card.tabs.count())]
        window.card.tabs.setCurrentIndex(next(i for i, t in enumerate(titles) if "норм" in t.lower()))
        settle(app)
        window.grab().save(str(HERE / f"card-timeline{suffix}.png"))
        window.close()
        settle(app)


if __name__ == "__main__":
    sys.exit(main())
