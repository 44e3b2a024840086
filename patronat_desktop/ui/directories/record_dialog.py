"""What the add/edit dialogs of Directories share: the form's frame, Save / Cancel, and saving a record."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.ui.forms import GuardedDialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

T = TypeVar("T")


class RecordDialog(GuardedDialog):
    """A subclass builds its form, calls ``lay_out``, and saves with ``save_with`` in ``try_save``."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setMinimumWidth(560)

    def lay_out(self, form: QLayout, note: str) -> None:
        """The form, a greyed note under it, the general error and the Save / Cancel buttons."""
        note_label = QLabel(note)
        note_label.setWordWrap(True)
        note_label.setEnabled(False)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("RecordDialog", "&Сохранить"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            QCoreApplication.translate("RecordDialog", "Отмена"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save_and_close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note_label)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def save_with(self, work: Callable[[Session], T]) -> tuple[bool, T | Any]:
        """Run a service in one transaction; on refusal show its problems by the fields and say False."""
        try:
            result = self.context.write(work)
        except DomainError as error:
            self.errors.show(error.problems)
            self.adjustSize()  # grow for the messages rather than squeeze the fields
            return False, None
        self.errors.clear()
        return True, result
