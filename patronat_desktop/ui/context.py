"""The running program's shared state for every screen: database, signed-in worker, and change signals."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from patronat_desktop.ui.background import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.services.base import Actor
    from patronat_desktop.storage.db import Database

T = TypeVar("T")


class AppContext(QObject):
    """Passed to every page, card and dialog: the one way the UI reaches the services.

    ``write`` runs one user action as one transaction on the GUI thread (quick, single-row work);
    ``background`` runs slow work (whole-centre reads, bulk loads) through the one background helper.
    """

    families_changed = Signal()
    """Families were added or changed: lists and agendas should reload."""
    family_saved = Signal(object)
    """A family's case was changed (carries its UUID): open cards of it should reload."""
    worker_changed = Signal()
    """The signed-in worker was switched."""
    sync_changed = Signal()
    """A sync bundle was exported or imported, or a conflict resolved: sync status lines should reload."""

    def __init__(self, database: Database, actor: Actor, worker_name: str, today: date | None = None) -> None:
        super().__init__()
        self.database = database
        self.actor = actor
        self.worker_name = worker_name
        self._today = today

    def today(self) -> date:
        """The working date (fixed in tests and screenshots, else the real date)."""
        return self._today or date.today()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.database.transaction() as session:
            yield session

    def read(self, fn: Callable[[Session], T]) -> T:
        """Run a quick read in its own short session."""
        with self.database.sessions() as session:
            return fn(session)

    def write(self, fn: Callable[[Session], T], family_id: uuid.UUID | None = None) -> T:
        """Run one user action in one transaction; announces the change once it is committed.

        A DomainError (or any error) propagates after the rollback, with nothing saved.
        """
        with self.database.transaction() as session:
            result = fn(session)
        if family_id is not None:
            self.family_saved.emit(family_id)
        self.families_changed.emit()
        return result

    def background(
        self,
        fn: Callable[[Session], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> BackgroundTask:
        """Run a read in a session of its own on the thread pool; the outcome arrives on the GUI thread."""
        database = self.database

        def task() -> Any:
            with database.sessions() as session:
                return fn(session)

        return run_in_background(task, on_success, on_failure)

    def background_write(
        self,
        fn: Callable[[Session], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        families: bool = True,
    ) -> BackgroundTask:
        """Run slow writing work (a bundle import or export) in one transaction on the thread pool.

        Commits when fn returns, rolls everything back when it raises. After a commit sync_changed is
        announced, and families_changed too unless ``families`` is False (an export changes no family).
        """
        database = self.database

        def task() -> Any:
            with database.transaction() as session:
                return fn(session)

        def succeeded(result: Any) -> None:
            self.sync_changed.emit()
            if families:
                self.families_changed.emit()
            on_success(result)

        return run_in_background(task, succeeded, on_failure)

    def switch_worker(self, actor: Actor, worker_name: str) -> None:
        self.actor = actor
        self.worker_name = worker_name
        self.worker_changed.emit()
