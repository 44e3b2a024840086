"""Logging of the running program to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from patronat_desktop.storage.paths import log_dir

LOG_FILE_NAME = "patronat-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the root logger to a rotating file; returns the file, or None when the folder is unusable.

    A log folder that cannot be created must not stop the program from starting: messages then go to
    stderr only.
    """
    folder = folder if folder is not None else log_dir()
    root = logging.getLogger()
    root.setLevel(level)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_FILE_NAME
        handler: logging.Handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        logging.basicConfig(format=_FORMAT, level=level)
        logging.getLogger(__name__).warning("Log folder %s is not writable; logging to stderr", folder)
        return None
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    return path


def current_log_file() -> Path | None:
    """The file the root logger writes to, if any (shown to the user in error reports)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
