"""Regenerate the screenshots of the new case wizard (wizard-*.png): every page, and its refusals.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_wizard.py [--lang ru|be|en]

Everything happens in a temporary database with one fictional centre; the working date is fixed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget

from patronat_desktop.domain.validation import MemberData
from patronat_desktop.domain.vocab import Disability, ReferralSource, Relation, Sex, WorkerRole
from patronat_desktop.services.base import Actor
from patronat_desktop.services.directory import WorkerData, add_worker
from patronat_desktop.services.reference import create_centre
from patronat_desktop.services.startup import open_database
from patronat_desktop.ui.app import install_translators
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.member_editor import select_data
from patronat_desktop.ui.new_case_wizard import NewCaseWizard

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 5, 20)
SIZE = (900, 620)


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def fill_application(wizard: NewCaseWizard) -> None:
    wizard.number_edit.setText("15")
    wizard.date_edit.setDate(QDate(2026, 4, 16))
    select_data(wizard.source_combo, ReferralSource.SCHOOL_COUNCIL)
    wizard.note_edit.setText("ГУО «Новосёлковская СШ», протокол от 14.04.2026 № 4")
    wizard.request_edit.setPlainText(
        "Прошу оказать помощь в трудоустройстве и в подготовке сына к школе: после потери работы "
        "семья живёт на пособие, муж уехал на заработки."
    )


def fill_applicant(wizard: NewCaseWizard, birth: str = "12.04.1990") -> None:
    form = wizard.applicant_form
    form.surname_edit.setText("Петрова")
    form.name_edit.setText("Ольга")
    form.patronymic_edit.setText("Ивановна")
    form.birth_edit.setText(birth)
    select_data(form.sex_combo, Sex.FEMALE)
    form.school_edit.setText("не работает, состоит на учёте в службе занятости")


def add_members(wizard: NewCaseWizard) -> None:
    wizard.members_editor.members = [
        MemberData("Петров", "Сергей", date(1987, 11, 3), Sex.MALE, "Николаевич", Relation.SPOUSE,
                   school_or_work="ОАО «Агрокомбинат», тракторист (на заработках)"),
        MemberData("Петров", "Максим", date(2015, 9, 1), Sex.MALE, "Сергеевич", Relation.CHILD,
                   school_or_work="ГУО «Новосёлковская СШ», 5 класс"),
        MemberData("Петрова", "Дарья", date(2021, 2, 17), Sex.FEMALE, "Сергеевна", Relation.CHILD,
                   disability=Disability.SPECIAL_NEEDS, school_or_work="дома"),
    ]  # fmt: skip


def fill_address(wizard: NewCaseWizard) -> None:
    for key, value in {
        "village_council": "Новосёлковский",
        "settlement": "д. Новосёлки",
        "street": "ул. Центральная",
        "house": "5",
        "phone": "+375 29 123-45-67",
    }.items():
        wizard.address_edits[key].setText(value)


def shoot(app: QApplication, wizard: NewCaseWizard, name: str) -> None:
    settle(app, wizard)
    wizard.grab().save(str(HERE / name))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=("ru", "be", "en"), default="ru")
    args = parser.parse_args()
    suffix = "" if args.lang == "ru" else f"-{args.lang}"
    app = QApplication([])
    install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_database(Path(folder) / "wizard.sqlite3")
        try:
            with database.transaction() as session:
                head = create_centre(
                    session, "ТЦСОН Новосёлковского района", "Новосёлковский", "Минская", "Иванова", "Анна"
                )
                actor = Actor.of(head)
                add_worker(session, actor, WorkerData("Сидорова", "Елена", "sidorova", "Петровна",
                                                      role=WorkerRole.CASEWORKER))  # fmt: skip
            context = AppContext(database, actor, "Иванова А.", today=TODAY)

            wizard = NewCaseWizard(context)
            wizard.resize(*SIZE)
            fill_application(wizard)
            shoot(app, wizard, f"wizard-1-application{suffix}.png")
            wizard.number_edit.clear()
            select_data(wizard.source_combo, ReferralSource.OTHER)
            wizard.note_edit.clear()
            wizard.next()  # refused on the page: no number, "other" without who referred
            shoot(app, wizard, f"wizard-1-application-refused{suffix}.png")
            fill_application(wizard)
            wizard.next()
            fill_applicant(wizard)
            shoot(app, wizard, f"wizard-2-applicant{suffix}.png")
            add_members(wizard)
            wizard.next()
            shoot(app, wizard, f"wizard-3-members{suffix}.png")
            wizard.members_editor.table.selectRow(2)
            wizard.members_editor.edit_member()
            assert wizard.members_editor.member_dialog is not None
            settle(app, wizard.members_editor.member_dialog)
            wizard.members_editor.member_dialog.grab().save(str(HERE / f"wizard-3-member-dialog{suffix}.png"))
            wizard.members_editor.member_dialog.done(0)
            wizard.next()
            fill_address(wizard)
            shoot(app, wizard, f"wizard-4-address{suffix}.png")
            wizard.next()
            wizard.next()  # no ground ticked: refused on the page
            shoot(app, wizard, f"wizard-5-grounds-refused{suffix}.png")
            wizard.set_ground_checked("Безработица")
            wizard.set_ground_checked("Неблагополучие в семье, конфликты и насилие в семье")
            wizard.errors.clear()
            shoot(app, wizard, f"wizard-5-grounds{suffix}.png")
            wizard.next()
            shoot(app, wizard, f"wizard-6-summary{suffix}.png")
            wizard.register()
            wizard.close()

            # The same application number again, by a child: the service refuses both, and the wizard
            # goes back to the first page with the messages next to the fields.
            again = NewCaseWizard(context)
            again.resize(*SIZE)
            fill_application(again)
            settle(app, again)
            again.next()
            fill_applicant(again, "03.05.2010")
            shoot(app, again, f"wizard-2-applicant-child{suffix}.png")
            fill_address(again)
            again.set_ground_checked("Безработица")
            again.register()
            shoot(app, again, f"wizard-refusal{suffix}.png")
            again.done(0)  # close without the "discard the data?" question
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
