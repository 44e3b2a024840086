"""Regenerate the screenshots of the family card's sections 1–4 (family, application, survey, problems).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_card_sections_a.py

The cases come from tests/factories.py (the standard case of spring 2026) in a temporary database, and each
card is drawn at the size it gets in the main window on a 1366×768 laptop.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests"))

from factories import PROBLEM_DATE, add_worker, spouse, walk  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from patronat_desktop.domain.vocab import Disability, HousingType, Relation, Stage  # noqa: E402
from patronat_desktop.services import cases  # noqa: E402
from patronat_desktop.services.base import Actor  # noqa: E402
from patronat_desktop.services.reference import create_centre  # noqa: E402
from patronat_desktop.services.startup import open_database  # noqa: E402
from patronat_desktop.storage.db import Database  # noqa: E402
from patronat_desktop.ui.app import install_translators  # noqa: E402
from patronat_desktop.ui.card.application_section import ApplicationSection  # noqa: E402
from patronat_desktop.ui.card.family_card import FamilyCard  # noqa: E402
from patronat_desktop.ui.card.family_section import FamilySection  # noqa: E402
from patronat_desktop.ui.card.member_dialog import MemberDialog  # noqa: E402
from patronat_desktop.ui.card.problems_section import ProblemsSection  # noqa: E402
from patronat_desktop.ui.card.survey_section import SurveySection  # noqa: E402
from patronat_desktop.ui.context import AppContext  # noqa: E402

SIZE = (1366, 690)  # the card inside the main window on a 1366×768 screen
SECTIONS = (FamilySection, ApplicationSection, SurveySection, ProblemsSection)


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def card_for(app: QApplication, context: AppContext, family_id: object, tab: int) -> FamilyCard:
    card = FamilyCard(context, list(SECTIONS))
    card.resize(*SIZE)
    card.open_family(family_id)  # type: ignore[arg-type]
    card.tabs.setCurrentIndex(tab)
    settle(app, card)
    return card


def main() -> None:
    app = QApplication([])
    install_translators(app, "ru")  # the Russian locale: "850,50", not "850.50"
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_database(Path(folder) / "screenshots.sqlite3")
        try:
            make(app, database)
        finally:
            database.dispose()


def make(app: QApplication, database: Database) -> None:
    with database.transaction() as session:
        head = create_centre(session, "ТЦСОН Тестового района", "Тестовый", "Минская", "Иванова", "Анна")
        actor = Actor.of(head)
    add_worker(database, actor.centre_id, "Сидорова")
    context = AppContext(database, actor, "Иванова А.", today=date(2026, 5, 20))

    # A family at the assessment stage: three members, two problems.
    case = walk(database, actor, Stage.ASSESSMENT)
    with database.transaction() as s:
        cases.add_member(
            s, actor, case.family_id, spouse(disability=Disability.GROUP_3), today=context.today()
        )
        cases.add_problem(
            s, actor, case.family_id, "Задолженность за ЖКУ", PROBLEM_DATE, None, context.today()
        )
        cases.add_problem(
            s,
            actor,
            case.family_id,
            "Ребёнок пропускает занятия",
            PROBLEM_DATE,
            case.child_id,
            context.today(),
        )
    for tab, name in ((0, "card-family"), (1, "card-application"), (3, "card-problems")):
        card = card_for(app, context, case.family_id, tab)
        card.grab().save(str(HERE / f"{name}.png"))
        card.close()

    # The member dialog refusing a child as the applicant.
    card = card_for(app, context, case.family_id, 0)
    family = card.sections[0]
    assert isinstance(family, FamilySection)
    child_row = family.members_model.row_of(case.child_id)
    assert child_row is not None
    family.members_table.selectRow(child_row)
    dialog = family.open_edit_member()
    assert dialog is not None
    dialog.applicant_check.setChecked(True)
    dialog.relation_combo.setCurrentIndex(dialog.relation_combo.findData(Relation.SELF))
    dialog.try_save()
    settle(app, dialog)
    dialog.adjustSize()
    settle(app, dialog)
    dialog.grab().save(str(HERE / "card-member-refusal.png"))
    dialog.done(0)
    card.close()

    # A fresh application: two working days left for the survey (applied Mon 02.03, today Tue 03.03).
    fresh = walk(database, actor, Stage.APPLICATION, application_number="2")
    early = AppContext(database, actor, "Иванова А.", today=date(2026, 3, 3))
    card = card_for(app, early, fresh.family_id, 2)
    card.grab().save(str(HERE / "card-survey.png"))
    card.close()

    # The same case on 20.05: overdue, and a survey dated before the application is refused.
    card = card_for(app, context, fresh.family_id, 2)
    survey = card.sections[2]
    assert isinstance(survey, SurveySection)
    survey.date_edit.setDate(survey.date_edit.date().addMonths(-3))
    survey.surveyors_edit.setText("Иванова А., Сидорова Е.")
    survey.housing_type_combo.setCurrentIndex(survey.housing_type_combo.findData(HousingType.OWN_HOUSE))
    survey.total_income_edit.setText("850,50")
    survey.conclusion_edit.setPlainText("Семья нуждается в социальном патронате.")
    survey.record()
    settle(app, card)
    card.grab().save(str(HERE / "card-survey-overdue.png"))
    survey.discard()
    card.close()
    _ = MemberDialog  # the dialog is opened through the section above


if __name__ == "__main__":
    main()
