"""A dialog that cannot be closed while its background work runs (a stick being written, a bundle applied)."""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog


class BusyDialog(QDialog):
    """While ``busy`` is True, Esc, «Закрыть» and the window's close button do nothing.

    Closing then would hide the outcome the user waits for: whether the stick is safe to remove, which
    bundles were applied.
    """

    busy = False

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def done(self, result: int) -> None:
        if not self.busy:
            super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)
