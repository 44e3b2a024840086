"""Program entry point: command line, translations, database, main window and the first-start offer."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from patronat_desktop.services.startup import is_empty, open_database
from patronat_desktop.storage.db import ENV_VAR as DB_ENV_VAR
from patronat_desktop.storage.db import Database
from patronat_desktop.storage.paths import APP_NAME
from patronat_desktop.ui import ready_probe
from patronat_desktop.ui.crash_handler import install_excepthook
from patronat_desktop.ui.logs import setup_logging
from patronat_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

LANGUAGES = ("ru", "be", "en")
"""UI languages; Russian is the source language of every string and needs no translation file."""

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
    parser.add_argument("--lang", choices=LANGUAGES, default="ru", help="language of the interface")
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


def _report_unopenable(db: str | None, error: Exception, interactive: bool) -> None:
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


def _offer_first_start(window: MainWindow, database: Database) -> None:
    # Imported here: the dialog pulls in the demo generator, which a normal start never needs.
    from patronat_desktop.ui.first_start_dialog import FirstStartDialog

    dialog = FirstStartDialog(database, window)
    dialog.setup_completed.connect(window.reload)
    dialog.open()


def main(argv: list[str] | None = None) -> int:
    """Run the desktop program; argv are the arguments without the program name (default sys.argv[1:])."""
    options, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([APP_NAME, *qt_args])
    app.setApplicationName(APP_NAME)
    install_translators(app, options.lang)
    # A measured start must end by itself: no dialog may wait for a click, and an error ends the process.
    interactive = not ready_probe.enabled()
    if interactive:
        install_excepthook()

    try:
        database, backup = open_database(options.db)
    except Exception as error:
        _report_unopenable(options.db, error, interactive)
        return 1
    log.info("Started with %s, language %s", database.describe(), options.lang)
    if backup is not None:
        log.info("Database upgraded; the copy from before is %s", backup)

    try:
        window = MainWindow(database)
        window.reload()
        window.show()
        if not interactive:
            ready_probe.exit_when_exposed(app, window)
        elif is_empty(database):
            _offer_first_start(window, database)
        return app.exec()
    finally:
        database.dispose()


if __name__ == "__main__":
    sys.exit(main())
