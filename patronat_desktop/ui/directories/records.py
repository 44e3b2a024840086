"""Reads of the centre's directory records as plain data, so that no widget touches a closed session.

Each record carries the service's own input dataclass: an edit dialog starts from it and compares against
it to know whether anything changed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.models import Agency, CalendarOverride, Ground, Worker
from patronat_desktop.services.directory import AgencyData, WorkerData
from patronat_desktop.ui.vocab_labels import ground_name


@dataclass(frozen=True)
class AgencyRecord:
    id: uuid.UUID
    data: AgencyData


@dataclass(frozen=True)
class WorkerRecord:
    id: uuid.UUID
    data: WorkerData
    short_name: str


@dataclass(frozen=True)
class GroundRecord:
    position: int
    name: str
    valid_from: date
    valid_to: date | None


@dataclass(frozen=True)
class OverrideRecord:
    day: date
    is_working: bool
    note: str


def list_agencies(session: Session, centre_id: uuid.UUID) -> list[AgencyRecord]:
    """The centre's agencies: active ones first, then by name."""
    agencies = session.scalars(select(Agency).where(Agency.centre_id == centre_id))
    records = [
        AgencyRecord(
            a.id,
            AgencyData(
                name=a.name,
                kind=a.kind,
                address=a.address,
                phone=a.phone,
                contact_person=a.contact_person,
                active=a.active,
            ),
        )
        for a in agencies
    ]
    return sorted(records, key=lambda r: (not r.data.active, r.data.name.casefold()))


def list_workers(session: Session, centre_id: uuid.UUID) -> list[WorkerRecord]:
    """The centre's workers: active ones first, then by surname and name."""
    workers = session.scalars(select(Worker).where(Worker.centre_id == centre_id))
    records = [
        WorkerRecord(
            w.id,
            WorkerData(
                surname=w.surname,
                name=w.name,
                login=w.login,
                patronymic=w.patronymic,
                position=w.position,
                role=w.role,
                phone=w.phone,
                active=w.active,
            ),
            w.short_name,
        )
        for w in workers
    ]
    return sorted(
        records, key=lambda r: (not r.data.active, r.data.surname.casefold(), r.data.name.casefold())
    )


def list_grounds(session: Session) -> list[GroundRecord]:
    """Every ground of a difficult life situation, in the order of the law's list."""
    grounds = session.scalars(select(Ground).order_by(Ground.position))
    return [GroundRecord(g.position, ground_name(g), g.valid_from, g.valid_to) for g in grounds]


def list_overrides(session: Session, centre_id: uuid.UUID) -> list[OverrideRecord]:
    """The centre's corrections of the working-day calendar, in date order."""
    rows = session.scalars(
        select(CalendarOverride).where(CalendarOverride.centre_id == centre_id).order_by(CalendarOverride.day)
    )
    return [OverrideRecord(r.day, r.is_working, r.note) for r in rows]
