"""The last line of defence: an unexpected exception is logged and shown with a copyable report."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

import patronat_desktop
from patronat_desktop.ui import ready_probe
from patronat_desktop.ui.logs import current_log_file

log = logging.getLogger(__name__)

_showing = False


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user copies into a bug report: versions and the full traceback."""
    from PySide6 import __version__ as pyside_version

    header = (
        f"patronat-desktop {patronat_desktop.__version__}, Python {platform.python_version()}, "
        f"PySide6 {pyside_version}, {platform.platform()}"
    )
    return header + "\n\n" + "".join(traceback.format_exception(exc_type, exc, tb))


def crash_message_box(report: str) -> QMessageBox:
    """The dialog for an unexpected error; the report is in the (selectable, copyable) details."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashHandler", "Непредвиденная ошибка"))
    box.setText(
        QCoreApplication.translate(
            "CrashHandler", "Произошла непредвиденная ошибка. Несохранённые изменения могли пропасть."
        )
    )
    log_file = current_log_file()
    if log_file is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashHandler",
                "Отчёт записан в журнал: {path}\nСкопируйте подробности и передайте их администратору.",
            ).format(path=log_file)
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate(
                "CrashHandler", "Скопируйте подробности и передайте их администратору."
            )
        )
    box.setDetailedText(report)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log the exception, then show it when we are on the GUI thread of a running app."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("Unexpected error", exc_info=(exc_type, exc, tb))
    app = QApplication.instance()
    on_gui_thread = app is not None and QThread.currentThread() is app.thread()
    if app is not None and ready_probe.enabled():
        # A measured start (benchmarks) never waits for a click: report on stderr and end with an error.
        sys.__excepthook__(exc_type, exc, tb)
        app.exit(1)
        return
    if not on_gui_thread or _showing:
        # Off the GUI thread no widget may be created; a second error while the first is shown is only logged.
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        crash_message_box(crash_report(exc_type, exc, tb)).exec()
    except Exception:  # the dialog itself failed: never recurse into this hook
        log.exception("Could not show the error dialog")
        sys.__excepthook__(exc_type, exc, tb)
    finally:
        _showing = False


def install_excepthook() -> None:
    """Route every uncaught exception (including those in Qt slots) to handle_exception."""
    sys.excepthook = handle_exception
