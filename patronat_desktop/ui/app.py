"""Program entry point: command line, translations, database, main window and the first-start offer."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from patronat_desktop.storage.paths import APP_NAME, DB_ENV_VAR, requested_location
from patronat_desktop.ui import ready_probe
from patronat_desktop.ui.background import finish_background_work, run_in_background
from patronat_desktop.ui.crash_handler import install_excepthook
from patronat_desktop.ui.logs import setup_logging
from patronat_desktop.ui.main_window import MainWindow
from patronat_desktop.ui.preferences import LANGUAGES as PREFERENCE_LANGUAGES
from patronat_desktop.ui.preferences import load_preferences

if TYPE_CHECKING:
    # Imported lazily at run time: SQLAlchemy and the models load off the GUI thread, after the window shows.
    from patronat_desktop.models import Worker
    from patronat_desktop.services.base import Actor
    from patronat_desktop.services.quick_start import QuickStart
    from patronat_desktop.services.registry_rows import FamilyRow
    from patronat_desktop.storage.db import Database

log = logging.getLogger(__name__)

# UI languages; Russian is the source language of every string and needs no translation file.
LANGUAGES = PREFERENCE_LANGUAGES

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "translations"

_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Belarus),
    "be": QLocale(QLocale.Language.Belarusian, QLocale.Country.Belarus),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. -platform, -style)."""
    parser = argparse.ArgumentParser(prog=APP_NAME, description="Social patronage casework (desktop).")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=f"SQLite file or SQLAlchemy URL (default: ${DB_ENV_VAR}, else the user data folder)",
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=None, help="language of the interface (default: as last chosen)"
    )
    return parser.parse_known_args(argv)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's own strings and ours for lang, when their files exist; returns the loaded translators.

    A missing .qm is not an error: the interface then stays in Russian, the source language.
    """
    QLocale.setDefault(_LOCALES[lang])
    candidates = [
        (f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"patronat_{lang}", str(TRANSLATIONS_DIR)),
    ]
    loaded = []
    for name, folder in candidates:
        if lang == "ru" and name.startswith("patronat_"):
            continue
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.info("No translation %s in %s", name, folder)
    return loaded


def _report_unopenable(db: str | None, error: BaseException, interactive: bool) -> None:
    log.exception("Cannot open the database %s", db)
    print(f"{APP_NAME}: cannot open the database: {error}", file=sys.stderr)
    if not interactive:
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "Не удалось открыть базу данных"))
    box.setText(
        QCoreApplication.translate("App", "Не удалось открыть базу данных: {error}").format(error=error)
    )
    box.setDetailedText("".join(traceback.format_exception(error)))
    box.exec()


@dataclass
class Startup:
    """What the background start hands to the window: the open database and the first screenful."""

    database: Database
    backup: Path | None
    actor: Actor | None
    worker_name: str
    rows: list[FamilyRow] | None
    empty: bool


def open_for_window(db: str | None, with_rows: bool = True) -> Startup:
    """Open (create, migrate) the database and read the list unless it is on screen; off the GUI thread."""
    from patronat_desktop.services.base import Actor
    from patronat_desktop.services.queries import list_families
    from patronat_desktop.services.startup import default_worker, is_empty, open_database

    database, backup = open_database(db)
    worker = _remembered_worker(database) or default_worker(database)
    actor = Actor.of(worker) if worker is not None else None
    rows: list[FamilyRow] | None = None
    if with_rows:
        with database.sessions() as session:
            rows = list_families(session, actor.centre_id) if actor is not None else []
    return Startup(database, backup, actor, worker.short_name if worker else "", rows, is_empty(database))


def _remembered_worker(database: Database) -> Worker | None:
    """The worker last chosen in Settings for this database, if still active."""
    from patronat_desktop.models import Worker

    worker_id = load_preferences().worker_id(database.describe())
    if worker_id is None:
        return None
    with database.sessions() as session:
        worker = session.get(Worker, worker_id)
        if worker is None or not worker.active:
            return None
        session.expunge(worker)
        return worker


class Starter(QObject):
    """Shows the window first, opens the database in the background, then attaches the window to it."""

    def __init__(self, window: MainWindow, db: str | None, interactive: bool) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.interactive = interactive
        self.database: Database | None = None
        self.quick: QuickStart | None = None
        window.database_set_up.connect(self._reopen)

    def start(self) -> None:
        """Read the registry quickly when the database is a SQLite file; then open it properly."""
        location = requested_location(self.db)
        if isinstance(location, str):  # a server URL: no quick path
            self._open(with_rows=True)
            return
        remembered = load_preferences().worker_id(f"SQLite: {location}")

        def quick() -> QuickStart | None:
            from patronat_desktop.services.quick_start import read_registry

            return read_registry(location, remembered)

        run_in_background(quick, self._quick_read, lambda _error: self._open(with_rows=True))

    def _quick_read(self, quick: QuickStart | None) -> None:
        if quick is not None:
            self.quick = quick
            self.window.show_preview(quick.worker_name, quick.rows)
            if not self.interactive:
                ready_probe.report_list()
        self._open(with_rows=quick is None)

    def _open(self, with_rows: bool) -> None:
        run_in_background(lambda: open_for_window(self.db, with_rows), self._opened, self._failed)

    def _opened(self, startup: Startup) -> None:

        self.database = startup.database
        log.info("Started with %s", startup.database.describe())
        if startup.backup is not None:
            log.info("Database upgraded; the copy from before is %s", startup.backup)
        if startup.actor is None:
            # No centre yet: first start. The window waits for the dialog's outcome.
            self.window.show_unattached(startup.database.describe())
            self.window.offer_enrolment(startup.database)
            self._offer_first_start(startup.database)
            return
        self._attach(startup.database, startup.actor, startup.worker_name, startup.rows)

    def _attach(
        self, database: Database, actor: Actor, worker_name: str, rows: list[FamilyRow] | None
    ) -> None:
        from patronat_desktop.ui.context import AppContext

        context = AppContext(database, actor, worker_name)
        self.window.attach(context)
        if rows is not None:
            self.window.show_rows(rows)
            if not self.interactive:
                ready_probe.report_list()
        elif self.quick is not None and self.quick.centre_id == actor.centre_id:
            self.window.rows_current()  # the quick rows on screen are this centre's registry
        else:
            self.window.reload()
        if not self.interactive:
            app: QApplication = QApplication.instance()  # type: ignore[assignment]
            today = self.window.today
            ready_probe.report_ready(app, quit=today is None)
            if today is not None:
                today.loaded.connect(lambda: ready_probe.report_today(app))

    def _offer_first_start(self, database: Database) -> None:
        if not self.interactive:
            ready_probe.report_ready(QApplication.instance())  # type: ignore[arg-type]
            return
        # Imported here: the dialog pulls in the demo generator, which a normal start never needs.
        from patronat_desktop.ui.first_start_dialog import FirstStartDialog

        dialog = FirstStartDialog(database, self.window)
        dialog.setup_completed.connect(self._reopen)
        dialog.open()

    def _reopen(self) -> None:
        self._open(with_rows=True)

    def _failed(self, error: BaseException) -> None:
        _report_unopenable(self.db, error, self.interactive)
        QApplication.exit(1)


def main(argv: list[str] | None = None) -> int:
    """Run the desktop program; argv are the arguments without the program name (default sys.argv[1:])."""
    options, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME, *qt_args])
    app.setApplicationName(APP_NAME)
    preferences = load_preferences()
    install_translators(app, options.lang or preferences.language)
    # A measured start must end by itself: no dialog may wait for a click, and an error ends the process.
    interactive = not ready_probe.enabled()
    if interactive:
        install_excepthook()
    window = MainWindow()
    window.show()
    if not interactive:
        ready_probe.report_window(window)
    starter = Starter(window, options.db, interactive)
    # The database opens on the thread pool once the window has painted: its imports and queries hold
    # Python's interpreter lock much of the time and would otherwise delay the first paint.
    QTimer.singleShot(0, starter.start)
    try:
        return app.exec()
    finally:
        # Let queries still running on the pool end before their database goes away.
        finish_background_work()
        if starter.database is not None:
            starter.database.dispose()


if __name__ == "__main__":
    sys.exit(main())
