"""Family members for the new case wizard: the typed date field, a member's form, its dialog, the table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.validation import MemberData
from patronat_desktop.domain.vocab import Disability, Relation, Sex
from patronat_desktop.ui.dates import from_qdate as to_date
from patronat_desktop.ui.forms import FieldErrors, GuardedDialog
from patronat_desktop.ui.vocab_labels import vocab_label

E = TypeVar("E", bound=StrEnum)

PLACEHOLDER_BIRTH_DATE = date(1900, 1, 1)
"""Stands in for a birth date not (validly) typed yet, so the domain's own checks can still run on the
rest; the form reports the missing date itself (MemberData cannot hold "no date")."""


def format_date(day: date) -> str:
    """The date as Belarusian documents write it, whatever the UI language."""
    return f"{day.day:02}.{day.month:02}.{day.year}"


class DateLineEdit(QLineEdit):
    """A date typed as ДД.ММ.ГГГГ, empty until typed.

    Birth dates are typed, not picked from a calendar, and must not start from a made-up default: a
    QDateEdit can be neither empty nor typed into once it shows a "not set" text.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setInputMask("99.99.9999;_")
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)

    def is_empty(self) -> bool:
        return not any(c.isdigit() for c in self.text())

    def value(self) -> date | None:
        """The typed date, or None while it is empty, incomplete or not a real day."""
        parsed = QDate.fromString(self.text(), "dd.MM.yyyy")
        return to_date(parsed) if parsed.isValid() else None

    def set_value(self, day: date | None) -> None:
        self.setText(format_date(day) if day is not None else "")

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.is_empty():  # start typing at the day, wherever the click landed
            QTimer.singleShot(0, lambda: self.setCursorPosition(0))


def enum_combo(values: list[E], placeholder: str = "") -> QComboBox:
    """A combo box of vocabulary values by their labels; with a placeholder it starts with nothing chosen."""
    combo = QComboBox()
    for value in values:
        combo.addItem(vocab_label(value), value)
    if placeholder:
        combo.setPlaceholderText(placeholder)
        combo.setCurrentIndex(-1)
    return combo


def enum_value(combo: QComboBox, kind: type[E]) -> E | None:
    """The chosen vocabulary value (Qt hands a StrEnum back as a plain str), or None when nothing is."""
    value = combo.currentData()
    return None if value is None else kind(value)


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


