"""The "План" section of the family card: the plan's items as a table, its versions, agreement and marks."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.vocab import PlanItemStatus, Stage
from patronat_desktop.services import cases
from patronat_desktop.services.detail import load_family_detail
from patronat_desktop.ui.card.plan_items_table_model import (
    FIELD_COLUMNS,
    ChoiceDelegate,
    Column,
    DateDelegate,
    PlanChoices,
    PlanItemsTableModel,
    PlanRow,
    RoomyDelegate,
    dmy,
)
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.card.signature_dialog import FamilyMarkDialog, SignatureDialog
from patronat_desktop.ui.dates import from_qdate as to_date
from patronat_desktop.ui.dates import to_qdate
from patronat_desktop.ui.forms import ERROR_STYLE, FieldErrors, GuardedDialog
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.models import PlanVersion
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext

ITEM_FIELD = re.compile(r"^items\[(\d+)\](?:\.(\w+))?$")
"""The field names the service gives a plan row's problems: "items[2].goal"."""

_BANNER_STYLES = {
    "agreed": "background:#e3f1e4; color:#1e5b25; border:1px solid #9cc9a0; padding:6px;",
    "pending": "background:#fff4d6; color:#6b4a00; border:1px solid #e5c36b; padding:6px;",
    "new": "background:#e3ecfa; color:#123e7a; border:1px solid #9db6e0; padding:6px;",
    "archive": "background:#f1f1f1; color:#333; border:1px solid #c8c8c8; padding:6px;",
}
# Column widths at 1366 px: the note column takes what is left.
_WIDTHS = {
    Column.PROBLEM: 150,
    Column.GOAL: 190,
    Column.MEASURE: 240,
    Column.RESPONSIBLE: 170,
    Column.DEADLINE: 100,
    Column.STATUS: 120,
    Column.COMPLETED_ON: 80,
}
NEW_ITEM_TERM = timedelta(days=30)
"""A new row's deadline: a month after the plan is drawn up (the user changes it)."""


class _PlanErrors(FieldErrors):
    """Field errors plus the plan rows' errors ("items[2].goal"), listed above the table by row."""

    def __init__(self, general: QLabel, section: PlanSection) -> None:
        super().__init__(general)
        self.section = section

    def clear(self) -> None:
        super().clear()
        self.section.show_row_errors([])

    def show(self, problems: Iterable[Problem]) -> None:
        problems = list(problems)
        rows = [p for p in problems if ITEM_FIELD.match(p.field)]
        super().show([p for p in problems if not ITEM_FIELD.match(p.field)])
        self.section.show_row_errors(rows)

    def messages(self) -> list[str]:
        return super().messages() + self.section.row_error_lines()


