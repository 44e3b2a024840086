"""The database location, SQLite tuning, migrations and the backup taken before an upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from patronat_desktop.models import Base
from patronat_desktop.storage import paths as storage_paths
from patronat_desktop.storage.db import Database, resolve_url, sqlite_path
from patronat_desktop.storage.migrate import current_revision, head_revision, upgrade


def test_path_means_sqlite(tmp_path: Path) -> None:
    url = resolve_url(tmp_path / "a.sqlite3")
    assert url.get_backend_name() == "sqlite"
    assert sqlite_path(url) == tmp_path / "a.sqlite3"


def test_url_is_taken_as_is() -> None:
    url = resolve_url("postgresql+psycopg://user:secret@localhost/patronat")
    assert url.get_backend_name() == "postgresql"
    assert url.database == "patronat"


def test_environment_variable_overrides_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATRONAT_DB", str(tmp_path / "env.sqlite3"))
    assert sqlite_path(resolve_url()) == tmp_path / "env.sqlite3"


def test_default_is_in_user_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PATRONAT_DB", raising=False)
    monkeypatch.setattr(storage_paths, "default_db_path", lambda: tmp_path / "data" / "patronat.sqlite3")
    assert sqlite_path(resolve_url()) == tmp_path / "data" / "patronat.sqlite3"


def test_describe_hides_password() -> None:
    database = Database.open("postgresql+psycopg://user:secret@localhost/patronat")
    assert "secret" not in database.describe()
    database.dispose()


def test_sqlite_has_wal_and_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_new_database_is_stamped_at_head(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()


def test_migrations_build_exactly_the_models(db: Database) -> None:
    """Upgrading an empty database through every migration gives the schema the models describe."""
    Base.metadata.drop_all(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    assert upgrade(db.engine) is None  # empty: created and stamped, no backup needed
    Base.metadata.drop_all(db.engine)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(text("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY)"))
    upgrade(db.engine)  # not empty: goes through the migration scripts
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name == "legacy_note")]
    assert diff == []
    assert current_revision(db.engine) == head_revision()


def test_upgrade_of_existing_file_makes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY, text TEXT)")
    con.execute("INSERT INTO legacy_note VALUES (1, 'запись до обновления')")
    con.commit()
    con.close()
    database = Database.open(f"sqlite:///{path}")
    backup = upgrade(database.engine)
    assert backup is not None and backup.exists()
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT text FROM legacy_note").fetchone() == ("запись до обновления",)
    assert copy.execute("SELECT name FROM sqlite_master WHERE name='family'").fetchone() is None
    copy.close()
    assert "family" in inspect(database.engine).get_table_names()
    database.dispose()


def test_up_to_date_database_is_left_alone(sqlite_db: Database) -> None:
    assert upgrade(sqlite_db.engine) is None


def test_known_schema_revision_is_alembics_head() -> None:
    from patronat_desktop.storage.schema import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION
