"""Read-only queries that map rows to plain dataclasses before they reach the UI or the CLI."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Application, Family, Member, TypePeriod, Worker


@dataclass(frozen=True)
class FamilyRow:
    """One line of the family registry."""

    id: uuid.UUID
    case_number: str
    applicant: str
    settlement: str
    stage: Stage
    patronage_type: PatronageType | None
    worker: str
    worker_id: uuid.UUID
    application_date: date | None
    members: int

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["id"] = str(self.id)
        d["worker_id"] = str(self.worker_id)
        d["stage"] = self.stage.value
        d["patronage_type"] = self.patronage_type.value if self.patronage_type else None
        d["application_date"] = self.application_date.isoformat() if self.application_date else None
        return d


def _initials(surname: str, name: str, patronymic: str) -> str:
    initials = "".join(f"{p[0]}." for p in (name, patronymic) if p)
    return f"{surname} {initials}".strip()


def list_families(session: Session, centre_id: uuid.UUID | None = None) -> list[FamilyRow]:
    """Every family (of a centre, if given) with its applicant, worker and current type, in few queries."""
    fam_q = select(
        Family.id,
        Family.case_number,
        Family.settlement,
        Family.stage,
        Family.responsible_worker_id,
        Family.case_year,
        Family.case_seq,
    )
    if centre_id is not None:
        fam_q = fam_q.where(Family.centre_id == centre_id)
    families = session.execute(fam_q.order_by(Family.case_year, Family.case_seq)).all()

    workers = {
        w.id: _initials(w.surname, w.name, w.patronymic)
        for w in session.execute(select(Worker.id, Worker.surname, Worker.name, Worker.patronymic))
    }
    applicants: dict[uuid.UUID, str] = {}
    members: dict[uuid.UUID, int] = {}
    for m in session.execute(
        select(Member.family_id, Member.surname, Member.name, Member.patronymic, Member.is_applicant)
    ):
        members[m.family_id] = members.get(m.family_id, 0) + 1
        if m.is_applicant:
            applicants[m.family_id] = _initials(m.surname, m.name, m.patronymic)
    app_dates: dict[uuid.UUID, date] = {
        fid: d for fid, d in session.execute(select(Application.family_id, Application.date))
    }
    types: dict[uuid.UUID, PatronageType] = {}
    for fid, ptype in session.execute(
        select(TypePeriod.family_id, TypePeriod.type).order_by(TypePeriod.start)
    ):
        types[fid] = ptype  # ordered by start: the last one wins
    return [
        FamilyRow(
            id=f.id,
            case_number=f.case_number,
            applicant=applicants.get(f.id, ""),
            settlement=f.settlement,
            stage=f.stage,
            patronage_type=types.get(f.id) if f.stage != Stage.CLOSED else None,
            worker=workers.get(f.responsible_worker_id, ""),
            worker_id=f.responsible_worker_id,
            application_date=app_dates.get(f.id),
            members=members.get(f.id, 0),
        )
        for f in families
    ]
