"""The Settings page: who is working, the interface language, the centre's local rules, where data lives."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.vocab import VisitKind
from patronat_desktop.services import settings
from patronat_desktop.services.base import Actor
from patronat_desktop.services.documents import centre_templates_dir
from patronat_desktop.storage import paths
from patronat_desktop.ui.directories.records import WorkerRecord, list_workers
from patronat_desktop.ui.directories.widgets import FormGrid
from patronat_desktop.ui.forms import FieldErrors, error_label
from patronat_desktop.ui.preferences import (
    DEFAULT_LANGUAGE,
    load_preferences,
    preferences_path,
    save_preferences,
)
from patronat_desktop.ui.vocab_labels import vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

# Each language is named in itself, whatever the interface language: these are not translated.
LANGUAGE_NAMES = (("ru", "Русский"), ("be", "Беларуская"), ("en", "English"))

COUNTING_KEY = "counting_visit_kinds"
PLAN_FIRST_KEY = "contract_requires_agreed_plan"

Rules = tuple[frozenset[VisitKind], bool]


class SettingsPage(QWidget):
    """The worker and the language apply as soon as they are chosen; the centre's rules need "Сохранить".

    ``preferences_file`` defaults to the user's config folder (tests give a temporary file).
    """

    def __init__(
        self, context: AppContext, preferences_file: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preferences_file = preferences_file if preferences_file is not None else preferences_path()
        self._loaded_rules: Rules = (frozenset({VisitKind.HOME}), False)
        self.workers: list[WorkerRecord] = []

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self._build_worker_box())
        layout.addWidget(self._build_language_box())
        layout.addWidget(self._build_rules_box())
        layout.addWidget(self._build_info_box())
        layout.addStretch(1)
        # Lines of a form across a whole wide screen are hard to read: the form keeps a readable width.
        content.setMaximumWidth(1000)
        page = QWidget()
        centred = QHBoxLayout(page)
        centred.setContentsMargins(0, 0, 0, 0)
        centred.addWidget(content, 1)
        centred.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        context.families_changed.connect(self.reload_workers)
        context.worker_changed.connect(self.reload_workers)
        self.reload()

    def page_title(self) -> str:
        return self.tr("Настройки")

    # Layout

    def _build_worker_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Специалист"))
        self.worker_combo = QComboBox()
        self.worker_combo.setMinimumContentsLength(40)
        self.worker_combo.activated.connect(self._worker_chosen)
        self.worker_error = error_label()
        note = QLabel(
            self.tr(
                "Записи и журнал действий ведутся от имени выбранного специалиста. "
                "Выбор запоминается на этом компьютере."
            )
        )
        note.setWordWrap(True)
        note.setEnabled(False)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.worker_combo)
        row.addStretch(1)
        row_widget = QWidget()
        row_widget.setLayout(row)
        form = FormGrid(box)
        caption = form.add_field(self.tr("Я &работаю как:"), row_widget, self.worker_error)
        caption.setBuddy(self.worker_combo)
        form.add_wide(note)
        return box

    def _build_language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Язык интерфейса"))
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.activated.connect(self._language_chosen)
        self.language_note = QLabel(self.tr("Язык сменится при следующем запуске программы."))
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)
        self.language_error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.language_combo)
        row.addWidget(self.language_note, 1)
        row_widget = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        row_widget.setLayout(row)
        form = FormGrid(box)
        caption = form.add_field(self.tr("&Язык:"), row_widget, self.language_error)
        caption.setBuddy(self.language_combo)
        return box

    def _build_rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Правила центра"))
        self.rules_error = error_label()
        self.rule_errors = FieldErrors(self.rules_error)
        intro = QLabel(
            self.tr(
                "Правила действуют для всех специалистов центра. Сохраняются кнопкой «Сохранить правила»."
            )
        )
        intro.setWordWrap(True)

        self.kind_checks: dict[VisitKind, QCheckBox] = {}
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        for kind in VisitKind:
            check = QCheckBox(vocab_label(kind))
            check.toggled.connect(self._rules_edited)
            self.kind_checks[kind] = check
            kinds.addWidget(check)
        kinds.addStretch(1)
        kinds_widget = QWidget()
        kinds_widget.setLayout(kinds)
        kinds_note = QLabel(
            self.tr(
                "Остальные виды записываются, но в норму не идут. Изменение касается посещений, "
                "записанных после сохранения; у записанных раньше отметка остаётся прежней."
            )
        )
        kinds_note.setWordWrap(True)
        kinds_note.setEnabled(False)
        self.plan_first_check = QCheckBox(
            self.tr("&Договор до согласования плана — запрещён (иначе предупреждение)")
        )
        self.plan_first_check.toggled.connect(self._rules_edited)

        self.save_rules_button = QPushButton(self.tr("&Сохранить правила"))
        self.save_rules_button.clicked.connect(self.save)
        self.discard_rules_button = QPushButton(self.tr("&Отменить изменения"))
        self.discard_rules_button.clicked.connect(self.discard)
        self.rules_status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_rules_button)
        buttons.addWidget(self.discard_rules_button)
        buttons.addWidget(self.rules_status, 1)

        form = FormGrid()
        form.add_wide(intro)
        form.add_field(
            self.tr("В норму посещений\nзасчитываются:"),
            kinds_widget,
            self.rule_errors.register(f"setting.{COUNTING_KEY}", kinds_widget),
        )
        form.addWidget(kinds_note, form.rowCount(), 1)
        form.add_field(
            "",
            self.plan_first_check,
            self.rule_errors.register(f"setting.{PLAN_FIRST_KEY}", self.plan_first_check),
        )
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.rules_error)
        layout.addLayout(buttons)
        return box

    def _build_info_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Где хранятся данные"))
        self.database_label = self._info_label(self.context.database.describe())
        self.data_dir_label = self._info_label(str(paths.data_dir()))
        self.log_dir_label = self._info_label(str(paths.log_dir()))
        self.preferences_label = self._info_label(str(self.preferences_file))
        self.templates_label = self._info_label(str(centre_templates_dir()))
        self.templates_label.setToolTip(
            self.tr(
                "Сюда центр кладёт свои копии шаблонов документов (ru/plan.toml, be/contract.toml…), "
                "скопировав их из папки resources/templates программы; программа берёт копию центра."
            )
        )
        form = FormGrid(box)
        form.add_field(self.tr("База данных:"), self.database_label)
        form.add_field(self.tr("Папка данных:"), self.data_dir_label)
        form.add_field(self.tr("Папка журналов:"), self.log_dir_label)
        form.add_field(self.tr("Файл настроек:"), self.preferences_label)
        form.add_field(self.tr("Шаблоны документов центра:"), self.templates_label)
        return box

    @staticmethod
    def _info_label(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    # Content

    def reload(self) -> None:
        """Show the database and the preferences file again (unsaved rule edits are dropped: ask first)."""
        self.reload_workers()
        prefs = load_preferences(self.preferences_file)
        index = self.language_combo.findData(prefs.language)
        self.language_combo.setCurrentIndex(
            index if index >= 0 else self.language_combo.findData(DEFAULT_LANGUAGE)
        )
        self.reload_rules()

    def reload_workers(self) -> None:
        actor = self.context.actor
        records = self.context.read(lambda s: list_workers(s, actor.centre_id))
        # The signed-in worker stays in the list even when no longer active, so the box tells the truth.
        self.workers = [r for r in records if r.data.active or r.id == actor.worker_id]
        self.worker_combo.clear()
        for record in self.workers:
            self.worker_combo.addItem(
                self.tr("{name} — {role}").format(name=record.short_name, role=vocab_label(record.data.role)),
                str(record.id),  # a uuid.UUID as item data would be found again only by identity
            )
        self.worker_combo.setCurrentIndex(self.worker_combo.findData(str(actor.worker_id)))

    def reload_rules(self) -> None:
        centre_id = self.context.actor.centre_id

        def read(session: Session) -> Rules:
            kinds = frozenset(settings.counting_kinds(session, centre_id))
            return kinds, bool(settings.get_setting(session, centre_id, PLAN_FIRST_KEY))

        self._loaded_rules = self.context.read(read)
        self._show_rules(self._loaded_rules)

    def _show_rules(self, rules: Rules) -> None:
        kinds, plan_first = rules
        for kind, check in self.kind_checks.items():
            check.blockSignals(True)
            check.setChecked(kind in kinds)
            check.blockSignals(False)
        self.plan_first_check.blockSignals(True)
        self.plan_first_check.setChecked(plan_first)
        self.plan_first_check.blockSignals(False)
        self.rule_errors.clear()
        self._rules_edited()

    def rules(self) -> Rules:
        """The rules as the form shows them now."""
        kinds = frozenset(kind for kind, check in self.kind_checks.items() if check.isChecked())
        return kinds, self.plan_first_check.isChecked()

    def _rules_edited(self) -> None:
        dirty = self.is_dirty()
        self.save_rules_button.setEnabled(dirty)
        self.discard_rules_button.setEnabled(dirty)
        if dirty:
            self.rules_status.clear()

    # Actions

    def _worker_chosen(self, index: int) -> None:
        worker_id = self.worker_combo.itemData(index)
        if worker_id:
            self.switch_worker(uuid.UUID(worker_id))

    def switch_worker(self, worker_id: uuid.UUID) -> None:
        """Act as ``worker_id`` from now on, and remember the choice for this database on this computer."""
        if worker_id == self.context.actor.worker_id:
            return
        record = next((r for r in self.workers if r.id == worker_id), None)
        if record is None:
            return
        self.context.switch_worker(Actor(worker_id, self.context.actor.centre_id), record.short_name)
        prefs = load_preferences(self.preferences_file)
        prefs.remember_worker(self.context.database.describe(), worker_id)
        self._show_saved(save_preferences(prefs, self.preferences_file), self.worker_error)

    def _language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        prefs = load_preferences(self.preferences_file)
        if code == prefs.language:
            return
        prefs.language = str(code)
        self._show_saved(save_preferences(prefs, self.preferences_file), self.language_error)

    def _show_saved(self, saved: bool, error: QLabel) -> None:
        if saved:
            error.clear()
            error.hide()
            return
        error.setText(
            self.tr(
                "Не удалось записать файл настроек {path}: выбор действует до закрытия программы."
            ).format(path=self.preferences_file)
        )
        error.show()

    def is_dirty(self) -> bool:
        """The centre's rules were changed in the form and not saved."""
        return self.rules() != self._loaded_rules

    def discard(self) -> None:
        self._show_rules(self._loaded_rules)

    def save(self) -> bool:
        """Store the changed rules in one transaction; refusals are shown next to the rule."""
        (kinds, plan_first), (old_kinds, old_plan_first) = self.rules(), self._loaded_rules
        actor = self.context.actor
        counting = [kind.value for kind in VisitKind if kind in kinds]

        def store(session: Session) -> None:
            if kinds != old_kinds:
                settings.set_setting(session, actor, COUNTING_KEY, counting)
            if plan_first != old_plan_first:
                settings.set_setting(session, actor, PLAN_FIRST_KEY, plan_first)

        if not self.is_dirty():
            return True
        try:
            self.context.write(store)
        except DomainError as error:
            self.rule_errors.show(error.problems)
            return False
        self.reload_rules()
        self.rules_status.setText(self.tr("Правила сохранены."))
        return True
