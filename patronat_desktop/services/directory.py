"""The centre's directories: its workers and the interagency agencies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.vocab import AgencyKind, WorkerRole
from patronat_desktop.models import Agency, Worker
from patronat_desktop.services.base import Actor, apply_changes, audit, get_or_refuse, refuse_if
from patronat_desktop.services.reference import LOGIN_RE, LOGIN_RULE


@dataclass
class WorkerData:
    surname: str
    name: str
    login: str
    patronymic: str = ""
    position: str = ""
    role: WorkerRole = WorkerRole.CASEWORKER
    phone: str = ""
    active: bool = True


@dataclass
class AgencyData:
    name: str
    kind: AgencyKind = AgencyKind.OTHER
    address: str = ""
    phone: str = ""
    contact_person: str = ""
    active: bool = True


def _worker_problems(
    session: Session, actor: Actor, data: WorkerData, own_id: uuid.UUID | None
) -> list[Problem]:
    problems = []
    if not data.surname.strip():
        problems.append(Problem("worker.surname", "Фамилия: обязательное поле.", "required"))
    if not data.name.strip():
        problems.append(Problem("worker.name", "Имя: обязательное поле.", "required"))
    if not LOGIN_RE.fullmatch(data.login):
        problems.append(Problem("worker.login", LOGIN_RULE, "format"))
    else:
        q = (
            select(func.count())
            .select_from(Worker)
            .where(Worker.centre_id == actor.centre_id, Worker.login == data.login)
        )
        if own_id is not None:
            q = q.where(Worker.id != own_id)
        if session.scalar(q):
            problems.append(Problem("worker.login", f"Логин: «{data.login}» уже занят.", "duplicate"))
    return problems


def _worker_values(data: WorkerData) -> dict[str, object]:
    return {
        "surname": data.surname.strip(),
        "name": data.name.strip(),
        "patronymic": data.patronymic.strip(),
        "login": data.login,
        "position": data.position.strip(),
        "role": data.role,
        "phone": data.phone.strip(),
        "active": data.active,
    }


def add_worker(session: Session, actor: Actor, data: WorkerData) -> Worker:
    """Add a specialist to the centre."""
    refuse_if(_worker_problems(session, actor, data, None))
    worker = Worker(id=uuid.uuid4(), centre_id=actor.centre_id, **_worker_values(data))
    session.add(worker)
    session.flush()
    audit(session, actor, "worker.add", worker, changes={"login": data.login, "surname": data.surname})
    return worker


def edit_worker(session: Session, actor: Actor, worker_id: uuid.UUID, data: WorkerData) -> Worker:
    worker = get_or_refuse(session, Worker, worker_id, "worker", "Специалист")
    refuse_if(_worker_problems(session, actor, data, worker.id))
    diff = apply_changes(worker, _worker_values(data))
    if diff:
        audit(session, actor, "worker.edit", worker, changes=diff)
    session.flush()
    return worker


def _agency_problems(data: AgencyData) -> list[Problem]:
    if data.name.strip():
        return []
    return [Problem("agency.name", "Название организации: обязательное поле.", "required")]


def _agency_values(data: AgencyData) -> dict[str, object]:
    return {
        "name": data.name.strip(),
        "kind": data.kind,
        "address": data.address.strip(),
        "phone": data.phone.strip(),
        "contact_person": data.contact_person.strip(),
        "active": data.active,
    }


def add_agency(session: Session, actor: Actor, data: AgencyData) -> Agency:
    """Add an interagency participant to the centre's directory."""
    refuse_if(_agency_problems(data))
    agency = Agency(id=uuid.uuid4(), centre_id=actor.centre_id, **_agency_values(data))
    session.add(agency)
    session.flush()
    audit(session, actor, "agency.add", agency, changes={"name": agency.name})
    return agency


def edit_agency(session: Session, actor: Actor, agency_id: uuid.UUID, data: AgencyData) -> Agency:
    agency = get_or_refuse(session, Agency, agency_id, "agency", "Организация")
    if agency.centre_id != actor.centre_id:
        refuse_if([Problem("agency", "Организация: запись не найдена в вашем центре.", "not_found")])
    refuse_if(_agency_problems(data))
    diff = apply_changes(agency, _agency_values(data))
    if diff:
        audit(session, actor, "agency.edit", agency, changes=diff)
    session.flush()
    return agency
