"""Choosing a list to print for the whole centre: the register of a year or a worker's weekly visit sheet."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.services.documents import print_register, print_weekly
from patronat_desktop.ui.dates import date_edit, from_qdate
from patronat_desktop.ui.directories.records import list_workers
from patronat_desktop.ui.documents.print_preview_dialog import MakePdf, PrintPreviewDialog
from patronat_desktop.ui.documents.titles import document_title

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext


class PrintListsDialog(QDialog):
    """Pick the register (year) or the weekly sheet (worker, any day of the week); OK opens the preview."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.preview_dialog: PrintPreviewDialog | None = None
        self.setWindowTitle(self.tr("Печать списков центра"))
        today = context.today()
        self.register_radio = QRadioButton(self.tr("&Журнал учёта семей за год:"))
        self.weekly_radio = QRadioButton(self.tr("&Лист посещений на неделю:"))
        self.register_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.register_radio)
        group.addButton(self.weekly_radio)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, today.year + 1)
        self.year_spin.setValue(today.year)
        self.year_spin.setAccessibleName(self.tr("Год журнала"))
        self.worker_combo = QComboBox()
        self.worker_combo.setAccessibleName(self.tr("Специалист"))
        centre_id = context.actor.centre_id
        for worker in context.read(lambda s: list_workers(s, centre_id)):
            self.worker_combo.addItem(worker.short_name, worker.id)
        own = self.worker_combo.findData(context.actor.worker_id)
        if own >= 0:
            self.worker_combo.setCurrentIndex(own)
        self.week_edit = date_edit(today)
        self.week_edit.setAccessibleName(self.tr("Любой день недели"))
        self.week_edit.setToolTip(
            self.tr("Любой день недели: лист составляется с понедельника по воскресенье.")
        )

        grid = QGridLayout()
        grid.addWidget(self.register_radio, 0, 0)
        grid.addWidget(self.year_spin, 0, 1)
        grid.addWidget(self.weekly_radio, 1, 0)
        grid.addWidget(self.worker_combo, 1, 1)
        grid.addWidget(self.week_edit, 1, 2)
        self.register_radio.toggled.connect(self.year_spin.setEnabled)
        for widget in (self.worker_combo, self.week_edit):
            widget.setEnabled(False)
            self.weekly_radio.toggled.connect(widget.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Просмотр…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Отмена"))
        buttons.accepted.connect(self.open_preview)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def open_preview(self) -> None:
        """Open the preview of the chosen list (rendered in the background) and close this dialog."""
        actor = self.context.actor
        if self.register_radio.isChecked():
            year = self.year_spin.value()

            def make_register(session: Session, lang: str) -> bytes:
                return print_register(session, actor, year, lang)

            kind, make, name = "register", make_register, f"register-{year}.pdf"
        else:
            worker_id: uuid.UUID = self.worker_combo.currentData()
            day = from_qdate(self.week_edit.date())

            def make_weekly(session: Session, lang: str) -> bytes:
                return print_weekly(session, actor, worker_id, day, lang)

            kind, make, name = "weekly", make_weekly, f"week-{day.isoformat()}.pdf"
        self.preview_dialog = self._preview(kind, make, name)
        self.accept()

    def _preview(self, kind: str, make: MakePdf, file_name: str) -> PrintPreviewDialog:
        dialog = PrintPreviewDialog(self.context, document_title(kind), make, file_name, self.parentWidget())
        dialog.open()
        return dialog
