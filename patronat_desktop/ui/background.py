"""Slow work off the GUI thread: the one helper that always reports back a result or an error."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

# Tasks that have started and not yet reported; holding them keeps their Qt objects alive until they do.
_running: set[BackgroundTask] = set()
_by_token: dict[int, BackgroundTask] = {}


class _Relay(QObject):
    """Carries outcomes from the pool threads to the GUI thread, where it lives.

    The pool thread never holds a task: if it held the last reference, the task (and the callbacks and
    widgets it keeps) would be destroyed on the pool thread, and Qt would later crash on those widgets'
    timers. It holds only a number, and the function until it has run.
    """

    finished = Signal(int, bool, object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver)

    def _deliver(self, token: int, ok: bool, payload: object) -> None:
        task = _by_token.pop(token, None)
        if task is not None:
            task._report(ok, payload)


_relay: _Relay | None = None
_tokens = itertools.count(1)


class BackgroundTask(QObject):
    """A function run once on the thread pool; its outcome arrives on the GUI thread as a signal.

    The function gets no Qt objects and must open its own database session (sessions are not shared
    between threads). Exactly one of succeeded / failed is emitted.
    """

    succeeded = Signal(object)
    """The function returned; carries its return value."""
    failed = Signal(object)
    """The function raised; carries the exception (its __traceback__ is kept for the error report)."""

    def __init__(self, function: Callable[[], Any]) -> None:
        # No parent: a closed window must not delete the task while its thread still runs.
        super().__init__()
        self._function = function

    def start(self) -> None:
        """Queue the function on the global thread pool (called on the GUI thread)."""
        global _relay
        if _relay is None:
            _relay = _Relay()
        relay, token, box = _relay, next(_tokens), [self._function]
        _running.add(self)
        _by_token[token] = self

        def run() -> None:
            function = box.pop()
            try:
                outcome: tuple[bool, object] = (True, function())
            except BaseException as exc:
                log.debug("Background task failed", exc_info=True)
                outcome = (False, exc)
            del function
            try:
                relay.finished.emit(token, *outcome)
            except RuntimeError:
                # The program is quitting and Qt has already deleted the relay: nobody is left to tell.
                log.debug("A background task finished after the program quit", exc_info=True)

        QThreadPool.globalInstance().start(run)

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
