"""The Directories page: the centre's agencies, the grounds of a difficult situation, calendar and workers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from patronat_desktop.ui.directories.agencies_tab import AgenciesTab
from patronat_desktop.ui.directories.calendar_tab import CalendarTab
from patronat_desktop.ui.directories.grounds_tab import GroundsTab
from patronat_desktop.ui.directories.workers_tab import WorkersTab

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext


class DirectoriesPage(QWidget):
    """Tabs of the centre's reference lists. Every change is one service call through AppContext.write;
    the lists reload on AppContext.families_changed, so a change made elsewhere shows here too.

    Only the calendar tab has an inline form; ``is_dirty`` / ``save`` / ``discard`` speak for it, so the
    window can ask before leaving the page. The other tabs edit in dialogs, which guard themselves.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agencies_tab = AgenciesTab(context)
        self.grounds_tab = GroundsTab(context)
        self.calendar_tab = CalendarTab(context)
        self.workers_tab = WorkersTab(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agencies_tab, self.tr("&Организации"))
        self.tabs.addTab(self.grounds_tab, self.tr("Основания &ТЖС"))
        self.tabs.addTab(self.calendar_tab, self.tr("&Календарь"))
        self.tabs.addTab(self.workers_tab, self.tr("&Специалисты"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

    def page_title(self) -> str:
        return self.tr("Справочники")

    def reload(self) -> None:
        self.agencies_tab.reload()
        self.grounds_tab.reload()
        self.calendar_tab.reload()
        self.workers_tab.reload()

    def is_dirty(self) -> bool:
        return self.calendar_tab.is_dirty()

    def save(self) -> bool:
        return self.calendar_tab.save() if self.calendar_tab.is_dirty() else True

    def discard(self) -> None:
        self.calendar_tab.discard()
