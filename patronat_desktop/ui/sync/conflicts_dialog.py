"""Conflict review: open conflicts in a list, both versions side by side, a choice or a manual merge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services import sync
from patronat_desktop.ui.crash_handler import handle_exception
from patronat_desktop.ui.forms import error_label
from patronat_desktop.ui.sync.values import (
    conflict_text,
    editable_text,
    format_moment,
    format_value,
    parse_manual,
)

if TYPE_CHECKING:
    from typing import Any

    from patronat_desktop.ui.context import AppContext

SHOWN_STYLE = "QGroupBox { font-weight: bold; }"


class VersionBox(QGroupBox):
    """One side of a conflict: whose version, whether it is shown for now, the value, and «Оставить это»."""

    def __init__(
        self, title: str, text: str, shown: bool, button: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.shown_label = QLabel(
            self.tr("● Показывается сейчас (временно)") if shown else self.tr("○ Не показывается")
        )
        self.value = QPlainTextEdit(text)
        self.value.setReadOnly(True)
        self.value.setTabChangesFocus(True)
        self.keep_button = QPushButton(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shown_label)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.keep_button)
        if shown:
            self.setStyleSheet(SHOWN_STYLE)


class ConflictsDialog(QDialog):
    """Every open conflict; resolving one calls services.sync.resolve_conflict and takes it off the list."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conflicts: list[sync.ConflictInfo] = []
        self.version_boxes: list[VersionBox] = []
        self.setWindowTitle(self.tr("Конфликты"))
        self.resize(1180, 640)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Дело"), self.tr("Что"), self.tr("Вид")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self.show_conflict(row))

        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.versions = QHBoxLayout()
        self.manual_edit = QPlainTextEdit()
        self.manual_edit.setTabChangesFocus(True)
        self.manual_edit.setFixedHeight(self.manual_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.manual_button = QPushButton(self.tr("Сохранить &объединённое"))
        self.manual_button.clicked.connect(self.keep_manual)
        self.manual_error = error_label()
        self.manual_box = QGroupBox(self.tr("Объединить вручную"))
        manual_layout = QVBoxLayout(self.manual_box)
        manual_layout.addWidget(self.manual_edit)
        manual_layout.addWidget(self.manual_button, 0, Qt.AlignmentFlag.AlignRight)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addWidget(self.where)
        detail_layout.addLayout(self.versions, 1)
        detail_layout.addWidget(self.manual_box)
        detail_layout.addWidget(self.manual_error)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_label)
        self.right.addWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.right)
        splitter.setSizes([500, 680])

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.close_button = self.buttons.addButton(
            self.tr("&Закрыть"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._show_empty(self.tr("Загрузка конфликтов…"))
        self.reload()

    # Loading

    def reload(self) -> None:
        """Read the open conflicts in the background."""
        self.context.background(lambda s: sync.list_conflicts(s), self.set_conflicts, self._load_failed)

    def set_conflicts(self, conflicts: list[sync.ConflictInfo]) -> None:
        self.conflicts = [c for c in conflicts if not c.resolved]
        self.table.setRowCount(0)
        for conflict in self.conflicts:
            row = self.table.rowCount()
            self.table.insertRow(row)
            what = conflict_text(conflict.label, conflict.case_number)
            for column, text in enumerate((conflict.case_number, what, self.kind_label(conflict.kind))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._update_count()
        if self.conflicts:
            self.table.setCurrentCell(0, 0)
            self.table.setFocus()
        else:
            self._show_empty(self.tr("✔ Открытых конфликтов нет."))

    def _load_failed(self, error: BaseException) -> None:
        self._show_empty(self.tr("Не удалось загрузить конфликты."))
        handle_exception(type(error), error, error.__traceback__)

    def _update_count(self) -> None:
        self.status.setText(self.tr("Открытых конфликтов: {n}").format(n=len(self.conflicts)))

    def _show_empty(self, text: str) -> None:
        self.empty_label.setText(text)
        self.right.setCurrentWidget(self.empty_label)

    def kind_label(self, kind: str) -> str:
        return {
            "field": self.tr("Поле изменено в двух местах"),
            "delete_edit": self.tr("Удаление и правка"),
            "orphan": self.tr("Запись без родительской"),
        }.get(kind, kind)

    def device_label(self, device: str) -> str:
        if device.casefold() in ("центр", "centre"):
            return self.tr("Центр")
        return self.tr("Ноутбук ({login})").format(login=device)

    # One conflict

    def current(self) -> sync.ConflictInfo | None:
        row = self.table.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.right.setCurrentIndex(1)
        self.heading.setText(conflict_text(conflict.label, conflict.case_number))
        self.where.setText(
            self.tr("Дело {case} · {kind} · обнаружен {moment}").format(
                case=conflict.case_number or "—",
                kind=self.kind_label(conflict.kind),
                moment=format_moment(conflict.created_at),
            )
        )
        for box in self.version_boxes:
            self.versions.removeWidget(box)
            box.deleteLater()
        self.version_boxes = []
        two = len(conflict.values) == 2
        for index, version in enumerate(conflict.values):
            if two:
                button = self.tr("Оставить &это") if index == 0 else self.tr("Оставить &то")
            else:
                button = self.tr("Оставить версию {n}").format(n=index + 1)
            box = VersionBox(
                self.tr("Версия {n}: {device}").format(n=index + 1, device=self.device_label(version.device)),
                format_value(version.value, version.deleted),
                version.shown,
                button,
            )
            box.keep_button.clicked.connect(lambda _=False, i=index: self.keep(i))
            self.versions.addWidget(box)
            self.version_boxes.append(box)
        # A whole-row conflict (deleted here, edited there) has no single value to merge by hand.
        self.manual_box.setVisible(bool(conflict.field) and conflict.kind == "field")
        shown = next((v for v in conflict.values if v.shown), conflict.values[0] if conflict.values else None)
        self.manual_edit.setPlainText(editable_text(shown.value) if shown is not None else "")
        self.manual_error.hide()

    def keep(self, index: int) -> None:
        """«Оставить это» / «Оставить то»: take one version as it is."""
        conflict = self.current()
        if conflict is not None:
            self._resolve(conflict, index, None)

    def keep_manual(self) -> None:
        """Save the manually merged value (typed like the versions: dates as dd.mm.yyyy)."""
        conflict = self.current()
        if conflict is None:
            return
        try:
            value = parse_manual(
                self.manual_edit.toPlainText(), [v.value for v in conflict.values if not v.deleted]
            )
        except ValueError as error:
            self.manual_error.setText(str(error))
            self.manual_error.show()
            self.manual_edit.setFocus()
            return
        self._resolve(conflict, None, value)

    def _resolve(self, conflict: sync.ConflictInfo, choice: int | None, value: Any) -> None:
        actor = self.context.actor
        try:
            self.context.write(
                lambda s: sync.resolve_conflict(s, actor, conflict.id, choice=choice, manual_value=value),
                conflict.family_id,
            )
        except DomainError as error:
            self.manual_error.setText(str(error))
            self.manual_error.show()
            return
        self.context.sync_changed.emit()
        row = self.conflicts.index(conflict)
        del self.conflicts[row]
        self.table.removeRow(row)
        self._update_count()
        if self.conflicts:
            self.table.setCurrentCell(min(row, len(self.conflicts) - 1), 0)
            self.show_conflict(self.table.currentRow())
        else:
            self._show_empty(self.tr("✔ Все конфликты решены."))
        self.status.setText(
            self.tr("Конфликт решён: {label}. Открытых конфликтов: {n}").format(
                label=conflict_text(conflict.label, conflict.case_number), n=len(self.conflicts)
            )
        )
