"""Where the shipped fonts and default templates are: source checkout, installed package or PyInstaller."""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV_VAR = "PATRONAT_RESOURCES"
"""Overrides the resources folder (a packager that puts it elsewhere)."""


def _candidates() -> list[Path]:
    out: list[Path] = []
    if os.environ.get(RESOURCES_ENV_VAR):
        out.append(Path(os.environ[RESOURCES_ENV_VAR]))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # PyInstaller: build.spec copies resources/ into the bundle
        out.append(Path(frozen) / "resources")
    out.append(Path(__file__).resolve().parents[2] / "resources")  # source checkout / editable install
    out.append(Path(sys.prefix) / "share" / "patronat-desktop" / "resources")  # wheel's data files
    return out


def resources_dir() -> Path:
    """The first folder that holds the shipped fonts; raises FileNotFoundError naming where it looked."""
    candidates = _candidates()
    for folder in candidates:
        if (folder / "fonts").is_dir():
            return folder
    looked = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"Не найдена папка ресурсов программы (шрифты, шаблоны); искали: {looked}")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def default_templates_dir() -> Path:
    return resources_dir() / "templates"
