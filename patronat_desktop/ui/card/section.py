"""The base of every section of the family card: load, dirty state, save, and errors next to fields."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services.documents import has_document, print_case_document
from patronat_desktop.ui.documents.print_preview_dialog import PrintPreviewDialog
from patronat_desktop.ui.documents.titles import document_title
from patronat_desktop.ui.forms import FieldErrors, error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext


class CardSection(QWidget):
    """One section (tab) of the family card.

    Subclasses build their widgets in ``__init__``, fill them in ``load(detail)``, say in ``is_dirty()``
    whether the user changed something not yet saved, and in ``save()`` call a service through
    ``self.context.write(...)``. A DomainError raised there is shown next to the fields by
    ``self.errors`` and nothing is saved; on success AppContext announces the save and the card reloads
    every section from the database (a section must report ``is_dirty() == False`` after a successful save:
    compare the widgets with ``self.detail``, or reset a flag in ``load``).
    Sections that only show data or save through dialogs keep the default ``is_dirty() == False``.
    """

    title = "section"
    """The tab title, translated by the subclass in ``section_title``."""

    print_kind = ""
    """The document the section prints ("plan", "contract"...); "" for none. See ``print_row``."""

    changed = Signal()
    """The user edited something in the section (dirty state may have changed)."""
    saved = Signal()
    """The section saved its changes; the card reloads from the database."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: FamilyDetail | None = None
        self.general_error: QLabel = error_label()
        self.errors = FieldErrors(self.general_error)
        self.print_button: QPushButton | None = None
        self.preview_dialog: PrintPreviewDialog | None = None

    def section_title(self) -> str:
        return self.title

    def load(self, detail: FamilyDetail) -> None:
        """Show ``detail`` (a fresh copy after every save); clears errors and the dirty state."""
        self.detail = detail
        self.errors.clear()
        if self.print_button is not None:
            self.print_button.setEnabled(has_document(self.print_kind, detail.family))

    # Printing

    def print_row(self) -> QHBoxLayout:
        """A row with the section's "Печать…" button on the right, to add to the layout."""
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.make_print_button())
        return row

    def make_print_button(self) -> QPushButton:
        """The section's "Печать…" button (Ctrl+P): opens the preview of ``print_kind``."""
        button = QPushButton(QCoreApplication.translate("CardSection", "Печать…"))
        button.setShortcut(QKeySequence.StandardKey.Print)
        button.setToolTip(
            QCoreApplication.translate(
                "CardSection", "Просмотр документа для печати и сохранения в PDF (Ctrl+P)"
            )
        )
        button.clicked.connect(self.open_print_preview)
        self.print_button = button
        return button

    def print_version(self) -> int | None:
        """Which version of the document to print (None: the current one); the plan prints the shown one."""
        return None

    def open_print_preview(self) -> None:
        """Open the preview of this section's document, rendered in the background."""
        if self.detail is None or not self.print_kind:
            return
        family = self.detail.family
        actor, kind, family_id, version = self.context.actor, self.print_kind, family.id, self.print_version()

        def make(session: Session, lang: str) -> bytes:
            return print_case_document(session, actor, kind, family_id, lang, version_no=version)

        file_name = f"{kind}-{family.case_number.replace('/', '-')}.pdf"
        self.preview_dialog = PrintPreviewDialog(self.context, document_title(kind), make, file_name, self)
        self.preview_dialog.open()

    def is_dirty(self) -> bool:
        return False

    def save(self) -> bool:
        """Save pending edits; returns False (with errors shown) when refused. Default: nothing to save."""
        return True

    def discard(self) -> None:
        """Drop pending edits by showing the loaded data again."""
        if self.detail is not None:
            self.load(self.detail)

    def run_action(
        self,
        fn: Callable[[Session], object],
        confirmed: Callable[[Session], object] | None = None,
    ) -> bool:
        """Run ``fn(session)`` as one transaction for this family; show refusals; True when saved.

        When the refusal holds only warnings and ``confirmed`` is given, the user is asked whether to go
        ahead; on yes ``confirmed(session)`` (the same action with the warnings confirmed) is run instead.
        """
        assert self.detail is not None
        family_id = self.detail.family.id
        try:
            self.context.write(fn, family_id)
        except DomainError as error:
            if not (error.only_warnings and confirmed is not None and self._confirm(error)):
                self.errors.show(error.problems)
                return False
            try:
                self.context.write(confirmed, family_id)
            except DomainError as again:
                self.errors.show(again.problems)
                return False
        self.saved.emit()
        return True

    def _confirm(self, error: DomainError) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Предупреждение"),
            self.tr("{warnings}\n\nВсё равно продолжить?").format(warnings=str(error)),
        )
        return answer == QMessageBox.StandardButton.Yes
