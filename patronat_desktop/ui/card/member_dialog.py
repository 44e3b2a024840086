"""The dialog that adds a member to a family or edits one (cases.add_member / cases.edit_member)."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.validation import MemberData
from patronat_desktop.domain.vocab import Disability, Relation, Sex
from patronat_desktop.models import Member
from patronat_desktop.services import cases
from patronat_desktop.ui.dates import from_qdate as _pydate
from patronat_desktop.ui.dates import to_qdate as _qdate
from patronat_desktop.ui.forms import GuardedDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

NO_DATE = QDate(1899, 12, 31)
"""The date edit's "not filled in" value (shown as an empty field): a birth date has no sensible default."""


class MemberDialog(GuardedDialog):
    """Adds a member (``member`` None) or edits one; refusals appear next to their fields.

    Open it with open(); it saves through one service call and closes only when the save succeeded.
    """

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        member: Member | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = family_id
        self.member_id = member.id if member is not None else None
        self.what = self.tr("Член семьи")
        if member is None:
            self.setWindowTitle(self.tr("Новый член семьи"))
        else:
            self.setWindowTitle(self.tr("Член семьи: {name}").format(name=member.full_name))
        self.setMinimumWidth(560)

        self.surname_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        self.birth_date_edit = QDateEdit()
        self.birth_date_edit.setDisplayFormat("dd.MM.yyyy")
        self.birth_date_edit.setCalendarPopup(True)
        self.birth_date_edit.setDateRange(NO_DATE, QDate(2100, 12, 31))
        self.birth_date_edit.setSpecialValueText(self.tr("не указана"))
        self.birth_date_edit.setMinimumWidth(130)
        self.sex_combo = QComboBox()
        self.sex_combo.setPlaceholderText(self.tr("— выберите —"))
        for sex in Sex:
            self.sex_combo.addItem(vocab_label(sex), sex)
        self.relation_combo = QComboBox()
        for relation in Relation:
            self.relation_combo.addItem(vocab_label(relation), relation)
        self.applicant_check = QCheckBox(self.tr("З&аявитель (подал заявление)"))
        self.applicant_check.setToolTip(
            self.tr("Отметьте, чтобы заявителем стал этот член семьи вместо нынешнего заявителя.")
        )
        self.disability_combo = QComboBox()
        for disability in Disability:
            self.disability_combo.addItem(vocab_label(disability), disability)
        self.school_edit = QLineEdit()
        self.school_edit.setPlaceholderText(self.tr("учреждение образования, класс; место работы"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)

        self.surname_error = self.errors.register("member.surname", self.surname_edit)
        self.name_error = self.errors.register("member.name", self.name_edit)
        self.birth_date_error = self.errors.register("member.birth_date", self.birth_date_edit)
        self.sex_error = self.errors.register("member.sex", self.sex_combo)
        self.applicant_error = self.errors.register("applicant", self.applicant_check)

        grid = QGridLayout()
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self._row(grid, self.tr("&Фамилия*:"), self.surname_edit, self.surname_error)
        self._row(grid, self.tr("&Имя*:"), self.name_edit, self.name_error)
        self._row(grid, self.tr("&Отчество:"), self.patronymic_edit)
        self._row(grid, self.tr("Дата &рождения*:"), self.birth_date_edit, self.birth_date_error, narrow=True)
        self._row(grid, self.tr("&Пол*:"), self.sex_combo, self.sex_error, narrow=True)
        self._row(grid, self.tr("Родс&тво:"), self.relation_combo, narrow=True)
        grid.addWidget(self.applicant_check, grid.rowCount(), 1)
        grid.addWidget(self.applicant_error, grid.rowCount(), 1)
        self._row(grid, self.tr("Инва&лидность:"), self.disability_combo, narrow=True)
        self._row(grid, self.tr("&Учёба / работа:"), self.school_edit)
        self._row(grid, self.tr("Приме&чания:"), self.notes_edit)
        required = QLabel(self.tr("* — обязательные поля"))
        required.setEnabled(False)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("&Сохранить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(required)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        if member is not None:
            self._show(member)
        else:
            self.birth_date_edit.setDate(NO_DATE)
            self.sex_combo.setCurrentIndex(-1)
            self.relation_combo.setCurrentIndex(self.relation_combo.findData(Relation.CHILD))
        self._initial = self._snapshot()

    @staticmethod
    def _row(
        grid: QGridLayout, caption: str, widget: QWidget, error: QLabel | None = None, narrow: bool = False
    ) -> None:
        row = grid.rowCount()
        label = QLabel(caption)
        label.setBuddy(widget)
        grid.addWidget(label, row, 0)
        if narrow:
            line = QGridLayout()
            line.addWidget(widget, 0, 0)
            line.setColumnStretch(1, 1)
            grid.addLayout(line, row, 1)
        else:
            grid.addWidget(widget, row, 1)
        if error is not None:
            grid.addWidget(error, row + 1, 1)

    def _show(self, member: Member) -> None:
        self.surname_edit.setText(member.surname)
        self.name_edit.setText(member.name)
        self.patronymic_edit.setText(member.patronymic)
        self.birth_date_edit.setDate(_qdate(member.birth_date))
        self.sex_combo.setCurrentIndex(self.sex_combo.findData(member.sex))
        self.relation_combo.setCurrentIndex(self.relation_combo.findData(member.relation))
        self.applicant_check.setChecked(member.is_applicant)
        self.disability_combo.setCurrentIndex(self.disability_combo.findData(member.disability))
        self.school_edit.setText(member.school_or_work)
        self.notes_edit.setPlainText(member.notes)

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.surname_edit.text(),
            self.name_edit.text(),
            self.patronymic_edit.text(),
            self.birth_date_edit.date(),
            self.sex_combo.currentIndex(),
            self.relation_combo.currentIndex(),
            self.applicant_check.isChecked(),
            self.disability_combo.currentIndex(),
            self.school_edit.text(),
            self.notes_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return self._snapshot() != self._initial

    def data(self) -> MemberData:
        """The form as the service's input; an unfilled date or sex is replaced by a placeholder."""
        # Qt hands enum values back as plain strings: turn them back into the enums.
        sex = Sex(self.sex_combo.currentData()) if self.sex_combo.currentIndex() >= 0 else Sex.FEMALE
        return MemberData(
            surname=self.surname_edit.text(),
            name=self.name_edit.text(),
            patronymic=self.patronymic_edit.text(),
            birth_date=_pydate(self.birth_date_edit.date()),
            sex=sex,
            relation=Relation(self.relation_combo.currentData()),
            is_applicant=self.applicant_check.isChecked(),
            disability=Disability(self.disability_combo.currentData()),
            school_or_work=self.school_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def _unfilled(self) -> list[Problem]:
        """What the form cannot even express as MemberData: a birth date or sex not chosen."""
        out = []
        if self.birth_date_edit.date() == NO_DATE:
            out.append(Problem("member.birth_date", self.tr("Дата рождения: обязательное поле."), "required"))
        if self.sex_combo.currentIndex() < 0:
            out.append(Problem("member.sex", self.tr("Пол: обязательное поле."), "required"))
        return out

    def try_save(self) -> bool:
        data = self.data()
        today = self.context.today()
        unfilled = self._unfilled()
        if unfilled:
            # Show the form's other refusals at once too (the checks that need no database).
            missing = {p.field for p in unfilled}
            self.errors.show(unfilled + [p for p in data.problems(today) if p.field not in missing])
            return False
        actor = self.context.actor
        member_id = self.member_id

        def save(session: Session) -> object:
            if member_id is None:
                return cases.add_member(session, actor, self.family_id, data, today)
            return cases.edit_member(session, actor, member_id, data, today)

        try:
            self.context.write(save, self.family_id)
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        return True
