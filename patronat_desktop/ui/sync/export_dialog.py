"""Export dialog: choose the stick, export in the background, "safe to remove" only once verified."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services import sync
from patronat_desktop.sync.stick import default_bundle_name
from patronat_desktop.ui.crash_handler import handle_exception
from patronat_desktop.ui.forms import ERROR_STYLE
from patronat_desktop.ui.sync.busy_dialog import BusyDialog
from patronat_desktop.ui.sync.stick_chooser import StickChooser, Volume, format_size, system_volumes

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

OK_STYLE = "color: #1b5e20;"


class ExportDialog(BusyDialog):
    """«Выгрузить для центра» on a laptop; at the centre (``workers`` given) the return bundle for one worker.

    ``workers`` maps logins to the names shown in the list of the centre's variant.
    """

    def __init__(
        self,
        context: AppContext,
        workers: dict[str, str] | None = None,
        parent: QWidget | None = None,
        volumes: Callable[[], list[Volume]] = system_volumes,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.result_path: Path | None = None
        self.for_worker = workers is not None
        if self.for_worker:
            self.setWindowTitle(self.tr("Выгрузить для специалиста"))
            intro = self.tr(
                "Пакет для ноутбука специалиста: подтверждение принятых пакетов, правки его семей, "
                "новые назначенные семьи и справочники. Файл зашифрован ключом ноутбука: на носителе "
                "не будет имён и других личных данных в открытом виде."
            )
        else:
            self.setWindowTitle(self.tr("Выгрузить для центра"))
            intro = self.tr(
                "В пакет войдут все ваши изменения, которые центр ещё не подтвердил; новый пакет заменяет "
                "прежний. Файл зашифрован ключом центра: на носителе не будет имён и других личных "
                "данных в открытом виде."
            )
        self.setMinimumSize(780, 320)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)

        self.worker_combo = QComboBox()
        for login, name in sorted((workers or {}).items(), key=lambda item: item[1]):
            self.worker_combo.addItem(name, login)
        self.stick = StickChooser(volumes=volumes)
        self.stick.folder_changed.connect(self._update_buttons)
        self.file_name = default_bundle_name(context.today(), "return" if self.for_worker else "")
        self.file_label = QLabel(self.file_name)
        self.file_label.setToolTip(self.tr("Имя файла не содержит личных данных"))

        form = QFormLayout()
        if self.for_worker:
            worker_caption = QLabel(self.tr("&Специалист:"))
            worker_caption.setBuddy(self.worker_combo)
            form.addRow(worker_caption, self.worker_combo)
        stick_caption = QLabel(self.tr("&Носитель:"))
        stick_caption.setBuddy(self.stick.combo)
        form.addRow(stick_caption, self.stick)
        form.addRow(self.tr("Имя файла:"), self.file_label)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        font = self.outcome.font()
        font.setBold(True)
        self.outcome.setFont(font)
        self.outcome.hide()

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Выгрузить"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("&Закрыть"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        (self.worker_combo if self.for_worker else self.stick.combo).setFocus()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self.busy and self.stick.folder() is not None
        if self.for_worker:
            ready = ready and self.worker_combo.currentData() is not None
        self.export_button.setEnabled(ready)
        self.close_button.setEnabled(not self.busy)

    def target(self) -> Path | None:
        folder = self.stick.folder()
        return folder / self.file_name if folder is not None else None

    def start(self) -> None:
        """Export in the background: the service writes through a temporary name and reads the file back."""
        if self.busy or self.stick.folder() is None:
            return
        if self.result_path is not None:  # exporting again: a new name, the verified file stays as it is
            self.file_name = default_bundle_name(self.context.today(), "return" if self.for_worker else "")
            self.file_label.setText(self.file_name)
        target = self.target()
        assert target is not None
        self.busy = True
        self.outcome.hide()
        self.progress.setRange(0, 0)  # busy: the export reports no steps
        self.progress.show()
        self.status.setText(self.tr("Подготовка пакета, запись на носитель и проверка записанного…"))
        self._update_buttons()
        worker_login: str | None = self.worker_combo.currentData() if self.for_worker else None

        def work(session: Session) -> sync.ExportResult:
            if worker_login is not None:
                return sync.export_return(session, worker_login, target)
            return sync.export_for_centre(session, target)

        self.context.background_write(work, self._exported, self._failed, families=False)

    def _exported(self, result: sync.ExportResult) -> None:
        self.busy = False
        self.result_path = result.path
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(
            self.tr("Файл: {path} ({size}). Изменений: {changes}, семей: {families}.").format(
                path=result.path,
                size=format_size(result.size) if result.size >= 1024**2 else self._kilobytes(result.size),
                changes=result.changes,
                families=result.families,
            )
        )
        self.outcome.setStyleSheet(OK_STYLE)
        self.outcome.setText(
            self.tr("✔ Пакет записан и проверен чтением с носителя. Можно извлекать носитель.")
        )
        self.outcome.show()
        self.export_button.setText(self.tr("Выгрузить &ещё раз"))
        self._update_buttons()
        self.close_button.setFocus()

    def _kilobytes(self, size: int) -> str:
        return self.tr("{size} КБ").format(size=QLocale().toString(max(1, (size + 1023) // 1024)))

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.progress.hide()
        self.status.clear()
        self._update_buttons()
        if not isinstance(error, DomainError):
            handle_exception(type(error), error, error.__traceback__)
            return
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(self.tr("⚠ Пакет не выгружен. {reason}").format(reason=str(error)))
        self.outcome.show()
