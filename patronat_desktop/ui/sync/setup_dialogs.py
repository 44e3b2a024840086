"""Setting up the exchange from the program: the centre's keys, a worker's enrolment file, a laptop taking it.

Each dialog calls one service of services/enrol.py in one transaction; a refusal is shown in the dialog in
Russian and nothing is kept.
"""

from __future__ import annotations

import secrets
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.ui.background import BackgroundTask, run_in_background
from patronat_desktop.ui.forms import error_label
from patronat_desktop.ui.sync.stick_chooser import StickChooser, Volume, system_volumes

if TYPE_CHECKING:
    from collections.abc import Callable

    from patronat_desktop.storage.db import Database
    from patronat_desktop.ui.context import AppContext


def _label(text: str, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    return label


def _error_label() -> QLabel:
    label = error_label()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _show_error(label: QLabel, error: DomainError, prefix: str) -> None:
    label.setText("⚠ " + "\n".join([prefix, *(p.message for p in error.problems)]))
    label.show()
    label.window().adjustSize()  # grow for the message rather than squeeze the text above it


class CentreSetupDialog(QDialog):
    """«Обмен → Настроить центр обмена…»: make this database the centre of exchange, in one click."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Настроить центр обмена"))
        self.setMinimumWidth(560)
        self.explanation = _label(
            self.tr(
                "Эта база станет центром обмена: в ней будут созданы ключи центра. Специалисты, которые "
                "работают на ноутбуках без сети, подключают ноутбук к центру по файлу регистрации "
                "(Справочники → Специалисты → «Файл регистрации ноутбука…») и затем привозят на флешке "
                "пакеты со своими изменениями; центр принимает их («Обмен → Приём пакетов…») и "
                "выгружает специалисту ответ. Все пакеты зашифрованы и подписаны. Настраивают центр один "
                "раз, в базе, которая хранит данные всего центра."
            )
        )
        self.error = _error_label()
        self.buttons = QDialogButtonBox()
        self.set_up_button = self.buttons.addButton(
            self.tr("&Настроить центр обмена"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.set_up_button.setDefault(True)
        self.buttons.accepted.connect(self.set_up)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def set_up(self) -> bool:
        from patronat_desktop.services.enrol import init_centre

        try:
            self.context.write(lambda s: init_centre(s, ""))
        except DomainError as error:
            _show_error(self.error, error, self.tr("Центр обмена не настроен."))
            return False
        self.context.sync_changed.emit()
        self.accept()
        return True


def protection_code() -> str:
    """A random code for an enrolment file: 12 letters and digits that cannot be mistaken for each other."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    letters = "".join(secrets.choice(alphabet) for _ in range(12))
    return "-".join(letters[i : i + 4] for i in range(0, 12, 4))


class EnrolmentFileDialog(QDialog):
    """At the centre: write a worker's enrolment file to a stick or folder."""

    def __init__(
        self,
        context: AppContext,
        worker_id: uuid.UUID,
        worker_name: str,
        parent: QWidget | None = None,
        volumes: Callable[[], list[Volume]] = system_volumes,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.worker_id = worker_id
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Файл регистрации ноутбука"))
        self.setMinimumWidth(780)
        intro = _label(
            self.tr(
                "Файл регистрации подключает ноутбук специалиста «{name}» к этому центру: в нём ключи "
                "центра, учётная запись специалиста, справочники и семьи, которые ему назначены."
            ).format(name=worker_name)
        )
        warning = _label(
            self.tr(
                "⚠ Файл — как ключ от базы: везите его сами, не пересылайте по почте и не оставляйте на "
                "общем компьютере. После подключения ноутбука удалите файл с флешки. Если файл потерян, "
                "запишите новый: прежний ноутбук специалиста получает пакеты центра, пока новый "
                "не пришлёт свой первый пакет."
            )
        )
        self.stick = StickChooser(volumes=volumes)
        self.stick.folder_changed.connect(self._update)
        # The file holds the worker's families: protected by default with a code the program makes up,
        # which reaches the laptop separately (told, not written on the same stick).
        self.code_edit = QLineEdit(protection_code())
        self.code_edit.setPlaceholderText(self.tr("без кода файл не защищён"))
        self.code_edit.setToolTip(
            self.tr("Файл откроется только с этим кодом. Сообщите код специалисту отдельно от файла.")
        )
        form = QFormLayout()
        stick_caption = QLabel(self.tr("&Куда записать:"))
        stick_caption.setBuddy(self.stick)
        form.addRow(stick_caption, self.stick)
        code_caption = QLabel(self.tr("Код &защиты:"))
        code_caption.setBuddy(self.code_edit)
        form.addRow(code_caption, self.code_edit)
        self.error = _error_label()
        self.outcome = _label("")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(
            self.tr("Записать &файл"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_file)
        self.close_button = self.buttons.addButton(self.tr("Закрыть"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.write_button.setEnabled(self.stick.folder() is not None)

    def write_file(self) -> bool:
        """Write the file in one transaction; show where it went, or why it was not written."""
        from patronat_desktop.models import Worker
        from patronat_desktop.services.enrol import EnrolmentResult, default_enrolment_name, write_enrolment

        folder = self.stick.folder()
        if folder is None:
            return False
        target = folder / default_enrolment_name(self.context.today())
        code, worker_id = self.code_edit.text(), self.worker_id
        self.error.hide()

        def write(session: Any) -> EnrolmentResult:
            worker = session.get(Worker, worker_id)
            assert worker is not None
            return write_enrolment(session, worker, target, code)

        try:
            result = self.context.write(write)
        except DomainError as error:
            _show_error(self.error, error, self.tr("Файл регистрации не записан."))
            return False
        self.written = result.path
        text = self.tr(
            "✓ Файл записан и проверен: {path} (семей: {n}). На ноутбуке: «Подключить к центру по файлу "
            "регистрации…» при первом запуске. После подключения удалите файл."
        ).format(path=result.path, n=result.families)
        if code:
            text += " " + self.tr("Код защиты: {code} — сообщите его специалисту отдельно от файла.").format(
                code=code
            )
        else:
            text += " " + self.tr("⚠ Файл без кода защиты: его может прочитать любой, у кого он окажется.")
        self.outcome.setText(text)
        self.outcome.show()
        self.adjustSize()
        self.write_button.setEnabled(False)
        self.close_button.setFocus()
        return True


class EnrolDialog(QDialog):
    """On a new laptop: take the enrolment file (only into an empty database, at the first start)."""

    enrolled = Signal()
    """The laptop was enrolled: the database holds the worker, the reference data and their families."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._task: BackgroundTask | None = None
        self.worker_name = ""
        self.setWindowTitle(self.tr("Подключить к центру"))
        self.setMinimumWidth(700)
        intro = _label(
            self.tr(
                "Выберите файл регистрации, который центр записал для вас на флешку. Ноутбук создаст свои "
                "ключи, получит вашу учётную запись, справочники и ваши семьи и затем будет обмениваться "
                "с центром пакетами. Подключить можно только новую, пустую базу."
            )
        )
        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("файл patronat-enrol-….pte"))
        self.file_edit.textChanged.connect(self._update)
        self.browse_button = QPushButton(self.tr("&Выбрать файл…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("если центр его задал"))
        form = QFormLayout()
        file_caption = QLabel(self.tr("&Файл регистрации:"))
        file_caption.setBuddy(self.file_edit)
        form.addRow(file_caption, file_row)
        code_caption = QLabel(self.tr("Код &защиты:"))
        code_caption.setBuddy(self.code_edit)
        form.addRow(code_caption, self.code_edit)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.error = _error_label()
        self.buttons = QDialogButtonBox()
        self.enrol_button = self.buttons.addButton(
            self.tr("&Подключить"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.enrol_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Отмена"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.enrol)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.file_edit, self.code_edit):  # a message about the old file or code is stale
            edit.textChanged.connect(self.error.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.enrol_button.setEnabled(bool(self.file_edit.text().strip()) and self._task is None)

    def choose_file(self) -> None:
        from patronat_desktop.services.enrol import ENROL_SUFFIX

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Файл регистрации ноутбука"),
            "",
            self.tr("Файлы регистрации (*{suffix});;Все файлы (*)").format(suffix=ENROL_SUFFIX),
        )
        if path:
            self.file_edit.setText(path)

    def enrol(self) -> None:
        """Take the file in one transaction, off the GUI thread; the outcome arrives in enrolled / error."""
        from patronat_desktop.services.enrol import enrol_laptop

        if self._task is not None or not self.file_edit.text().strip():
            return
        path, code, database = Path(self.file_edit.text().strip()), self.code_edit.text(), self._database
        self.error.hide()

        def take() -> str:
            with database.transaction() as session:
                return enrol_laptop(session, path, code).short_name

        self._set_busy(True)
        self._task = run_in_background(take, self._done, self._failed)

    def reject(self) -> None:
        if self._task is not None:  # the transaction is running: closing now would hide its outcome
            return
        super().reject()

    def _done(self, worker_name: str) -> None:
        self._task = None
        self._set_busy(False)
        self.worker_name = worker_name
        self.enrolled.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        if isinstance(error, DomainError):
            _show_error(self.error, error, self.tr("Ноутбук не подключён, база не изменена."))
            return
        self.error.setText(self.tr("⚠ Не удалось подключить ноутбук: непредвиденная ошибка."))
        self.error.show()
        sys.excepthook(type(error), error, error.__traceback__)

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.file_edit, self.browse_button, self.code_edit, self.cancel_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.enrol_button.setEnabled(not busy and bool(self.file_edit.text().strip()))