class PlanSection(CardSection):
    """The plan: edit the rows and save them as a new version; mark agreement and completion on the
    current version; look at old versions read-only."""

    title = "План"
    print_kind = "plan"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.errors = _PlanErrors(self.general_error, self)
        self.baseline: list[PlanRow] = []
        self.versions: list[PlanVersion] = []
        self._loads = 0
        self._saving = False
        self._default_drawn_up_on = context.today()
        self.mark_dialog: PlanItemMarkDialog | None = None
        self.agree_dialog: PlanAgreedDialog | None = None

        self.plan_title = QLabel()
        font = self.plan_title.font()
        font.setBold(True)
        self.plan_title.setFont(font)
        self.version_combo = QComboBox()
        self.version_combo.setMinimumWidth(420)
        self.version_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_combo.currentIndexChanged.connect(self._version_chosen)
        version_label = QLabel(self.tr("&Версия:"))
        version_label.setBuddy(self.version_combo)
        self.agree_button = QPushButton(self.tr("Отметить со&гласование с семьёй…"))
        self.agree_button.clicked.connect(self.open_agree_dialog)
        self.sign_button = QPushButton(self.tr("Отметить под&пись семьи…"))
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.sign_dialog: SignatureDialog | None = None

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.row_errors = QListWidget()
        self.row_errors.setStyleSheet(f"QListWidget {{ {ERROR_STYLE} background: #fdf6f5; }}")
        self.row_errors.setAccessibleName(self.tr("Ошибки в строках плана"))
        self.row_errors.itemActivated.connect(self._go_to_error)
        self.row_errors.itemClicked.connect(self._go_to_error)
        self.row_errors.hide()

        self.model = PlanItemsTableModel(context.today(), parent=self)
        self.old_model = PlanItemsTableModel(context.today(), read_only=True, parent=self)
        self.table = self._make_table(self.model, self.tr("Мероприятия плана"))
        self.old_table = self._make_table(self.old_model, self.tr("Мероприятия версии плана (только чтение)"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.old_table)
        for signal in (
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
            self.model.modelReset,
        ):
            signal.connect(self._edited)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_state())
        self.table.doubleClicked.connect(self._double_clicked)

        self.add_button = QPushButton(self.tr("&Добавить строку"))
        self.add_button.setShortcut(QKeySequence("Ctrl+Ins"))
        self.add_button.setToolTip(self.tr("Добавить мероприятие под выбранной строкой (Ctrl+Ins)"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("&Удалить строку"))
        self.remove_button.setShortcut(QKeySequence("Ctrl+Del"))
        self.remove_button.setToolTip(
            self.tr("Убрать мероприятие из новой версии (Ctrl+Del); прежние версии не меняются")
        )
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button = QPushButton(self.tr("▲ Вы&ше"))
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.up_button.setToolTip(self.tr("Переместить строку выше (Ctrl+↑)"))
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button = QPushButton(self.tr("▼ Ни&же"))
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        self.down_button.setToolTip(self.tr("Переместить строку ниже (Ctrl+↓)"))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.mark_button = QPushButton(self.tr("Отметить в&ыполнение…"))
        self.mark_button.setShortcut(QKeySequence("Ctrl+M"))
        self.mark_button.clicked.connect(self.open_mark_dialog)

        self.drawn_up_edit = QDateEdit()
        self.drawn_up_edit.setCalendarPopup(True)
        self.drawn_up_edit.setDisplayFormat("dd.MM.yyyy")
        self.drawn_up_edit.dateChanged.connect(self._edited)
        drawn_label = QLabel(self.tr("Дата &составления:"))
        drawn_label.setBuddy(self.drawn_up_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("почему план пересматривается"))
        self.reason_edit.textChanged.connect(self._edited)
        self.reason_label = QLabel(self.tr("&Причина пересмотра:"))
        self.reason_label.setBuddy(self.reason_edit)
        self.discard_button = QPushButton(self.tr("&Отменить изменения"))
        self.discard_button.clicked.connect(self.discard)
        self.save_button = QPushButton(self.tr("Сохранить как &новую версию"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(
            self.tr("Сохранить план как новую версию (Ctrl+S); прежние версии сохраняются")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        # Not bound to the table: marking it invalid would replace the table's own style sheet.
        items_error = self.errors.register("plan.items")
        drawn_error = self.errors.register("plan.drawn_up_on", self.drawn_up_edit)
        reason_error = self.errors.register("plan.revision_reason", self.reason_edit)

        top = QHBoxLayout()
        top.addWidget(self.plan_title)
        top.addSpacing(16)
        top.addWidget(version_label)
        top.addWidget(self.version_combo)
        top.addStretch(1)
        top.addWidget(self.agree_button)
        top.addWidget(self.sign_button)
        top.addWidget(self.make_print_button())

        row_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(button)
        row_buttons.addSpacing(16)
        row_buttons.addWidget(self.mark_button)
        row_buttons.addStretch(1)

        bottom = QGridLayout()
        bottom.addWidget(drawn_label, 0, 0)
        bottom.addWidget(self.drawn_up_edit, 0, 1)
        bottom.addWidget(self.reason_label, 0, 2)
        bottom.addWidget(self.reason_edit, 0, 3)
        bottom.addWidget(self.discard_button, 0, 4)
        bottom.addWidget(self.save_button, 0, 5)
        bottom.addWidget(drawn_error, 1, 0, 1, 2)
        bottom.addWidget(reason_error, 1, 2, 1, 2)
        bottom.setColumnStretch(3, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.general_error)
        layout.addWidget(self.row_errors)
        layout.addWidget(items_error)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row_buttons)
        layout.addLayout(bottom)

        self.setTabOrder(self.version_combo, self.agree_button)
        self.setTabOrder(self.agree_button, self.row_errors)
        self.setTabOrder(self.row_errors, self.table)
        self.setTabOrder(self.table, self.old_table)
        self.setTabOrder(self.old_table, self.add_button)
        self._update_state()

    def section_title(self) -> str:
        return self.tr("План")

    def _make_table(self, model: PlanItemsTableModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves the table
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.setItemDelegate(RoomyDelegate(table))
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        choice = ChoiceDelegate(table)
        table.setItemDelegateForColumn(Column.PROBLEM, choice)
        table.setItemDelegateForColumn(Column.RESPONSIBLE, choice)
        table.setItemDelegateForColumn(Column.DEADLINE, DateDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in _WIDTHS.items():
            table.setColumnWidth(column, width)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    # Loading

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        self._loads += 1
        family = detail.family
        plan = family.plan
        self.versions = list(plan.versions) if plan is not None else []
        current = self.versions[-1] if self.versions else None
        choices = PlanChoices.of(family.problems, detail.workers, detail.agencies)
        self.baseline = [PlanRow.of(item) for item in current.items] if current is not None else []
        for model in (self.model, self.old_model):
            model.today = detail.today
        self.model.read_only = family.stage == Stage.CLOSED
        self.model.set_rows(self.baseline, choices)
        self.old_model.set_rows([], choices)
        self._default_drawn_up_on = detail.today
        self.drawn_up_edit.blockSignals(True)
        self.drawn_up_edit.setDate(to_qdate(detail.today))
        self.drawn_up_edit.blockSignals(False)
        self.reason_edit.blockSignals(True)
        self.reason_edit.clear()
        self.reason_edit.blockSignals(False)
        self.plan_title.setText(
            self.tr("План № {number}").format(number=plan.number)
            if plan is not None
            else self.tr("План сопровождения")
        )
        self._fill_versions()
        self.changed.emit()

    def _fill_versions(self, keep: int | None = None) -> None:
        self.version_combo.blockSignals(True)
        self.version_combo.clear()
        if not self.versions:
            self.version_combo.addItem(self.tr("новый план (ещё не сохранён)"), 0)
        for version in self.versions:
            self.version_combo.addItem(self._version_text(version), version.version_no)
            self.version_combo.setItemData(
                self.version_combo.count() - 1, self._version_tooltip(version), Qt.ItemDataRole.ToolTipRole
            )
        position = self.version_combo.findData(keep) if keep is not None else -1
        self.version_combo.setCurrentIndex(position if position >= 0 else self.version_combo.count() - 1)
        self.version_combo.blockSignals(False)
        self._version_chosen()

    def _version_text(self, version: PlanVersion) -> str:
        agreed = (
            self.tr("согласована {date}").format(date=dmy(version.agreed_on))
            if version.agreed_with_family
            else self.tr("не согласована")
        )
        text = self.tr("Версия {n} от {date} — {agreed}").format(
            n=version.version_no, date=dmy(version.drawn_up_on), agreed=agreed
        )
        if version.revision_reason:
            reason = version.revision_reason
            reason = reason if len(reason) <= 40 else reason[:39] + "…"
            text += self.tr(" — пересмотр: {reason}").format(reason=reason)
        if version.signed_on is not None:
            text += self.tr(" — подписана {date}").format(date=dmy(version.signed_on))
        if version is self.versions[-1]:
            text += self.tr(" (действующая)")
        return text

    def _version_tooltip(self, version: PlanVersion) -> str:
        lines = [self.tr("Составлена {date}").format(date=dmy(version.drawn_up_on))]
        if version.agreed_with_family:
            lines.append(
                self.tr("Согласована с семьёй {date}: {who}").format(
                    date=dmy(version.agreed_on), who=version.agreed_by
                )
            )
        if version.revision_reason:
            lines.append(self.tr("Причина пересмотра: {reason}").format(reason=version.revision_reason))
        return "\n".join(lines)

    def shown_version(self) -> PlanVersion | None:
        """The version chosen in the selector (None: the plan is not saved yet)."""
        number = self.version_combo.currentData()
        return next((v for v in self.versions if v.version_no == number), None)

    def print_version(self) -> int | None:
        shown = self.shown_version()
        return shown.version_no if shown is not None else None

    def viewing_old_version(self) -> bool:
        shown = self.shown_version()
        return shown is not None and shown is not self.versions[-1]

    def _version_chosen(self, *_: object) -> None:
        shown = self.shown_version()
        if self.viewing_old_version():
            assert shown is not None
            self.old_model.set_rows([PlanRow.of(item) for item in shown.items])
            self.old_table.resizeRowsToContents()
            self.stack.setCurrentWidget(self.old_table)
        else:
            self.stack.setCurrentWidget(self.table)
        self._show_banner(shown)
        self._update_state()

    def _show_banner(self, shown: PlanVersion | None) -> None:
        family = self.detail.family if self.detail is not None else None
        if shown is None:
            text = self.tr(
                "План ещё не составлен. Добавьте мероприятия (проблема → цель → мероприятие → "
                "ответственный → срок) и сохраните их: это будет версия 1. Затем отметьте согласование "
                "с семьёй."
            )
            if family is not None and family.stage in (Stage.APPLICATION, Stage.SURVEY):
                text += " " + self.tr("Сначала проведите обследование и определите проблемы семьи.")
            self._set_banner(text, "new")
            return
        parts = []
        if shown is not self.versions[-1]:
            parts.append(
                self.tr("Архивная версия {n}: только просмотр. Действующая — версия {current}.").format(
                    n=shown.version_no, current=self.versions[-1].version_no
                )
            )
        if shown.agreed_with_family:
            parts.append(
                self.tr("✓ Версия {n} от {date} согласована с семьёй {agreed} ({who}).").format(
                    n=shown.version_no,
                    date=dmy(shown.drawn_up_on),
                    agreed=dmy(shown.agreed_on),
                    who=shown.agreed_by,
                )
            )
        else:
            parts.append(
                self.tr(
                    "⚠ Версия {n} от {date} ещё не согласована с семьёй: распечатайте план, обсудите его "
                    "с семьёй и отметьте согласование."
                ).format(n=shown.version_no, date=dmy(shown.drawn_up_on))
            )
        parts.append(self._signature_text(shown))
        if shown.revision_reason:
            parts.append(
                self.tr("Причина пересмотра: {reason}.").format(reason=shown.revision_reason.rstrip("."))
            )
        if family is not None and family.stage == Stage.CLOSED:
            parts.append(self.tr("Случай закрыт: план только для просмотра."))
        style = (
            "archive"
            if shown is not self.versions[-1]
            else ("agreed" if shown.agreed_with_family else "pending")
        )
        self._set_banner(" ".join(parts), style)

    def _signature_text(self, shown: PlanVersion) -> str:
        """Which version the family signed: the paper is tied to it by the fingerprint in its footer."""
        if shown.signed_on is not None:
            text = self.tr("✍ Версия {n} подписана семьёй {date} ({who}).").format(
                n=shown.version_no, date=dmy(shown.signed_on), who=shown.signed_by
            )
            if shown.fingerprint:
                text += " " + self.tr("Отпечаток {fp}.").format(fp=shown.fingerprint)
            return text
        signed = [v for v in self.versions if v.signed_on is not None]
        if signed:
            return self.tr(
                "✍ Версия {n} не подписана семьёй (подписана версия {signed} от {date}): распечатайте её "
                "и отметьте подпись."
            ).format(n=shown.version_no, signed=signed[-1].version_no, date=dmy(signed[-1].signed_on))
        return self.tr("✍ Версия {n} ещё не подписана семьёй.").format(n=shown.version_no)

    def _set_banner(self, text: str, style: str) -> None:
        self.banner.setText(text)
        self.banner.setProperty("state", style)
        self.banner.setStyleSheet(_BANNER_STYLES[style])

    # State

    def is_dirty(self) -> bool:
        if self._saving or self.detail is None:
            return False
        return (
            self.model.rows() != self.baseline
            or bool(self.reason_edit.text().strip())
            or to_date(self.drawn_up_edit.date()) != self._default_drawn_up_on
        )

    def _edited(self, *_: object) -> None:
        self.table.resizeRowsToContents()
        self._update_state()
        self.changed.emit()

    def _current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_state(self) -> None:
        closed = self.detail is not None and self.detail.family.stage == Stage.CLOSED
        editing = self.detail is not None and not closed and not self.viewing_old_version()
        row = self._current_row()
        rows = self.model.rowCount()
        dirty = self.is_dirty()
        current = self.versions[-1] if self.versions else None
        self.add_button.setEnabled(editing)
        self.remove_button.setEnabled(editing and row >= 0)
        self.up_button.setEnabled(editing and row > 0)
        self.down_button.setEnabled(editing and 0 <= row < rows - 1)
        saved_row = editing and row >= 0 and self.model.row(row).item_id is not None
        self.mark_button.setEnabled(saved_row)
        self.mark_button.setToolTip(
            self.tr("Отметить выполнение выбранного мероприятия в действующей версии (Ctrl+M)")
            if saved_row
            else self.tr("Отметки ставятся на сохранённые мероприятия действующей версии.")
        )
        can_agree = editing and current is not None and not current.agreed_with_family and not dirty
        self.agree_button.setEnabled(can_agree)
        self.agree_button.setToolTip(
            self.tr("Сначала сохраните изменения плана.")
            if dirty
            else self.tr("Отметить, что план составлен совместно с семьёй и согласован с ней.")
        )
        self.agree_button.setVisible(current is None or not current.agreed_with_family)
        can_sign = editing and current is not None and current.signed_on is None and not dirty
        self.sign_button.setEnabled(can_sign)
        self.sign_button.setVisible(current is not None and current.signed_on is None)
        self.sign_button.setToolTip(
            self.tr("Сначала сохраните изменения плана.")
            if dirty
            else self.tr(
                "Отметить, что семья подписала распечатанную версию; после этого версия не меняется."
            )
        )
        has_versions = bool(self.versions)
        self.reason_label.setVisible(has_versions)
        self.reason_edit.setVisible(has_versions)
        for widget in (self.drawn_up_edit, self.reason_edit):
            widget.setEnabled(editing)
        self.save_button.setEnabled(editing and dirty)
        self.discard_button.setEnabled(editing and dirty)

    # Row errors

    def show_row_errors(self, problems: list[Problem]) -> None:
        """List the refused row fields above the table ("Строка 3: Цель: …") and mark their cells."""
        self.row_errors.clear()
        cells: dict[tuple[int, int], list[str]] = {}
        for problem in problems:
            match = ITEM_FIELD.match(problem.field)
            assert match is not None
            position = int(match.group(1))
            column = int(FIELD_COLUMNS.get(match.group(2) or "", -1))
            cells.setdefault((position, column), []).append(problem.message)
            text = self.tr("Строка {n}: {message}").format(n=position + 1, message=problem.message)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (position, column))
            self.row_errors.addItem(item)
        self.model.set_errors(cells)
        if not problems:
            self.row_errors.hide()
            return
        height = (
            self.row_errors.sizeHintForRow(0) * min(len(problems), 5) + 2 * self.row_errors.frameWidth() + 4
        )
        self.row_errors.setFixedHeight(height)
        self.row_errors.show()
        first = self.row_errors.item(0)
        self._go_to_error(first)

    def row_error_lines(self) -> list[str]:
        return [self.row_errors.item(i).text() for i in range(self.row_errors.count())]

    def _go_to_error(self, item: QListWidgetItem) -> None:
        position, column = item.data(Qt.ItemDataRole.UserRole)
        if 0 <= position < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(position, max(column, 0)))
            self.table.setFocus()

    # Row actions

    def add_row(self) -> None:
        assert self.detail is not None
        family = self.detail.family
        worker = family.responsible_worker
        drawn = to_date(self.drawn_up_edit.date())
        row = PlanRow(
            goal="",
            measure="",
            deadline=drawn + NEW_ITEM_TERM,
            worker_id=worker.id if worker is not None and worker.active else None,
        )
        current = self._current_row()
        position = self.model.add_row(row, current + 1 if current >= 0 else None)
        self.errors.clear()
        self.table.setCurrentIndex(self.model.index(position, Column.GOAL))
        self.table.setFocus()

    def remove_row(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        column = self.table.currentIndex().column()
        self.model.remove_row(row)
        self.errors.clear()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), column))
        self.table.setFocus()

    def move_row(self, delta: int) -> None:
        row = self._current_row()
        if row < 0:
            return
        column = self.table.currentIndex().column()
        target = self.model.move_row(row, delta)
        self.errors.clear()
        self.table.setCurrentIndex(self.model.index(target, column))
        self.table.setFocus()

    def _double_clicked(self, index: QModelIndex) -> None:
        if (
            index.column() in (Column.STATUS, Column.COMPLETED_ON, Column.NOTE)
            and self.mark_button.isEnabled()
        ):
            self.open_mark_dialog()

    # Saving

    def save(self) -> bool:
        """Save the table as a new version of the plan (the first save makes version 1)."""
        assert self.detail is not None
        self._commit_open_editor()
        items = [row.data() for row in self.model.rows()]
        drawn_up_on = to_date(self.drawn_up_edit.date())
        reason = self.reason_edit.text()
        actor, today, family_id = self.context.actor, self.context.today(), self.detail.family.id

        def action(session: Session) -> object:
            return cases.save_plan_version(session, actor, family_id, items, drawn_up_on, reason, today=today)

        loads = self._loads
        # While the save is written the card reloads its sections: this one must take the fresh data.
        self._saving = True
        try:
            ok = self.run_action(action)
        finally:
            self._saving = False
        if ok:
            self._refresh(loads, keep_edits=False)
        self._update_state()
        self.changed.emit()
        return ok

    def _commit_open_editor(self) -> None:
        """Take in a cell still being edited (the user pressed Save without leaving the cell)."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.table.viewport().findChildren(QWidget):
            if editor.parent() is self.table.viewport() and editor.isVisible():
                self.table.commitData(editor)
                self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _refresh(self, loads_before: int, keep_edits: bool) -> None:
        """Show the database's state after an action, unless the card has already reloaded the section."""
        if self._loads != loads_before or self.detail is None:
            return
        family_id, actor, today = self.detail.family.id, self.context.actor, self.context.today()
        detail = self.context.read(lambda s: load_family_detail(s, actor, family_id, today))
        if keep_edits and self.is_dirty():
            self._refresh_keeping_edits(detail)
        else:
            self.load(detail)

    def _refresh_keeping_edits(self, detail: FamilyDetail) -> None:
        """Take the saved marks and agreement from ``detail`` while keeping the unsaved edits of the table."""
        shown = self.version_combo.currentData()
        self.detail = detail
        plan = detail.family.plan
        self.versions = list(plan.versions) if plan is not None else []
        current = self.versions[-1] if self.versions else None
        fresh = {item.id: PlanRow.of(item) for item in current.items} if current is not None else {}

        def marked(row: PlanRow) -> PlanRow:
            saved = fresh.get(row.item_id) if row.item_id is not None else None
            if saved is None:
                return row
            return replace(
                row,
                status=saved.status,
                completed_on=saved.completed_on,
                completion_note=saved.completion_note,
            )

        self.baseline = [marked(row) for row in self.baseline]
        for position, row in enumerate(self.model.rows()):
            updated = marked(row)
            if updated != row:
                self.model.update_row(position, updated)
        self._fill_versions(keep=shown)
        self.changed.emit()

    # Agreement and completion marks

    def open_agree_dialog(self) -> None:
        assert self.detail is not None
        if not self.versions:
            return
        applicant = self.detail.family.applicant
        dialog = PlanAgreedDialog(
            self.context,
            self.detail.family.id,
            self.versions[-1],
            applicant.short_name if applicant is not None else "",
            self,
        )
        loads = self._loads
        dialog.accepted.connect(lambda: self._refresh(loads, keep_edits=True))
        self.agree_dialog = dialog
        dialog.open()

    def open_sign_dialog(self) -> None:
        assert self.detail is not None
        if not self.versions:
            return
        current = self.versions[-1]
        applicant = self.detail.family.applicant
        dialog = SignatureDialog(
            self.context,
            self.detail.family.id,
            "plan",
            self.tr(
                "Версия {n} от {date}. Отметьте, что семья подписала распечатанный план этой версии: после "
                "этого изменения плана сохраняются новой версией, которую семья подпишет заново."
            ).format(n=current.version_no, date=dmy(current.drawn_up_on)),
            (
                min(self.context.today(), max(current.drawn_up_on, current.agreed_on or current.drawn_up_on)),
                current.agreed_by or (applicant.short_name if applicant is not None else ""),
            ),
            self,
        )
        loads = self._loads
        dialog.accepted.connect(lambda: self._refresh(loads, keep_edits=True))
        self.sign_dialog = dialog
        dialog.open()

    def open_mark_dialog(self) -> None:
        assert self.detail is not None
        position = self._current_row()
        if position < 0 or self.model.row(position).item_id is None:
            return
        dialog = PlanItemMarkDialog(self.context, self.detail.family.id, self.model.row(position), self)
        loads = self._loads
        dialog.accepted.connect(lambda: self._refresh(loads, keep_edits=True))
        self.mark_dialog = dialog
        dialog.open()


class PlanAgreedDialog(FamilyMarkDialog):
    """Marks the current plan version as drawn up with and agreed by the family: the date and who agreed."""

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        version: PlanVersion,
        agreed_by: str,
        parent: QWidget | None = None,
    ) -> None:
        texts = (
            self.tr("Согласование плана с семьёй"),
            self.tr(
                "Версия {n} от {date}. Отметьте, что план составлен совместно с семьёй и согласован с ней."
            ).format(n=version.version_no, date=dmy(version.drawn_up_on)),
            self.tr("&Дата согласования:"),
            self.tr("&Кто от семьи согласовал:"),
            self.tr("Отметить согласование"),
        )
        fields = ("plan.agreed_on", "plan.agreed_by")
        initial = (version.drawn_up_on, agreed_by)
        super().__init__(context, family_id, texts, fields, initial, self.mark, parent)

    def mark(self, session: Session, day: date, person: str) -> object:
        actor, today = self.context.actor, self.context.today()
        return cases.mark_plan_agreed(session, actor, self.family_id, day, person, today=today)


