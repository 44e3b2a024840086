"""Everything a family card shows, loaded eagerly in one go so that no view touches a closed session."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, raiseload, selectinload
from sqlalchemy.sql.base import ExecutableOption

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import Window
from patronat_desktop.domain.planning import PlannedVisitStatus, VisitSuggestion
from patronat_desktop.domain.stages import StepState, stepper, survey_deadline
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import (
    Agency,
    ClosingSummary,
    Family,
    Ground,
    Member,
    Plan,
    PlanItem,
    PlanVersion,
    Visit,
    Worker,
)
from patronat_desktop.services.base import Actor, get_family
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.facts import case_facts
from patronat_desktop.services.norms import family_windows
from patronat_desktop.services.planning import (
    PlannedRow,
    family_norm_inputs,
    family_planned_visits,
    suggestion_from_inputs,
)
from patronat_desktop.services.settings import stage_rules


@dataclass
class FamilyDetail:
    """A detached, fully loaded family and what the card computes from it."""

    family: Family
    steps: list[StepState]
    survey_deadline: date | None
    working_days_left: int | None
    windows: list[Window]
    workers: list[Worker]
    agencies: list[Agency]
    grounds: list[Ground]
    calendar: WorkCalendar
    today: date
    planned: list[PlannedRow] = field(default_factory=list)  # planned visits, every status, by day
    suggestion: VisitSuggestion | None = None  # dates that keep the family within its norm


def _family_options() -> list[ExecutableOption]:
    plan_items = selectinload(Family.plan).selectinload(Plan.versions).selectinload(PlanVersion.items)
    return [
        selectinload(Family.members).selectinload(Member.consents),
        selectinload(Family.grounds),
        selectinload(Family.application),
        selectinload(Family.survey_acts),
        selectinload(Family.problems),
        plan_items,
        selectinload(Family.contracts),
        selectinload(Family.type_periods),
        selectinload(Family.visits).selectinload(Visit.members_present),
        selectinload(Family.agency_requests),
        selectinload(Family.closing_summary).selectinload(ClosingSummary.goal_results),
        selectinload(Family.responsible_worker),
        # Anything not listed above must not be loaded lazily later, from a closed session: fail loudly.
        raiseload("*"),
    ]


def survey_countdown(family: Family, calendar: WorkCalendar, today: date) -> tuple[date | None, int | None]:
    """The survey deadline and the working days left after today up to it; None once surveyed.

    0 means the deadline is today; a negative number counts the working days it is overdue.
    """
    app = family.application
    if app is None or family.survey_acts:
        return None, None
    deadline = survey_deadline(app.date, calendar)
    if deadline >= today:
        return deadline, calendar.working_days_between(today + timedelta(days=1), deadline)
    return deadline, -calendar.working_days_between(deadline + timedelta(days=1), today)


def load_family_detail(
    session: Session, actor: Actor, family_id: uuid.UUID, today: date | None = None
) -> FamilyDetail:
    """Load a family with every part of its case, and the directories its editors choose from."""
    today = today or date.today()
    get_family(session, actor, family_id)  # refuses families of other centres
    family = session.scalars(select(Family).where(Family.id == family_id).options(*_family_options())).one()
    calendar = work_calendar(session, actor.centre_id)
    workers = list(
        session.scalars(select(Worker).where(Worker.centre_id == actor.centre_id).order_by(Worker.surname))
    )
    agencies = list(
        session.scalars(select(Agency).where(Agency.centre_id == actor.centre_id).order_by(Agency.name))
    )
    grounds = list(session.scalars(select(Ground).order_by(Ground.position)))
    steps = stepper(case_facts(family), stage_rules(session, actor.centre_id))
    deadline, left = survey_countdown(family, calendar, today)
    windows = family_windows(family, today, calendar)
    planned = family_planned_visits(session, actor, family_id)
    pending = [p.day for p in planned if p.status == PlannedVisitStatus.PLANNED]
    suggestion = None
    if family.stage != Stage.CLOSED:
        suggestion = suggestion_from_inputs(family_norm_inputs(family), pending, today, calendar)
    session.expunge_all()
    return FamilyDetail(
        family=family,
        steps=steps,
        survey_deadline=deadline,
        working_days_left=left,
        windows=windows,
        workers=workers,
        agencies=agencies,
        grounds=grounds,
        calendar=calendar,
        today=today,
        planned=planned,
        suggestion=suggestion,
    )


def plan_item_responsible(item: PlanItem, workers: list[Worker], agencies: list[Agency]) -> str:
    """The responsible of a plan item by name, from the directories loaded with the detail."""
    if item.responsible_worker_id is not None:
        w = next((w for w in workers if w.id == item.responsible_worker_id), None)
        return w.short_name if w else ""
    a = next((a for a in agencies if a.id == item.responsible_agency_id), None)
    return a.name if a else ""
