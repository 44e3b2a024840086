"""Section "Семья" of the card: the inline address form, members through MemberDialog, reassigning."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

import pytest
from factories import Case, add_worker
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.vocab import Relation, Sex, Stage
from patronat_desktop.models import AuditEntry, Family, Member
from patronat_desktop.ui import forms
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.family_section import FamilySection, ReassignDialog
from patronat_desktop.ui.card.member_dialog import MemberDialog
from patronat_desktop.ui.context import AppContext

TypeText = Callable[[QWidget, str], None]


@pytest.fixture
def card(qtbot: QtBot, context: AppContext) -> FamilyCard:
    family_card = FamilyCard(context, [FamilySection])
    qtbot.addWidget(family_card)
    return family_card


def open_section(card: FamilyCard, case: Case) -> FamilySection:
    card.open_family(case.family_id)
    section = card.sections[0]
    assert isinstance(section, FamilySection)
    return section


def family_row(context: AppContext, family_id: uuid.UUID) -> tuple[str, str, int]:
    def read(s: Session) -> tuple[str, str, int]:
        family = s.get(Family, family_id)
        assert family is not None
        return family.settlement, family.street, len(family.members)

    return context.read(read)


def audit_count(context: AppContext, action: str) -> int:
    return len(context.read(lambda s: list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))))


def select_member(section: FamilySection, member_id: uuid.UUID) -> None:
    row = section.members_model.row_of(member_id)
    assert row is not None
    section.members_table.selectRow(row)


def test_editing_the_address_saves_it_and_writes_the_audit_trail(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    assert section.settlement_edit.text() == "д. Новосёлки"
    assert not section.is_dirty() and not section.save_button.isEnabled()

    section.street_edit.clear()
    type_text(section.street_edit, "Садовая")
    assert section.is_dirty()
    assert section.save_button.isEnabled()
    assert card.tabs.tabText(0) == "Семья *"
    section.save_button.click()

    assert family_row(context, case.family_id)[:2] == ("д. Новосёлки", "Садовая")
    assert audit_count(context, "family.edit") == 1
    assert not section.is_dirty()
    assert section.street_edit.text() == "Садовая"
    assert card.tabs.tabText(0) == "Семья"
    assert "ул. Садовая" in card.subtitle.text()


def test_an_empty_settlement_is_refused_next_to_the_field_and_nothing_is_saved(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    section.settlement_edit.clear()
    section.street_edit.setText("Садовая")
    section.save_button.click()

    assert section.settlement_error.text() == "Населённый пункт: обязательное поле."
    assert not section.settlement_error.isHidden()
    assert family_row(context, case.family_id)[:2] == ("д. Новосёлки", "Центральная")
    assert audit_count(context, "family.edit") == 0
    assert section.is_dirty()  # the edits stay for the user to correct


def test_unticking_every_ground_is_refused_under_the_list(
    card: FamilyCard, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    for i in range(section.grounds_list.count()):
        section.grounds_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert section.is_dirty()
    section.save()
    assert section.grounds_error.text() == "Основания ТЖС: укажите хотя бы одно основание."


def test_discarding_shows_the_saved_address_again(card: FamilyCard, case_at: Callable[[Stage], Case]) -> None:
    section = open_section(card, case_at(Stage.APPLICATION))
    section.house_edit.setText("99")
    section.discard_button.click()
    assert section.house_edit.text() == "5"
    assert not section.is_dirty()


def test_adding_a_member_through_the_dialog(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case], type_text: TypeText
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    assert section.members_model.rowCount() == 2
    section.add_member_button.click()
    dialog = section.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.isVisible()

    type_text(dialog.surname_edit, "Петрова")
    type_text(dialog.name_edit, "Алиса")
    type_text(dialog.patronymic_edit, "Сергеевна")
    dialog.birth_date_edit.setDate(QDate(2019, 6, 1))
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData(Sex.FEMALE))
    dialog.relation_combo.setCurrentIndex(dialog.relation_combo.findData(Relation.CHILD))
    dialog.ok_button.click()

    assert dialog.result() == MemberDialog.DialogCode.Accepted
    members = context.read(
        lambda s: [(m.full_name, m.birth_date, m.sex, m.relation) for m in s.scalars(select(Member))]
    )
    assert ("Петрова Алиса Сергеевна", date(2019, 6, 1), Sex.FEMALE, Relation.CHILD) in members
    assert section.members_model.rowCount() == 3
    assert audit_count(context, "member.add") == 1


def test_a_member_without_birth_date_and_sex_is_refused_in_the_dialog(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    section = open_section(card, case_at(Stage.APPLICATION))
    dialog = section.open_add_member()
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.surname_error.text() == "Фамилия: обязательное поле."
    assert dialog.birth_date_error.text() == "Дата рождения: обязательное поле."
    assert dialog.sex_error.text() == "Пол: обязательное поле."
    assert dialog.isVisible()
    assert len(context.read(lambda s: list(s.scalars(select(Member))))) == 2


def test_a_child_cannot_become_the_applicant(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    select_member(section, case.child_id)
    section.edit_member_button.click()
    dialog = section.dialog
    assert isinstance(dialog, MemberDialog)
    assert dialog.surname_edit.text() == "Петров"
    dialog.applicant_check.setChecked(True)
    dialog.ok_button.click()

    assert "18 лет" in dialog.applicant_error.text()
    assert not dialog.applicant_error.isHidden()
    assert dialog.isVisible()
    applicants = context.read(lambda s: [m.id for m in s.scalars(select(Member).where(Member.is_applicant))])
    assert applicants == [case.applicant_id]


def test_removing_the_applicant_is_refused_under_the_table(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    select_member(section, case.applicant_id)
    section.remove_member_button.click()

    assert section.member_error.text() == "Заявителя нельзя удалить: сначала назначьте другого заявителя."
    assert family_row(context, case.family_id)[2] == 2
    assert section.members_model.rowCount() == 2


def test_removing_a_member_asks_first_then_removes(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    select_member(section, case.child_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    section.remove_member_button.click()
    assert family_row(context, case.family_id)[2] == 2

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    section.remove_member_button.click()
    assert family_row(context, case.family_id)[2] == 1
    assert section.members_model.rowCount() == 1
    assert audit_count(context, "member.remove") == 1


def test_a_member_added_while_the_address_is_being_edited_keeps_the_edits(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    section.street_edit.setText("Садовая")
    dialog = section.open_add_member()
    assert dialog is not None
    dialog.surname_edit.setText("Петрова")
    dialog.name_edit.setText("Алиса")
    dialog.birth_date_edit.setDate(QDate(2019, 6, 1))
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData(Sex.FEMALE))
    dialog.ok_button.click()

    assert section.members_model.rowCount() == 3
    assert section.street_edit.text() == "Садовая"
    assert section.is_dirty()


def test_closing_an_edited_member_dialog_asks_before_losing_the_edits(
    card: FamilyCard, case_at: Callable[[Stage], Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    section = open_section(card, case_at(Stage.APPLICATION))
    dialog = section.open_add_member()
    assert dialog is not None
    dialog.surname_edit.setText("Петрова")
    asked: list[str] = []

    def stay(_parent: QWidget, what: str) -> forms.LeaveChoice:
        asked.append(what)
        return forms.LeaveChoice.STAY

    monkeypatch.setattr(forms, "ask_leave", stay)
    dialog.reject()
    assert asked == ["Член семьи"]
    assert dialog.isVisible()


def test_reassigning_the_family_to_another_worker(
    card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    worker_id = add_worker(context.database, context.actor.centre_id, "Сидорова")
    add_worker(context.database, context.actor.centre_id, "Уволенная", active=False)
    section = open_section(card, case)
    assert section.worker_label.text() == "Иванова А."
    section.reassign_button.click()
    dialog = section.dialog
    assert isinstance(dialog, ReassignDialog)
    assert dialog.worker_combo.count() == 1  # only active workers other than the current one

    dialog.ok_button.click()
    assert dialog.worker_error.text() == "Выберите специалиста, которому передать семью."
    dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findData(str(worker_id)))
    dialog.ok_button.click()

    assert dialog.result() == ReassignDialog.DialogCode.Accepted
    responsible = context.read(lambda s: s.get(Family, case.family_id).responsible_worker_id)  # type: ignore[union-attr]
    assert responsible == worker_id
    assert section.worker_label.text() == "Сидорова Е."
    assert audit_count(context, "family.reassign") == 1


def test_the_section_saves_on_its_own_outside_a_card(
    qtbot: QtBot,
    context: AppContext,
    case_at: Callable[[Stage], Case],
    detail_of: Callable[[uuid.UUID], object],
) -> None:
    case = case_at(Stage.APPLICATION)
    section = FamilySection(context)
    qtbot.addWidget(section)
    section.load(detail_of(case.family_id))  # type: ignore[arg-type]
    section.phone_edit.setText("+375 29 765-43-21")
    assert section.save()
    assert not section.is_dirty()
    assert section.phone_edit.text() == "+375 29 765-43-21"


def test_ctrl_s_saves_and_insert_in_the_table_adds_a_member(
    qtbot: QtBot, card: FamilyCard, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.APPLICATION)
    section = open_section(card, case)
    card.show()
    qtbot.waitExposed(card)
    section.street_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.street_edit)
    section.street_edit.setText("Садовая")
    QTest.keyClick(section.street_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert family_row(context, case.family_id)[1] == "Садовая"

    section.members_table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is section.members_table)
    QTest.keyClick(section.members_table, Qt.Key.Key_Insert)
    assert isinstance(section.dialog, MemberDialog)
    assert section.dialog.member_id is None
