"""Read-only queries that map rows to plain dataclasses before they reach the UI or the CLI."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Application, Family, Ground, Member, TypePeriod, Worker, family_ground


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
    ground_ids: frozenset[uuid.UUID] = frozenset()

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["id"] = str(self.id)
        d["worker_id"] = str(self.worker_id)
        d["stage"] = self.stage.value
        d["patronage_type"] = self.patronage_type.value if self.patronage_type else None
        d["application_date"] = self.application_date.isoformat() if self.application_date else None
        d["ground_ids"] = sorted(str(g) for g in self.ground_ids)
        return d


def _initials(surname: str, name: str, patronymic: str) -> str:
    initials = "".join(f"{p[0]}." for p in (name, patronymic) if p)
    return f"{surname} {initials}".strip()


def list_families(session: Session, centre_id: uuid.UUID | None = None) -> list[FamilyRow]:
    """Every family (of a centre, if given) with its applicant, worker and current type, in few queries.

    The joins and counts run in the database and identifiers are converted once per family, which keeps
    the registry of a large district (5,000 families, 20,000 members) quick to load at every start.
    """
    member_count = (
        select(Member.family_id, func.count().label("n")).group_by(Member.family_id).subquery("member_count")
    )
    applicant = aliased(Member)
    q = (
        select(
            type_coerce(Family.id, String),
            Family.case_number,
            Family.settlement,
            Family.stage,
            type_coerce(Family.responsible_worker_id, String),
            applicant.surname,
            applicant.name,
            applicant.patronymic,
            Application.date,
            member_count.c.n,
        )
        .outerjoin(applicant, (applicant.family_id == Family.id) & applicant.is_applicant.is_(True))
        .outerjoin(Application, Application.family_id == Family.id)
        .outerjoin(member_count, member_count.c.family_id == Family.id)
        .order_by(Family.case_year, Family.case_seq)
    )
    if centre_id is not None:
        q = q.where(Family.centre_id == centre_id)
    rows = session.execute(q).all()

    workers = {
        str(w.id.hex): _initials(w.surname, w.name, w.patronymic)
        for w in session.execute(select(Worker.id, Worker.surname, Worker.name, Worker.patronymic))
    }
    types: dict[str, PatronageType] = {}
    for fid, ptype in session.execute(
        select(type_coerce(TypePeriod.family_id, String), TypePeriod.type).order_by(TypePeriod.start)
    ):
        types[_hex(fid)] = ptype  # ordered by start: the last one wins
    grounds: dict[str, set[uuid.UUID]] = {}
    ground_ids = {g.hex: g for g in session.scalars(select(Ground.id))}
    for fid, gid in session.execute(
        select(type_coerce(family_ground.c.family_id, String), type_coerce(family_ground.c.ground_id, String))
    ):
        grounds.setdefault(_hex(fid), set()).add(ground_ids[_hex(gid)])
    out = []
    for fid, number, settlement, stage, wid, surname, name, patronymic, app_date, n in rows:
        fkey, wkey = _hex(fid), _hex(wid)
        out.append(
            FamilyRow(
                id=uuid.UUID(fkey),
                case_number=number,
                applicant=_initials(surname, name, patronymic) if surname else "",
                settlement=settlement,
                stage=stage,
                patronage_type=types.get(fkey) if stage != Stage.CLOSED else None,
                worker=workers.get(wkey, ""),
                worker_id=uuid.UUID(wkey),
                application_date=app_date,
                members=n or 0,
                ground_ids=frozenset(grounds.get(fkey, ())),
            )
        )
    return out


def _hex(raw: object) -> str:
    """A UUID key as 32 hex digits, whatever the driver returned (SQLite: hex text; PostgreSQL: UUID)."""
    return raw.hex if isinstance(raw, uuid.UUID) else str(raw).replace("-", "")


def filter_choices(
    session: Session, centre_id: uuid.UUID
) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
    """The family list's filter options: the centre's workers and the grounds, by name."""
    workers = [
        (w.id, _initials(w.surname, w.name, w.patronymic))
        for w in session.execute(
            select(Worker.id, Worker.surname, Worker.name, Worker.patronymic)
            .where(Worker.centre_id == centre_id)
            .order_by(Worker.surname, Worker.name)
        )
    ]
    grounds = [
        (g.id, g.name_ru)
        for g in session.execute(select(Ground.id, Ground.name_ru).order_by(Ground.position))
    ]
    return workers, grounds
