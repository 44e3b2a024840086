"""The Qt Linguist files: placeholders as in the Russian source, English complete, in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("patronat_*.ts"))
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
# %1 … %99, %L1 (localised number), %n (plural count) and str.format fields such as {name}.
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def messages(path: Path) -> dict[Key, ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
    return [text for text in texts if text]


def test_english_and_belarusian_files_exist() -> None:
    assert [p.name for p in TS_FILES] == ["patronat_be.ts", "patronat_en.ts"]


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_the_placeholders_of_its_source(ts: Path) -> None:
    wrong = []
    for (context, source, _), message in messages(ts).items():
        expected = Counter(PLACEHOLDER.findall(source))
        for text in translated_texts(message):
            if Counter(PLACEHOLDER.findall(text)) != expected:
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_english_is_complete() -> None:
    unfinished = [
        f"{context}: {source!r}"
        for (context, source, _), message in messages(TRANSLATIONS / "patronat_en.ts").items()
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not translated_texts(message)
    ]
    assert not unfinished, "English translations missing:\n" + "\n".join(unfinished)


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed beside this Python")
def test_ts_files_hold_exactly_the_strings_of_the_sources(tmp_path: Path) -> None:
    copies = []
    for ts in TS_FILES:
        copies.append(tmp_path / ts.name)
        shutil.copy(ts, copies[-1])
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "patronat_desktop" / "ui").rglob("*.py"))
    # The same options as translations/build.sh.
    subprocess.run(
        [str(LUPDATE), *sources, "-source-language", "ru", "-no-obsolete", "-locations", "none", "-ts"]
        + [str(c) for c in copies],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    for ts, refreshed in zip(TS_FILES, copies, strict=True):
        committed, current = set(messages(ts)), set(messages(refreshed))
        assert committed == current, (
            f"{ts.name} is out of date; run translations/build.sh.\n"
            f"new in the code: {sorted(current - committed)}\n"
            f"gone from the code: {sorted(committed - current)}"
        )
