"""Preview of a printed document inside the window (Qt PDF viewer), with Print and Save as PDF.

The PDF is rendered in the background (a long register takes seconds); the dialog shows a busy bar until it
arrives. Printing draws each page of the PDF onto the printer chosen in the system dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.ui.crash_handler import handle_exception

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.background import BackgroundTask
    from patronat_desktop.ui.context import AppContext

MakePdf = Callable[["Session", str], bytes]
"""Renders the document in a session of its own, in the given language ("ru" or "be")."""


def _ask_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintPreviewDialog", "Сохранить документ"),
        suggested,
        QCoreApplication.translate("PrintPreviewDialog", "Документ PDF (*.pdf)"),
    )
    return path


def _ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class PrintPreviewDialog(QDialog):
    """Shows a document rendered in the background; Print opens the system dialog, Save writes the PDF.

    ``ask_save_path`` and ``ask_printer`` are the two system dialogs; tests replace them.
    """

    def __init__(
        self,
        context: AppContext,
        title: str,
        make_pdf: MakePdf,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.make_pdf = make_pdf
        self.file_name = file_name
        self.pdf: bytes = b""
        self.task: BackgroundTask | None = None
        self.ask_save_path: Callable[[QWidget, str], str] = _ask_save_path
        self.ask_printer: Callable[[QWidget, QPrinter], bool] = _ask_printer
        self.setWindowTitle(self.tr("Печать: {title}").format(title=title))
        self.resize(900, 700)

        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Просмотр документа"))

        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("русский"), "ru")
        self.language_combo.addItem(self.tr("беларуская"), "be")
        self.language_combo.currentIndexChanged.connect(lambda _: self.start_render())
        language_label = QLabel(self.tr("&Язык документа:"))
        language_label.setBuddy(self.language_combo)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(self.tr("Документ готовится"))
        self.print_button = QPushButton(self.tr("&Печать…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Сохранить как PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close_button = QPushButton(self.tr("&Закрыть"))
        close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language_combo)
        top.addSpacing(12)
        top.addWidget(self.busy)
        top.addWidget(self.status_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.start_render()

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def start_render(self) -> None:
        """Render the document in the background in the chosen language."""
        self._set_ready(False)
        self.busy.show()
        self.status_label.setText(self.tr("Документ готовится…"))
        make, lang = self.make_pdf, self.language()
        self.task = self.context.background(lambda s: make(s, lang), self._rendered, self._failed)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _rendered(self, pdf: Any) -> None:
        self.pdf = bytes(pdf)
        self.document.close()
        self._buffer.close()
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.busy.hide()
        pages = self.document.pageCount()
        self.status_label.setText(self.tr("Страниц: {n}").format(n=pages))
        self._set_ready(pages > 0)

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        if isinstance(error, DomainError):
            self.status_label.setText(str(error))
            return
        self.status_label.setText(self.tr("Документ не удалось подготовить."))
        handle_exception(type(error), error, error.__traceback__)

    def save_pdf(self) -> Path | None:
        """Ask for a file name and write the PDF; returns the path written, or None."""
        if not self.pdf:
            return None
        name = self.ask_save_path(self, self.file_name)
        if not name:
            return None
        path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Документ не сохранён"),
                self.tr("Не удалось записать файл {path}: {reason}").format(path=path, reason=exc.strerror),
            )
            return None
        self.status_label.setText(self.tr("Сохранено: {path}").format(path=path))
        return path

    def print_document(self) -> bool:
        """Ask for a printer in the system dialog and print every page; False when cancelled."""
        if self.document.pageCount() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        if not self.ask_printer(self, printer):
            return False
        print_pdf(self.document, printer)
        self.status_label.setText(self.tr("Отправлено на печать."))
        return True


def print_pdf(document: QPdfDocument, printer: QPrinter) -> None:
    """Draw every page of the document onto the printer, scaled to the printable area, centred."""
    painter = QPainter(printer)
    try:
        area = painter.viewport()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            size = document.pagePointSize(page).toSize()
            target = size.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image = document.render(page, QSize(target.width(), target.height()))
            x = area.x() + (area.width() - target.width()) // 2
            y = area.y() + (area.height() - target.height()) // 2
            painter.drawImage(QRect(x, y, target.width(), target.height()), image)
    finally:
        painter.end()
