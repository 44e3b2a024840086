"""The dialog that records a new visit (or other contact) with a family, or corrects a recorded one."""

from __future__ import annotations

import itertools
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.validation import VisitData
from patronat_desktop.domain.vocab import VisitKind
from patronat_desktop.services import cases
from patronat_desktop.services.settings import counting_kinds
from patronat_desktop.ui.dates import from_qdate as _pydate
from patronat_desktop.ui.dates import to_qdate as _qdate
from patronat_desktop.ui.forms import GuardedDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from patronat_desktop.models import Visit
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext


class _MembersBox(QGroupBox):
    """The members' check boxes; the error frame FieldErrors puts on the box stays off each check box."""

    def setStyleSheet(self, sheet: str, /) -> None:
        if not sheet:
            super().setStyleSheet("")
            return
        # A styled group box draws its own frame: keep room for the title above it.
        super().setStyleSheet(
            f"QGroupBox {{ {sheet} margin-top: 1.2em; padding-top: 0.3em; }}"
            " QGroupBox::title { subcontrol-origin: margin; left: 8px; }"
        )


class VisitDialog(GuardedDialog):
    """Date, kind, members present, notes, result and next steps → cases.record_visit / cases.edit_visit
    (or planning.record_planned_visit for a new visit that fulfils the planned one ``planned_id``).

    Whether the visit counts toward the norm is left to the centre's rule (the kinds that count); the
    dialog only says what the rule decides. With ``read_only`` the dialog just shows the visit.
    """

    def __init__(
        self,
        context: AppContext,
        detail: FamilyDetail,
        visit: Visit | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
        planned_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.planned_id = planned_id  # a new visit that fulfils this planned one (marked done with it)
        self.error_labels: dict[str, QLabel] = {}
        self.context = context
        self.detail = detail
        self.visit = visit
        self.read_only = read_only
        self.what = self.tr("Посещение")
        if visit is None:
            self.setWindowTitle(self.tr("Новое посещение"))
        else:
            self.setWindowTitle(self.tr("Посещение {date}").format(date=f"{visit.date:%d.%m.%Y}"))
        self.setMinimumWidth(640)
        centre_id = context.actor.centre_id
        self._counting = context.read(lambda s: counting_kinds(s, centre_id))

        self.date_edit = QDateEdit(_qdate(visit.date if visit else context.today()))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.kind_combo = QComboBox()
        for kind in VisitKind:
            self.kind_combo.addItem(vocab_label(kind), kind)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(visit.kind if visit else VisitKind.HOME))
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        self.members_box = _MembersBox(self.tr("Присутствовали"))
        members_grid = QGridLayout(self.members_box)
        present = {m.id for m in visit.members_present} if visit else set()
        self.member_checks: dict[uuid.UUID, QCheckBox] = {}
        for i, member in enumerate(detail.family.members):
            relation = self.tr("заявитель") if member.is_applicant else vocab_label(member.relation)
            check = QCheckBox(self.tr("{name} ({relation})").format(name=member.full_name, relation=relation))
            check.setChecked(member.id in present)
            self.member_checks[member.id] = check
            members_grid.addWidget(check, i // 2, i % 2)

        self.notes_edit = self._text_edit(visit.notes if visit else "", 3)
        self.result_edit = self._text_edit(visit.result if visit else "", 2)
        self.next_steps_edit = self._text_edit(visit.next_steps if visit else "", 2)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self._add_row(grid, self.tr("&Дата*:"), self.date_edit, "visit.date")
        self._add_row(grid, self.tr("&Вид контакта:"), self.kind_combo, "visit.kind")
        grid.addWidget(self.counts_label, grid.rowCount(), 1)
        members_row = grid.rowCount()
        grid.addWidget(self.members_box, members_row, 0, 1, 2)
        grid.addWidget(self._error_label("visit.members", self.members_box), members_row + 1, 0, 1, 2)
        self._add_row(grid, self.tr("&Ход посещения:"), self.notes_edit, "visit.notes")
        self._add_row(grid, self.tr("&Результат:"), self.result_edit, "visit.result")
        self._add_row(grid, self.tr("Дальнейшие &шаги:"), self.next_steps_edit, "visit.next_steps")

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("&Сохранить"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            self.tr("Закрыть") if read_only else self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.save_and_close)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [self.date_edit, self.kind_combo, *self.member_checks.values()]
        order += [self.notes_edit, self.result_edit, self.next_steps_edit, self.ok_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self._kind_changed()
        if read_only:
            self._make_read_only()
        self.date_edit.setFocus()
        self._initial = self._values()

    def _text_edit(self, text: str, lines: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(text)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 12)
        return edit

    def _error_label(self, field: str, widget: QWidget | None = None) -> QLabel:
        """Register ``field`` (a Problem.field name of the service) and keep its label for tests."""
        label = self.errors.register(field, widget)
        self.error_labels[field] = label
        return label

    def _add_row(self, grid: QGridLayout, caption: str, widget: QWidget, field: str) -> None:
        row = grid.rowCount()
        label = QLabel(caption)
        label.setBuddy(widget)
        grid.addWidget(label, row, 0)
        grid.addWidget(widget, row, 1)
        grid.addWidget(self._error_label(field, widget), row + 1, 1)

    def _make_read_only(self) -> None:
        self.ok_button.hide()
        self.date_edit.setReadOnly(True)
        self.kind_combo.setEnabled(False)
        for check in self.member_checks.values():
            check.setEnabled(False)
        for edit in (self.notes_edit, self.result_edit, self.next_steps_edit):
            edit.setReadOnly(True)
        self.cancel_button.setDefault(True)

    def _kind_changed(self) -> None:
        kind = VisitKind(self.kind_combo.currentData())
        if kind in self._counting:
            text = self.tr("Засчитывается в норму посещений (по правилу центра).")
        else:
            text = self.tr("Не засчитывается в норму посещений (по правилу центра).")
        self.counts_label.setText(text)

    def _values(self) -> tuple[object, ...]:
        return (
            self.date_edit.date(),
            self.kind_combo.currentData(),
            tuple(mid for mid, check in self.member_checks.items() if check.isChecked()),
            self.notes_edit.toPlainText(),
            self.result_edit.toPlainText(),
            self.next_steps_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        return not self.read_only and self._values() != self._initial

    def visit_data(self) -> VisitData:
        """The visit as the form holds it; counts_toward_norm stays None (the centre's rule decides)."""
        return VisitData(
            date=_pydate(self.date_edit.date()),
            kind=VisitKind(self.kind_combo.currentData()),
            member_ids=[mid for mid, check in self.member_checks.items() if check.isChecked()],
            notes=self.notes_edit.toPlainText(),
            result=self.result_edit.toPlainText(),
            next_steps=self.next_steps_edit.toPlainText(),
        )

    def try_save(self) -> bool:
        if self.read_only:
            return True
        data = self.visit_data()
        actor, today = self.context.actor, self.context.today()
        family_id = self.detail.family.id
        visit_id = self.visit.id if self.visit is not None else None
        try:
            planned_id = self.planned_id
            if visit_id is None and planned_id is not None:
                from patronat_desktop.services.planning import record_planned_visit

                self.context.write(
                    lambda s: record_planned_visit(s, actor, planned_id, data, today), family_id
                )
            elif visit_id is None:
                self.context.write(lambda s: cases.record_visit(s, actor, family_id, data, today), family_id)
            else:
                self.context.write(lambda s: cases.edit_visit(s, actor, visit_id, data, today), family_id)
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        self._initial = self._values()
        return True
