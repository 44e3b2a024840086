"""The contract section: a change to a signed contract is a new version that the family signs again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from factories import CONTRACT_DATE, Case
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Contract, ContractVersion
from patronat_desktop.ui.card.contract_section import ContractSection
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.context import AppContext


def contract_section(card: FamilyCard) -> ContractSection:
    section = card.sections[0]
    assert isinstance(section, ContractSection)
    return section


def test_amending_a_signed_contract_makes_version_2_to_sign(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    family_id = case_at(Stage.CONTRACT).family_id
    card = FamilyCard(context, [ContractSection])
    qtbot.addWidget(card)
    card.open_family(family_id)
    card.show()
    section = contract_section(card)
    assert "версия 1, подписана семьёй 12.03.2026" in section.view_version.text()
    assert section.sign_version_button.isHidden() and not section.amend_button.isHidden()

    section.open_amend_dialog()
    dialog = section.amend_dialog
    assert dialog is not None
    dialog.end_edit.setDate(QDate(2026, 3, 1))  # before the start: refused, nothing saved
    dialog.save_and_close()
    assert any("окончание раньше начала" in m for m in dialog.errors.messages())
    dialog.end_edit.setDate(QDate(2026, 9, 30))
    dialog.save_and_close()

    section = contract_section(card)
    assert "версия 2 ещё не подписана" in section.view_version.text()
    assert not section.sign_version_button.isHidden()
    with context.transaction() as s:
        kept = s.scalars(select(ContractVersion)).one()
        assert (kept.version_no, kept.term_end, kept.signed_on) == (1, date(2026, 12, 31), CONTRACT_DATE)

    section.open_sign_dialog()
    assert section.sign_dialog is not None
    section.sign_dialog.save_and_close()
    section = contract_section(card)
    assert "версия 2, подписана семьёй 20.05.2026" in section.view_version.text()
    with context.transaction() as s:
        contract = s.scalars(select(Contract)).one()
        assert (contract.version_no, contract.term_end) == (2, date(2026, 9, 30))
