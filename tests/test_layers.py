"""The core never imports Qt: every module outside ui/ imports in a fresh interpreter without PySide6."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

# Runs in a fresh interpreter: finds modules by walking folders (walk_packages would import ui/ to look in).
_PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import patronat_desktop

    def walk(paths, prefix):
        for info in pkgutil.iter_modules(paths, prefix):
            if info.name == "patronat_desktop.ui":
                continue
            yield info.name
            if info.ispkg:
                module = importlib.import_module(info.name)
                yield from walk(module.__path__, info.name + ".")

    names = sorted(walk(patronat_desktop.__path__, "patronat_desktop."))
    for name in names:
        importlib.import_module(name)
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print(json.dumps({"imported": names, "qt": qt}))
    """
)


def test_no_module_outside_ui_imports_pyside6() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.splitlines()[-1])

    assert result["qt"] == [], f"Qt was imported by the core: {result['qt']}"
    imported = set(result["imported"])
    assert {
        "patronat_desktop.services.startup",
        "patronat_desktop.services.queries",
        "patronat_desktop.domain.vocab",
        "patronat_desktop.storage.migrate",
        "patronat_desktop.models",
    } <= imported
    assert not any(name.startswith("patronat_desktop.ui") for name in imported)


def test_the_quick_start_and_the_window_load_without_sqlalchemy() -> None:
    """Start-up shows the window and the registry before SQLAlchemy is imported (services/quick_start.py)."""
    probe = (
        "import sys, json\n"
        "import patronat_desktop.services.quick_start\n"
        "import patronat_desktop.ui.app, patronat_desktop.ui.main_window\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []
