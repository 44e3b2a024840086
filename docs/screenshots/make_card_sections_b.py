"""Regenerate the screenshots of the family card's "План" and "Договор" sections.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_card_sections_b.py

Everything happens in a temporary database with the cases of tests/factories.py (working date 20.05.2026),
so the pictures change only when the program does.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests"))

from factories import TODAY, Case, add_agency, add_worker, plan_item, walk  # noqa: E402
from PySide6.QtCore import QPoint, QRect  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from patronat_desktop.domain.norms import PatronageType  # noqa: E402
from patronat_desktop.domain.vocab import PlanItemStatus, Stage  # noqa: E402
from patronat_desktop.services import cases  # noqa: E402
from patronat_desktop.services.base import Actor  # noqa: E402
from patronat_desktop.services.reference import create_centre  # noqa: E402
from patronat_desktop.services.startup import open_database  # noqa: E402
from patronat_desktop.storage.db import Database  # noqa: E402
from patronat_desktop.ui.app import install_translators  # noqa: E402
from patronat_desktop.ui.card.contract_section import ContractSection  # noqa: E402
from patronat_desktop.ui.card.family_card import FamilyCard  # noqa: E402
from patronat_desktop.ui.card.plan_items_table_model import Column  # noqa: E402
from patronat_desktop.ui.card.plan_section import PlanSection  # noqa: E402
from patronat_desktop.ui.context import AppContext  # noqa: E402

SIZE = (1366, 700)
"""A 1366×768 laptop screen less the window's title bar and the taskbar."""


def settle(app: QApplication, widget: QWidget) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()


def revised_plan(database: Database, actor: Actor) -> Case:
    """A case in patronage whose plan was revised once (version 2, agreed) with marks and an overdue item."""
    assert actor.worker_id is not None
    case = walk(database, actor, Stage.PATRONAGE)
    colleague = add_worker(database, actor.centre_id, "Сидорова")
    labour = add_agency(database, actor.centre_id, "УТЗСЗ Тестового райисполкома")
    hospital = add_agency(database, actor.centre_id, "УЗ «Тестовая ЦРБ», детская поликлиника")
    school = add_agency(database, actor.centre_id, "ГУО «Новосёлковская СШ»")
    with database.transaction() as s:
        p = cases.add_problem(
            s,
            actor,
            case.family_id,
            "Ребёнок часто болеет, нет оздоровления",
            date(2026, 4, 10),
            case.child_id,
            TODAY,
        )
        case.problem_ids.append(p.id)
        p = cases.add_problem(
            s,
            actor,
            case.family_id,
            "Задолженность за жилищно-коммунальные услуги",
            date(2026, 4, 10),
            None,
            TODAY,
        )
        case.problem_ids.append(p.id)
    with database.transaction() as s:
        cases.mark_plan_item(
            s, actor, case.item_ids[1], PlanItemStatus.CANCELLED, date(2026, 4, 14), "Заменено", TODAY
        )
    job, health, debt = case.problem_ids
    with database.transaction() as s:
        version = cases.save_plan_version(
            s,
            actor,
            case.family_id,
            [
                plan_item(
                    actor.worker_id,
                    problem_id=job,
                    goal="Трудоустройство матери",
                    measure="Консультация по вакансиям, направление в службу занятости",
                    deadline=date(2026, 4, 30),
                ),
                plan_item(
                    None,
                    responsible_agency_id=labour,
                    problem_id=job,
                    goal="Трудоустройство матери",
                    measure="Подбор вакансий с гибким графиком",
                    deadline=date(2026, 5, 15),
                ),
                plan_item(
                    None,
                    responsible_agency_id=hospital,
                    problem_id=health,
                    goal="Оздоровление ребёнка",
                    measure="Медицинский осмотр, путёвка в санаторий",
                    deadline=date(2026, 6, 30),
                ),
                plan_item(
                    colleague,
                    problem_id=debt,
                    goal="Погашение задолженности",
                    measure="Помощь в оформлении рассрочки и безналичных жилищных субсидий",
                    deadline=date(2026, 6, 15),
                ),
                plan_item(
                    None,
                    responsible_agency_id=school,
                    goal="Успеваемость сына",
                    measure="Занятия с педагогом-психологом, контроль посещаемости",
                    deadline=date(2026, 5, 29),
                ),
            ],
            date(2026, 4, 15),
            "Выявлены новые проблемы: здоровье ребёнка, задолженность",
            today=TODAY,
        )
        first_item = version.items[0].id
    with database.transaction() as s:
        cases.mark_plan_agreed(s, actor, case.family_id, date(2026, 4, 16), "Петрова О.И.", today=TODAY)
    with database.transaction() as s:
        cases.mark_plan_item(
            s, actor, first_item, PlanItemStatus.DONE, date(2026, 4, 28), "Трудоустроена продавцом", TODAY
        )
    return case


