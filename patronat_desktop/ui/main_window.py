"""The main window: navigation between Families, Today, Calendar, Directories and Settings; status bar."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from patronat_desktop.ui.crash_handler import handle_exception
from patronat_desktop.ui.elided_label import ElidedLabel
from patronat_desktop.ui.families_page import FamiliesPage
from patronat_desktop.ui.forms import LeaveChoice, ask_leave

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.services.attention import Attention
    from patronat_desktop.services.registry_rows import FamilyRow
    from patronat_desktop.services.sync import SyncStatus
    from patronat_desktop.storage.db import Database
    from patronat_desktop.ui.card.family_card import FamilyCard
    from patronat_desktop.ui.context import AppContext
    from patronat_desktop.ui.today_page import TodayPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Shown at once at start; ``attach(context)`` connects it to the database once that is open."""

    family_opened = Signal(object)
    """A family's card was opened (carries its UUID)."""
    database_set_up = Signal()
    """The empty database the window waits on was set up from the menu (a laptop enrolled): open it again."""

    PAGES = ("families", "today", "calendar", "directories", "settings")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.card: FamilyCard | None = None
        self._pending_family: uuid.UUID | None = None
        self._deferred_pages: dict[int, Callable[[], QWidget]] = {}
        self.today: TodayPage | None = None
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
        self.families.print_lists_requested.connect(self.print_lists)
        self.families_stack.addWidget(self.families)
        self.pages.addWidget(self.families_stack)
        self.loading_today = QLabel(self.tr("Загрузка…"))
        self.pages.addWidget(self.loading_today)
        self.loading_calendar = QLabel(self.tr("Загрузка…"))
        self.pages.addWidget(self.loading_calendar)
        self.loading_directories = QLabel(self.tr("Загрузка…"))
        self.loading_settings = QLabel(self.tr("Загрузка…"))
        for label in (
            self.loading_today,
            self.loading_calendar,
            self.loading_directories,
            self.loading_settings,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self.nav.setCurrentRow(self.PAGES.index("today"))  # the home screen: what needs doing today
        self.families.set_status(self.tr("Загрузка списка семей…"))

    # Start-up

    def attach(self, context: AppContext) -> None:
        """Connect to the open database: build the home page, Today; the others are built when first shown."""
        from patronat_desktop.ui.today_page import TodayPage

        self.context = context
        self.database_label.setText(
            self.tr("База данных: {database}").format(database=context.database.describe())
        )
        self._update_worker()
        context.worker_changed.connect(self._update_worker)
        context.families_changed.connect(self.reload)
        context.sync_changed.connect(self.reload_sync)
        self.reload_sync()
        self.today = TodayPage(context)
        self.today.family_opened.connect(self.open_family)
        self._replace_page(self.PAGES.index("today"), self.today)
        # Building every page at start cost ~0.5 s (Directories alone reads four tables and the year's
        # holidays): each is built the first time it is shown.
        self._deferred_pages = {
            self.PAGES.index("calendar"): self._make_calendar,
            self.PAGES.index("directories"): self._make_directories,
            self.PAGES.index("settings"): self._make_settings,
        }
        self._ensure_page(self.nav.currentRow())
        self.pages.setCurrentIndex(self.nav.currentRow())
        if self._pending_family is not None:
            self.open_family(self._pending_family)
            self._pending_family = None

    def _make_calendar(self) -> QWidget:
        from patronat_desktop.ui.calendar.calendar_page import CalendarPage

        assert self.context is not None
        calendar = CalendarPage(self.context)
        calendar.family_opened.connect(self.open_family)
        return calendar

    def _make_directories(self) -> QWidget:
        from patronat_desktop.ui.directories_page import DirectoriesPage

        assert self.context is not None
        return DirectoriesPage(self.context)

    def _make_settings(self) -> QWidget:
        from patronat_desktop.ui.settings_page import SettingsPage

        assert self.context is not None
        return SettingsPage(self.context)

    def _replace_page(self, index: int, page: QWidget) -> None:
        old = self.pages.widget(index)
        assert old is not None
        self.pages.removeWidget(old)
        old.deleteLater()
        self.pages.insertWidget(index, page)

    def _ensure_page(self, index: int) -> bool:
        """Build the page at index if it waits to be built; True when it was built just now."""
        factory = self._deferred_pages.pop(index, None)
        if factory is None:
            return False
        self._replace_page(index, factory())
        return True

    def _ensure_card(self) -> FamilyCard:
        if self.card is None:
            from patronat_desktop.ui.card.family_card import FamilyCard
            from patronat_desktop.ui.card.registry import default_sections

            assert self.context is not None
            self.card = FamilyCard(self.context, default_sections())
            self.card.closed.connect(self.show_list)
            self.families_stack.addWidget(self.card)
        return self.card

    def show_unattached(self, database: str) -> None:
        """The database is open but has no centre yet (first start): say so instead of "loading"."""
        self.database_label.setText(self.tr("База данных: {database}").format(database=database))
        self.worker_label.setText(self.tr("Специалист: не выбран"))
        self.families.set_status(self.tr("Центр ещё не настроен"))
        for label in (
            self.loading_today,
            self.loading_calendar,
            self.loading_directories,
            self.loading_settings,
        ):
            label.setText(self.tr("Центр ещё не настроен"))

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

    def show_preview(self, worker_name: str, rows: list[FamilyRow]) -> None:
        """The registry read before the database layer is ready: searchable at once, cards open later."""
        self.families.set_rows(rows)
        self.worker_label.setText(self.tr("Специалист: {worker}").format(worker=worker_name))
        self.families.set_status(self.tr("Открытие базы данных…"))

    def show_rows(self, rows: list[FamilyRow]) -> None:
        self.families.set_rows(rows)
        self.rows_current()

    def rows_current(self) -> None:
        """The list on screen is current: fill the filters and load the markers."""
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
            self._show_choices,
            self._failed,
        )

    def _show_choices(self, choices: tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]) -> None:
        self.families.set_choices(*choices)

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
        self.set_up_centre_action = QAction(self.tr("Настроить &центр обмена…"), self)
        self.set_up_centre_action.triggered.connect(self.set_up_centre)
        self.enrol_action = QAction(self.tr("&Подключить к центру…"), self)
        self.enrol_action.triggered.connect(self.connect_to_centre)
        self.sync_menu.addAction(self.set_up_centre_action)
        self.sync_menu.addAction(self.enrol_action)
        self._empty_database: Database | None = None
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
        # An attached database that is neither can become the centre; only an empty one can be enrolled.
        known = self.context is not None and self.sync_status is not None
        self.set_up_centre_action.setVisible(role == "none" and known)
        self.enrol_action.setVisible(self.context is None and self._empty_database is not None)

    def reload_sync(self) -> None:
        """Read this database's sync role, last bundle and open conflicts in the background."""
        if self.context is None:
            return
        from patronat_desktop.services.sync import list_conflicts, sync_status

        def read(session: Session) -> tuple[SyncStatus, int]:
            status = sync_status(session)
            return status, len(list_conflicts(session)) if status.role in ("laptop", "centre") else 0

        # Bound methods, not lambdas: Qt drops a bound slot of a deleted window, a lambda would outlive it.
        self.context.background(read, self._show_sync_result, self._sync_status_failed)

    def _show_sync_result(self, result: tuple[SyncStatus, int]) -> None:
        self.show_sync_status(*result)

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

    def offer_enrolment(self, database: Database) -> None:
        """The database is empty (first start): «Обмен → Подключить к центру…» may enrol it."""
        self._empty_database = database
        self._show_sync_role("none")

    def set_up_centre(self) -> QDialog | None:
        from patronat_desktop.ui.sync.setup_dialogs import CentreSetupDialog

        if self.context is None:
            return None
        dialog = CentreSetupDialog(self.context, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def connect_to_centre(self) -> QDialog | None:
        from patronat_desktop.ui.sync.setup_dialogs import EnrolDialog

        if self._empty_database is None or self.context is not None:
            return None
        dialog = EnrolDialog(self._empty_database, parent=self)
        dialog.enrolled.connect(self._enrolled)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _enrolled(self) -> None:
        self._empty_database = None
        self._show_sync_role("none")
        self.database_set_up.emit()

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
        built = self._ensure_page(index)  # a page built just now has loaded its data already
        self.pages.setCurrentIndex(index)
        page = self.pages.currentWidget()
        reload = getattr(page, "reload", None)
        if index != 0 and not built and callable(reload):
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
        if self.context is None:
            # The list can be shown before the database is attached: open the card once it is.
            self._pending_family = family_id
            return
        card = self._ensure_card()
        if self.families_stack.currentWidget() is card and not card.confirm_leave():
            return
        self.show_page(0)
        card.open_family(family_id)
        self.families_stack.setCurrentWidget(card)
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

    def print_lists(self) -> None:
        """Ask which list of the centre to print, then show its preview."""
        if self.context is None:
            return
        from patronat_desktop.ui.documents.lists_dialog import PrintListsDialog

        self.lists_dialog = PrintListsDialog(self.context, self)
        self.lists_dialog.open()

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
