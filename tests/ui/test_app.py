"""The program's entry point: options, translations, and a real start in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale
from PySide6.QtWidgets import QApplication

from patronat_desktop.ui import app

ROOT = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def test_language_defaults_to_the_preference_and_qt_options_go_to_qt() -> None:
    options, rest = app.parse_args(["--db", "x.sqlite3", "-style", "fusion"])
    assert (options.db, options.lang) == ("x.sqlite3", None)  # then preferences decide (Russian by default)
    assert rest == ["-style", "fusion"]


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(SystemExit):
        app.parse_args(["--lang", "de"])


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed beside this Python")
def test_english_translation_is_loaded_from_the_translations_folder(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    subprocess.run(
        [
            str(LRELEASE),
            str(ROOT / "translations" / "patronat_en.ts"),
            "-qm",
            str(tmp_path / "patronat_en.qm"),
        ],
        check=True,
        capture_output=True,
    )
    monkeypatch.setattr(app, "TRANSLATIONS_DIR", tmp_path)
    translators = app.install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("MainWindow", "Патронат — семьи") == "Patronat — families"
        assert QCoreApplication.translate("vocab", "Оценка проблем") == "Problem assessment"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Belarus))


def test_russian_needs_no_file_of_ours(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "TRANSLATIONS_DIR", tmp_path / "missing")
    translators = app.install_translators(qapp, "ru")
    try:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        assert len(translators) == (1 if (qt_folder / "qtbase_ru.qm").exists() else 0)
        assert QCoreApplication.translate("MainWindow", "Патронат — семьи") == "Патронат — семьи"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def start_until_ready(tmp_path: Path, db: Path) -> subprocess.CompletedProcess[str]:
    """Run the program in a fresh process, as the benchmark does: it quits once its window is ready."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PATRONAT_EXIT_WHEN_READY": "1",
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    return subprocess.run(
        [sys.executable, "-m", "patronat_desktop.ui.app", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_program_starts_on_a_new_database_and_reports_ready(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    done = start_until_ready(tmp_path, db)
    assert done.returncode == 0, done.stderr
    reported = dict(part.split("=") for part in done.stdout.split())
    assert set(reported) == {"window_ms", "ready_ms"}
    assert 0 < float(reported["window_ms"]) <= float(reported["ready_ms"])
    assert db.exists()
    log_files = list((tmp_path / "state").rglob("patronat-desktop.log"))
    assert log_files and "Started with SQLite" in log_files[0].read_text(encoding="utf-8")


def test_a_database_that_cannot_be_opened_ends_a_measured_start_with_an_error(tmp_path: Path) -> None:
    not_a_database = tmp_path / "notes.sqlite3"
    not_a_database.write_text("this is not SQLite", encoding="utf-8")
    done = start_until_ready(tmp_path, not_a_database)
    assert done.returncode == 1
    assert "cannot open the database" in done.stderr
    assert "ready_ms" not in done.stdout


def test_the_program_opens_an_existing_district_with_its_families(tmp_path: Path) -> None:
    db = tmp_path / "district.sqlite3"
    from patronat_desktop.services.demo import load_demo
    from patronat_desktop.services.startup import open_database

    database, _ = open_database(db)
    with database.transaction() as session:
        load_demo(session, families=30, seed=2)
    database.dispose()
    done = start_until_ready(tmp_path, db)
    assert done.returncode == 0, done.stderr
    reported = {key: float(ms) for key, ms in (part.split("=") for part in done.stdout.split())}
    # The list came from the quick sqlite3 read, before the database layer was attached.
    assert set(reported) == {"window_ms", "list_ms", "ready_ms", "today_ms"}
    assert reported["window_ms"] <= reported["list_ms"] <= reported["ready_ms"] <= reported["today_ms"]
