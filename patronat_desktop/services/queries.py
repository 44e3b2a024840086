"""Read-only queries that map rows to plain dataclasses before they reach the UI or the CLI."""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, Select, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.models import Application, Family, Ground, Member, TypePeriod, Worker, family_ground
from patronat_desktop.services.registry_rows import FamilyRow, assemble_rows, initials


def family_heads(*where: ColumnElement[bool]) -> Select[str, str, str, str, str, str, str]:
    """Id, case number, settlement and worker (ids as text) of the families matching ``where``, with their
    applicant's surname, name and patronymic: what the agenda pages name a family by."""
    applicant = aliased(Member)
    return (
        select(
            type_coerce(Family.id, String),
            Family.case_number,
            Family.settlement,
            type_coerce(Family.responsible_worker_id, String),
            applicant.surname,
            applicant.name,
            applicant.patronymic,
        )
        .outerjoin(applicant, (applicant.family_id == Family.id) & applicant.is_applicant.is_(True))
        .where(*where)
    )


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
        str(w.id.hex): initials(w.surname, w.name, w.patronymic)
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
    return assemble_rows(
        (
            (_hex(fid), number, settlement, stage, _hex(wid), surname, name, patronymic, app_date, n)
            for fid, number, settlement, stage, wid, surname, name, patronymic, app_date, n in rows
        ),
        workers,
        types,
        grounds,
    )


def _hex(raw: object) -> str:
    """A UUID key as 32 hex digits, whatever the driver returned (SQLite: hex text; PostgreSQL: UUID)."""
    return raw.hex if isinstance(raw, uuid.UUID) else str(raw).replace("-", "")


def filter_choices(
    session: Session, centre_id: uuid.UUID
) -> tuple[list[tuple[uuid.UUID, str]], list[tuple[uuid.UUID, str]]]:
    """The family list's filter options: the centre's workers and the grounds, by name."""
    workers = [
        (w.id, initials(w.surname, w.name, w.patronymic))
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
