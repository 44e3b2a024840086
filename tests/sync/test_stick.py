"""Writing bundles to a stick: nothing half-written under the final name, and a clear Russian refusal."""

from __future__ import annotations

import errno
import io
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from patronat_desktop.sync import stick
from patronat_desktop.sync.stick import StickError, copy_off, default_bundle_name, sha256_of, write_safely

DATA = b"bundle bytes " * 100_000  # a little over one megabyte: several chunks


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_safely_writes_the_bytes_and_reports_their_hash(tmp_path: Path) -> None:
    target = tmp_path / "patronat-1.ptb"

    result = write_safely(DATA, target)

    assert target.read_bytes() == DATA
    assert result == stick.WriteResult(target, len(DATA), sha256_of(DATA))
    assert leftovers(tmp_path) == ["patronat-1.ptb"]


def test_write_safely_replaces_an_older_bundle_of_the_same_name(tmp_path: Path) -> None:
    target = tmp_path / "patronat.ptb"
    target.write_bytes(b"older")

    write_safely(b"newer", target)

    assert target.read_bytes() == b"newer"
    assert leftovers(tmp_path) == ["patronat.ptb"]


def test_a_full_stick_is_refused_in_russian_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(stick.os, "fsync", full)

    with pytest.raises(StickError) as caught:
        write_safely(DATA, tmp_path / "patronat.ptb")

    assert caught.value.code == "stick_full"
    assert "не хватает места" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_a_failed_rename_keeps_the_older_bundle_and_removes_the_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "patronat.ptb"
    target.write_bytes(b"older")

    def vanished(src: Any, dst: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(stick.os, "replace", vanished)

    with pytest.raises(StickError) as caught:
        write_safely(DATA, target)

    assert "носитель, возможно, извлечён" in str(caught.value)
    assert leftovers(tmp_path) == ["patronat.ptb"]
    assert target.read_bytes() == b"older"


def test_bytes_read_back_different_from_those_written_remove_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = open

    def corrupting_open(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if mode == "rb":
            return io.BytesIO(b"X" + DATA[1:])
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", corrupting_open)

    with pytest.raises(StickError) as caught:
        write_safely(DATA, tmp_path / "patronat.ptb")

    assert caught.value.code == "stick_mismatch"
    assert "отличается от записанного" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_a_stick_that_vanishes_while_reading_back_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreadable(path: Path) -> tuple[str, int]:
        raise OSError(errno.ENODEV, "No such device")

    monkeypatch.setattr(stick, "_read_back", unreadable)

    with pytest.raises(StickError) as caught:
        write_safely(DATA, tmp_path / "patronat.ptb")

    assert "носитель извлечён" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_a_missing_folder_says_the_stick_is_not_connected(tmp_path: Path) -> None:
    with pytest.raises(StickError) as caught:
        write_safely(DATA, tmp_path / "gone" / "patronat.ptb")

    assert caught.value.code == "stick_missing"
    assert "носитель извлечён или не подключён" in str(caught.value)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StickError) as caught:
            write_safely(DATA, folder / "patronat.ptb")
    finally:
        folder.chmod(0o700)

    assert caught.value.code == "stick_read_only"
    assert "Файл не сохранён" in str(caught.value)
    assert leftovers(folder) == []


def test_a_write_protected_stick_is_refused_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def protected(path: Path, data: bytes) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(stick, "_write_and_flush", protected)

    with pytest.raises(StickError) as caught:
        write_safely(DATA, tmp_path / "patronat.ptb")

    assert caught.value.code == "stick_read_only"
    assert "носитель защищён от записи" in str(caught.value)
    assert leftovers(tmp_path) == []


def test_copy_off_copies_the_bundle_to_the_inbox_and_verifies_it(tmp_path: Path) -> None:
    on_stick = tmp_path / "stick" / "patronat.ptb"
    on_stick.parent.mkdir()
    on_stick.write_bytes(DATA)

    copied = copy_off(on_stick, tmp_path / "inbox")

    on_stick.unlink()  # the stick is pulled out: the local copy is what gets imported
    assert copied.path.parent == tmp_path / "inbox"
    assert copied.path.read_bytes() == DATA
    assert copied.sha256 == sha256_of(DATA)


def test_copy_off_does_not_overwrite_a_different_file_of_the_same_name(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "patronat.ptb").write_bytes(b"another laptop's bundle")
    on_stick = tmp_path / "patronat.ptb"
    on_stick.write_bytes(DATA)

    copied = copy_off(on_stick, inbox)

    assert (inbox / "patronat.ptb").read_bytes() == b"another laptop's bundle"
    assert copied.path.read_bytes() == DATA


def test_copy_off_of_a_vanished_file_is_refused_in_russian(tmp_path: Path) -> None:
    with pytest.raises(StickError) as caught:
        copy_off(tmp_path / "patronat.ptb", tmp_path / "inbox")

    assert caught.value.code == "stick_unreadable"
    assert "Не удалось прочитать файл «patronat.ptb»" in str(caught.value)


def test_default_bundle_names_hold_only_a_date_and_a_random_part() -> None:
    names = {default_bundle_name(date(2026, 12, 1)) for _ in range(20)}

    assert len(names) == 20
    assert all(re.fullmatch(r"patronat-20261201-[0-9a-f]{6}\.ptb", name) for name in names)
    assert re.fullmatch(
        r"patronat-return-20261201-[0-9a-f]{6}\.ptb", default_bundle_name(date(2026, 12, 1), "return")
    )
