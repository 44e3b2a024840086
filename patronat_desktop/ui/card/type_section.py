"""The "Вид патроната" section: the current type and its visit norm, the type history and the norm windows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.norms import PatronageType, WindowStatus, current_window
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services.facts import open_period
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.card.type_change_dialog import TypeChangeDialog
from patronat_desktop.ui.norm_status import STATUS_COLOURS, STATUS_MARKS
from patronat_desktop.ui.vocab_labels import patronage_type_label

if TYPE_CHECKING:
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext

# A status is told by its mark and its words; the colour only repeats them.
_STATUS_MARKS = STATUS_MARKS
_STATUS_COLOURS = STATUS_COLOURS


def read_only_table(headers: list[str], table: QTableWidget | None = None) -> QTableWidget:
    """A keyboard-navigable list: whole rows selected, Tab leaves the table, arrows move in it."""
    table = table if table is not None else QTableWidget()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class RowFitter(QObject):
    """Keeps a table's wrapped rows as tall as their text at the current column widths.

    With ``fit_height`` the table grows no taller than its rows (at least ``min_rows`` rows high), so the
    layout gives the spare room to the widgets that can use it. Call ``refit()`` after filling the table;
    it refits itself whenever it is resized.
    """

    def __init__(self, table: QTableWidget, fit_height: bool = False, min_rows: int = 2) -> None:
        super().__init__(table)
        self.table = table
        self.fit_height = fit_height
        self.min_rows = min_rows
        table.setWordWrap(True)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self.refit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.refit()
        return False

    def refit(self) -> None:
        table = self.table
        for row in range(table.rowCount()):
            table.setRowHeight(row, table.sizeHintForRow(row) + 6)  # a little air around wrapped lines
        if self.fit_height:
            rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
            rows = max(rows, self.min_rows * table.verticalHeader().defaultSectionSize())
            header = table.horizontalHeader().sizeHint().height()
            table.setMaximumHeight(header + rows + 2 * table.frameWidth())


def cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text)
    return item


class TypeSection(CardSection):
    """Shows the type; "Сменить вид…" opens TypeChangeDialog (saving reloads the card)."""

    title = "Вид патроната"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: TypeChangeDialog | None = None

        self.type_label = QLabel()
        font = self.type_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.type_label.setFont(font)
        self.norm_label = QLabel()
        self.norm_label.setWordWrap(True)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("С&менить вид…"))
        self.change_button.clicked.connect(self.open_change_dialog)

        self.history_table = read_only_table(
            [self.tr("Вид"), self.tr("Начало"), self.tr("Окончание"), self.tr("Причина")]
        )
        self.history_table.setAccessibleName(self.tr("История видов патроната"))
        self.windows_summary = QLabel()
        self.windows_summary.setWordWrap(True)
        self.windows_table = read_only_table(
            [self.tr("Период"), self.tr("Вид"), self.tr("Нужно"), self.tr("Сделано"), self.tr("Статус")]
        )
        self.windows_table.setAccessibleName(self.tr("Соблюдение нормы посещений"))
        for table in (self.history_table, self.windows_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.history_rows = RowFitter(self.history_table, fit_height=True)
        self.windows_rows = RowFitter(self.windows_table)

        current_box = QGroupBox(self.tr("Текущий вид"))
        current_layout = QVBoxLayout(current_box)
        heading = QHBoxLayout()
        heading.addWidget(self.type_label, 1)
        heading.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        current_layout.addLayout(heading)
        current_layout.addWidget(self.norm_label)
        current_layout.addWidget(self.hint_label)
        history_box = QGroupBox(self.tr("История"))
        QVBoxLayout(history_box).addWidget(self.history_table)
        left = QVBoxLayout()
        left.addWidget(current_box)
        left.addWidget(history_box)
        left.addStretch(1)

        windows_box = QGroupBox(self.tr("Соблюдение нормы посещений"))
        windows_layout = QVBoxLayout(windows_box)
        windows_layout.addWidget(self.windows_summary)
        windows_layout.addWidget(self.windows_table, 1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(windows_box, 1)
        self.setTabOrder(self.change_button, self.history_table)
        self.setTabOrder(self.history_table, self.windows_table)

    def section_title(self) -> str:
        return self.tr("Вид патроната")

    def norm_text(self, patronage_type: PatronageType) -> str:
        return {
            PatronageType.EMERGENCY: self.tr("не менее 2 посещений в неделю"),
            PatronageType.PLANNED: self.tr("не менее 1 посещения в месяц"),
            PatronageType.CONTROL: self.tr("1 посещение в 3 месяца"),
        }[patronage_type]

    def status_text(self, status: WindowStatus) -> str:
        words = {
            WindowStatus.MET: self.tr("норма выполнена"),
            WindowStatus.OPEN: self.tr("идёт"),
            WindowStatus.AT_RISK: self.tr("под угрозой"),
            WindowStatus.MISSED: self.tr("норма не выполнена"),
        }[status]
        return f"{_STATUS_MARKS[status]} {words}"

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        family = detail.family
        current = open_period(family)
        closed = family.stage == Stage.CLOSED
        if current is not None:
            self.type_label.setText(
                self.tr("{type} патронат").format(type=patronage_type_label(current.type).capitalize())
            )
            self.norm_label.setText(
                self.tr("с {start} · норма: {norm}").format(
                    start=f"{current.start:%d.%m.%Y}", norm=self.norm_text(current.type)
                )
            )
        elif family.type_periods:
            last = family.type_periods[-1]
            self.type_label.setText(self.tr("Вид патроната не действует"))
            self.norm_label.setText(
                self.tr("Последний: {type}, по {end}").format(
                    type=patronage_type_label(last.type), end=f"{last.end:%d.%m.%Y}" if last.end else ""
                )
            )
        else:
            self.type_label.setText(self.tr("Вид патроната не установлен"))
            self.norm_label.setText("")
        self.change_button.setText(self.tr("С&менить вид…") if current else self.tr("&Установить вид…"))
        self.change_button.setEnabled(not closed)
        if closed:
            hint = self.tr("Случай закрыт: изменения невозможны.")
        elif not family.contracts:
            hint = self.tr("Вид патроната устанавливается после заключения договора.")
        else:
            contract = family.contracts[-1]
            hint = self.tr("Срок договора: {start} – {end}.").format(
                start=f"{contract.term_start:%d.%m.%Y}", end=f"{contract.term_end:%d.%m.%Y}"
            )
        self.hint_label.setText(hint)
        self._fill_history(detail)
        self._fill_windows(detail)

    def _fill_history(self, detail: FamilyDetail) -> None:
        periods = detail.family.type_periods
        self.history_table.setRowCount(len(periods))
        for row, period in enumerate(periods):
            end = f"{period.end:%d.%m.%Y}" if period.end else self.tr("действует")
            values = (patronage_type_label(period.type), f"{period.start:%d.%m.%Y}", end, period.reason)
            for column, text in enumerate(values):
                self.history_table.setItem(row, column, cell(text))
        self.history_rows.refit()

    def _fill_windows(self, detail: FamilyDetail) -> None:
        windows = list(reversed(detail.windows))  # the running window first
        self.windows_table.setRowCount(len(windows))
        for row, window in enumerate(windows):
            period = f"{window.start:%d.%m} – {window.end:%d.%m.%Y}"
            if window.partial:
                period += " " + self.tr("(неполный)")
            values = (
                period,
                patronage_type_label(window.type),
                str(window.required),
                str(window.done),
                self.status_text(window.status),
            )
            for column, text in enumerate(values):
                item = cell(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 4:
                    item.setForeground(QBrush(QColor(_STATUS_COLOURS[window.status])))
                self.windows_table.setItem(row, column, item)
        self.windows_rows.refit()
        running = current_window(detail.windows, detail.today)
        if not detail.windows:
            summary = self.tr("Норма посещений считается с начала вида патроната в пределах срока договора.")
        else:
            met = sum(1 for w in detail.windows if w.status == WindowStatus.MET)
            missed = sum(1 for w in detail.windows if w.status == WindowStatus.MISSED)
            summary = self.tr("Периодов: {total}; норма выполнена: {met}; не выполнена: {missed}.").format(
                total=len(detail.windows), met=met, missed=missed
            )
            if running is not None and running.needed:
                summary += " " + self.tr(
                    "В текущем периоде (до {end}) нужно ещё посещений: {needed}."
                ).format(end=f"{running.end:%d.%m.%Y}", needed=running.needed)
        self.windows_summary.setText(summary)

    def open_change_dialog(self) -> TypeChangeDialog | None:
        """Open the type change dialog (window-modal, not blocking) and return it."""
        if self.detail is None or not self.change_button.isEnabled():
            return None
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = TypeChangeDialog(self.context, self.detail, self)
        self.dialog.open()
        return self.dialog