class MemberForm(QWidget):
    """Surname, name, patronymic, birth date, sex, (relation,) disability and school or work of one member.

    Errors are registered in the caller's FieldErrors under ``{prefix}.surname`` … as the domain names them.
    """

    changed = Signal()
    """The user edited a field."""

    def __init__(
        self, errors: FieldErrors, prefix: str, with_relation: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prefix = prefix
        self.surname_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        self.birth_edit = DateLineEdit()
        choose = self.tr("— выберите —")
        self.sex_combo = enum_combo(list(Sex), choose)
        self.relation_combo: QComboBox | None = None
        if with_relation:
            self.relation_combo = enum_combo([r for r in Relation if r != Relation.SELF], choose)
        self.disability_combo = enum_combo(list(Disability))
        self.school_edit = QLineEdit()
        self.school_edit.setPlaceholderText(self.tr("например: ГУО «Новосёлковская СШ», 5 класс"))
        self.cells: dict[str, QVBoxLayout] = {}

        # One column: a message under a field then never pushes a neighbouring column's fields apart.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.setHorizontalSpacing(10)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[str, str, QWidget, int]] = [
            (self.tr("&Фамилия*:"), "surname", self.surname_edit, 340),
            (self.tr("&Имя*:"), "name", self.name_edit, 340),
            (self.tr("&Отчество:"), "patronymic", self.patronymic_edit, 340),
            (self.tr("Дата &рождения*:"), "birth_date", self.birth_edit, 0),
            (self.tr("&Пол*:"), "sex", self.sex_combo, 160),
        ]
        if self.relation_combo is not None:
            rows.append((self.tr("Ро&дство*:"), "relation", self.relation_combo, 220))
        rows.append((self.tr("Инв&алидность:"), "disability", self.disability_combo, 220))
        rows.append((self.tr("&Место учёбы или работы:"), "school_or_work", self.school_edit, 480))
        for row, (caption, key, widget, width) in enumerate(rows):
            if width:
                widget.setMinimumWidth(width)
            self._add(grid, row, caption, key, widget, errors)
        grid.setRowStretch(len(rows), 1)

        self.birth_edit.setToolTip(self.tr("Наберите цифры: 12041990"))
        for edit in (
            self.surname_edit,
            self.name_edit,
            self.patronymic_edit,
            self.birth_edit,
            self.school_edit,
        ):
            edit.textEdited.connect(self.changed)
        for combo in (self.sex_combo, self.relation_combo, self.disability_combo):
            if combo is not None:
                combo.activated.connect(self.changed)
        self.patronymic_edit.editingFinished.connect(self._guess_sex)

    def _add(
        self, grid: QGridLayout, row: int, caption: str, key: str, widget: QWidget, errors: FieldErrors
    ) -> None:
        label = QLabel(caption)
        label.setBuddy(widget)
        label.setMinimumHeight(widget.sizeHint().height())  # level with the field, not with its messages
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        cell.addWidget(errors.register(f"{self.prefix}.{key}", widget))
        grid.addLayout(cell, row, 1)
        self.cells[key] = cell

    def add_note(self, key: str, label: QLabel) -> None:
        """Put another message label (e.g. the applicant's age) under the field ``key``."""
        self.cells[key].addWidget(label)

    def _guess_sex(self) -> None:
        """Fill in the sex from a Russian or Belarusian patronymic while the user has not chosen it."""
        if self.sex_combo.currentIndex() != -1:
            return
        ending = self.patronymic_edit.text().strip().lower()
        if ending.endswith(("вна", "чна", "ўна")):
            select_data(self.sex_combo, Sex.FEMALE)
        elif ending.endswith("ич"):
            select_data(self.sex_combo, Sex.MALE)

    # Values

    def ui_problems(self) -> list[Problem]:
        """What the form must say itself because MemberData cannot hold it: no date, no choice made."""
        out = []
        if self.birth_edit.is_empty():
            out.append(Problem(f"{self.prefix}.birth_date", self.tr("Дата рождения: обязательное поле.")))
        elif self.birth_edit.value() is None:
            out.append(
                Problem(
                    f"{self.prefix}.birth_date", self.tr("Дата рождения: введите дату в виде ДД.ММ.ГГГГ.")
                )
            )
        if self.sex_combo.currentIndex() == -1:
            out.append(Problem(f"{self.prefix}.sex", self.tr("Пол: выберите из списка.")))
        if self.relation_combo is not None and self.relation_combo.currentIndex() == -1:
            out.append(Problem(f"{self.prefix}.relation", self.tr("Родство: выберите из списка.")))
        return out

    def member_data(self, is_applicant: bool = False) -> MemberData:
        """The member as typed; a missing date or choice is replaced by a placeholder (see ui_problems)."""
        sex = enum_value(self.sex_combo, Sex)
        relation = Relation.SELF if is_applicant else Relation.OTHER
        if self.relation_combo is not None:
            relation = enum_value(self.relation_combo, Relation) or relation
        return MemberData(
            surname=self.surname_edit.text().strip(),
            name=self.name_edit.text().strip(),
            patronymic=self.patronymic_edit.text().strip(),
            birth_date=self.birth_edit.value() or PLACEHOLDER_BIRTH_DATE,
            sex=sex if sex is not None else Sex.FEMALE,
            relation=relation,
            is_applicant=is_applicant,
            disability=enum_value(self.disability_combo, Disability) or Disability.NONE,
            school_or_work=self.school_edit.text().strip(),
        )

    def set_member(self, member: MemberData) -> None:
        self.surname_edit.setText(member.surname)
        self.name_edit.setText(member.name)
        self.patronymic_edit.setText(member.patronymic)
        self.birth_edit.set_value(member.birth_date)
        select_data(self.sex_combo, member.sex)
        if self.relation_combo is not None:
            select_data(self.relation_combo, member.relation)
        select_data(self.disability_combo, member.disability)
        self.school_edit.setText(member.school_or_work)

    def snapshot(self) -> tuple[object, ...]:
        """Everything typed, to tell whether the user changed something."""
        combos = (self.sex_combo, self.relation_combo, self.disability_combo)
        return (
            self.surname_edit.text(),
            self.name_edit.text(),
            self.patronymic_edit.text(),
            self.birth_edit.text(),
            self.school_edit.text(),
            *(combo.currentIndex() for combo in combos if combo is not None),
        )


