"""Shared fixtures: a fresh database per test on SQLite and on a real PostgreSQL server, and an actor."""

from __future__ import annotations

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PostgresUnavailable, temporary_postgres
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from patronat_desktop.services.base import Actor
from patronat_desktop.services.reference import create_centre
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database

BACKENDS = ["sqlite", "postgresql"]
_counter = itertools.count()


def _postgres_required() -> bool:
    return os.environ.get("PATRONAT_REQUIRE_POSTGRES") == "1"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded SQLite file that each test copies (faster than migrating per test)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database, _ = open_database(path)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """A real PostgreSQL server for the session, with a migrated template database."""
    try:
        with temporary_postgres("patronat_template") as url:
            database, _ = open_database(make_url(url))
            database.dispose()
            yield url
    except PostgresUnavailable as exc:
        if _postgres_required():
            pytest.fail(f"PostgreSQL is required in CI but unavailable: {exc}")
        pytest.skip(f"PostgreSQL unavailable: {exc}")


def _fresh_pg_database(template_url: str) -> str:
    url = make_url(template_url)
    name = f"patronat_t{next(_counter)}"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{url.database}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated database: once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "test.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        database = Database.open(f"sqlite:///{path}")
    else:
        database = Database.open(_fresh_pg_database(request.getfixturevalue("pg_template")))
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A fresh SQLite database only (for tests about SQLite itself)."""
    path = tmp_path / "test.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database.open(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    """The head of a freshly set-up centre."""
    with db.transaction() as session:
        worker = create_centre(session, "ТЦСОН Тестового района", "Тестовый", "Минская", "Иванова", "Анна")
        return Actor.of(worker)
