"""Import of bundles: copy off the stick, dry-run preview of each, then apply one transaction per bundle.

At the centre it is the import desk (many bundles from many laptops at once); on a laptop the same screen
takes the one return bundle from the centre.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services import sync
from patronat_desktop.sync.stick import BUNDLE_SUFFIX, WriteResult, copy_off
from patronat_desktop.ui.crash_handler import handle_exception
from patronat_desktop.ui.sync.busy_dialog import BusyDialog
from patronat_desktop.ui.sync.values import conflict_text, format_moment

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext


class State(Enum):
    """Where one bundle of the desk is."""

    WAITING = "waiting"
    READY = "ready"  # previewed, would apply
    ALREADY = "already"  # imported before: applying changes nothing
    REFUSED = "refused"
    APPLIED = "applied"


_COLOURS = {
    State.READY: "#e8f5e9",
    State.APPLIED: "#c8e6c9",
    State.ALREADY: "#eeeeee",
    State.REFUSED: "#ffebee",
}


@dataclass
class Entry:
    """One bundle file on the desk and what is known of it so far."""

    source: Path
    copy: WriteResult | None = None
    preview: sync.ImportPreview | None = None
    report: sync.ImportReport | None = None
    state: State = State.WAITING
    message: str = ""


class ImportDesk(BusyDialog):
    """Files (many at the centre, one on a laptop) → preview table → «Применить» → report in the table."""

    conflicts_requested = Signal()
    """The user asked to review the conflicts the imports kept."""

    COLUMNS = ("file", "sender", "changes", "created", "updated", "duplicates", "conflicts", "state")

    def __init__(self, context: AppContext, centre: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.centre = centre
        self.entries: list[Entry] = []
        self.busy = False
        self._inbox = tempfile.TemporaryDirectory(prefix="patronat-inbox-")
        if centre:
            self.setWindowTitle(self.tr("Приём пакетов"))
            intro = self.tr(
                "Добавьте файлы обмена с ноутбуков (можно сразу несколько или целую папку). Каждый файл "
                "копируется с носителя и проверяется; база не меняется, пока вы не нажмёте «Применить». "
                "Каждый пакет применяется отдельно, отклонённые пакеты базу не меняют."
            )
        else:
            self.setWindowTitle(self.tr("Загрузить из центра"))
            intro = self.tr(
                "Выберите файл обмена, полученный из центра. Он будет скопирован с носителя и проверен; "
                "база не меняется, пока вы не нажмёте «Применить»."
            )
        self.resize(1180, 640)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Добавить файлы…") if centre else self.tr("&Выбрать файл…"))
        self.add_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.add_button.setToolTip(self.tr("Выбрать файлы обмена (Ctrl+O)"))
        self.add_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Добавить &папку…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_button.setVisible(centre)
        self.remove_button = QPushButton(self.tr("&Убрать из списка"))
        self.remove_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setVisible(centre)
        for button in (self.add_button, self.folder_button, self.remove_button):
            button.setAutoDefault(False)
        tools = QHBoxLayout()
        tools.addWidget(self.add_button)
        tools.addWidget(self.folder_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Файл"),
                self.tr("От кого"),
                self.tr("Изменений"),
                self.tr("Новых семей"),
                self.tr("Обновляемых семей"),
                self.tr("Повторов"),
                self.tr("Конфликтов"),
                self.tr("Проверка и итог"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Выберите пакет в списке, чтобы увидеть подробности."))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 140])

        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v из %m"))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.conflicts_button = self.buttons.addButton(
            self.tr("Открыть &конфликты"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.conflicts_button.hide()
        self.conflicts_button.clicked.connect(self._open_conflicts)
        self.apply_button = self.buttons.addButton(
            self.tr("&Применить"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Закрыть"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.add_button.setFocus()
        self._update_buttons()

    # Adding files

    def choose_files(self) -> None:
        """The file dialog: several bundles at the centre, one on a laptop."""
        caption = self.tr("Файлы обмена")
        file_filter = self.tr("Файлы обмена (*{suffix});;Все файлы (*)").format(suffix=BUNDLE_SUFFIX)
        if self.centre:
            paths, _ = QFileDialog.getOpenFileNames(self, caption, "", file_filter)
        else:
            path, _ = QFileDialog.getOpenFileName(self, caption, "", file_filter)
            paths = [path] if path else []
        self.add_files([Path(p) for p in paths])

    def choose_folder(self) -> None:
        """Every bundle file in a folder (e.g. a stick with several laptops' bundles)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Папка с файлами обмена"))
        if folder:
            self.add_files(sorted(Path(folder).glob(f"*{BUNDLE_SUFFIX}")))

    def add_files(self, paths: list[Path]) -> None:
        """Put bundles on the desk and start checking them (copy off the stick, then a dry run)."""
        if self.busy or not paths:
            if not paths:
                self.status.setText(self.tr("Файлы обмена не выбраны."))
            return
        if not self.centre:
            self._clear()
        known = {entry.source for entry in self.entries}
        added = [Entry(path) for path in dict.fromkeys(paths) if path not in known]
        for entry in added:
            self.entries.append(entry)
            self._add_row(entry)
        if added:
            self._run_queue(added, self.tr("Проверка пакетов…"), self._preview_next)

    def _clear(self) -> None:
        self.entries.clear()
        self.table.setRowCount(0)
        self.details.clear()
        self.conflicts_button.hide()

    def remove_selected(self) -> None:
        if self.busy:
            return
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            del self.entries[row]
            self.table.removeRow(row)
        self._update_buttons()

    # The queue: one bundle at a time in the background, progress between them

    def _run_queue(self, entries: list[Entry], text: str, step: Any) -> None:
        self.busy = True
        self._queue = list(entries)
        self._queue_total = len(entries)
        self.progress.setRange(0, self._queue_total)
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(text)
        self._step = step
        self._update_buttons()
        self._next()

    def _next(self) -> None:
        self.progress.setValue(self._queue_total - len(self._queue))
        if not self._queue:
            self.busy = False
            self._finished()
            return
        self._step(self._queue.pop(0))

    def _finished(self) -> None:
        self._update_buttons()
        self.status.setText(self._summary())
        conflicts = sum(entry.report.conflicts for entry in self.entries if entry.report is not None)
        self.conflicts_button.setVisible(conflicts > 0)
        self._show_details()

    # Preview

    def _preview_next(self, entry: Entry) -> None:
        inbox = Path(self._inbox.name)

        def work(session: Session) -> tuple[WriteResult, sync.ImportPreview]:
            copied = copy_off(entry.source, inbox)
            return copied, sync.preview_import(session, copied.path)

        def done(result: tuple[WriteResult, sync.ImportPreview]) -> None:
            entry.copy, entry.preview = result
            self._judge(entry)
            self._next()

        self.context.background(work, done, lambda error: self._entry_failed(entry, error))

    def _judge(self, entry: Entry) -> None:
        preview = entry.preview
        assert preview is not None and entry.copy is not None
        twin = next(
            (
                other
                for other in self.entries
                if other is not entry and other.copy is not None and other.copy.sha256 == entry.copy.sha256
            ),
            None,
        )
        if twin is not None:
            entry.state, entry.message = (
                State.REFUSED,
                self.tr("Тот же пакет уже в списке: {file}").format(file=twin.source.name),
            )
        elif not preview.ok:
            entry.state, entry.message = State.REFUSED, preview.refusal
        elif preview.already_imported_on is not None:
            entry.state = State.ALREADY
            entry.message = self.tr("Уже загружен {moment}").format(
                moment=format_moment(preview.already_imported_on)
            )
        else:
            entry.state, entry.message = State.READY, self.tr("Можно применить")
        self._fill_row(entry)

    def _entry_failed(self, entry: Entry, error: BaseException) -> None:
        if isinstance(error, DomainError):
            entry.state, entry.message = State.REFUSED, str(error)
            self._fill_row(entry)
        else:
            entry.state, entry.message = State.REFUSED, self.tr("Непредвиденная ошибка")
            self._fill_row(entry)
            handle_exception(type(error), error, error.__traceback__)
        self._next()

    # Apply

    def apply(self) -> None:
        """Import every bundle that passed the check, each in its own transaction."""
        todo = [
            entry
            for entry in self.entries
            if entry.state in (State.READY, State.ALREADY) and entry.report is None
        ]
        if self.busy or not todo:
            return
        self._run_queue(todo, self.tr("Применение пакетов…"), self._apply_next)

    def _apply_next(self, entry: Entry) -> None:
        assert entry.copy is not None
        path = entry.copy.path

        def done(report: sync.ImportReport) -> None:
            entry.report = report
            if report.status == "applied":
                entry.state, entry.message = State.APPLIED, self.tr("Применён")
                if report.conflicts:
                    entry.message = self.tr("Применён; конфликтов оставлено для решения: {n}").format(
                        n=report.conflicts
                    )
            else:
                entry.state, entry.message = State.ALREADY, report.message
            self._fill_row(entry)
            self._next()

        self.context.background_write(
            lambda session: sync.import_bundle(session, path),
            done,
            lambda error: self._entry_failed(entry, error),
        )

    # The table

    def _add_row(self, entry: Entry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        entry.message = self.tr("Ожидает проверки")
        self._fill_row(entry)

    def _fill_row(self, entry: Entry) -> None:
        row = self.entries.index(entry)
        preview = entry.preview
        known = preview is not None and preview.ok
        values: list[str] = [entry.source.name, "", "", "", "", "", "", self._state_text(entry)]
        if preview is not None and known:
            values[1:7] = [
                preview.sender,
                str(preview.changes),
                str(len(preview.families_created)),
                str(len(preview.families_updated)),
                str(preview.duplicates),
                str(len(preview.conflicts)),
            ]
        colour = _COLOURS.get(entry.state)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text if column in (0, len(values) - 1) else "")
            if 2 <= column <= 6:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colour:
                item.setBackground(QBrush(QColor(colour)))
            self.table.setItem(row, column, item)
        if self.table.currentRow() == row:
            self._show_details()

    def _state_text(self, entry: Entry) -> str:
        mark = {
            State.WAITING: "…",
            State.READY: "✔",
            State.APPLIED: "✔",
            State.ALREADY: "○",
            State.REFUSED: "✖",
        }[entry.state]
        text = f"{mark} {entry.message}"
        if entry.state == State.REFUSED and entry.message:
            text = self.tr("✖ Отклонён: {reason}").format(reason=entry.message)
        elif entry.preview is not None and entry.preview.clock_warning:
            text = self.tr("{text} · ⚠ часы отправителя").format(text=text)
        return text

    def _show_details(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            self.details.clear()
            return
        self.details.setPlainText("\n".join(self.detail_lines(self.entries[row])))

    def detail_lines(self, entry: Entry) -> list[str]:
        """What the details pane says about one bundle."""
        lines = [self.tr("Файл: {path}").format(path=entry.source), self._state_text(entry)]
        preview = entry.preview
        if preview is None or not preview.ok:
            return lines
        if entry.report is not None and entry.report.message:
            lines.append(entry.report.message)
        if preview.clock_warning:
            lines.append(self.tr("⚠ Часы отправителя: {warning}").format(warning=preview.clock_warning))
        groups = (
            (self.tr("Новые семьи"), preview.families_created),
            (self.tr("Обновляемые семьи"), preview.families_updated),
            (self.tr("Снимаются с ноутбука (переданы другому специалисту)"), preview.purges),
        )
        for title, impacts in groups:
            if impacts:
                numbers = ", ".join(impact.case_number for impact in impacts if impact.case_number)
                lines.append(
                    self.tr("{title} ({n}): {numbers}").format(title=title, n=len(impacts), numbers=numbers)
                    if numbers
                    else self.tr("{title}: {n}").format(title=title, n=len(impacts))
                )
        for conflict in preview.conflicts:
            lines.append(
                self.tr("Конфликт: дело {case}, {label}").format(
                    case=conflict.case_number, label=conflict_text(conflict.label, conflict.case_number)
                )
            )
        return lines

    def _summary(self) -> str:
        counts = {state: sum(1 for e in self.entries if e.state == state) for state in State}
        if any(entry.report is not None for entry in self.entries):
            return self.tr(
                "Итог: применено {applied}, уже были загружены {already}, отклонено {refused}."
            ).format(
                applied=counts[State.APPLIED], already=counts[State.ALREADY], refused=counts[State.REFUSED]
            )
        return self.tr(
            "Проверено пакетов: {total}. Можно применить: {ready}, уже загружены: {already}, "
            "отклонены: {refused}. База пока не изменена."
        ).format(
            total=len(self.entries),
            ready=counts[State.READY],
            already=counts[State.ALREADY],
            refused=counts[State.REFUSED],
        )

    def _update_buttons(self) -> None:
        pending = any(entry.state == State.READY for entry in self.entries)
        self.apply_button.setEnabled(not self.busy and pending)
        self.add_button.setEnabled(not self.busy)
        self.folder_button.setEnabled(not self.busy)
        self.remove_button.setEnabled(not self.busy and bool(self.entries))
        self.close_button.setEnabled(not self.busy)
        if pending and not self.busy:
            self.apply_button.setDefault(True)

    def _open_conflicts(self) -> None:
        self.conflicts_requested.emit()
        self.accept()

    def done(self, result: int) -> None:
        """Closed (never while a bundle is being applied): the local copies go with the dialog."""
        if self.busy:
            return
        super().done(result)
        self._inbox.cleanup()
