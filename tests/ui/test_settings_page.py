"""The Settings page: who is working, the language, the centre's rules, and the preferences file."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from factories import Case, add_worker, audit_actions, visit
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from patronat_desktop.domain.vocab import Stage, VisitKind
from patronat_desktop.models import Visit
from patronat_desktop.services import cases, settings
from patronat_desktop.services.base import Actor
from patronat_desktop.storage import paths
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.preferences import Preferences, load_preferences, save_preferences
from patronat_desktop.ui.settings_page import SettingsPage


@pytest.fixture
def prefs_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "preferences.json"


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, prefs_file: Path) -> SettingsPage:
    settings_page = SettingsPage(context, preferences_file=prefs_file)
    qtbot.addWidget(settings_page)
    settings_page.resize(1366, 700)
    settings_page.show()
    qtbot.waitExposed(settings_page)
    return settings_page


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- the signed-in worker ---


def test_choosing_another_worker_switches_the_actor_and_is_remembered_for_this_database(
    qtbot: QtBot, context: AppContext, prefs_file: Path
) -> None:
    other = add_worker(context.database, context.actor.centre_id, surname="Сидорова")
    add_worker(context.database, context.actor.centre_id, surname="Уволенная", active=False)
    page = SettingsPage(context, preferences_file=prefs_file)
    qtbot.addWidget(page)
    combo = page.worker_combo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "Иванова А. — заведующий отделением",
        "Сидорова Е. — специалист по социальной работе",
    ]  # an inactive worker cannot be chosen
    assert combo.currentIndex() == 0
    head = context.actor.worker_id

    with qtbot.waitSignal(context.worker_changed):
        QTest.keyClick(combo, Qt.Key.Key_Down)  # the keyboard way: the closed box moves to the next one

    assert context.actor.worker_id == other
    assert context.actor.centre_id is not None
    assert context.worker_name == "Сидорова Е."
    assert combo.currentText() == "Сидорова Е. — специалист по социальной работе"
    assert load_preferences(prefs_file).worker_id(context.database.describe()) == other
    assert head != other


def test_a_new_worker_added_elsewhere_appears_in_the_box(page: SettingsPage, context: AppContext) -> None:
    worker_id = add_worker(context.database, context.actor.centre_id, surname="Новикова")
    context.families_changed.emit()
    assert page.worker_combo.findData(str(worker_id)) >= 0


# --- language ---


def test_choosing_a_language_saves_it_for_the_next_start(
    qtbot: QtBot, page: SettingsPage, prefs_file: Path
) -> None:
    assert page.language_combo.currentText() == "Русский"
    assert "при следующем запуске" in page.language_note.text()
    page.language_combo.setFocus()
    QTest.keyClick(page.language_combo, Qt.Key.Key_Down)
    assert page.language_combo.currentText() == "Беларуская"
    assert load_preferences(prefs_file).language == "be"
    assert json.loads(prefs_file.read_text(encoding="utf-8"))["language"] == "be"


def test_the_saved_language_is_shown_when_the_page_opens(
    qtbot: QtBot, context: AppContext, prefs_file: Path
) -> None:
    save_preferences(Preferences(language="en"), prefs_file)
    page = SettingsPage(context, preferences_file=prefs_file)
    qtbot.addWidget(page)
    assert page.language_combo.currentText() == "English"


def test_an_unwritable_preferences_file_is_said_next_to_the_choice(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be", encoding="utf-8")
    page = SettingsPage(context, preferences_file=blocker / "preferences.json")
    qtbot.addWidget(page)
    page.show()
    page.language_combo.setCurrentIndex(2)
    page.language_combo.activated.emit(2)
    assert page.language_error.isVisible()
    assert "Не удалось записать файл настроек" in page.language_error.text()


# --- the centre's rules ---


def test_counting_office_talks_is_stored_and_a_later_office_talk_counts(
    qtbot: QtBot, context: AppContext, prefs_file: Path, case_at: Callable[[Stage], Case]
) -> None:
    case = case_at(Stage.PATRONAGE)
    page = SettingsPage(context, preferences_file=prefs_file)
    qtbot.addWidget(page)
    page.show()
    checks = page.kind_checks
    assert [kind for kind, check in checks.items() if check.isChecked()] == [VisitKind.HOME]
    assert checks[VisitKind.OFFICE].text() == "беседа в центре"
    assert not page.save_rules_button.isEnabled()

    click(qtbot, checks[VisitKind.OFFICE])
    assert page.is_dirty()
    assert page.save_rules_button.isEnabled()
    click(qtbot, page.save_rules_button)

    assert not page.is_dirty()
    assert page.rules_status.text() == "Правила сохранены."
    centre = context.actor.centre_id
    stored = context.read(lambda s: settings.get_setting(s, centre, "counting_visit_kinds"))
    assert stored == ["home", "office"]
    assert audit_actions(context.database)["setting.set"] == 1

    actor = context.actor
    talk = visit([case.applicant_id], kind=VisitKind.OFFICE, date=date(2026, 5, 18))
    recorded = context.write(
        lambda s: cases.record_visit(s, actor, case.family_id, talk, today=context.today()).id,
        case.family_id,
    )
    counted = context.read(lambda s: s.get(Visit, recorded).counts_toward_norm)
    assert counted is True


def test_forbidding_a_contract_before_the_plan_is_stored(
    qtbot: QtBot, page: SettingsPage, context: AppContext
) -> None:
    click(qtbot, page.plan_first_check)
    click(qtbot, page.save_rules_button)
    centre = context.actor.centre_id
    assert context.read(lambda s: settings.stage_rules(s, centre)).contract_requires_agreed_plan is True
    # Only the changed rule was written.
    assert audit_actions(context.database)["setting.set"] == 1


def test_unsaved_rules_can_be_discarded(qtbot: QtBot, page: SettingsPage, context: AppContext) -> None:
    click(qtbot, page.kind_checks[VisitKind.PHONE])
    assert page.is_dirty()
    click(qtbot, page.discard_rules_button)
    assert not page.is_dirty()
    assert not page.kind_checks[VisitKind.PHONE].isChecked()
    assert audit_actions(context.database)["setting.set"] == 0


def test_a_refused_rule_is_shown_next_to_it(
    qtbot: QtBot, page: SettingsPage, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The form only offers known kinds; a value the service refuses is slipped in on the way to it.
    real_set_setting = settings.set_setting

    def set_unknown_kind(session: Session, actor: Actor, key: str, value: Any) -> None:
        real_set_setting(session, actor, key, [*value, "visit_by_pigeon"])

    monkeypatch.setattr(settings, "set_setting", set_unknown_kind)
    click(qtbot, page.kind_checks[VisitKind.PHONE])
    click(qtbot, page.save_rules_button)

    label = page.rule_errors._fields["setting.counting_visit_kinds"][0]
    assert label.isVisible()
    assert label.text() == "Засчитываемые виды посещений: неизвестный вид."
    assert page.is_dirty()  # the edit is kept for another try
    centre = context.actor.centre_id
    assert context.read(lambda s: settings.get_setting(s, centre, "counting_visit_kinds")) == ["home"]
    assert audit_actions(context.database)["setting.set"] == 0


# --- the information shown ---


def test_the_page_says_where_the_data_lives(
    page: SettingsPage, context: AppContext, prefs_file: Path
) -> None:
    assert page.database_label.text() == context.database.describe()
    assert page.log_dir_label.text() == str(paths.log_dir())
    assert page.data_dir_label.text() == str(paths.data_dir())
    assert page.preferences_label.text() == str(prefs_file)


# --- the preferences file ---


def test_preferences_round_trip_in_the_config_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "config_dir", lambda: tmp_path / "cfg")
    worker = uuid.uuid4()
    prefs = Preferences(language="be")
    prefs.remember_worker("SQLite: /data/patronat.sqlite3", worker)
    assert save_preferences(prefs)
    assert (tmp_path / "cfg" / "preferences.json").exists()
    again = load_preferences()
    assert again.language == "be"
    assert again.worker_id("SQLite: /data/patronat.sqlite3") == worker
    assert again.worker_id("SQLite: /other.sqlite3") is None


def test_a_missing_preferences_file_gives_the_defaults(tmp_path: Path) -> None:
    prefs = load_preferences(tmp_path / "nothing.json")
    assert prefs == Preferences()
    assert prefs.language == "ru"


@pytest.mark.parametrize(
    "content",
    ['{"language": "be", "worker_id": {"SQLite', "[1, 2, 3]", "\x00\x01binary", '{"language": 5}'],
    ids=["truncated", "not-an-object", "binary", "wrong-type"],
)
def test_a_corrupted_preferences_file_is_ignored_with_a_warning(
    tmp_path: Path, content: str, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="patronat_desktop.ui.preferences"):
        prefs = load_preferences(path)
    assert prefs == Preferences()
    assert any(str(path) in record.getMessage() for record in caplog.records)


def test_a_bad_worker_id_is_dropped_and_the_rest_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "preferences.json"
    good = uuid.uuid4()
    path.write_text(
        json.dumps({"language": "en", "worker_id": {"a": "not-a-uuid", "b": str(good)}}), encoding="utf-8"
    )
    with caplog.at_level(logging.WARNING):
        prefs = load_preferences(path)
    assert prefs.language == "en"
    assert prefs.worker_ids == {"b": good}
    assert "not-a-uuid" in caplog.text


def test_the_settings_page_opens_over_a_corrupted_preferences_file(
    qtbot: QtBot, context: AppContext, prefs_file: Path
) -> None:
    prefs_file.parent.mkdir(parents=True)
    prefs_file.write_text("{oops", encoding="utf-8")
    page = SettingsPage(context, preferences_file=prefs_file)
    qtbot.addWidget(page)
    assert page.language_combo.currentText() == "Русский"
    page.language_combo.setCurrentIndex(2)
    page.language_combo.activated.emit(2)
    assert load_preferences(prefs_file).language == "en"  # the broken file was replaced by a good one
