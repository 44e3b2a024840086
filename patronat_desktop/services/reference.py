"""Reference data every database starts with, and the setup of a centre with its first worker."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.grounds import GROUNDS
from patronat_desktop.domain.vocab import WorkerRole
from patronat_desktop.models import Centre, Ground, Worker
from patronat_desktop.services.base import Actor, audit, refuse_if

LOGIN_RE = re.compile(r"[a-z][a-z0-9._-]{1,31}")
LOGIN_RULE = "Логин: от 2 до 32 латинских строчных букв, цифр, «.», «_», «-»; начинается с буквы."


def ensure_grounds(session: Session) -> int:
    """Insert the grounds that are missing (by code); returns how many were added."""
    have = set(session.scalars(select(Ground.code)))
    added = 0
    for pos, spec in enumerate(GROUNDS):
        if spec.code in have:
            continue
        session.add(
            Ground(
                id=uuid.uuid5(uuid.NAMESPACE_URL, f"patronat:ground:{spec.code}"),
                code=spec.code,
                name_ru=spec.name_ru,
                name_be=spec.name_be,
                name_en=spec.name_en,
                valid_from=spec.valid_from,
                valid_to=spec.valid_to,
                position=pos,
            )
        )
        added += 1
    session.flush()
    return added


def create_centre(
    session: Session,
    name: str,
    district: str,
    region: str,
    worker_surname: str,
    worker_name: str,
    worker_patronymic: str = "",
    worker_role: WorkerRole = WorkerRole.HEAD,
    worker_login: str = "head",
) -> Worker:
    """Set up a centre and its first worker (first start of the program); returns the worker."""
    problems = []
    if not name.strip():
        problems.append(Problem("centre.name", "Название центра: обязательное поле."))
    if not district.strip():
        problems.append(Problem("centre.district", "Район: обязательное поле."))
    if not worker_surname.strip():
        problems.append(Problem("worker.surname", "Фамилия специалиста: обязательное поле."))
    if not worker_name.strip():
        problems.append(Problem("worker.name", "Имя специалиста: обязательное поле."))
    if not LOGIN_RE.fullmatch(worker_login):
        problems.append(Problem("worker.login", LOGIN_RULE, "format"))
    refuse_if(problems)
    ensure_grounds(session)
    centre = Centre(id=uuid.uuid4(), name=name.strip(), district=district.strip(), region=region.strip())
    session.add(centre)
    worker = Worker(
        id=uuid.uuid4(),
        centre_id=centre.id,
        login=worker_login,
        surname=worker_surname.strip(),
        name=worker_name.strip(),
        patronymic=worker_patronymic.strip(),
        role=worker_role,
    )
    session.add(worker)
    session.flush()
    audit(session, Actor(worker.id, centre.id), "centre.create", centre, changes={"name": centre.name})
    return worker
