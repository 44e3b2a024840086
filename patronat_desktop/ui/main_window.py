"""The main window: navigation between Families, Today, Calendar, Directories and Settings; status bar."""

from __future__ import annotations

import logging
import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.ui.crash_handler import handle_exception
from patronat_desktop.ui.elided_label import ElidedLabel
from patronat_desktop.ui.families_page import FamiliesPage
from patronat_desktop.ui.forms import LeaveChoice, ask_leave

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.services.attention import Attention
    from patronat_desktop.services.queries import FamilyRow
    from patronat_desktop.services.sync import SyncStatus
    from patronat_desktop.ui.card.family_card import FamilyCard
    from patronat_desktop.ui.context import AppContext

log = logging.getLogger(__name__)


class PlaceholderPage(QWidget):
    """A page whose content arrives in a later version; says so plainly."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    """Shown at once at start; ``attach(context)`` connects it to the database once that is open."""

    family_opened = Signal(object)
    """A family's card was opened (carries its UUID)."""

    PAGES = ("families", "today", "calendar", "directories", "settings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.card: FamilyCard | None = None
        self.setWindowTitle(self.tr("Патронат — семьи"))
        self.resize(1280, 720)

        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        titles = (
            self.tr("Семьи"),
            self.tr("Сегодня"),
            self.tr("Календарь"),
            self.tr("Справочники"),
            self.tr("Настройки"),
        )
        for i, title in enumerate(titles):
            item = QListWidgetItem(f"{title}")
            item.setToolTip(self.tr("{title} (Alt+{n})").format(title=title, n=i + 1))
            self.nav.addItem(item)
            QShortcut(QKeySequence(f"Alt+{i + 1}"), self, lambda i=i: self.show_page(i))
        self.pages = QStackedWidget()
        self.families_stack = QStackedWidget()
        self.families = FamiliesPage()
        self.families.family_activated.connect(self.open_family)
        self.families.new_family_requested.connect(self.new_family)
        self.families_stack.addWidget(self.families)
        self.pages.addWidget(self.families_stack)
        self.pages.addWidget(
            PlaceholderPage(
                self.tr("Сегодня"),
                self.tr(
                    "Повестка дня — просроченные нормы и обследования, посещения недели — появится в "
                    "следующей версии. Пока посмотрите семьи с отметкой «Требуют внимания» "
                    "на странице «Семьи»."
                ),
            )
        )
        self.pages.addWidget(
            PlaceholderPage(
                self.tr("Календарь"),
                self.tr("Календарь посещений и норм появится в следующей версии."),
            )
        )
        self.loading_directories = QLabel(self.tr("Загрузка…"))
        self.loading_settings = QLabel(self.tr("Загрузка…"))
        self.pages.addWidget(self.loading_directories)
        self.pages.addWidget(self.loading_settings)
        self.nav.currentRowChanged.connect(self._nav_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.database_label = ElidedLabel(self.tr("База данных: открывается…"))
        self.worker_label = QLabel()
        self.sync_label = QLabel(self.tr("Последний пакет синхронизации: нет"))
        self.sync_status: SyncStatus | None = None
        self._build_sync_menu()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.worker_label)
        self.statusBar().addPermanentWidget(self.sync_label)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_family)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self._find)
        self.nav.setCurrentRow(0)
        self.families.set_status(self.tr("Загрузка списка семей…"))

    # Start-up

    def attach(self, context: AppContext) -> None:
        """Connect to the open database: build the pages that need it and load the families."""
        from patronat_desktop.ui.card.family_card import FamilyCard
        from patronat_desktop.ui.card.registry import default_sections
        from patronat_desktop.ui.directories_page import DirectoriesPage
        from patronat_desktop.ui.settings_page import SettingsPage

        self.context = context
        self.database_label.setText(
            self.tr("База данных: {database}").format(database=context.database.describe())
        )
        self._update_worker()
        context.worker_changed.connect(self._update_worker)
        context.families_changed.connect(self.reload)
        context.sync_changed.connect(self.reload_sync)
        self.reload_sync()
        self.card = FamilyCard(context, default_sections())
        self.card.closed.connect(self.show_list)
        self.families_stack.addWidget(self.card)
        for old, new in (
            (self.loading_directories, DirectoriesPage(context)),
            (self.loading_settings, SettingsPage(context)),
        ):
            index = self.pages.indexOf(old)
            self.pages.removeWidget(old)
            old.deleteLater()
            self.pages.insertWidget(index, new)
        self.pages.setCurrentIndex(self.nav.currentRow())

    def show_unattached(self, database: str) -> None:
        """The database is open but has no centre yet (first start): say so instead of "loading"."""
        self.database_label.setText(self.tr("База данных: {database}").format(database=database))
        self.worker_label.setText(self.tr("Специалист: не выбран"))
        self.families.set_status(self.tr("Центр ещё не настроен"))

    def _update_worker(self) -> None:
        name = self.context.worker_name if self.context is not None else ""
        self.worker_label.setText(self.tr("Специалист: {worker}").format(worker=name or self.tr("не выбран")))

    def reload(self) -> None:
        """Reload the family list (and then its markers) in the background."""
        if self.context is None:
            return
        from patronat_desktop.services.queries import list_families

        context = self.context
        centre_id = context.actor.centre_id
        self.families.set_status(self.tr("Обновление списка…"))
        context.background(lambda s: list_families(s, centre_id), self.show_rows, self._failed)

    def show_rows(self, rows: list[FamilyRow]) -> None:
        self.families.set_rows(rows)
        self._load_choices()
        self.families.set_status(self.tr("Проверка сроков и норм…"))
        self._load_attention()

    def _load_choices(self) -> None:
        """Fill the worker and ground filters of the list from the directories."""
        from patronat_desktop.services.queries import filter_choices

        assert self.context is not None
        centre_id = self.context.actor.centre_id
        self.context.background(
            lambda s: filter_choices(s, centre_id),
            lambda choices: self.families.set_choices(*choices),
            self._failed,
        )

    def _load_attention(self) -> None:
        from patronat_desktop.services.attention import centre_attention
        from patronat_desktop.services.calendar import work_calendar

        assert self.context is not None
        centre_id, today = self.context.actor.centre_id, self.context.today()
        self.context.background(
            lambda s: centre_attention(s, centre_id, today, work_calendar(s, centre_id)),
            self.show_attention,
            self._failed,
        )

    def show_attention(self, attention: dict[uuid.UUID, Attention]) -> None:
        self.families.set_attention(attention)
        self.families.set_status("")

    def _failed(self, error: BaseException) -> None:
        self.families.set_status(self.tr("Не удалось загрузить данные"))
        handle_exception(type(error), error, error.__traceback__)

    # Exchange with the centre (sync bundles)

    def _build_sync_menu(self) -> None:
        """Menu «Обмен»: laptop actions or centre actions, shown once the database says which it is."""
        self.sync_menu = self.menuBar().addMenu(self.tr("&Обмен"))
        self.sync_actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("export", self.tr("&Выгрузить для центра…"), "Ctrl+Shift+E", self.export_for_centre),
            ("import", self.tr("&Загрузить из центра…"), "Ctrl+Shift+O", self.import_from_centre),
            ("desk", self.tr("&Приём пакетов…"), "Ctrl+Shift+I", self.open_import_desk),
            ("return", self.tr("Выгрузить для &специалиста…"), "Ctrl+Shift+E", self.export_for_worker),
            ("conflicts", self.tr("&Конфликты…"), "Ctrl+Shift+K", self.open_conflicts),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.sync_menu.addAction(action)
            self.sync_actions[key] = action
        self.sync_not_set_up = QAction(self.tr("Обмен не настроен"), self)
        self.sync_not_set_up.setEnabled(False)
        self.sync_menu.addAction(self.sync_not_set_up)
        self._show_sync_role("none")

    def _show_sync_role(self, role: str) -> None:
        laptop, centre = role == "laptop", role == "centre"
        for key, visible in (
            ("export", laptop),
            ("import", laptop),
            ("desk", centre),
            ("return", centre),
            ("conflicts", laptop or centre),  # a return bundle can keep conflicts on a laptop too
        ):
            self.sync_actions[key].setVisible(visible)
            self.sync_actions[key].setEnabled(visible)
        self.sync_not_set_up.setVisible(not (laptop or centre))

    def reload_sync(self) -> None:
        """Read this database's sync role, last bundle and open conflicts in the background."""
        if self.context is None:
            return
        from patronat_desktop.services.sync import list_conflicts, sync_status

        def read(session: Session) -> tuple[SyncStatus, int]:
            status = sync_status(session)
            return status, len(list_conflicts(session)) if status.role in ("laptop", "centre") else 0

        self.context.background(read, lambda result: self.show_sync_status(*result), self._sync_status_failed)

    def show_sync_status(self, status: SyncStatus, conflicts: int = 0) -> None:
        from patronat_desktop.ui.sync.values import format_moment

        self.sync_status = status
        self._show_sync_role(status.role)
        if status.role not in ("laptop", "centre"):
            self.sync_label.setText(self.tr("Обмен с центром не настроен"))
            return
        moments = [m for m in (status.last_export_at, status.last_import_at) if m is not None]
        last = format_moment(max(moments)) if moments else self.tr("нет")
        text = self.tr("Последний пакет синхронизации: {moment}").format(moment=last)
        if status.role == "laptop" and status.unsent_changes:
            text = self.tr("{text}; не отправлено изменений: {n}").format(text=text, n=status.unsent_changes)
        if conflicts:
            text = self.tr("{text}; ⚠ конфликтов: {n}").format(text=text, n=conflicts)
        self.sync_label.setText(text)

    def _sync_status_failed(self, error: BaseException) -> None:
        # The status line is not worth an error dialog; the log keeps the reason.
        log.warning("Could not read the sync status", exc_info=error)
        self.sync_label.setText(self.tr("Последний пакет синхронизации: неизвестно"))

    def export_for_centre(self) -> None:
        from patronat_desktop.ui.sync.export_dialog import ExportDialog

        if self.context is not None:
            ExportDialog(self.context, parent=self).open()

    def export_for_worker(self) -> None:
        from patronat_desktop.ui.directories.records import list_workers
        from patronat_desktop.ui.sync.export_dialog import ExportDialog

        if self.context is None:
            return
        context = self.context
        centre_id = context.actor.centre_id
        records = context.read(lambda s: list_workers(s, centre_id))
        workers = {r.data.login: r.short_name for r in records if r.data.active and r.data.login}
        ExportDialog(context, workers=workers, parent=self).open()

    def import_from_centre(self) -> None:
        self._open_desk(centre=False)

    def open_import_desk(self) -> None:
        self._open_desk(centre=True)

    def _open_desk(self, centre: bool) -> None:
        from patronat_desktop.ui.sync.import_desk import ImportDesk

        if self.context is None:
            return
        desk = ImportDesk(self.context, centre=centre, parent=self)
        desk.conflicts_requested.connect(self.open_conflicts)
        desk.open()

    def open_conflicts(self) -> None:
        from patronat_desktop.ui.sync.conflicts_dialog import ConflictsDialog

        if self.context is not None:
            ConflictsDialog(self.context, parent=self).open()

    # Navigation

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _nav_changed(self, index: int) -> None:
        if index != self.pages.currentIndex() and not self._may_leave_page():
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self.pages.currentIndex())
            self.nav.blockSignals(False)
            return
        self.pages.setCurrentIndex(index)
        page = self.pages.currentWidget()
        reload = getattr(page, "reload", None)
        if index != 0 and callable(reload):
            reload()

    def _may_leave_page(self) -> bool:
        """Ask about unsaved edits on the page being left (a family card, the calendar form, settings)."""
        page: Any = self.pages.currentWidget()  # a page may offer is_dirty / save / discard / page_title
        if page is self.families_stack:
            return (
                self.card is None
                or self.families_stack.currentWidget() is not self.card
                or (self.card.confirm_leave())
            )
        if not getattr(page, "is_dirty", lambda: False)():
            return True
        title = getattr(page, "page_title", lambda: "")()
        choice = ask_leave(self, title)
        if choice == LeaveChoice.STAY:
            return False
        if choice == LeaveChoice.SAVE:
            return bool(page.save())
        page.discard()
        return True

    def _find(self) -> None:
        self.show_page(0)
        self.show_list()
        self.families.focus_search()

    def open_family(self, family_id: uuid.UUID) -> None:
        if self.card is None:
            return
        if self.families_stack.currentWidget() is self.card and not self.card.confirm_leave():
            return
        self.show_page(0)
        self.card.open_family(family_id)
        self.families_stack.setCurrentWidget(self.card)
        self.family_opened.emit(family_id)

    def show_list(self) -> None:
        self.families_stack.setCurrentWidget(self.families)
        self.families.table.setFocus()

    def new_family(self) -> None:
        if self.context is None:
            return
        from patronat_desktop.ui.new_case_wizard import NewCaseWizard

        wizard = NewCaseWizard(self.context, self)
        wizard.family_created.connect(self.open_family)
        wizard.open()

    # Closing

    def closeEvent(self, event: QCloseEvent) -> None:
        pages_ok = self._may_leave_page()
        card_ok = pages_ok and (
            self.card is None or not self.card.dirty_sections() or self.card.confirm_leave()
        )
        if not card_ok:
            event.ignore()
            return
        event.accept()
