"""Bundle files on removable media: written so that "safe to remove" is true, and copied off before import.

A USB stick can be pulled out, fill up, turn read-only or return different bytes than were written. So a
bundle is written to a temporary name in the same folder, flushed to the device, renamed atomically to its
final name, then read back and compared by SHA-256. Any failure raises a ``StickError`` with a Russian
message and leaves nothing under the final name.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from patronat_desktop.domain.errors import DomainError, Problem

BUNDLE_SUFFIX = ".ptb"
"""File name ending of a sync bundle (patronat bundle)."""

_CHUNK = 1024 * 1024


class StickError(DomainError):
    """Writing to or reading from the stick failed; the message says what happened and what to do."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(Problem("stick", message, code))
        self.code = code


@dataclass(frozen=True)
class WriteResult:
    """A file that was written and then read back identical: safe to remove the medium."""

    path: Path
    size: int
    sha256: str


def sha256_of(data: bytes) -> str:
    """Hex SHA-256 of the bytes."""
    return hashlib.sha256(data).hexdigest()


def default_bundle_name(day: date, kind: str = "") -> str:
    """A bundle file name that holds no personal data: a date and a short random part.

    ``kind`` ("centre" or a return bundle "return") is a neutral word, never a name or login.
    """
    middle = f"-{kind}" if kind else ""
    return f"patronat{middle}-{day:%Y%m%d}-{secrets.token_hex(3)}{BUNDLE_SUFFIX}"


def write_safely(data: bytes, target: Path) -> WriteResult:
    """Write data to target through a temporary name, flush, rename, read back and compare the hash.

    Raises StickError (with nothing left under target and no temporary file) on a full or read-only
    medium, a medium that vanished, or bytes read back that differ from those written.
    """
    target = Path(target)
    expected = sha256_of(data)
    folder = target.parent
    if not folder.is_dir():
        raise StickError(
            f"Папка «{folder}» недоступна: носитель извлечён или не подключён. "
            "Подключите носитель и повторите выгрузку.",
            "stick_missing",
        )
    temporary = folder / f".{target.name}.{secrets.token_hex(4)}.tmp"
    renamed = False
    try:
        _write_and_flush(temporary, data)
        os.replace(temporary, target)
        renamed = True
        _fsync_folder(folder)
        actual, size = _read_back(target)
    except OSError as error:
        _remove_quietly(temporary)
        if renamed:
            _remove_quietly(target)
        raise _explain(error, folder) from error
    if actual != expected or size != len(data):
        _remove_quietly(target)
        raise StickError(
            "Проверка не прошла: файл, прочитанный с носителя, отличается от записанного. "
            "Файл удалён. Повторите выгрузку, а если ошибка повторится — возьмите другой носитель.",
            "stick_mismatch",
        )
    return WriteResult(target, size, expected)


def copy_off(source: Path, inbox: Path | None = None) -> WriteResult:
    """Copy a bundle from the stick to a local folder (the inbox) and verify the copy.

    Import then reads the local copy, so the stick may be removed at any moment without harming the
    import. The copy keeps the file's name (with a random prefix if that name is taken by another
    file). ``inbox`` defaults to a fresh temporary folder.
    """
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as error:
        raise StickError(
            f"Не удалось прочитать файл «{source.name}»: {_reason(error)} "
            "Проверьте, что носитель подключён, и выберите файл ещё раз.",
            "stick_unreadable",
        ) from error
    folder = Path(inbox) if inbox is not None else Path(tempfile.mkdtemp(prefix="patronat-inbox-"))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    if target.exists() and sha256_of(target.read_bytes()) != sha256_of(data):
        target = folder / f"{secrets.token_hex(3)}-{source.name}"
    return write_safely(data, target)


def _write_and_flush(path: Path, data: bytes) -> None:
    with open(path, "xb") as file:
        view = memoryview(data)
        for start in range(0, len(view), _CHUNK):
            file.write(view[start : start + _CHUNK])
        file.flush()
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows opening a folder (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError as error:
        # Some file systems (FAT on some kernels) refuse fsync on a folder; the file itself is synced.
        if error.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF, errno.EACCES):
            raise
    finally:
        os.close(fd)


def _read_back(path: Path) -> tuple[str, int]:
    """The file's hash and size as read from the device (dropping cached pages first where possible)."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as file:
        fadvise = getattr(os, "posix_fadvise", None)
        if fadvise is not None:
            with contextlib.suppress(OSError):
                fadvise(file.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        while chunk := file.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _reason(error: OSError) -> str:
    return {
        errno.ENOSPC: "на носителе не хватает места.",
        errno.EROFS: "носитель защищён от записи.",
        errno.EACCES: "нет прав на запись в эту папку.",
        errno.EPERM: "нет прав на запись в эту папку.",
        errno.ENOENT: "файл или папка исчезли — носитель, возможно, извлечён.",
        errno.ENODEV: "носитель извлечён.",
        errno.ENXIO: "носитель извлечён.",
        errno.EIO: "ошибка ввода-вывода — носитель, возможно, извлечён или неисправен.",
    }.get(error.errno or 0, f"ошибка системы ({error.strerror or error}).")


def _explain(error: OSError, folder: Path) -> StickError:
    codes = {
        errno.ENOSPC: "stick_full",
        errno.EDQUOT: "stick_full",
        errno.EROFS: "stick_read_only",
        errno.EACCES: "stick_read_only",
        errno.EPERM: "stick_read_only",
    }
    code = codes.get(error.errno or 0, "stick_failed")
    advice = {
        "stick_full": "Освободите место на носителе или возьмите другой.",
        "stick_read_only": "Снимите защиту от записи или выберите другую папку.",
    }.get(code, "Проверьте носитель и повторите выгрузку.")
    return StickError(
        f"Не удалось записать файл в «{folder}»: {_reason(error)} Файл не сохранён. {advice}",
        code,
    )
