"""An unexpected error is logged and shown with the whole traceback, copyable."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from patronat_desktop.ui import crash_handler


def raised() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None and exc is not None
    return exc_type, exc, tb


def test_the_report_holds_the_traceback_and_versions() -> None:
    exc_type, exc, tb = raised()
    report = crash_handler.crash_report(exc_type, exc, tb)  # type: ignore[arg-type]
    assert "RuntimeError: disk on fire" in report
    assert "Traceback (most recent call last)" in report
    assert report.startswith("patronat-desktop ")


def test_the_dialog_is_in_russian_and_carries_the_report(qapp: QApplication) -> None:
    box = crash_handler.crash_message_box("REPORT TEXT")
    assert box.windowTitle() == "Непредвиденная ошибка"
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.detailedText() == "REPORT TEXT"


def test_an_uncaught_exception_is_logged_and_shown(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []

    class FakeBox:
        def __init__(self, report: str) -> None:
            self.report = report

        def exec(self) -> int:
            shown.append(self.report)
            return 0

    monkeypatch.setattr(crash_handler, "crash_message_box", FakeBox)
    exc_type, exc, tb = raised()
    with caplog.at_level(logging.CRITICAL):
        crash_handler.handle_exception(exc_type, exc, tb)  # type: ignore[arg-type]

    assert len(shown) == 1 and "disk on fire" in shown[0]
    assert any(r.exc_info and r.exc_info[1] is exc for r in caplog.records)


def test_install_replaces_sys_excepthook(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash_handler.install_excepthook()
    assert sys.excepthook is crash_handler.handle_exception