def framed(painter: QPainter, area: QRect, content: QPixmap, title: str) -> None:
    """Draw a dialog's picture centred in ``area`` with a plain title bar and frame (no window manager)."""
    bar = 28
    outer = QRect(0, 0, content.width() + 2, content.height() + bar + 1)
    outer.moveCenter(area.center())
    painter.fillRect(outer.adjusted(4, 4, 4, 4), QColor(0, 0, 0, 60))  # a soft shadow
    painter.fillRect(outer, QColor("#dfe3ea"))
    painter.setPen(QColor("#7a8391"))
    painter.drawRect(outer.adjusted(0, 0, -1, -1))
    painter.setPen(QColor("#1d1d1d"))
    painter.drawText(outer.adjusted(10, 0, -10, 0).topLeft() + QPoint(0, 19), title)
    painter.drawPixmap(outer.left() + 1, outer.top() + bar, content)


def plan_pictures(app: QApplication, context: AppContext, revised: Case, fresh: Case) -> None:
    card = FamilyCard(context, [PlanSection, ContractSection])
    card.resize(*SIZE)
    card.open_family(revised.family_id)
    section = card.sections[0]
    assert isinstance(section, PlanSection)
    section.table.setCurrentIndex(section.model.index(1, Column.GOAL))
    settle(app, card)
    card.grab().save(str(HERE / "card-plan.png"))

    section.version_combo.setCurrentIndex(0)
    settle(app, card)
    card.grab().save(str(HERE / "card-plan-old-version.png"))
    card.close()

    # A revision of a plan drawn up today: a new row without a goal and a responsible, and no reason given.
    card = FamilyCard(context, [PlanSection, ContractSection])
    card.resize(*SIZE)
    card.open_family(fresh.family_id)
    section = card.sections[0]
    assert isinstance(section, PlanSection)
    section.table.setCurrentIndex(section.model.index(0, Column.GOAL))
    section.add_button.click()
    section.model.setData(section.model.index(1, Column.MEASURE), "Беседа о режиме дня ребёнка")
    section.model.setData(section.model.index(1, Column.RESPONSIBLE), "")
    section.save_button.click()
    settle(app, card)
    card.grab().save(str(HERE / "card-plan-refusal.png"))
    section.discard()
    card.close()


def contract_pictures(app: QApplication, context: AppContext, agreed: Case, not_agreed: Case) -> None:
    card = FamilyCard(context, [PlanSection, ContractSection])
    card.resize(*SIZE)
    card.open_family(agreed.family_id)
    card.tabs.setCurrentIndex(1)
    section = card.sections[1]
    assert isinstance(section, ContractSection)
    section.type_combo.setCurrentIndex(section.type_combo.findData(PatronageType.EMERGENCY))
    section.type_reason_edit.setText("Угроза здоровью ребёнка: нужна частая поддержка")
    settle(app, card)
    card.grab().save(str(HERE / "card-contract.png"))
    card.close()

    card = FamilyCard(context, [PlanSection, ContractSection])
    card.resize(*SIZE)
    card.open_family(not_agreed.family_id)
    card.tabs.setCurrentIndex(1)
    section = card.sections[1]
    assert isinstance(section, ContractSection)
    settle(app, card)

    def question(parent: QWidget, title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        # The real question, drawn over the card where the window manager would centre it.
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            parent,
        )
        settle(app, box)
        picture = card.grab()
        painter = QPainter(picture)
        framed(painter, picture.rect(), box.grab(), title)
        painter.end()
        picture.save(str(HERE / "card-contract-warning.png"))
        box.close()
        return QMessageBox.StandardButton.No

    original = QMessageBox.question
    QMessageBox.question = question  # type: ignore[method-assign,assignment]
    try:
        section.sign_button.click()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    card.close()


def main() -> None:
    app = QApplication([])
    install_translators(app, "ru")  # Qt's own buttons (Да / Нет) in Russian
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_database(Path(folder) / "screenshots.sqlite3")
        try:
            with database.transaction() as s:
                actor = Actor.of(
                    create_centre(
                        s, "ТЦСОН Тестового района", "Тестовый", "Минская", "Иванова", "Анна", "Петровна"
                    )
                )
            context = AppContext(database, actor, "Иванова А.П.", today=TODAY)
            revised = revised_plan(database, actor)
            agreed = walk(database, actor, Stage.PLAN, application_number="2")
            not_agreed = walk(database, actor, Stage.ASSESSMENT, application_number="3")
            with database.transaction() as s:
                cases.save_plan_version(
                    s,
                    actor,
                    not_agreed.family_id,
                    [plan_item(actor.worker_id, deadline=date(2026, 6, 30))],
                    TODAY,
                    today=TODAY,
                )
            plan_pictures(app, context, revised, not_agreed)
            contract_pictures(app, context, agreed, not_agreed)
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
