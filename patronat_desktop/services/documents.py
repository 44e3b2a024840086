"""Content of the printed documents, loaded from the database into plain dataclasses for documents/.

Each loader refuses with a DomainError naming what is missing (no survey yet, no plan yet...), so printing
from the window or the command line explains itself instead of printing an empty paper.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from patronat_desktop.documents import data as d
from patronat_desktop.documents.render import CASE_KINDS, render
from patronat_desktop.domain.errors import DomainError, NotFoundError, Problem
from patronat_desktop.domain.vocab import Stage, label_ru
from patronat_desktop.models import (
    Application,
    Centre,
    Contract,
    Family,
    Member,
    PlanItem,
    Worker,
)
from patronat_desktop.services.base import Actor, get_family, get_or_refuse
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.cases import label_type
from patronat_desktop.services.norms import family_windows
from patronat_desktop.services.registry_rows import initials
from patronat_desktop.services.signing import contract_fingerprint, plan_fingerprint
from patronat_desktop.storage.paths import data_dir

KIND_TITLES = {
    "application": "Заявление",
    "survey": "Акт обследования",
    "plan": "План сопровождения",
    "contract": "Договор",
    "visits": "Журнал посещений",
    "summary": "Итоговое заключение",
    "register": "Журнал учёта семей",
    "weekly": "Лист посещений на неделю",
}


def centre_templates_dir() -> Path:
    """The folder of a centre's own templates (``<lang>/<kind>.toml``), beside the database's folder."""
    return data_dir() / "templates"


def _person(row: Member | Worker | None) -> d.Person | None:
    if row is None:
        return None
    full = " ".join(p for p in (row.surname, row.name, row.patronymic) if p)
    return d.Person(full, initials(row.surname, row.name, row.patronymic), getattr(row, "position", ""))


def centre_info(session: Session, centre_id: uuid.UUID) -> d.CentreInfo:
    centre = get_or_refuse(session, Centre, centre_id, "centre", "Центр")
    # The place a contract names: the town in the centre's address («223927, ..., г. Копыль, ул. ...»).
    towns = [p.strip() for p in centre.address.split(",") if p.strip().startswith(("г. ", "аг. ", "г.п. "))]
    settlement = towns[0] if towns else centre.district
    return d.CentreInfo(
        centre.name,
        centre.address,
        centre.phone,
        centre.head_name,
        settlement,
        centre.short_name or centre.name,
    )


def _case(family: Family) -> d.CaseInfo:
    applicant = family.applicant
    return d.CaseInfo(
        case_number=family.case_number,
        family_name=applicant.full_name if applicant else "",
        address=family.address_line,
        phone=family.phone,
        applicant=_person(applicant),
        worker=_person(family.responsible_worker),
    )


def _members(family: Family) -> list[d.MemberRow]:
    return [
        d.MemberRow(m.full_name, m.birth_date, label_ru(m.relation), m.school_or_work) for m in family.members
    ]


def _missing(what: str) -> DomainError:
    return DomainError(
        Problem("document", f"{what}: документа ещё нет в деле, печатать нечего.", "no_document")
    )


def application_doc(session: Session, actor: Actor, family: Family) -> d.ApplicationDoc:
    app = family.application
    if app is None:
        raise _missing("Заявление")
    received = session.get(Worker, app.received_by_id) if app.received_by_id else None
    return d.ApplicationDoc(
        centre=centre_info(session, actor.centre_id),
        case=_case(family),
        number=app.number,
        date=app.date,
        applicant_birth_date=app.applicant.birth_date,
        request_text=app.request_text,
        members=_members(family),
        grounds=[g.name_ru for g in family.grounds],
        received_by=_person(received or family.responsible_worker),
    )


def survey_doc(session: Session, actor: Actor, family: Family) -> d.SurveyDoc:
    if not family.survey_acts:
        raise _missing("Акт обследования")
    act = family.survey_acts[-1]
    return d.SurveyDoc(
        centre=centre_info(session, actor.centre_id),
        case=_case(family),
        date=act.date,
        surveyors=act.surveyors,
        housing_type=label_ru(act.housing_type),
        housing_condition=act.housing_condition,
        amenities=act.amenities,
        income_sources=act.income_sources,
        total_income=f"{act.total_income:.2f}",
        per_capita_income=f"{act.per_capita_income:.2f}",
        conclusion=act.conclusion,
        members=_members(family),
    )


def _responsible(item: PlanItem) -> str:
    if item.responsible_worker is not None:
        person = _person(item.responsible_worker)
        return person.short_name if person else ""
    return item.responsible_agency.name if item.responsible_agency is not None else ""


def plan_doc(session: Session, actor: Actor, family: Family, version_no: int | None = None) -> d.PlanDoc:
    """The plan version to print (the current one by default); the completion column is left empty, to be
    filled in by hand on the paper the family signs."""
    plan = family.plan
    if plan is None or not plan.versions:
        raise _missing("План патронатного сопровождения")
    version = (
        plan.current
        if version_no is None
        else next((v for v in plan.versions if v.version_no == version_no), None)
    )
    if version is None:
        raise NotFoundError(Problem("version", f"Версии {version_no} плана нет.", "not_found"))
    fp = plan_fingerprint(version)
    author = session.get(Worker, version.author_id) if version.author_id else None
    return d.PlanDoc(
        centre=centre_info(session, actor.centre_id),
        case=_case(family),
        plan_number=plan.number,
        version_no=version.version_no,
        drawn_up_on=version.drawn_up_on,
        revision_reason=version.revision_reason,
        agreed_on=version.agreed_on if version.agreed_with_family else None,
        agreed_by=version.agreed_by,
        fingerprint=fp,
        signature=d.Signature(version.signed_on, version.signed_by, version.fingerprint or fp)
        if version.signed_on is not None
        else None,
        rows=[
            d.PlanRow(
                problem=item.problem.description if item.problem is not None else "",
                goal=item.goal,
                measure=item.measure,
                responsible=_responsible(item),
                deadline=item.deadline,
                completion="",
            )
            for item in version.items
        ],
        author=_person(author),
    )


def contract_doc(session: Session, actor: Actor, family: Family) -> d.ContractDoc:
    if not family.contracts:
        raise _missing("Договор")
    contract = family.contracts[-1]
    fp = contract_fingerprint(contract)
    applicant = _person(family.applicant) or d.Person(contract.signed_by, contract.signed_by)
    return d.ContractDoc(
        centre=centre_info(session, actor.centre_id),
        case=_case(family),
        number=contract.number,
        date=contract.date,
        form=label_ru(contract.form),
        term_start=contract.term_start,
        term_end=contract.term_end,
        version_no=contract.version_no,
        fingerprint=fp,
        signature=d.Signature(contract.signed_on, contract.signed_by, contract.fingerprint or fp)
        if contract.signed_on is not None
        else None,
        client=applicant,
    )


def _patronage(family: Family) -> str:
    return ", ".join(f"{label_type(p.type)} с {p.start.strftime('%d.%m.%Y')}" for p in family.type_periods)


def visits_doc(session: Session, actor: Actor, family: Family) -> d.VisitLogDoc:
    workers = {w.id: w for w in session.scalars(select(Worker).where(Worker.centre_id == actor.centre_id))}
    rows = []
    for v in family.visits:
        person = _person(workers.get(v.worker_id)) if v.worker_id else None
        content = "\n".join(t for t in (v.notes, v.result) if t)
        rows.append(
            d.VisitRow(
                date=v.date,
                kind=label_ru(v.kind),
                worker=person.short_name if person else "",
                present=", ".join(m.short_name for m in v.members_present),
                content=content,
                next_steps=v.next_steps,
            )
        )
    return d.VisitLogDoc(centre_info(session, actor.centre_id), _case(family), _patronage(family), rows)


def summary_doc(session: Session, actor: Actor, family: Family) -> d.SummaryDoc:
    summary = family.closing_summary
    if summary is None:
        raise _missing("Итоговое заключение")
    start = family.contracts[0].term_start if family.contracts else None
    return d.SummaryDoc(
        centre=centre_info(session, actor.centre_id),
        case=_case(family),
        date=summary.date,
        period_start=start,
        reason=label_ru(summary.reason),
        reason_note=summary.reason_note,
        dynamics=summary.dynamics,
        goals=[d.GoalRow(g.plan_item.goal, g.plan_item.measure, g.result) for g in summary.goal_results],
        outcome=label_ru(summary.outcome),
        decision=summary.decision,
        visits=len(family.visits),
    )


_CASE_LOADERS: dict[str, Callable[[Session, Actor, Family], Any]] = {
    "application": application_doc,
    "survey": survey_doc,
    "plan": plan_doc,
    "contract": contract_doc,
    "visits": visits_doc,
    "summary": summary_doc,
}


def has_document(kind: str, family: Family) -> bool:
    """Whether the case already holds what the document of ``kind`` prints (the visit log always exists)."""
    present = {
        "application": family.application is not None,
        "survey": bool(family.survey_acts),
        "plan": family.plan is not None and bool(family.plan.versions),
        "contract": bool(family.contracts),
        "visits": True,
        "summary": family.closing_summary is not None,
    }
    return present.get(kind, False)


def case_document(
    session: Session, actor: Actor, kind: str, family_id: uuid.UUID, version_no: int | None = None
) -> Any:
    """The content of one document of a family's case; ``version_no`` chooses an older plan version."""
    if kind not in CASE_KINDS:
        raise DomainError(Problem("kind", f"Неизвестный документ «{kind}».", "unknown"))
    family = get_family(session, actor, family_id)
    if kind == "plan":
        return plan_doc(session, actor, family, version_no)
    return _CASE_LOADERS[kind](session, actor, family)


