"""Alembic migrations applied at start: a backup copy of a SQLite file first, then `upgrade head`."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from patronat_desktop.models import Base
from patronat_desktop.storage.db import sqlite_path
from patronat_desktop.storage.schema import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config_for_script())
    head = script.get_current_head()
    assert head is not None
    return head


def alembic_config_for_script() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _is_at_known_head(engine: Engine) -> bool:
    """Cheap check at every start: the stamped revision is this program's newest one."""
    try:
        with engine.connect() as conn:
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except DBAPIError:
        return False
    return versions == [SCHEMA_REVISION]


def backup_sqlite(path: Path, tag: str) -> Path:
    """Copy a live SQLite database consistently (WAL included) next to it; returns the copy's path."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{tag}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def upgrade(engine: Engine) -> Path | None:
    """Bring the database to the newest schema; returns the backup path if one was made.

    A new, empty database gets the tables directly and is stamped at head (Alembic's advice);
    an existing one is backed up (SQLite) and upgraded through every migration in between.
    """
    if _is_at_known_head(engine):
        return None
    from alembic import command

    cfg = alembic_config(engine)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    has_tables = bool(inspect(engine).get_table_names())
    if current is None and not has_tables:
        Base.metadata.create_all(engine)
        command.stamp(cfg, "head")
        return None
    backup = None
    path = sqlite_path(engine.url)
    if path is not None and path.exists():
        backup = backup_sqlite(path, current or "none")
    command.upgrade(cfg, "head")
    return backup
