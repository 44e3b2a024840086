"""Use cases of planned visits: plan, move, cancel, record as done; and the dates suggested for a family.

Each action validates everything first (Russian messages naming the field), then writes the change and its
audit entry in the caller's transaction, like ``services.cases``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.norms import TypePeriod
from patronat_desktop.domain.planning import PlannedVisitStatus, VisitSuggestion, suggest_visit_dates
from patronat_desktop.domain.validation import VisitData
from patronat_desktop.domain.vocab import Stage, VisitKind
from patronat_desktop.models import Family, PlannedVisit, Visit, Worker
from patronat_desktop.services.base import Actor, audit, get_family, get_or_refuse, refuse_if
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.cases import record_visit
from patronat_desktop.services.norms import ContractTerm, NormInputs, periods_within_contract

DAY_FIELD = "planned.day"


def _day_problems(family: Family, day: date, today: date) -> list[Problem]:
    problems: list[Problem] = []
    if family.stage == Stage.CLOSED:
        problems.append(Problem("stage", "Случай закрыт: планировать посещения нельзя.", "closed"))
    if day < today:
        problems.append(
            Problem(DAY_FIELD, "Дата посещения: нельзя планировать на прошедшую дату.", "past_date")
        )
    app = family.application
    if app is not None and day < app.date:
        problems.append(
            Problem(DAY_FIELD, "Дата посещения: не может быть раньше даты заявления.", "before_application")
        )
    return problems


def _clash_problems(
    session: Session, family_id: uuid.UUID, day: date, skip: uuid.UUID | None
) -> list[Problem]:
    clash = session.scalar(
        select(PlannedVisit.id).where(
            PlannedVisit.family_id == family_id,
            PlannedVisit.day == day,
            PlannedVisit.status == PlannedVisitStatus.PLANNED,
        )
    )
    if clash is not None and clash != skip:
        return [Problem(DAY_FIELD, "Дата посещения: на этот день посещение уже запланировано.", "duplicate")]
    return []


def _worker_problems(session: Session, actor: Actor, worker_id: uuid.UUID) -> list[Problem]:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.centre_id != actor.centre_id or not worker.active:
        return [
            Problem("planned.worker", "Специалист: выберите работающего специалиста центра.", "not_found")
        ]
    return []


def plan_visit(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    day: date,
    note: str = "",
    today: date | None = None,
    worker_id: uuid.UUID | None = None,
) -> PlannedVisit:
    """Plan a visit to the family on ``day`` (by default by its responsible worker)."""
    today = today or date.today()
    family = get_family(session, actor, family_id)
    worker_id = worker_id or family.responsible_worker_id
    problems = _day_problems(family, day, today) + _worker_problems(session, actor, worker_id)
    refuse_if(problems + _clash_problems(session, family.id, day, None))
    row = PlannedVisit(
        id=uuid.uuid4(),
        family_id=family.id,
        day=day,
        worker_id=worker_id,
        note=note.strip(),
        status=PlannedVisitStatus.PLANNED,
    )
    session.add(row)
    session.flush()
    audit(session, actor, "planned_visit.plan", row, family.id, {"day": day, "worker_id": worker_id})
    return row


def _pending(session: Session, actor: Actor, planned_id: uuid.UUID) -> tuple[PlannedVisit, Family]:
    row = get_or_refuse(session, PlannedVisit, planned_id, "planned", "Запланированное посещение")
    family = get_family(session, actor, row.family_id)
    if row.status != PlannedVisitStatus.PLANNED:
        refuse_if(
            [
                Problem(
                    "planned.status", "Запланированное посещение: уже проведено или отменено.", "not_pending"
                )
            ]
        )
    return row, family


def move_planned_visit(
    session: Session, actor: Actor, planned_id: uuid.UUID, new_day: date, today: date | None = None
) -> PlannedVisit:
    """Move a pending planned visit to ``new_day``; the day it leaves is kept in ``moved_from``."""
    today = today or date.today()
    row, family = _pending(session, actor, planned_id)
    problems = _day_problems(family, new_day, today)
    if new_day == row.day:
        problems.append(Problem(DAY_FIELD, "Дата посещения: выберите другой день.", "same_day"))
    refuse_if(problems + _clash_problems(session, family.id, new_day, row.id))
    old = row.day
    row.moved_from = old
    row.day = new_day
    session.flush()
    audit(session, actor, "planned_visit.move", row, family.id, {"day": [old, new_day]})
    return row


def cancel_planned_visit(
    session: Session, actor: Actor, planned_id: uuid.UUID, reason: str = ""
) -> PlannedVisit:
    """Cancel a pending planned visit (it stays in the history as cancelled)."""
    row, family = _pending(session, actor, planned_id)
    row.status = PlannedVisitStatus.CANCELLED
    if reason.strip():
        row.note = f"{row.note}\n{reason.strip()}".strip()
    session.flush()
    audit(session, actor, "planned_visit.cancel", row, family.id, {"day": row.day, "reason": reason.strip()})
    return row


def record_planned_visit(
    session: Session, actor: Actor, planned_id: uuid.UUID, data: VisitData, today: date | None = None
) -> Visit:
    """Record the visit that fulfils a planned one (through ``cases.record_visit``) and mark the plan done."""
    row, family = _pending(session, actor, planned_id)
    visit = record_visit(session, actor, family.id, data, today=today)
    row.status = PlannedVisitStatus.DONE
    row.visit_id = visit.id
    session.flush()
    audit(session, actor, "planned_visit.done", row, family.id, {"day": row.day, "visit_date": visit.date})
    return visit


def quick_visit_data(family: Family, day: date) -> VisitData:
    """A home visit on ``day`` with the applicant present (every member if there is no applicant): what
    one click on «Визит проведён» records; details can be added later in the card."""
    present = [m.id for m in family.members if m.is_applicant] or [m.id for m in family.members]
    return VisitData(date=day, kind=VisitKind.HOME, member_ids=present)


def record_due_visit(
    session: Session, actor: Actor, family_id: uuid.UUID, today: date | None = None
) -> Visit:
    """One click: a home visit today; the earliest pending planned visit due by today is marked done by it."""
    today = today or date.today()
    family = get_family(session, actor, family_id)
    data = quick_visit_data(family, today)
    due = session.scalar(
        select(PlannedVisit.id)
        .where(
            PlannedVisit.family_id == family.id,
            PlannedVisit.status == PlannedVisitStatus.PLANNED,
            PlannedVisit.day <= today,
        )
        .order_by(PlannedVisit.day)
        .limit(1)
    )
    if due is not None:
        return record_planned_visit(session, actor, due, data, today=today)
    return record_visit(session, actor, family.id, data, today=today)


@dataclass(frozen=True)
class PlannedRow:
    """A planned visit as plain data (for views), with its family's case number, name and settlement."""

    id: uuid.UUID
    family_id: uuid.UUID
    day: date
    worker_id: uuid.UUID | None
    note: str
    status: PlannedVisitStatus
    moved_from: date | None
    visit_id: uuid.UUID | None


