"""Helpers for the few reads and merges that handle tens of thousands of rows at once (the calendar month,
the Today agenda, a bundle import): rows straight from the driver, and the cyclic garbage collector paused."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.sql import Executable

_pause_lock = threading.Lock()
_pauses = 0  # how many pauses are open, on any thread: the collector is process-wide
_restore = True  # whether collection was on when the first open pause began


def driver_rows(connection: Connection, statement: Executable) -> list[Any]:
    """The rows as the driver returns them (no SQLAlchemy row or type processing: for tens of thousands
    of rows that processing costs more than the query)."""
    result = connection.execute(statement)
    cursor = result.cursor
    rows: list[Any] = list(cursor.fetchall()) if cursor is not None else list(result.all())
    result.close()
    return rows


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small objects, none of them in cycles, are made (the
    collections they would trigger cost a quarter to a third of such work; reference counting still
    frees everything). Pauses may overlap across threads; the last one to end turns collection back on,
    unless it was off before the first."""
    global _pauses, _restore
    with _pause_lock:
        if _pauses == 0:
            _restore = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _restore:
                gc.enable()
