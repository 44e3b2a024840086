"""Choosing the stick: mounted removable volumes with their free space, or any other folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStorageInfo, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

# Mount points under which desktops put USB sticks (Linux udisks, older Linux, macOS).
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")
_PSEUDO_FILE_SYSTEMS = {
    "tmpfs",
    "devtmpfs",
    "proc",
    "sysfs",
    "squashfs",
    "overlay",
    "cgroup",
    "cgroup2",
    "autofs",
    "ramfs",
    "fuse.portal",
}


@dataclass(frozen=True)
class Volume:
    """A mounted volume the user may put a bundle on."""

    path: Path
    name: str
    free_bytes: int
    read_only: bool
    file_system: str = ""
    is_root: bool = False


def system_volumes() -> list[Volume]:
    """Every mounted volume Qt knows of (the system root included; ``removable_volumes`` filters)."""
    root = QStorageInfo.root().rootPath()
    volumes = []
    for info in QStorageInfo.mountedVolumes():
        if not info.isValid() or not info.isReady():
            continue
        volumes.append(
            Volume(
                path=Path(info.rootPath()),
                name=info.name() or info.displayName(),
                free_bytes=max(0, info.bytesAvailable()),
                read_only=info.isReadOnly(),
                file_system=bytes(info.fileSystemType().data()).decode(errors="replace"),
                is_root=info.isRoot() or info.rootPath() == root,
            )
        )
    return volumes


def removable_volumes(volumes: Iterable[Volume], platform: str = sys.platform) -> list[Volume]:
    """The volumes that look like a stick: not the system, not a pseudo file system, writable.

    On Windows every drive but the system one counts; elsewhere only mounts under the places where
    desktops mount removable media.
    """
    system_drive = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
    chosen = []
    for volume in volumes:
        if volume.is_root or volume.read_only or volume.file_system.lower() in _PSEUDO_FILE_SYSTEMS:
            continue
        text = str(volume.path)
        if platform == "win32":
            if text.rstrip("\\/").upper() == system_drive:
                continue
        elif not (text + "/").startswith(_REMOVABLE_ROOTS):
            continue
        chosen.append(volume)
    return sorted(chosen, key=lambda v: str(v.path))


def format_size(size: int) -> str:
    """Free space the way a user reads it: "3,2 ГБ", "640 МБ"."""
    locale = QLocale()
    if size >= 1024**3:
        return QCoreApplication.translate("StickChooser", "{size} ГБ").format(
            size=locale.toString(size / 1024**3, "f", 1)
        )
    return QCoreApplication.translate("StickChooser", "{size} МБ").format(
        size=locale.toString(size // 1024**2)
    )


class StickChooser(QWidget):
    """A list of sticks (name and free space), «Обновить» and «Другая папка…»; ``folder()`` is the choice."""

    folder_changed = Signal()
    """The chosen folder changed (or there is none any more)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        volumes: Callable[[], list[Volume]] = system_volumes,
    ) -> None:
        super().__init__(parent)
        self._volumes = volumes
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(40)
        self.combo.currentIndexChanged.connect(lambda _index: self.folder_changed.emit())
        self.refresh_button = QPushButton(self.tr("&Обновить"))
        self.refresh_button.setToolTip(self.tr("Поискать вставленные носители ещё раз"))
        self.refresh_button.clicked.connect(self.refresh)
        self.other_button = QPushButton(self.tr("Друга&я папка…"))
        self.other_button.clicked.connect(self.choose_other)
        for button in (self.refresh_button, self.other_button):
            button.setAutoDefault(False)  # Enter in the dialog exports, it does not refresh the list
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.refresh_button)
        layout.addWidget(self.other_button)
        self.setFocusProxy(self.combo)
        self.refresh()

    def refresh(self) -> None:
        """List the sticks now mounted; keeps a folder chosen with «Другая папка…» and the current choice."""
        current = self.folder()
        listed = self._listed()
        items = (self.combo.itemData(i) for i in range(self.combo.count()))
        others = [data for data in items if data and data not in listed]
        self.combo.blockSignals(True)
        self.combo.clear()
        self._sticks = removable_volumes(self._volumes())
        for volume in self._sticks:
            self.combo.addItem(
                self.tr("{name} — свободно {free} ({path})").format(
                    name=volume.name or volume.path.name,
                    path=volume.path,
                    free=format_size(volume.free_bytes),
                ),
                str(volume.path),
            )
        for other in others:
            if other not in self._listed():
                self.combo.addItem(other, other)
        if self.combo.count() == 0:
            self.combo.addItem(self.tr("Носитель не найден — вставьте флешку и нажмите «Обновить»"), None)
        index = self.combo.findData(str(current)) if current is not None else -1
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self.folder_changed.emit()

    def _listed(self) -> set[str]:
        return {str(v.path) for v in getattr(self, "_sticks", [])}

    def choose_other(self) -> None:
        """Pick any folder (a stick the list missed, a network share, a folder for a later copy)."""
        start = str(self.folder() or Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Папка для файла обмена"), start)
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path) -> None:
        """Choose this folder (adding it to the list when it is not a listed stick)."""
        index = self.combo.findData(str(folder))
        if index < 0:
            if self.combo.count() == 1 and self.combo.itemData(0) is None:
                self.combo.removeItem(0)
            self.combo.addItem(str(folder), str(folder))
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
        self.folder_changed.emit()

    def folder(self) -> Path | None:
        """The chosen folder, or None when no stick is inserted and none was chosen."""
        data = self.combo.currentData()
        return Path(data) if data else None
