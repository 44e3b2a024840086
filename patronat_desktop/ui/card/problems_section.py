"""Section "Проблемы" of the card: the problems the family cannot solve alone, and adding one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Member
from patronat_desktop.models import Problem as ProblemRow
from patronat_desktop.services import cases
from patronat_desktop.services.detail import FamilyDetail, load_family_detail
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.dates import from_qdate as _pydate
from patronat_desktop.ui.dates import to_qdate as _qdate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex


class ProblemsTableModel(QAbstractTableModel):
    """The family's problems in their order: description, the member concerned, the date identified."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str]] = []
        self._headers = (self.tr("№"), self.tr("Проблема"), self.tr("Кого касается"), self.tr("Выявлена"))

    def set_problems(self, problems: list[ProblemRow], members: list[Member]) -> None:
        names = {m.id: m.short_name for m in members}
        whole_family = self.tr("вся семья")
        self.beginResetModel()
        self._rows = [
            (
                p.description,
                names.get(p.member_id, "") if p.member_id is not None else whole_family,
                f"{p.identified_on:%d.%m.%Y}",
            )
            for p in problems
        ]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(row + 1) if column == 0 else self._rows[row][column - 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return Qt.AlignmentFlag.AlignCenter
        return None


class ProblemsSection(CardSection):
    """Lists the problems; the form below adds one (cases.add_problem, refused before the survey act)."""

    title = "Проблемы"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._initial: tuple[object, ...] = ()
        self._loading = False
        self._saving = False

        self.model = ProblemsTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Проблемы семьи ещё не определены."))
        self.empty_label.setEnabled(False)
        table_box = QGroupBox(self.tr("Проблемы, которые семья не может решить самостоятельно"))
        table_layout = QVBoxLayout(table_box)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.empty_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(table_box, 1)
        layout.addWidget(self._build_form())

    def section_title(self) -> str:
        return self.tr("Проблемы")

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Новая проблема"))
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("например: мать не работает, задолженность за ЖКУ"))
        self.description_edit.returnPressed.connect(self.add_problem)
        self.member_combo = QComboBox()
        self.member_combo.setMinimumContentsLength(18)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumWidth(130)
        self.add_button = QPushButton(self.tr("&Добавить проблему"))
        self.add_button.setToolTip(self.tr("Добавить проблему в список (Enter в поле описания)"))
        self.add_button.clicked.connect(self.add_problem)

        self.description_error = self.errors.register("problem.description", self.description_edit)
        self.member_error = self.errors.register("problem.member", self.member_combo)
        self.date_error = self.errors.register("problem.identified_on", self.date_edit)

        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        captions = (
            (self.tr("&Описание*:"), self.description_edit),
            (self.tr("&Кого касается:"), self.member_combo),
            (self.tr("Дата &выявления*:"), self.date_edit),
        )
        for column, (text, widget) in enumerate(captions):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(widget, 0, column * 2 + 1)
        grid.addWidget(self.add_button, 0, 6)
        grid.addWidget(self.description_error, 1, 1)
        grid.addWidget(self.member_error, 1, 3)
        grid.addWidget(self.date_error, 1, 5)
        grid.addWidget(self.general_error, 2, 0, 1, 7)

        self.description_edit.textChanged.connect(self._edited)
        self.member_combo.currentIndexChanged.connect(self._edited)
        self.date_edit.dateChanged.connect(self._edited)
        return box

    # Loading and the dirty state

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        family = detail.family
        self.model.set_problems(family.problems, family.members)
        self.table.setVisible(bool(family.problems))
        self.empty_label.setVisible(not family.problems)
        self._loading = True
        try:
            self.description_edit.clear()
            self.member_combo.clear()
            self.member_combo.addItem(self.tr("вся семья"), None)
            for member in family.members:
                self.member_combo.addItem(member.full_name, str(member.id))  # str: findData compares it
            self.date_edit.setDate(_qdate(detail.today))
        finally:
            self._loading = False
        closed = family.stage == Stage.CLOSED
        for widget in (self.description_edit, self.member_combo, self.date_edit, self.add_button):
            widget.setEnabled(not closed)
        self._initial = self._snapshot()
        self.changed.emit()

    def _snapshot(self) -> tuple[object, ...]:
        return (self.description_edit.text(), self.member_combo.currentIndex(), self.date_edit.date())

    def is_dirty(self) -> bool:
        if self._loading or self._saving or self.detail is None:
            return False
        return self._snapshot() != self._initial

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    # Saving

    def save(self) -> bool:
        if not self.is_dirty():
            return True
        return self.add_problem()

    def add_problem(self) -> bool:
        """Add the problem in the form; a refusal (e.g. no survey act yet) is shown by the form."""
        if self.detail is None:
            return False
        actor, today = self.context.actor, self.context.today()
        family_id = self.detail.family.id
        description = self.description_edit.text()
        identified_on = _pydate(self.date_edit.date())
        member = self.member_combo.currentData()
        member_id = uuid.UUID(member) if member else None

        def add(session: Session) -> object:
            return cases.add_problem(session, actor, family_id, description, identified_on, member_id, today)

        saved = self._run_saving(add)
        if saved:
            self.description_edit.setFocus()
        return saved

    def _run_saving(self, fn: Callable[[Session], object]) -> bool:
        # Reported clean while the action runs, so the card's reload (announced from inside context.write)
        # shows the new problem here too; alone (no card) the section reloads itself.
        before = self.detail
        self._saving = True
        try:
            saved = self.run_action(fn)
        finally:
            self._saving = False
        if saved and before is not None and self.detail is before:
            context, family_id = self.context, before.family.id
            self.load(
                context.read(lambda s: load_family_detail(s, context.actor, family_id, context.today()))
            )
        return saved
