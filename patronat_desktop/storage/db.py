"""Database location, engine and session factory; SQLite is tuned for a laptop (WAL, foreign keys)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from patronat_desktop.storage.paths import DB_ENV_VAR, requested_location

ENV_VAR = DB_ENV_VAR


def resolve_url(db: str | os.PathLike[str] | None = None) -> URL:
    """Turn `--db`, `$PATRONAT_DB` or the default location into a SQLAlchemy URL.

    A value containing "://" is taken as a SQLAlchemy URL (e.g. ``postgresql+psycopg://...``);
    anything else is a path to a SQLite file.
    """
    location = requested_location(db)
    if isinstance(location, str):
        return make_url(location)
    return URL.create("sqlite+pysqlite", database=str(location))


def sqlite_path(url: URL) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    """Create the one engine of the process; SQLite files get WAL and foreign keys on every connection."""
    url = make_url(url) if isinstance(url, str) else url
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, **kwargs)
    if url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@dataclass
class Database:
    """The engine and session factory of a running program; build once, pass around."""

    engine: Engine
    sessions: sessionmaker[Session]

    @classmethod
    def open(cls, url: URL | str) -> Database:
        # Every write of business data is recorded for sync in its own transaction (sync/capture.py
        # listens on every Session): make sure the listener is there before the first session exists.
        from patronat_desktop.sync import capture  # noqa: F401

        engine = make_engine(url)
        return cls(engine, sessionmaker(engine, expire_on_commit=False))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One session per user action: commits on success, rolls back everything on any error."""
        with self.sessions.begin() as session:
            yield session

    def describe(self) -> str:
        """Short human description for the status bar (never shows a password)."""
        url = self.engine.url
        path = sqlite_path(url)
        if path is not None:
            return f"SQLite: {path}"
        return url.render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()
