"""The first start: load a fictional district to look around, set up one's own centre and first worker, or
connect a worker's laptop to the centre with the enrolment file the centre wrote."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.reference import create_centre
from patronat_desktop.storage.db import Database
from patronat_desktop.ui.background import BackgroundTask, run_in_background

DEMO_FAMILIES = 300
DEMO_SEED = 1

_ERROR_STYLE = "color: #b3261e;"


class FirstStartDialog(QDialog):
    """Offered while the database has no centre. Open it with open() (window-modal, does not block)."""

    setup_completed = Signal()
    """Demo data was loaded or a centre was created: the database is no longer empty."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._task: BackgroundTask | None = None
        self.enrolment: QDialog | None = None
        self.setWindowTitle(self.tr("Первый запуск"))
        self.setMinimumWidth(620)

        title = QLabel(self.tr("Добро пожаловать в «Патронат»"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "В базе данных ещё нет ни одного центра. Посмотрите, как работает программа, "
                "на вымышленном районе или сразу настройте свой центр."
            )
        )
        intro.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self._build_demo_box())
        layout.addWidget(self._build_centre_box())
        layout.addWidget(self._build_enrol_box())
        self.general_error = self._error_label()
        layout.addWidget(self.general_error)
        self.buttons = QDialogButtonBox()
        self.later_button = self.buttons.addButton(self.tr("Позже"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    # Layout

    def _build_demo_box(self) -> QGroupBox:
        self.demo_box = QGroupBox(self.tr("Посмотреть на примере"))
        note = QLabel(
            self.tr(
                "Семьи, специалисты и посещения вымышлены. Для работы со своими семьями "
                "запустите программу с новой базой данных."
            )
        )
        note.setWordWrap(True)
        self.demo_button = QPushButton(
            self.tr("Загрузить демонстрационные данные (300 семей вымышленного района)")
        )
        self.demo_button.clicked.connect(self.load_demo)
        self.demo_progress = QProgressBar()
        self.demo_progress.setRange(0, 0)  # busy indicator: the loader reports no progress
        self.demo_progress.setTextVisible(False)
        self.demo_progress.hide()
        box_layout = QVBoxLayout(self.demo_box)
        box_layout.addWidget(note)
        box_layout.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        box_layout.addWidget(self.demo_progress)
        return self.demo_box

    def _build_centre_box(self) -> QGroupBox:
        self.centre_box = QGroupBox(self.tr("Настроить свой центр"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Территориальный центр социального обслуживания населения"))
        self.district_edit = QLineEdit()
        self.region_edit = QLineEdit()
        self.surname_edit = QLineEdit()
        self.first_name_edit = QLineEdit()
        self.patronymic_edit = QLineEdit()
        # Keys are the Problem.field names services.reference.create_centre refuses with.
        self.field_edits: dict[str, QLineEdit] = {
            "centre.name": self.name_edit,
            "centre.district": self.district_edit,
            "centre.region": self.region_edit,
            "worker.surname": self.surname_edit,
            "worker.name": self.first_name_edit,
            "worker.patronymic": self.patronymic_edit,
        }
        self.field_errors: dict[str, QLabel] = {field: self._error_label() for field in self.field_edits}

        # A grid rather than a QFormLayout: each message sits on its own row under its field, so the
        # captions stay level with the fields.
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(4)
        self._add_field(form, self.tr("Название центра*:"), "centre.name")
        self._add_field(form, self.tr("Район*:"), "centre.district")
        self._add_field(form, self.tr("Область:"), "centre.region")
        worker_title = QLabel(self.tr("Первый специалист — заведующий отделением:"))
        form.addWidget(worker_title, form.rowCount(), 0, 1, 2)
        self._add_field(form, self.tr("Фамилия*:"), "worker.surname")
        self._add_field(form, self.tr("Имя*:"), "worker.name")
        self._add_field(form, self.tr("Отчество:"), "worker.patronymic")
        required = QLabel(self.tr("* — обязательные поля"))
        required.setEnabled(False)

        self.centre_button = QPushButton(self.tr("Создать центр"))
        self.centre_button.clicked.connect(self.create_centre)
        box_layout = QVBoxLayout(self.centre_box)
        box_layout.addLayout(form)
        box_layout.addWidget(required)
        box_layout.addWidget(self.centre_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.centre_box

    def _build_enrol_box(self) -> QGroupBox:
        self.enrol_box = QGroupBox(self.tr("Ноутбук специалиста"))
        note = QLabel(
            self.tr(
                "Если центр записал для вас файл регистрации ноутбука, подключите эту базу к центру: "
                "появятся ваша учётная запись, справочники и ваши семьи."
            )
        )
        note.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("Подключить к центру по &файлу регистрации…"))
        self.enrol_button.clicked.connect(self.open_enrolment)
        box_layout = QVBoxLayout(self.enrol_box)
        box_layout.addWidget(note)
        box_layout.addWidget(self.enrol_button, 0, Qt.AlignmentFlag.AlignLeft)
        return self.enrol_box

    def open_enrolment(self) -> QDialog:
        """The enrolment dialog over this one; once the laptop is enrolled the first start is done."""
        from patronat_desktop.ui.sync.setup_dialogs import EnrolDialog

        dialog = EnrolDialog(self._database, self)
        dialog.enrolled.connect(self._enrolled)
        dialog.finished.connect(dialog.deleteLater)
        self.enrolment = dialog
        dialog.open()
        return dialog

    def _enrolled(self) -> None:
        self.setup_completed.emit()
        self.accept()

    def _add_field(self, form: QGridLayout, label: str, field: str) -> None:
        row = form.rowCount()
        edit = self.field_edits[field]
        # A message appearing under a field must make the dialog taller, never the field thinner.
        edit.setMinimumHeight(edit.sizeHint().height())
        caption = QLabel(label)
        caption.setBuddy(edit)
        form.addWidget(caption, row, 0)
        form.addWidget(edit, row, 1)
        form.addWidget(self.field_errors[field], row + 1, 1)

    @staticmethod
    def _error_label() -> QLabel:
        label = QLabel()
        label.setStyleSheet(_ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    # Actions

    def load_demo(self) -> None:
        """Fill the database with the fictional district in one transaction, off the GUI thread."""
        if self._task is not None:
            return
        self._clear_errors()
        self._set_busy(True)
        database = self._database

        def load() -> Any:
            with database.transaction() as session:
                return load_demo(session, families=DEMO_FAMILIES, seed=DEMO_SEED)

        self._task = run_in_background(load, self._demo_loaded, self._demo_failed)

    def create_centre(self) -> bool:
        """Create the centre and its first worker from the form; on refusal show why next to each field."""
        self._clear_errors()
        try:
            with self._database.transaction() as session:
                create_centre(
                    session,
                    name=self.name_edit.text(),
                    district=self.district_edit.text(),
                    region=self.region_edit.text(),
                    worker_surname=self.surname_edit.text(),
                    worker_name=self.first_name_edit.text(),
                    worker_patronymic=self.patronymic_edit.text(),
                )
        except DomainError as error:
            self._show_problems(error)
            return False
        self.setup_completed.emit()
        self.accept()
        return True

    def reject(self) -> None:
        if self._task is not None:  # the transaction is running: closing now would hide its outcome
            return
        super().reject()

    # Outcomes

    def _demo_loaded(self, _summary: object) -> None:
        self._task = None
        self._set_busy(False)
        self.setup_completed.emit()
        self.accept()

    def _demo_failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, DomainError):
            self._show_problems(error)
            return
        self.general_error.setText(self.tr("Не удалось загрузить демонстрационные данные."))
        self.general_error.show()
        sys.excepthook(type(error), error, error.__traceback__)

    def _show_problems(self, error: DomainError) -> None:
        general: list[str] = []
        first_edit: QLineEdit | None = None
        for problem in error.problems:
            label = self.field_errors.get(problem.field)
            if label is None:
                general.append(problem.message)
                continue
            label.setText("\n".join(filter(None, (label.text(), problem.message))))
            label.show()
            first_edit = first_edit or self.field_edits[problem.field]
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()
        if first_edit is not None:
            first_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.adjustSize()  # grow for the messages rather than squeeze the fields

    def _clear_errors(self) -> None:
        for label in (*self.field_errors.values(), self.general_error):
            label.clear()
            label.hide()
        self.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.centre_box.setEnabled(not busy)
        self.enrol_box.setEnabled(not busy)
        self.later_button.setEnabled(not busy)
        self.demo_progress.setVisible(busy)
