"""Section "Семья" of the card: address, referral, grounds and notes, the responsible worker, the members."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.validation import AddressData, age_on
from patronat_desktop.domain.vocab import Disability, ReferralSource, Stage
from patronat_desktop.models import Member, Worker
from patronat_desktop.services import cases
from patronat_desktop.services.detail import FamilyDetail, load_family_detail
from patronat_desktop.ui.card.member_dialog import MemberDialog
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.forms import GuardedDialog
from patronat_desktop.ui.vocab_labels import ground_name, vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

_Index = QModelIndex | QPersistentModelIndex
GROUND_ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of a ground's id (uuid.UUID) in the grounds list."""


def _date_text(day: date) -> str:
    return f"{day:%d.%m.%Y}"


class MembersTableModel(QAbstractTableModel):
    """The members of a family, read-only, with their age on the working date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._today = date.today()
        self._headers = (
            self.tr("Фамилия, имя, отчество"),
            self.tr("Дата рождения"),
            self.tr("Возраст"),
            self.tr("Пол"),
            self.tr("Родство"),
            self.tr("Заявитель"),
            self.tr("Инвалидность"),
            self.tr("Учёба / работа"),
        )

    def set_members(self, members: list[Member], today: date) -> None:
        self.beginResetModel()
        self._members = list(members)
        self._today = today
        self.endResetModel()

    def member_at(self, row: int) -> Member:
        return self._members[row]

    def row_of(self, member_id: uuid.UUID) -> int | None:
        return next((i for i, m in enumerate(self._members) if m.id == member_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._members)

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
        m = self._members[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(m, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and m.is_applicant:
            return self.tr("Заявление подано этим членом семьи")
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 7):
            return self._cell(m, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 5):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _cell(self, m: Member, column: int) -> str:
        if column == 0:
            return m.full_name
        if column == 1:
            return _date_text(m.birth_date)
        if column == 2:
            return str(age_on(m.birth_date, self._today))
        if column == 3:
            return vocab_label(m.sex)
        if column == 4:
            return vocab_label(m.relation)
        if column == 5:
            return "✓" if m.is_applicant else ""
        if column == 6:
            return "" if m.disability == Disability.NONE else vocab_label(m.disability)
        return m.school_or_work


class ReassignDialog(GuardedDialog):
    """Choose another active worker of the centre to be responsible for the family."""

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        current: Worker,
        workers: list[Worker],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = family_id
        self.what = self.tr("Передача семьи")
        self.setWindowTitle(self.tr("Передать семью другому специалисту"))
        self.setMinimumWidth(460)
        current_label = QLabel(self.tr("Сейчас ответственный: {name}").format(name=current.short_name))
        self.worker_combo = QComboBox()
        self.worker_combo.setPlaceholderText(self.tr("— выберите специалиста —"))
        for worker in workers:
            if worker.active and worker.id != current.id:
                text = worker.short_name + (f" — {worker.position}" if worker.position else "")
                self.worker_combo.addItem(text, str(worker.id))  # a str: findData compares it by value
        self.worker_combo.setCurrentIndex(-1)
        caption = QLabel(self.tr("&Новый ответственный специалист:"))
        caption.setBuddy(self.worker_combo)
        self.worker_error = self.errors.register("responsible_worker", self.worker_combo)
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(self.tr("&Передать"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(current_label)
        layout.addWidget(caption)
        layout.addWidget(self.worker_combo)
        layout.addWidget(self.worker_error)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def is_dirty(self) -> bool:
        return self.worker_combo.currentIndex() >= 0

    def try_save(self) -> bool:
        if self.worker_combo.currentIndex() < 0:
            message = self.tr("Выберите специалиста, которому передать семью.")
            self.errors.show([Problem("responsible_worker", message, "required")])
            return False
        worker_id = uuid.UUID(self.worker_combo.currentData())
        actor = self.context.actor
        try:
            self.context.write(
                lambda s: cases.reassign_family(s, actor, self.family_id, worker_id), self.family_id
            )
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        return True


class FamilySection(CardSection):
    """Edits the family's address, referral, grounds and notes inline; members through MemberDialog."""

    title = "Семья"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loaded: tuple[object, ...] = ()
        self._loading = False
        self._saving = False
        self.dialog: GuardedDialog | None = None

        inner = QWidget()
        left = QVBoxLayout()
        left.addWidget(self._build_address_box())
        left.addWidget(self._build_referral_box())
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self._build_grounds_box(), 1)
        self.save_button = QPushButton(self.tr("&Сохранить"))
        self.save_button.setToolTip(self.tr("Сохранить адрес, обращение, основания и примечания (Ctrl+S)"))
        # Shortcuts of their own (setShortcut would replace the buttons' Alt mnemonics).
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.discard_button = QPushButton(self.tr("&Отменить изменения"))
        self.discard_button.clicked.connect(self.discard)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.general_error, 1)
        form_buttons.addStretch(0)
        form_buttons.addWidget(self.save_button)
        form_buttons.addWidget(self.discard_button)

        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(top)
        inner_layout.addLayout(form_buttons)
        inner_layout.addWidget(self._build_members_box(), 1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(scroll)
        self._update_buttons()

    def section_title(self) -> str:
        return self.tr("Семья")

    # Layout

    def _build_address_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Адрес"))
        self.region_edit = QLineEdit()
        self.district_edit = QLineEdit()
        self.village_council_edit = QLineEdit()
        self.settlement_edit = QLineEdit()
        self.settlement_edit.setPlaceholderText(self.tr("д. Новосёлки"))
        self.street_edit = QLineEdit()
        self.house_edit = QLineEdit()
        self.house_edit.setMaximumWidth(70)
        self.flat_edit = QLineEdit()
        self.flat_edit.setMaximumWidth(70)
        self.phone_edit = QLineEdit()
        self.phone_edit.setPlaceholderText("+375 29 123-45-67")
        self.settlement_error = self.errors.register("address.settlement", self.settlement_edit)
        self.phone_error = self.errors.register("address.phone", self.phone_edit)

        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self._caption(grid, 0, 0, self.tr("Об&ласть:"), self.region_edit)
        grid.addWidget(self.region_edit, 0, 1)
        self._caption(grid, 0, 2, self.tr("Ра&йон:"), self.district_edit)
        grid.addWidget(self.district_edit, 0, 3)
        self._caption(grid, 1, 0, self.tr("Сельсо&вет:"), self.village_council_edit)
        grid.addWidget(self.village_council_edit, 1, 1)
        self._caption(grid, 1, 2, self.tr("&Населённый пункт*:"), self.settlement_edit)
        grid.addWidget(self.settlement_edit, 1, 3)
        grid.addWidget(self.settlement_error, 2, 2, 1, 2)
        self._caption(grid, 3, 0, self.tr("Ули&ца:"), self.street_edit)
        grid.addWidget(self.street_edit, 3, 1)
        house_row = QHBoxLayout()
        house_row.addWidget(self.house_edit)
        house_row.addSpacing(8)
        flat_caption = QLabel(self.tr("&Кв.:"))
        flat_caption.setBuddy(self.flat_edit)
        house_row.addWidget(flat_caption)
        house_row.addWidget(self.flat_edit)
        house_row.addStretch(1)
        self._caption(grid, 3, 2, self.tr("До&м:"), self.house_edit)
        grid.addLayout(house_row, 3, 3)
        self._caption(grid, 4, 0, self.tr("&Телефон:"), self.phone_edit)
        grid.addWidget(self.phone_edit, 4, 1)
        grid.addWidget(self.phone_error, 5, 0, 1, 4)
        for edit in self._address_edits():
            edit.textChanged.connect(self._edited)
        return box

    @staticmethod
    def _caption(grid: QGridLayout, row: int, column: int, text: str, buddy: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(buddy)
        grid.addWidget(label, row, column)

    def _build_referral_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Обращение и ответственный"))
        self.referral_combo = QComboBox()
        for source in ReferralSource:
            self.referral_combo.addItem(vocab_label(source), source)
        self.referral_combo.setMinimumContentsLength(20)
        self.referral_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.referral_combo.currentIndexChanged.connect(self._edited)
        self.referral_note_edit = QLineEdit()
        self.referral_note_edit.setPlaceholderText(self.tr("кто направил, № и дата документа"))
        self.referral_note_edit.textChanged.connect(self._edited)
        self.referral_note_error = self.errors.register("referral_note", self.referral_note_edit)
        self.worker_label = QLabel()
        self.worker_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reassign_button = QPushButton(self.tr("&Передать другому специалисту…"))
        self.reassign_button.clicked.connect(self.open_reassign)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(56)
        self.notes_edit.textChanged.connect(self._edited)

        grid = QGridLayout(box)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        self._caption(grid, 0, 0, self.tr("&Источник:"), self.referral_combo)
        grid.addWidget(self.referral_combo, 0, 1)
        self._caption(grid, 1, 0, self.tr("Кто напр&авил:"), self.referral_note_edit)
        grid.addWidget(self.referral_note_edit, 1, 1)
        grid.addWidget(self.referral_note_error, 2, 1)
        grid.addWidget(QLabel(self.tr("Ответственный:")), 3, 0)
        grid.addWidget(self.worker_label, 3, 1)
        grid.addWidget(self.reassign_button, 4, 1, Qt.AlignmentFlag.AlignLeft)
        self._caption(grid, 5, 0, self.tr("Приме&чания:"), self.notes_edit)
        grid.addWidget(self.notes_edit, 5, 1)
        return box

    def _build_grounds_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Основания Т&ЖС*"))
        self.grounds_list = QListWidget()
        self.grounds_list.setWordWrap(True)
        self.grounds_list.setSpacing(1)
        self.grounds_list.setUniformItemSizes(False)
        self.grounds_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grounds_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.grounds_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grounds_list.setAccessibleName(self.tr("Основания ТЖС (пробел отмечает)"))
        self.grounds_list.itemChanged.connect(self._edited)
        self.grounds_error = self.errors.register("grounds", self.grounds_list)
        layout = QVBoxLayout(box)
        layout.addWidget(self.grounds_list, 1)
        layout.addWidget(self.grounds_error)
        return box

    def _build_members_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Член&ы семьи"))
        self.members_model = MembersTableModel(self)
        self.members_table = QTableView()
        self.members_table.setModel(self.members_model)
        self.members_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.members_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.members_table.setTabKeyNavigation(False)
        self.members_table.setAlternatingRowColors(True)
        self.members_table.verticalHeader().hide()
        self.members_table.setMinimumHeight(130)
        header = self.members_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.members_table.activated.connect(lambda _index: self.open_edit_member())
        self.members_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.member_error = self.errors.register("member", self.members_table)

        self.add_member_button = QPushButton(self.tr("&Добавить…"))
        self.add_member_button.setToolTip(self.tr("Добавить члена семьи (Insert в таблице)"))
        add_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Insert), self.members_table)
        add_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        add_shortcut.activated.connect(self.open_add_member)
        self.add_member_button.clicked.connect(self.open_add_member)
        self.edit_member_button = QPushButton(self.tr("Изм&енить…"))
        self.edit_member_button.setToolTip(self.tr("Изменить данные выбранного члена семьи (Enter)"))
        self.edit_member_button.clicked.connect(self.open_edit_member)
        self.remove_member_button = QPushButton(self.tr("&Удалить"))
        self.remove_member_button.setToolTip(self.tr("Удалить выбранного члена семьи из состава семьи"))
        self.remove_member_button.clicked.connect(self.remove_member)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_member_button)
        buttons.addWidget(self.edit_member_button)
        buttons.addWidget(self.remove_member_button)
        buttons.addStretch(1)

        table_column = QVBoxLayout()
        table_column.addWidget(self.members_table, 1)
        table_column.addWidget(self.member_error)
        row = QHBoxLayout(box)
        row.addLayout(table_column, 1)
        row.addLayout(buttons)
        return box

    def _address_edits(self) -> list[QLineEdit]:
        return [
            self.region_edit,
            self.district_edit,
            self.village_council_edit,
            self.settlement_edit,
            self.street_edit,
            self.house_edit,
            self.flat_edit,
            self.phone_edit,
        ]

    # Loading and the dirty state

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        family = detail.family
        self._loading = True
        try:
            for edit, value in zip(
                self._address_edits(),
                (
                    family.region,
                    family.district,
                    family.village_council,
                    family.settlement,
                    family.street,
                    family.house,
                    family.flat,
                    family.phone,
                ),
                strict=True,
            ):
                edit.setText(value)
            self.referral_combo.setCurrentIndex(self.referral_combo.findData(family.referral_source))
            self.referral_note_edit.setText(family.referral_note)
            self.notes_edit.setPlainText(family.notes)
            self._fill_grounds(detail)
            self._show_people(detail)
        finally:
            self._loading = False
        self._loaded = self._snapshot()
        self._update_buttons()
        self.changed.emit()

    def _fill_grounds(self, detail: FamilyDetail) -> None:
        family = detail.family
        on = family.application.date if family.application is not None else detail.today
        chosen = {g.id for g in family.grounds}
        self.grounds_list.clear()
        for ground in detail.grounds:
            if not ground.is_valid_on(on) and ground.id not in chosen:
                continue
            item = QListWidgetItem(ground_name(ground))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            item.setData(GROUND_ID_ROLE, ground.id)
            item.setCheckState(Qt.CheckState.Checked if ground.id in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(ground_name(ground))
            self.grounds_list.addItem(item)

    def _show_people(self, detail: FamilyDetail) -> None:
        """The members and the responsible worker (shown fresh even while the form has unsaved edits)."""
        family = detail.family
        current = self._selected_member()
        self.members_model.set_members(family.members, detail.today)
        row = self.members_model.row_of(current.id) if current is not None else None
        if row is None and family.members:
            row = 0
        if row is not None:
            self.members_table.selectRow(row)
        self.worker_label.setText(family.responsible_worker.short_name)

    def checked_ground_ids(self) -> list[uuid.UUID]:
        out = []
        for i in range(self.grounds_list.count()):
            item = self.grounds_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(GROUND_ID_ROLE))
        return out

    def _snapshot(self) -> tuple[object, ...]:
        return (
            *(e.text() for e in self._address_edits()),
            self.referral_combo.currentData(),
            self.referral_note_edit.text(),
            frozenset(self.checked_ground_ids()),
            self.notes_edit.toPlainText(),
        )

    def is_dirty(self) -> bool:
        if self._loading or self._saving or self.detail is None:
            return False
        return self._snapshot() != self._loaded

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._update_buttons()
            self.changed.emit()

    def _update_buttons(self) -> None:
        open_case = self.detail is not None and self.detail.family.stage != Stage.CLOSED
        dirty = self.is_dirty()
        self.save_button.setEnabled(open_case and dirty)
        self.discard_button.setEnabled(dirty)
        has_member = self._selected_member() is not None
        self.add_member_button.setEnabled(open_case)
        self.edit_member_button.setEnabled(open_case and has_member)
        self.remove_member_button.setEnabled(open_case and has_member)
        self.reassign_button.setEnabled(open_case)

    # Saving the form

    def save(self) -> bool:
        if self.detail is None or not self.is_dirty():
            return True
        actor = self.context.actor
        family_id = self.detail.family.id
        source = ReferralSource(self.referral_combo.currentData())  # Qt hands it back as a plain str
        address = AddressData(
            region=self.region_edit.text(),
            district=self.district_edit.text(),
            village_council=self.village_council_edit.text(),
            settlement=self.settlement_edit.text(),
            street=self.street_edit.text(),
            house=self.house_edit.text(),
            flat=self.flat_edit.text(),
            phone=self.phone_edit.text(),
        )
        grounds = self.checked_ground_ids()
        note, notes = self.referral_note_edit.text(), self.notes_edit.toPlainText()

        def edit(session: Session) -> object:
            return cases.edit_family(session, actor, family_id, address, source, grounds, note, notes)

        return self._run_saving(edit)

    def _run_saving(self, fn: Callable[[Session], object]) -> bool:
        # While the action runs the section reports itself clean, so the card's reload (announced from
        # inside context.write) shows the saved data here too; alone (no card) the section reloads itself.
        before = self.detail
        self._saving = True
        try:
            saved = self.run_action(fn)
        finally:
            self._saving = False
        if saved and self.detail is before:
            self.refresh(keep_edits=False)
        self._update_buttons()
        return saved

    def refresh(self, keep_edits: bool = True) -> None:
        """Read the family again: members and worker always; the form too unless it holds edits to keep."""
        if self.detail is None:
            return
        family_id = self.detail.family.id
        context = self.context
        detail = context.read(lambda s: load_family_detail(s, context.actor, family_id, context.today()))
        if keep_edits and self.is_dirty():
            self.detail = detail
            self._show_people(detail)
            self._update_buttons()
        else:
            self.load(detail)

    def _after_dialog(self, before: FamilyDetail | None) -> None:
        # The card reloads only sections without unsaved edits: keep the members table current anyway.
        if self.detail is before:
            self.refresh()

    # Members

    def _selected_member(self) -> Member | None:
        rows = self.members_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.members_model.member_at(rows[0].row())

    def open_add_member(self) -> MemberDialog | None:
        """Open the member dialog for a new member (window-modal, does not block)."""
        if self.detail is None:
            return None
        dialog = MemberDialog(self.context, self.detail.family.id, None, self)
        self._open(dialog)
        return dialog

    def open_edit_member(self) -> MemberDialog | None:
        member = self._selected_member()
        if self.detail is None or member is None or self.detail.family.stage == Stage.CLOSED:
            return None
        dialog = MemberDialog(self.context, self.detail.family.id, member, self)
        self._open(dialog)
        return dialog

    def open_reassign(self) -> ReassignDialog | None:
        if self.detail is None:
            return None
        family = self.detail.family
        dialog = ReassignDialog(self.context, family.id, family.responsible_worker, self.detail.workers, self)
        self._open(dialog)
        return dialog

    def _open(self, dialog: GuardedDialog) -> None:
        self.errors.clear()
        before = self.detail
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._after_dialog(before))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def remove_member(self) -> bool:
        """Ask, then remove the selected member; a refusal is shown under the table."""
        member = self._selected_member()
        if self.detail is None or member is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Удаление члена семьи"),
            self.tr("Удалить «{name}» из состава семьи?").format(name=member.full_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        actor = self.context.actor
        member_id = member.id
        before = self.detail
        self.errors.clear()
        try:
            self.context.write(lambda s: cases.remove_member(s, actor, member_id), self.detail.family.id)
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        self._after_dialog(before)
        return True