class PlanItemMarkDialog(GuardedDialog):
    """Marks the completion of one item of the current plan version (no new version is made)."""

    def __init__(
        self, context: AppContext, family_id: uuid.UUID, row: PlanRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert row.item_id is not None
        self.context = context
        self.family_id = family_id
        self.item_id = row.item_id
        self.what = self.tr("Отметка о выполнении")
        self.setWindowTitle(self.tr("Отметка о выполнении мероприятия"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr("<b>Цель:</b> {goal}<br><b>Мероприятие:</b> {measure}<br><b>Срок:</b> {deadline}").format(
                goal=row.goal.replace("<", "&lt;"),
                measure=row.measure.replace("<", "&lt;"),
                deadline=dmy(row.deadline),
            )
        )
        intro.setWordWrap(True)
        self.status_combo = QComboBox()
        for status in PlanItemStatus:
            self.status_combo.addItem(vocab_label(status), status)
        # "Отметить выполнение" of a planned item usually means it is done today.
        status = row.status if row.status != PlanItemStatus.PLANNED else PlanItemStatus.DONE
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.date_edit.setDate(to_qdate(row.completed_on or context.today()))
        self.note_edit = QPlainTextEdit(row.completion_note)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(70)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self._initial = self._values()

        form = QFormLayout()
        form.addRow(self.tr("&Выполнение:"), self.status_combo)
        form.addRow(self.tr("&Дата выполнения:"), self.date_edit)
        form.addRow("", self.errors.register("item.completed_on", self.date_edit))
        form.addRow(self.tr("&Отметка:"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Сохранить отметку"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def status(self) -> PlanItemStatus:
        # Qt hands a StrEnum back as its plain string value.
        return PlanItemStatus(self.status_combo.currentData())

    def _status_changed(self, *_: object) -> None:
        # A planned item has no completion date (the service refuses one).
        self.date_edit.setEnabled(self.status() != PlanItemStatus.PLANNED)

    def _values(self) -> tuple[object, ...]:
        return (self.status(), self.date_edit.date(), self.note_edit.toPlainText())

    def is_dirty(self) -> bool:
        return self._values() != self._initial

    def try_save(self) -> bool:
        actor, today, item_id = self.context.actor, self.context.today(), self.item_id
        status = self.status()
        completed_on = to_date(self.date_edit.date()) if status != PlanItemStatus.PLANNED else None
        note = self.note_edit.toPlainText()
        try:
            self.context.write(
                lambda s: cases.mark_plan_item(s, actor, item_id, status, completed_on, note, today=today),
                self.family_id,
            )
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        return True
