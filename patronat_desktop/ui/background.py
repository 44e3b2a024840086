"""Slow work off the GUI thread: the one helper that always reports back a result or an error."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

# Tasks that have started and not yet reported; holding them keeps their Qt objects alive until they do.
_running: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    """A function run once on the thread pool; its outcome arrives on the GUI thread as a signal.

    The function gets no Qt objects and must open its own database session (sessions are not shared
    between threads). Exactly one of succeeded / failed is emitted.
    """

    succeeded = Signal(object)
    """The function returned; carries its return value."""
    failed = Signal(object)
    """The function raised; carries the exception (its __traceback__ is kept for the error report)."""
    _finished_in_worker = Signal(bool, object)

    def __init__(self, function: Callable[[], Any]) -> None:
        # No parent: a closed window must not delete the task while its thread still runs.
        super().__init__()
        self._function = function
        # Emitted on the pool thread, received here: this object lives on the GUI thread, so the
        # connection is queued and the public signals fire on the GUI thread.
        self._finished_in_worker.connect(self._report)

    def start(self) -> None:
        """Queue the function on the global thread pool."""
        _running.add(self)
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        try:
            result = self._function()
        except BaseException as exc:
            log.debug("Background task failed", exc_info=True)
            self._report_from_worker(False, exc)
        else:
            self._report_from_worker(True, result)

    def _report_from_worker(self, ok: bool, payload: object) -> None:
        try:
            self._finished_in_worker.emit(ok, payload)
        except RuntimeError:
            # The program is quitting and Qt has already deleted this object: nobody is left to tell.
            log.debug("A background task finished after the program quit", exc_info=True)

    def _report(self, ok: bool, payload: object) -> None:
        _running.discard(self)
        if ok:
            self.succeeded.emit(payload)
        else:
            self.failed.emit(payload)


def _unless_gone(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """The callback, quiet when the widgets it would fill were deleted while the task ran.

    A window or dialog closed mid-task leaves a lambda callback pointing at deleted Qt objects; its
    outcome has nowhere to go, which is not an error. Any other exception still reaches the error hook.
    """

    def call(payload: Any) -> None:
        try:
            callback(payload)
        except RuntimeError as error:
            if "already deleted" not in str(error):
                raise
            log.debug("A background result arrived for a deleted widget", exc_info=True)

    return call


def run_in_background(
    function: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> BackgroundTask:
    """Run function on the thread pool; on_success or on_failure is then called on the GUI thread."""
    task = BackgroundTask(function)
    task.succeeded.connect(_unless_gone(on_success))
    task.failed.connect(_unless_gone(on_failure))
    task.start()
    return task


def finish_background_work(timeout_ms: int = 3000) -> bool:
    """At exit: drop queued tasks and wait a little for running ones; True when none is left running."""
    pool = QThreadPool.globalInstance()
    pool.clear()
    return pool.waitForDone(timeout_ms)
