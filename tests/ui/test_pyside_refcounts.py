"""PySide6 must not drop references to None and True: when it does, the program aborts after a while.

PySide6 6.12.0 on Python 3.11 returns None from every void method (label.setText, model.endResetModel …)
and True from every Signal.emit() without taking a reference; None and True are not immortal before
Python 3.12, so after some thousands of calls their count reaches zero and CPython aborts with
"Fatal Python error: none_dealloc" (or bool_dealloc). Run on Python >= 3.12 or a PySide6 without the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 1000


class _Emitter(QObject):
    happened = Signal()
    """Something happened (a signal to emit in the test)."""


def test_void_methods_keep_their_reference_to_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("x")
    # Other objects may come and go meanwhile; a lost reference per call is what must not happen.
    assert sys.getrefcount(None) > before - CALLS // 2


def test_signal_emit_keeps_its_reference_to_true(qapp: QApplication) -> None:
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.happened.emit()
    assert sys.getrefcount(True) > before - CALLS // 2