class MemberEditorDialog(GuardedDialog):
    """Adds or edits one family member (not the applicant) of the new case wizard's table.

    Checks the member with the domain's own rules on OK; the case is written only when the wizard finishes.
    """

    def __init__(
        self, today: date, member: MemberData | None = None, surname: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.what = self.tr("Член семьи")
        self._today = today
        self.result_member: MemberData | None = None
        self.setWindowTitle(self.tr("Член семьи") if member is None else self.tr("Член семьи: изменение"))
        self.setMinimumWidth(700)
        self.form = MemberForm(self.errors, "member", with_relation=True)
        if member is not None:
            self.form.set_member(member)
        else:  # children usually share the applicant's surname
            self.form.surname_edit.setText(surname)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Сохранить"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self._initial = self.form.snapshot()
        (self.form.name_edit if member is None and surname else self.form.surname_edit).setFocus()

    def is_dirty(self) -> bool:
        return self.result_member is None and self.form.snapshot() != self._initial

    def try_save(self) -> bool:
        data = self.form.member_data()
        problems = self.form.ui_problems() + data.problems(self._today, "member")
        if problems:
            self.errors.show(problems)
            return False
        self.result_member = data
        return True


class MembersEditor(QWidget):
    """The family's members as a table: the applicant first (edited elsewhere, never removed), then the
    others, added, edited and removed through MemberEditorDialog (Insert, Enter, Delete on the table)."""

    changed = Signal()
    """A member was added, edited or removed."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.members: list[MemberData] = []
        """Everyone but the applicant, in table order."""
        self.member_dialog: MemberEditorDialog | None = None
        """The dialog open now (window-modal), if any."""
        self.surname_hint: Callable[[], str] = lambda: ""
        """The surname a new member starts with (children usually share the applicant's)."""
        self._editing_row: int | None = None
        self._applicant: MemberData | None = None
        self._applicant_birth_known = False

        headers = [
            self.tr("Фамилия"),
            self.tr("Имя"),
            self.tr("Отчество"),
            self.tr("Дата рожд."),
            self.tr("Пол"),
            self.tr("Родство"),
            self.tr("Инвалидность"),
            self.tr("Учёба / работа"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit_member())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.installEventFilter(self)

        self.add_button = QPushButton(self.tr("Д&обавить…"))
        self.add_button.setToolTip(self.tr("Добавить члена семьи (Insert)"))
        self.edit_button = QPushButton(self.tr("&Изменить…"))
        self.edit_button.setToolTip(self.tr("Изменить выбранного (Enter)"))
        self.remove_button = QPushButton(self.tr("&Убрать"))
        self.remove_button.setToolTip(self.tr("Убрать выбранного из списка (Delete)"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_member)
        self.remove_button.clicked.connect(self.remove_member)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_members(self, applicant: MemberData, birth_known: bool = True) -> None:
        """Show the applicant as typed on its page (``birth_known``: a date was typed), then the rest."""
        self._applicant = applicant
        self._applicant_birth_known = birth_known
        self._fill()

    def _fill(self) -> None:
        rows = [*([self._applicant] if self._applicant else []), *self.members]
        current = self.table.currentRow()
        self.table.setRowCount(len(rows))
        for row, member in enumerate(rows):
            applicant_row = row == 0 and self._applicant is not None
            values = [
                member.surname,
                member.name,
                member.patronymic,
                format_date(member.birth_date) if self._applicant_birth_known or not applicant_row else "",
                vocab_label(member.sex),
                vocab_label(member.relation),
                vocab_label(member.disability),
                member.school_or_work,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if applicant_row:
                    item.setToolTip(self.tr("Заявитель: его данные меняются на шаге «Заявитель»"))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.selectRow(min(current, len(rows) - 1) if current >= 0 else len(rows) - 1)
        self._update_buttons()

    def _offset(self) -> int:
        return 1 if self._applicant is not None else 0

    def _selected_member(self) -> int | None:
        """Index in ``members`` of the selected row; None for the applicant or no selection."""
        index = self.table.currentRow() - self._offset()
        return index if 0 <= index < len(self.members) else None

    def _update_buttons(self) -> None:
        selected = self._selected_member() is not None
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def add_member(self) -> None:
        """Open the member dialog for a new row (window-modal; the row is added when it is saved)."""
        self._open_dialog(None)

    def edit_member(self) -> None:
        index = self._selected_member()
        if index is not None:
            self._open_dialog(index)

    def remove_member(self) -> None:
        index = self._selected_member()
        if index is None:
            return
        del self.members[index]
        self._fill()
        self.changed.emit()

    def _open_dialog(self, index: int | None) -> None:
        member = None if index is None else self.members[index]
        dialog = MemberEditorDialog(self._today, member, self.surname_hint() if index is None else "", self)
        self._editing_row = index
        self.member_dialog = dialog
        dialog.accepted.connect(self._member_saved)
        dialog.open()

    def _member_saved(self) -> None:
        dialog = self.member_dialog
        if dialog is None or dialog.result_member is None:
            return
        if self._editing_row is None:
            self.members.append(dialog.result_member)
            index = len(self.members) - 1
        else:
            index = self._editing_row
            self.members[index] = dialog.result_member
        self.member_dialog = None
        self._fill()
        self.table.selectRow(index + self._offset())
        self.table.setFocus()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Insert:
                self.add_member()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_member()
                return True
        return super().eventFilter(watched, event)
