"""The family card: header, stage stepper and the sections of the case, reloaded after every save."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from patronat_desktop.services.detail import FamilyDetail, load_family_detail
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.card.stepper import StageStepper
from patronat_desktop.ui.forms import LeaveChoice, ask_leave
from patronat_desktop.ui.vocab_labels import stage_label

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext

SectionFactory = Callable[["AppContext"], CardSection]


class FamilyCard(QWidget):
    """Shows one family; every section saves through the services and the card then reloads."""

    closed = Signal()
    """The user asked to go back to the list (and had no unsaved changes left)."""

    def __init__(
        self, context: AppContext, sections: Sequence[SectionFactory], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id: uuid.UUID | None = None
        self.detail: FamilyDetail | None = None

        self.back_button = QPushButton(self.tr("← К списку семей"))
        self.back_button.setShortcut("Alt+Left")
        self.back_button.setToolTip(self.tr("Вернуться к списку (Alt+←)"))
        self.back_button.clicked.connect(self.request_close)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.stepper = StageStepper()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.sections: list[CardSection] = []
        for factory in sections:
            section = factory(context)
            section.changed.connect(self._update_tab_titles)
            section.saved.connect(lambda section=section: self._section_saved(section))
            self.sections.append(section)
            self.tabs.addTab(section, section.section_title())
        self._last_tab = 0
        self.tabs.currentChanged.connect(self._tab_changing)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.stepper)
        layout.addWidget(self.tabs, 1)
        context.family_saved.connect(self._family_saved)

    def open_family(self, family_id: uuid.UUID) -> None:
        """Load and show a family (the caller has already checked for unsaved changes)."""
        self.family_id = family_id
        self.reload()
        self.tabs.setCurrentIndex(0)

    def reload(self) -> None:
        if self.family_id is None:
            return
        family_id = self.family_id
        detail = self.context.read(
            lambda s: load_family_detail(s, self.context.actor, family_id, self.context.today())
        )
        self.show_detail(detail)

    def show_detail(self, detail: FamilyDetail) -> None:
        self.detail = detail
        family = detail.family
        applicant = family.applicant
        name = applicant.full_name if applicant is not None else ""
        self.title.setText(self.tr("Дело № {number} — {name}").format(number=family.case_number, name=name))
        self.subtitle.setText(
            self.tr("{address} · этап: {stage} · ответственный: {worker}").format(
                address=family.address_line,
                stage=stage_label(family.stage),
                worker=family.responsible_worker.short_name,
            )
        )
        self.stepper.set_steps(detail.steps)
        for section in self.sections:
            # A section with unsaved edits keeps them; it shows the fresh data once saved or discarded.
            if not section.is_dirty():
                section.load(detail)
        self._update_tab_titles()

    def _section_saved(self, section: CardSection) -> None:
        # The save's own announcement reloaded the card while the section still held its edits (so it
        # kept them); now that they are in the database, it shows the fresh copy too.
        if self.detail is not None:
            section.load(self.detail)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        for i, section in enumerate(self.sections):
            mark = " *" if section.is_dirty() else ""
            self.tabs.setTabText(i, section.section_title() + mark)

    def dirty_sections(self) -> list[CardSection]:
        return [s for s in self.sections if s.is_dirty()]

    def confirm_leave(self) -> bool:
        """Ask about every section with unsaved changes; True when the card may be left."""
        for section in self.dirty_sections():
            self.tabs.setCurrentWidget(section)
            choice = ask_leave(self, section.section_title())
            if choice == LeaveChoice.STAY:
                return False
            if choice == LeaveChoice.SAVE and not section.save():
                return False
            if choice == LeaveChoice.DISCARD:
                section.discard()
        return True

    def request_close(self) -> None:
        if self.confirm_leave():
            self.closed.emit()

    def _tab_changing(self, index: int) -> None:
        previous = self.sections[self._last_tab] if self._last_tab < len(self.sections) else None
        if previous is not None and previous.is_dirty() and index != self._last_tab:
            choice = ask_leave(self, previous.section_title())
            if choice == LeaveChoice.STAY or (choice == LeaveChoice.SAVE and not previous.save()):
                self.tabs.blockSignals(True)
                self.tabs.setCurrentIndex(self._last_tab)
                self.tabs.blockSignals(False)
                return
            if choice == LeaveChoice.DISCARD:
                previous.discard()
        self._last_tab = index

    def _family_saved(self, family_id: object) -> None:
        # Every save of this family (a section of this card, a dialog, another page) goes through
        # AppContext.write, which announces it: the card then shows the database's state.
        if family_id == self.family_id:
            self.reload()
