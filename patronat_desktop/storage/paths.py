"""Where the program keeps its data, logs and settings (platformdirs), in one place."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

APP_NAME = "patronat-desktop"
DB_ENV_VAR = "PATRONAT_DB"
"""The environment variable that overrides the database location (a path or a SQLAlchemy URL)."""

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """Folder of the database and its backups."""
    return Path(_dirs.user_data_dir)


def log_dir() -> Path:
    """Folder of the rotating log files."""
    return Path(_dirs.user_log_dir)


def config_dir() -> Path:
    """Folder of user preferences (language, signed-in worker)."""
    return Path(_dirs.user_config_dir)


def default_db_path() -> Path:
    return data_dir() / "patronat.sqlite3"


def requested_location(db: str | os.PathLike[str] | None = None) -> str | Path:
    """`--db`, else `$PATRONAT_DB`, else the default file: a URL string (holding "://") or a SQLite path."""
    raw = os.fspath(db) if db is not None else os.environ.get(DB_ENV_VAR) or None
    if raw is None:
        return default_db_path().absolute()
    if "://" in raw:
        return raw
    return Path(raw).expanduser().absolute()
