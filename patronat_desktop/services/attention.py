"""What needs a worker's attention in each family: overdue survey, norm missed or at risk, overdue plan items.

Computed for a whole centre at once (a few queries and the norm rule over every family), for the family
list's warning marker, its "next due visit" column and the "needs attention" filter.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import Window, WindowStatus
from patronat_desktop.domain.stages import survey_deadline
from patronat_desktop.domain.vocab import PlanItemStatus, Stage
from patronat_desktop.models import Application, Family, Plan, PlanItem, PlanVersion, SurveyAct
from patronat_desktop.services.norms import load_norm_inputs


@dataclass(frozen=True)
class Attention:
    """The warning marker of one family."""

    survey_overdue: bool = False
    survey_deadline: date | None = None
    norm_missed: bool = False
    norm_at_risk: bool = False
    plan_overdue: int = 0
    next_due: date | None = None

    @property
    def needs_attention(self) -> bool:
        return self.survey_overdue or self.norm_missed or self.norm_at_risk or self.plan_overdue > 0


def next_due_visit(windows: list[Window], today: date) -> date | None:
    """The date by which the next visit is due: the end of the running window while it is unmet, else
    the first day of the next window (None when the family has no running window)."""
    for w in windows:
        if w.start <= today <= w.end:
            return w.end if w.done < w.required else w.end + timedelta(days=1)
    return None


def _norm_flags(windows: list[Window], today: date) -> tuple[bool, bool, date | None]:
    ended = [w for w in windows if w.end < today]
    missed = bool(ended) and ended[-1].status == WindowStatus.MISSED
    at_risk = any(w.status == WindowStatus.AT_RISK for w in windows if w.start <= today <= w.end)
    return missed, at_risk, next_due_visit(windows, today)


def _key(raw: object) -> uuid.UUID:
    return raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw))


def centre_attention(
    session: Session, centre_id: uuid.UUID, today: date, calendar: WorkCalendar
) -> dict[uuid.UUID, Attention]:
    """The attention marker of every family of a centre that has something to show."""
    out: dict[uuid.UUID, Attention] = {}

    # Surveys: applications of open cases that have no survey act yet.
    surveyed = select(SurveyAct.family_id)
    for raw_fid, applied in session.execute(
        select(type_coerce(Application.family_id, String), Application.date)
        .join(Family, Family.id == Application.family_id)
        .where(Family.centre_id == centre_id, Family.stage != Stage.CLOSED)
        .where(Application.family_id.not_in(surveyed))
    ):
        deadline = survey_deadline(applied, calendar)
        out[_key(raw_fid)] = Attention(survey_overdue=deadline < today, survey_deadline=deadline)

    # Plan items of the current version of each plan, past their deadline and not done.
    latest = (
        select(PlanVersion.plan_id, func.max(PlanVersion.version_no).label("no"))
        .group_by(PlanVersion.plan_id)
        .subquery("latest")
    )
    overdue: dict[uuid.UUID, int] = {}
    for raw_fid, count in session.execute(
        select(type_coerce(Plan.family_id, String), func.count(PlanItem.id))
        .join(PlanVersion, PlanVersion.plan_id == Plan.id)
        .join(latest, (latest.c.plan_id == Plan.id) & (latest.c.no == PlanVersion.version_no))
        .join(PlanItem, PlanItem.version_id == PlanVersion.id)
        .join(Family, Family.id == Plan.family_id)
        .where(Family.centre_id == centre_id, Family.stage != Stage.CLOSED)
        .where(PlanItem.deadline < today, PlanItem.status == PlanItemStatus.PLANNED)
        .group_by(Plan.family_id)
    ):
        overdue[_key(raw_fid)] = int(count)

    closed = {
        _key(fid)
        for fid in session.scalars(
            select(type_coerce(Family.id, String)).where(
                Family.centre_id == centre_id, Family.stage == Stage.CLOSED
            )
        )
    }
    for fid, inputs in load_norm_inputs(session, centre_id).items():
        if fid in closed:
            continue
        missed, at_risk, due = _norm_flags(inputs.windows(today, calendar), today)
        out[fid] = replace(out.get(fid, Attention()), norm_missed=missed, norm_at_risk=at_risk, next_due=due)
    for fid, count in overdue.items():
        out[fid] = replace(out.get(fid, Attention()), plan_overdue=count)
    return out
