"""The user's preferences on this computer (interface language, signed-in worker), kept in a small JSON file.

The file lives in ``storage.paths.config_dir()``. The worker is remembered per database (keyed by
``Database.describe()``), since one laptop may open several databases. A missing, unreadable or corrupted
file is not an error: the program starts with the defaults and logs a warning.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from patronat_desktop.storage import paths

log = logging.getLogger(__name__)

FILE_NAME = "preferences.json"
LANGUAGES = ("ru", "be", "en")
"""Interface languages; Russian is the default and the source of every string."""
DEFAULT_LANGUAGE = "ru"


@dataclass
class Preferences:
    language: str = DEFAULT_LANGUAGE
    worker_ids: dict[str, uuid.UUID] = field(default_factory=dict)
    """The signed-in worker per database description."""

    def worker_id(self, database: str) -> uuid.UUID | None:
        return self.worker_ids.get(database)

    def remember_worker(self, database: str, worker_id: uuid.UUID) -> None:
        self.worker_ids[database] = worker_id

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "worker_id": {database: str(worker) for database, worker in sorted(self.worker_ids.items())},
        }


def preferences_path() -> Path:
    return paths.config_dir() / FILE_NAME


def _parse(raw: Any, path: Path) -> Preferences:
    prefs = Preferences()
    if not isinstance(raw, dict):
        log.warning("Preferences file %s does not hold an object; using the defaults", path)
        return prefs
    language = raw.get("language", DEFAULT_LANGUAGE)
    if language in LANGUAGES:
        prefs.language = language
    else:
        log.warning("Preferences file %s: unknown language %r ignored", path, language)
    workers = raw.get("worker_id", {})
    if not isinstance(workers, dict):
        log.warning("Preferences file %s: worker_id is not an object; ignored", path)
        workers = {}
    for database, value in workers.items():
        try:
            prefs.worker_ids[str(database)] = uuid.UUID(str(value))
        except ValueError:
            log.warning("Preferences file %s: worker id %r ignored", path, value)
    return prefs


def load_preferences(path: Path | None = None) -> Preferences:
    """The saved preferences, or the defaults when the file is missing or unusable."""
    path = path if path is not None else preferences_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Preferences()
    except OSError as error:
        log.warning("Cannot read the preferences file %s (%s); using the defaults", path, error)
        return Preferences()
    try:
        raw = json.loads(text)
    except ValueError as error:
        log.warning("Preferences file %s is corrupted (%s); using the defaults", path, error)
        return Preferences()
    return _parse(raw, path)


def save_preferences(prefs: Preferences, path: Path | None = None) -> bool:
    """Write the preferences (atomically: a crash never leaves half a file); False when it cannot."""
    path = path if path is not None else preferences_path()
    temporary = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(json.dumps(prefs.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(temporary, path)
    except OSError as error:
        log.warning("Cannot save the preferences file %s: %s", path, error)
        return False
    return True
