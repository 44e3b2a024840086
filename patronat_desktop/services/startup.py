"""Opening the database at program start: resolve the location, migrate (with a backup), seed references."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from patronat_desktop.models import Centre, Family, SyncDevice, Worker
from patronat_desktop.services.reference import ensure_grounds
from patronat_desktop.storage.db import Database, resolve_url
from patronat_desktop.storage.migrate import upgrade


def open_database(db: str | os.PathLike[str] | URL | None = None) -> tuple[Database, Path | None]:
    """Open (and if needed create or upgrade) the database; returns it and the backup made, if any."""
    url = db if isinstance(db, URL) else resolve_url(db)
    database = Database.open(url)
    backup = upgrade(database.engine)
    with database.transaction() as session:
        ensure_grounds(session)
    return database, backup


def is_empty(database: Database) -> bool:
    """True when no centre has been set up yet (first start)."""
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Centre)) == 0


def acting_worker(session: Session) -> Worker | None:
    """Who the program acts as when nobody has chosen: an enrolled laptop's own worker, else the first
    head, else the first worker (by surname and name)."""
    own = session.scalar(select(SyncDevice.worker_id).where(SyncDevice.is_self.is_(True)))
    if own is not None:
        mine = session.get(Worker, own)
        if mine is not None and mine.active:
            return mine
    workers = session.scalars(select(Worker).where(Worker.active.is_(True))).all()
    heads = [w for w in workers if w.role != "caseworker"]
    chosen = sorted(heads or workers, key=lambda w: (w.surname, w.name))
    return chosen[0] if chosen else None


def default_worker(database: Database) -> Worker | None:
    """``acting_worker`` read in a session of its own, detached so that it outlives the session."""
    with database.sessions() as session:
        chosen = acting_worker(session)
        if chosen is not None:
            session.expunge(chosen)
        return chosen


def family_count(database: Database) -> int:
    with database.sessions() as session:
        return session.scalar(select(func.count()).select_from(Family)) or 0
