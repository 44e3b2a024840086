"""Regenerate the screenshots of the card sections "Вид патроната", "Посещения" and "Итоги", with dialogs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_card_sections_c.py [--lang ru|be|en]

Everything happens in a temporary database with the demo district generated for a fixed date, so the
pictures change only when the program does. The card is rendered at the size it gets in a 1366×768 window.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import uuid
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Family, TypePeriod, Visit
from patronat_desktop.services.base import Actor
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.startup import default_worker, open_database
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.card.closing_section import RESULT_COLUMN, ClosingSection
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.type_section import TypeSection
from patronat_desktop.ui.card.visits_section import VisitsSection
from patronat_desktop.ui.context import AppContext

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 20)
CARD_SIZE = (1366, 700)


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
        # Widgets replaced on reload (the stepper's steps) go at the next turn of the event loop.
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def save(app: QApplication, widget: QWidget, name: str, suffix: str) -> None:
    settle(app, widget)
    widget.grab().save(str(HERE / f"{name}{suffix}.png"))


def pick_families(context: AppContext) -> tuple[uuid.UUID, uuid.UUID]:
    """A family on patronage with a type change and many visits, and a closed family."""

    def query(session: Session) -> tuple[uuid.UUID, uuid.UUID]:
        changes = (
            select(TypePeriod.family_id, func.count().label("n")).group_by(TypePeriod.family_id).subquery()
        )
        visits = select(Visit.family_id, func.count().label("n")).group_by(Visit.family_id).subquery()
        open_family = session.scalars(
            select(Family.id)
            .join(changes, changes.c.family_id == Family.id)
            .join(visits, visits.c.family_id == Family.id)
            .where(Family.stage == Stage.PATRONAGE, changes.c.n >= 2)
            .order_by(visits.c.n.desc(), Family.case_number)
            .limit(1)
        ).one()
        closed_family = session.scalars(
            select(Family.id).where(Family.stage == Stage.CLOSED).order_by(Family.case_number).limit(1)
        ).one()
        return open_family, closed_family

    return context.read(query)


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
            context = AppContext(database, Actor.of(worker), worker.short_name, today=TODAY)
            open_id, closed_id = pick_families(context)

            card = FamilyCard(context, [TypeSection, VisitsSection, ClosingSection])
            card.resize(*CARD_SIZE)
            card.open_family(open_id)
            type_section, visits_section, closing_section = card.sections
            assert isinstance(type_section, TypeSection)
            assert isinstance(visits_section, VisitsSection)
            assert isinstance(closing_section, ClosingSection)

            card.tabs.setCurrentIndex(0)
            save(app, card, "card-type", suffix)
            type_dialog = type_section.open_change_dialog()
            assert type_dialog is not None
            type_dialog.reason_edit.setPlainText("Ситуация в семье стабилизировалась, угроза устранена.")
            save(app, type_dialog, "card-type-change", suffix)
            type_dialog.done(0)

            card.tabs.setCurrentIndex(1)
            save(app, card, "card-visits", suffix)
            visit_dialog = visits_section.open_edit_dialog()
            assert visit_dialog is not None
            save(app, visit_dialog, "card-visit-dialog", suffix)
            visit_dialog.done(0)
            visit_dialog = visits_section.open_add_dialog()
            assert visit_dialog is not None
            visit_dialog.date_edit.setDate(QDate(2020, 1, 10))  # before the application
            visit_dialog.ok_button.click()
            save(app, visit_dialog, "card-visit-refusal", suffix)
            visit_dialog.done(0)

            card.tabs.setCurrentIndex(2)
            closing_section.close_button.click()  # nothing filled in: every rule says why
            save(app, card, "card-closing-refusal", suffix)
            closing_section.discard()
            closing_section.dynamics_edit.setPlainText(
                "Мать трудоустроена, задолженность по коммунальным платежам погашена, "
                "ребёнок посещает школу без пропусков."
            )
            closing_section.decision_edit.setPlainText("Снять семью с социального патроната.")
            first_result = closing_section.goals_table.item(0, RESULT_COLUMN)
            if first_result is not None:
                first_result.setText("Цель достигнута")
            save(app, card, "card-closing", suffix)
            closing_section.discard()

            card.open_family(closed_id)
            card.tabs.setCurrentIndex(2)
            settle(app, card)
            card.resize(*CARD_SIZE)  # the old stepper's steps, not yet deleted, widened the window
            save(app, card, "card-closed", suffix)
            card.close()
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
