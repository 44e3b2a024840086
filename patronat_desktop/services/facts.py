"""Gathering a case's facts from the database for the stage gates (domain.stages)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from patronat_desktop.domain.stages import ADULT_AGE, CaseFacts
from patronat_desktop.domain.validation import age_on
from patronat_desktop.models import Family, TypePeriod


def open_period(family: Family) -> TypePeriod | None:
    """The current (open-ended) patronage type period, if any."""
    return next((p for p in reversed(family.type_periods) if p.end is None), None)


def case_facts(family: Family, **overrides: Any) -> CaseFacts:
    """What the gates need to know about ``family``; ``overrides`` state the effect of the pending action."""
    app = family.application
    applicant = family.applicant
    adult = bool(
        app is not None and applicant is not None and age_on(applicant.birth_date, app.date) >= ADULT_AGE
    )
    current = family.plan.current if family.plan is not None else None
    facts = CaseFacts(
        stage=family.stage,
        has_application=app is not None,
        applicant_is_adult=adult,
        grounds_count=len(family.grounds),
        has_survey=bool(family.survey_acts),
        problems_count=len(family.problems),
        plan_items_count=len(current.items) if current is not None else 0,
        plan_agreed=bool(current is not None and current.agreed_with_family),
        has_contract=bool(family.contracts),
        has_type=open_period(family) is not None,
        has_summary=family.closing_summary is not None,
    )
    return replace(facts, **overrides) if overrides else facts