def _plain(row: PlannedVisit) -> PlannedRow:
    return PlannedRow(
        row.id, row.family_id, row.day, row.worker_id, row.note, row.status, row.moved_from, row.visit_id
    )


def family_planned_visits(session: Session, actor: Actor, family_id: uuid.UUID) -> list[PlannedRow]:
    """Every planned visit of a family, by day (done and cancelled ones included)."""
    get_family(session, actor, family_id)
    rows = session.scalars(
        select(PlannedVisit).where(PlannedVisit.family_id == family_id).order_by(PlannedVisit.day)
    )
    return [_plain(r) for r in rows]


def planned_between(
    session: Session, centre_id: uuid.UUID, start: date, end: date, worker_id: uuid.UUID | None = None
) -> list[PlannedRow]:
    """Planned visits of a centre's families dated ``start..end`` (all statuses), optionally one worker's
    (the worker of the plan), by day."""
    query = (
        select(PlannedVisit)
        .join(Family, Family.id == PlannedVisit.family_id)
        .where(Family.centre_id == centre_id, PlannedVisit.day >= start, PlannedVisit.day <= end)
        .order_by(PlannedVisit.day)
    )
    if worker_id is not None:
        query = query.where(PlannedVisit.worker_id == worker_id)
    return [_plain(r) for r in session.scalars(query)]


def family_norm_inputs(family: Family) -> NormInputs:
    """What the norm rule needs of one loaded family."""
    return NormInputs(
        [TypePeriod(p.type, p.start, p.end) for p in family.type_periods],
        [ContractTerm(c.term_start, c.term_end) for c in family.contracts] or None,
        [v.date for v in family.visits if v.counts_toward_norm],
    )


def suggest_for_family(
    session: Session, actor: Actor, family_id: uuid.UUID, today: date | None = None
) -> VisitSuggestion | None:
    """The visit dates suggested for a family (``domain.planning.suggest_visit_dates``); None without a
    running norm window or for a closed case."""
    today = today or date.today()
    family = get_family(session, actor, family_id)
    if family.stage == Stage.CLOSED:
        return None
    planned = session.scalars(
        select(PlannedVisit.day).where(
            PlannedVisit.family_id == family.id, PlannedVisit.status == PlannedVisitStatus.PLANNED
        )
    )
    return suggestion_from_inputs(
        family_norm_inputs(family), list(planned), today, work_calendar(session, actor.centre_id)
    )


def suggestion_from_inputs(
    inputs: NormInputs, planned: list[date], today: date, calendar: WorkCalendar
) -> VisitSuggestion | None:
    """Suggested dates from bulk-loaded norm inputs (``services.norms.load_norm_inputs``)."""
    return suggest_visit_dates(
        periods_within_contract(inputs.periods, inputs.terms), inputs.visits, planned, today, calendar
    )