def find_case(session: Session, actor: Actor, case_number: str) -> uuid.UUID:
    """The family whose case number is ``case_number`` in the actor's centre."""
    family_id = session.scalar(
        select(Family.id).where(
            Family.centre_id == actor.centre_id, Family.case_number == case_number.strip()
        )
    )
    if family_id is None:
        raise NotFoundError(Problem("case", f"Дело № {case_number} не найдено в центре.", "not_found"))
    return family_id


# --- lists of many families ---


def register_doc(session: Session, actor: Actor, year: int) -> d.RegisterDoc:
    """Families on patronage at any time in ``year``: a contract running, or the application that year."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    on_contract = select(Contract.family_id).where(Contract.term_start <= last, Contract.term_end >= first)
    applied = select(Application.family_id).where(Application.date.between(first, last))
    families = session.scalars(
        select(Family)
        .where(Family.centre_id == actor.centre_id, or_(Family.id.in_(on_contract), Family.id.in_(applied)))
        .options(
            selectinload(Family.members),
            selectinload(Family.grounds),
            selectinload(Family.application),
            selectinload(Family.contracts),
            selectinload(Family.type_periods),
            selectinload(Family.closing_summary),
            selectinload(Family.responsible_worker),
        )
    ).all()
    rows = []
    for f in families:
        applicant = f.applicant
        types = [p for p in f.type_periods if p.start <= last and (p.end is None or p.end >= first)]
        contracts = [c for c in f.contracts if c.term_start <= last and c.term_end >= first]
        closed = f.closing_summary
        worker = _person(f.responsible_worker)
        rows.append(
            d.RegisterRow(
                case_number=f.case_number,
                application_date=f.application.date if f.application else None,
                applicant=applicant.full_name if applicant else "",
                address=f.address_line,
                grounds="; ".join(g.name_ru for g in f.grounds),
                patronage=", ".join(dict.fromkeys(label_type(p.type) for p in types)),
                contract="; ".join(f"№ {c.number} от {c.date.strftime('%d.%m.%Y')}" for c in contracts),
                worker=worker.short_name if worker else "",
                closed=f"{closed.date.strftime('%d.%m.%Y')}, {label_ru(closed.outcome)}" if closed else "",
            )
        )
    rows.sort(key=lambda r: (r.application_date or first, r.case_number))
    return d.RegisterDoc(centre_info(session, actor.centre_id), year, rows)


def weekly_doc(session: Session, actor: Actor, worker_id: uuid.UUID, day: date) -> d.WeeklyDoc:
    """The families of one worker still needing a visit under the norm in the week (Mon–Sun) of ``day``."""
    worker = get_or_refuse(session, Worker, worker_id, "worker", "Специалист")
    start = day - timedelta(days=day.weekday())
    end = start + timedelta(days=6)
    calendar = work_calendar(session, actor.centre_id)
    families = session.scalars(
        select(Family)
        .where(Family.responsible_worker_id == worker_id, Family.stage != Stage.CLOSED)
        .options(
            selectinload(Family.members),
            selectinload(Family.type_periods),
            selectinload(Family.contracts),
            selectinload(Family.visits),
        )
    ).all()
    rows = []
    for f in families:
        windows = [
            w for w in family_windows(f, end, calendar) if w.start <= end and w.end >= start and w.needed > 0
        ]
        if not windows:
            continue
        w = windows[-1]
        applicant = f.applicant
        rows.append(
            d.WeeklyRow(
                settlement=f.settlement,
                case_number=f.case_number,
                family=applicant.full_name if applicant else "",
                address=", ".join(p for p in (f.address_line, f.phone) if p),
                patronage=label_type(w.type),
                needed=f"{w.needed} из {w.required} до {w.end.strftime('%d.%m')}",
                last_visit=max((v.date for v in f.visits), default=None),
            )
        )
    rows.sort(key=lambda r: (r.settlement, r.family))
    person = _person(worker)
    assert person is not None
    return d.WeeklyDoc(centre_info(session, actor.centre_id), person, start, end, rows)


def print_case_document(
    session: Session,
    actor: Actor,
    kind: str,
    family_id: uuid.UUID,
    lang: str = "ru",
    centre_dir: Path | None = None,
    version_no: int | None = None,
) -> bytes:
    """The PDF of one document of a family's case (the centre's templates when it has its own)."""
    doc = case_document(session, actor, kind, family_id, version_no)
    return render(kind, doc, lang, _templates(centre_dir))


def _templates(centre_dir: Path | None) -> Path:
    return centre_dir if centre_dir is not None else centre_templates_dir()


def print_register(
    session: Session, actor: Actor, year: int, lang: str = "ru", centre_dir: Path | None = None
) -> bytes:
    """The PDF of the centre's register of families on patronage during ``year``."""
    return render("register", register_doc(session, actor, year), lang, _templates(centre_dir))


def print_weekly(
    session: Session,
    actor: Actor,
    worker_id: uuid.UUID,
    day: date,
    lang: str = "ru",
    centre_dir: Path | None = None,
) -> bytes:
    """The PDF of a worker's visit sheet for the week (Mon–Sun) of ``day``."""
    return render("weekly", weekly_doc(session, actor, worker_id, day), lang, _templates(centre_dir))
