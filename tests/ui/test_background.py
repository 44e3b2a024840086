"""Background work reports back on the GUI thread: the result, or the error — never nothing."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from patronat_desktop.ui import background
from patronat_desktop.ui.background import run_in_background


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    worker_threads: list[threading.Thread] = []
    received: list[tuple[object, bool]] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42

    def done(result: object) -> None:
        received.append((result, QThread.currentThread() is QApplication.instance().thread()))

    run_in_background(work, done, lambda error: None)
    qtbot.waitUntil(lambda: bool(received))

    assert received == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()


def test_an_exception_arrives_as_the_error(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("broken")

    task = run_in_background(work, lambda result: None, errors.append)
    with qtbot.waitSignal(task.failed, timeout=5_000):
        pass

    assert len(errors) == 1
    assert isinstance(errors[0], ValueError)
    assert errors[0].__traceback__ is not None


def test_a_result_for_a_deleted_widget_is_dropped_quietly(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    shown: list[object] = []

    def fill(text: object) -> None:
        label.setText(str(text))
        shown.append(text)

    shiboken6.delete(label)  # as a window closed while its task ran
    task = run_in_background(lambda: "done", fill, lambda error: None)
    qtbot.waitUntil(lambda: task not in background._running.values(), timeout=5000)
    assert shown == []  # setText on the deleted label raised inside fill, and nothing else happened
