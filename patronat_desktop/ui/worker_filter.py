"""The "whose families" filter of the agenda pages: a caseworker sees their own families; centre staff (head,
admin) see the whole centre by default and may pick one worker, or their own families."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext


def load_filter(
    session: Session, worker_id: uuid.UUID | None, centre_id: uuid.UUID
) -> tuple[bool, list[tuple[uuid.UUID, str]]]:
    """Whether the signed-in worker sees the whole centre (head, admin, or no worker), and its workers."""
    from patronat_desktop.domain.vocab import WorkerRole
    from patronat_desktop.models import Worker
    from patronat_desktop.services.queries import filter_choices

    worker = session.get(Worker, worker_id) if worker_id is not None else None
    staff = worker is None or worker.role in (WorkerRole.HEAD, WorkerRole.ADMIN)
    workers, _grounds = filter_choices(session, centre_id)
    return staff, workers


class WorkerFilter(QComboBox):
    """Items: «Мои семьи» (the signed-in worker), then for staff «Все специалисты центра» (None) and every
    other worker. ``currentIndexChanged`` says the choice changed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Чьи семьи показать"))
        self.setMinimumWidth(190)

    def fill(self, context: AppContext, keep: bool = False) -> None:
        """Fill from the directory (a quick read); ``keep`` keeps the current choice if it is still offered.
        Emits no signal."""
        actor = context.actor
        staff, workers = context.read(lambda s: load_filter(s, actor.worker_id, actor.centre_id))
        previous = self.currentData() if keep and self.count() else (None if staff else actor.worker_id)
        self.blockSignals(True)
        self.clear()
        if actor.worker_id is not None:
            self.addItem(self.tr("Мои семьи"), actor.worker_id)
        if staff:
            self.addItem(self.tr("Все специалисты центра"), None)
            for worker_id, name in workers:
                if worker_id != actor.worker_id:
                    self.addItem(name, worker_id)
        self.setCurrentIndex(max(0, self.index_of(previous)))
        self.setEnabled(staff)
        self.blockSignals(False)

    def worker_id(self) -> uuid.UUID | None:
        """The chosen worker; None for the whole centre."""
        value = self.currentData()
        return value if isinstance(value, uuid.UUID) else None

    def choose(self, worker_id: uuid.UUID | None) -> None:
        """Choose a worker (None: the whole centre) if offered; emits currentIndexChanged on a change."""
        index = self.index_of(worker_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def index_of(self, worker_id: object) -> int:
        # findData compares the Python objects stored in the combo by identity, not by value.
        return next((i for i in range(self.count()) if self.itemData(i) == worker_id), -1)
