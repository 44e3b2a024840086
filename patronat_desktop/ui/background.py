"""Slow work off the GUI thread: the one helper that always reports back a result or an error."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)

# Tasks that have started and not yet reported, by key; holding them keeps their Qt objects, their function
# and their callbacks alive until they report, and lets them die on the GUI thread (see _Job).
_running: dict[int, BackgroundTask] = {}
_keys = itertools.count()


class _Relay(QObject):
    """Carries outcomes from the pool to the GUI thread; one for the program, never deleted."""

    finished = Signal(int, bool, object)


_relay: _Relay | None = None


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:  # made on the GUI thread, where every task starts
        _relay = _Relay()
        _relay.finished.connect(_deliver)
    return _relay


def _deliver(key: int, ok: bool, payload: object) -> None:
    task = _running.pop(key, None)
    if task is not None:
        task._report(ok, payload)


class _Job:
    """What the pool thread holds: the function until it has run, the task's key and the relay.

    Never the task or its callbacks: the pool drops its job on its own thread, and a Python reference to
    a widget released there (the last one) would destroy the widget off the GUI thread, which crashes Qt.
    The task keeps its own reference to the function until it reports, so the worker's is never the last.
    """

    __slots__ = ("function", "key", "relay")

    def __init__(self, key: int, function: Callable[[], Any], relay: _Relay) -> None:
        self.key = key
        self.function: Callable[[], Any] | None = function
        self.relay = relay

    def run(self) -> None:
        function, self.function = self.function, None
        assert function is not None
        ok, payload = True, None
        try:
            payload = function()
        except BaseException as exc:
            log.debug("Background task failed", exc_info=True)
            ok, payload = False, exc
        del function
        try:
            self.relay.finished.emit(self.key, ok, payload)
        except RuntimeError:
            # The program is quitting and Qt has already deleted the relay: nobody is left to tell.
            log.debug("A background task finished after the program quit", exc_info=True)


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
        """Queue the function on the global thread pool."""
        key = next(_keys)
        _running[key] = self
        QThreadPool.globalInstance().start(_Job(key, self._function, _the_relay()).run)

    def _report(self, ok: bool, payload: object) -> None:
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
