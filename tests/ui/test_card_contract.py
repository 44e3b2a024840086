"""The "Договор" section: the form, the warning before an agreed plan, the centre's block, the view."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from factories import Case
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import ContractForm, Stage
from patronat_desktop.models import AuditEntry, Contract, Family, TypePeriod
from patronat_desktop.services import settings
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.card.contract_section import ContractSection
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]


def open_contract(
    qtbot: QtBot, context: AppContext, family_id: uuid.UUID
) -> tuple[FamilyCard, ContractSection]:
    card = FamilyCard(context, [ContractSection])
    qtbot.addWidget(card)
    card.open_family(family_id)
    card.show()
    section = card.sections[0]
    assert isinstance(section, ContractSection)
    return card, section


class Questions:
    """Stands in for QMessageBox.question: records what was asked and gives the prepared answer."""

    def __init__(self, answer: QMessageBox.StandardButton) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: QWidget, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    replies = Questions(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "question", replies)
    return replies


def contracts_in_db(context: AppContext, family_id: uuid.UUID) -> list[Contract]:
    return list(
        context.read(lambda s: s.scalars(select(Contract).where(Contract.family_id == family_id)).all())
    )


def sign_audit(context: AppContext, family_id: uuid.UUID) -> list[dict[str, Any]]:
    return list(
        context.read(
            lambda s: s.scalars(
                select(AuditEntry.changes).where(
                    AuditEntry.family_id == family_id, AuditEntry.action == "contract.sign"
                )
            ).all()
        )
    )


def test_contract_before_the_plan_is_agreed_asks_and_no_saves_nothing(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], questions: Questions
) -> None:
    case = case_at(Stage.ASSESSMENT)
    _, section = open_contract(qtbot, context, case.family_id)
    assert section.banner.text().startswith("⚠ План сопровождения ещё не составлен.")
    assert section.signed_edit.text() == "Петрова О.И."
    assert section.price_label.text() == "безвозмездно (0,00 руб.)"

    section.sign_button.click()

    assert len(questions.asked) == 1
    assert "План не согласован с семьёй" in questions.asked[0]
    assert "Всё равно продолжить?" in questions.asked[0]
    assert contracts_in_db(context, case.family_id) == []
    assert section.stack.currentWidget() is section.form_page
    shown = section.general_error.text()
    assert "План не согласован с семьёй: отметьте, что он составлен совместно с семьёй." in shown


def test_contract_before_the_plan_is_agreed_saves_on_yes_with_the_warning_audited(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], questions: Questions
) -> None:
    case = case_at(Stage.ASSESSMENT)
    card, section = open_contract(qtbot, context, case.family_id)
    questions.answer = QMessageBox.StandardButton.Yes
    section.form_combo.setCurrentIndex(section.form_combo.findData(ContractForm.URGENT))

    section.sign_button.click()

    assert len(questions.asked) == 1
    [contract] = contracts_in_db(context, case.family_id)
    assert (contract.number, contract.date, contract.form) == (
        "2026/001",
        date(2026, 5, 20),
        ContractForm.URGENT,
    )
    assert (contract.term_start, contract.term_end, contract.signed_by) == (
        date(2026, 5, 20),
        date(2026, 12, 31),
        "Петрова О.И.",
    )
    [changes] = sign_audit(context, case.family_id)
    assert "plan_not_agreed" in changes["confirmed_warnings"]
    assert context.read(lambda s: s.get_one(Family, case.family_id).stage) == Stage.CONTRACT
    assert section.stack.currentWidget() is section.view_page
    assert section.view_title.text() == "Договор № 2026/001 от 20.05.2026"
    assert not section.is_dirty()
    assert card.tabs.tabText(0) == "Договор"


def test_contract_after_agreement_saves_without_a_question(
    qtbot: QtBot,
    context: AppContext,
    case_at: Callable[[Stage], Case],
    questions: Questions,
    type_text: TypeText,
) -> None:
    case = case_at(Stage.PLAN)
    card, section = open_contract(qtbot, context, case.family_id)
    assert section.banner.text() == "✓ План согласован с семьёй 10.03.2026: договор можно заключать."
    section.number_edit.setText("17")
    section.date_edit.setDate(QDate(2026, 5, 18))
    assert section.start_edit.date() == QDate(2026, 5, 18)  # the term follows the contract's date
    section.type_combo.setCurrentIndex(section.type_combo.findData(PatronageType.PLANNED))
    type_text(section.type_reason_edit, "Семья в трудной ситуации, угрозы нет")
    assert section.is_dirty()
    assert card.tabs.tabText(0) == "Договор *"

    section.sign_button.click()

    assert questions.asked == []
    [contract] = contracts_in_db(context, case.family_id)
    assert (contract.number, contract.term_start) == ("17", date(2026, 5, 18))
    [changes] = sign_audit(context, case.family_id)
    assert changes["confirmed_warnings"] == []
    periods = context.read(
        lambda s: s.scalars(select(TypePeriod).where(TypePeriod.family_id == case.family_id)).all()
    )
    assert [(p.type, p.start) for p in periods] == [(PatronageType.PLANNED, date(2026, 5, 18))]
    assert context.read(lambda s: s.get_one(Family, case.family_id).stage) == Stage.PATRONAGE
    assert section.view_title.text() == "Договор № 17 от 18.05.2026"
    assert section.view_type.text() == "плановый с 18.05.2026 — Семья в трудной ситуации, угрозы нет"


def test_centre_rule_refuses_a_contract_before_the_plan_is_agreed(
    qtbot: QtBot,
    database: Database,
    context: AppContext,
    case_at: Callable[[Stage], Case],
    questions: Questions,
) -> None:
    case = case_at(Stage.ASSESSMENT)
    with database.transaction() as s:
        settings.set_setting(s, context.actor, "contract_requires_agreed_plan", True)
    _, section = open_contract(qtbot, context, case.family_id)
    assert section.banner.text().startswith("⛔ План сопровождения ещё не составлен.")

    section.sign_button.click()

    assert questions.asked == []
    assert contracts_in_db(context, case.family_id) == []
    shown = section.general_error.text().splitlines()
    assert "План не согласован с семьёй: отметьте, что он составлен совместно с семьёй." in shown
    assert "План сопровождения пуст: добавьте хотя бы одно мероприятие." in shown
    assert section.general_error.isVisible()


def test_wrong_term_and_missing_type_reason_are_shown_next_to_their_fields(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], questions: Questions
) -> None:
    case = case_at(Stage.PLAN)
    _, section = open_contract(qtbot, context, case.family_id)
    section.end_edit.setDate(QDate(2026, 5, 1))
    section.type_combo.setCurrentIndex(section.type_combo.findData(PatronageType.EMERGENCY))

    section.sign_button.click()

    assert sorted(section.errors.messages()) == [
        "Основание вида патроната: обязательное поле.",
        "Срок договора: окончание раньше начала.",
    ]
    assert section.end_edit.property("invalid")
    assert section.type_reason_edit.property("invalid")
    assert contracts_in_db(context, case.family_id) == []
    assert section.is_dirty()


def test_signed_contract_is_shown_read_only(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.PATRONAGE)
    _, section = open_contract(qtbot, context, case.family_id)
    assert section.stack.currentWidget() is section.view_page
    assert section.view_title.text() == "Договор № 2026/001 от 12.03.2026"
    assert section.view_form.text() == "нестационарное социальное обслуживание"
    assert section.view_term.text() == "с 12.03.2026 по 31.12.2026"
    assert section.view_signed.text() == "Петрова О.И."
    assert section.view_price.text() == "безвозмездно (0,00 руб.)"
    assert section.view_type.text() == "экстренный с 12.03.2026 — Угроза"
    assert not section.is_dirty()
