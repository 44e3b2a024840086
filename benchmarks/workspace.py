"""Benchmarks of the caseworker workspace on the large district (5,000 families, ~150,000 visits).

- a keystroke in the search box to filtered rows on screen (budget ≤ 30 ms): the text is typed one key at a
  time into the real search box of the families page, and each key is timed until the table has repainted;
- opening a family's card (budget ≤ 150 ms): loading everything the card shows and filling every section;
- loading the list and its warning markers (background work after start).

    python -m benchmarks.workspace [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from benchmarks.common import TODAY, district_db, measure_ms, report
from patronat_desktop.models import Family
from patronat_desktop.services.attention import centre_attention
from patronat_desktop.services.base import Actor
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.queries import list_families
from patronat_desktop.services.startup import default_worker, open_database
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.registry import default_sections
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.families_page import FamiliesPage

WORDS = ("ковалёв", "копыль", "2025/1", "шевчук")


def type_key(widget: object, char: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
        )  # type: ignore[arg-type]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    database, _ = open_database(district_db())
    worker = default_worker(database)
    assert worker is not None
    actor = Actor.of(worker)
    context = AppContext(database, actor, worker.short_name, today=TODAY)

    with database.sessions() as s:
        rows = list_families(s, actor.centre_id)
        report(
            "list of 5,000 families (query)",
            measure_ms(lambda: list_families(s, actor.centre_id), args.repeat),
        )
        report(
            "warning markers of the centre (query + norms)",
            measure_ms(
                lambda: centre_attention(s, actor.centre_id, TODAY, work_calendar(s, actor.centre_id)), 3
            ),
        )
        attention = centre_attention(s, actor.centre_id, TODAY, work_calendar(s, actor.centre_id))

    page = FamiliesPage()
    page.resize(1200, 680)
    page.show()
    page.set_rows(rows)
    page.set_attention(attention)
    app.processEvents()

    keystrokes: list[float] = []
    for _ in range(max(1, args.repeat // 3)):
        for word in WORDS:
            page.search_edit.clear()
            app.processEvents()
            for char in word:
                started = time.perf_counter()
                type_key(page.search_edit, char)
                page.table.viewport().repaint()  # paint the filtered rows now, whatever the event loop does
                app.processEvents()
                keystrokes.append((time.perf_counter() - started) * 1000)
    report("keystroke in search to repainted rows", keystrokes, budget_ms=30)
    p95 = statistics.quantiles(keystrokes, n=20)[-1]
    print(f"    (95th percentile {p95:.1f} ms over {len(keystrokes)} keys)")

    with database.sessions() as s:
        patronage = s.scalars(select(Family.id).where(Family.stage == "patronage").limit(20)).all()
    card = FamilyCard(context, default_sections())
    card.resize(1280, 700)
    card.show()
    app.processEvents()
    samples = []
    for family_id in patronage[: args.repeat + 1]:
        started = time.perf_counter()
        card.open_family(family_id)
        app.processEvents()
        samples.append((time.perf_counter() - started) * 1000)
    report("open a family card (load + every section)", samples[1:], budget_ms=150)
    database.dispose()


if __name__ == "__main__":
    main()
