"""The stage machine of a case and the gate of every transition.

A family's stage is the last step of the case that has been completed:

    application → survey → assessment → plan → contract → patronage → closed

Moving to a stage means completing that step, and each step has a gate: the facts that must hold, from
every earlier step it depends on (so a problem cannot be added before the survey act: "survey missing").
``refusals(target, facts)`` returns *every* reason the step is refused (not just the first), each naming
the field and the rule in Russian. A reason with ``blocking=False`` is a warning: the step goes ahead
only when the user confirms it (e.g. a contract before the plan is agreed, which centres treat as a
warning by default; the ``contract_requires_agreed_plan`` rule turns it into a block).

Early closure (the family withdraws consent, moves away) is a closure from any open stage; it needs a
reason and a closing summary like any other closure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.vocab import STAGE_ORDER, Stage, label_ru

ADULT_AGE = 18
SURVEY_WORKING_DAYS = 3
"""The survey act is due this many working days after the application (Minlabour resolution № 84)."""


def survey_deadline(application_date: date, calendar: WorkCalendar) -> date:
    """The last day of the survey: the 3rd working day after the application (the day itself not counted)."""
    return calendar.add_working_days(application_date, SURVEY_WORKING_DAYS)


@dataclass(frozen=True)
class CaseFacts:
    """What is known about a case, gathered by the services from the database."""

    stage: Stage
    has_application: bool = False
    applicant_is_adult: bool = False
    grounds_count: int = 0
    has_survey: bool = False
    problems_count: int = 0
    plan_items_count: int = 0
    plan_agreed: bool = False
    has_contract: bool = False
    has_type: bool = False
    has_summary: bool = False
    closure_reason_given: bool = False


@dataclass(frozen=True)
class StageRules:
    """Local rules of a centre that change what a gate blocks."""

    contract_requires_agreed_plan: bool = False


def next_stage(stage: Stage) -> Stage | None:
    """The step after ``stage`` in the normal order (None after closure)."""
    i = STAGE_ORDER.index(stage)
    return STAGE_ORDER[i + 1] if i + 1 < len(STAGE_ORDER) else None


def stage_index(stage: Stage) -> int:
    return STAGE_ORDER.index(stage)


def _application_gate(f: CaseFacts) -> list[Problem]:
    out: list[Problem] = []
    if not f.has_application:
        out.append(Problem("application", "Нет зарегистрированного заявления.", "no_application"))
    if not f.applicant_is_adult:
        out.append(
            Problem(
                "applicant",
                "Заявитель: заявление подаёт совершеннолетний (18 лет и старше) член семьи.",
                "no_adult_applicant",
            )
        )
    if f.grounds_count < 1:
        out.append(Problem("grounds", "Основания ТЖС: укажите хотя бы одно основание.", "no_grounds"))
    return out


def _survey_gate(f: CaseFacts) -> list[Problem]:
    if f.has_survey:
        return []
    return [Problem("survey", "Нет акта обследования материально-бытового положения.", "survey_missing")]


def _assessment_gate(f: CaseFacts) -> list[Problem]:
    if f.problems_count > 0:
        return []
    return [Problem("problems", "Проблемы семьи не определены: добавьте хотя бы одну.", "no_problems")]


def _plan_gate(f: CaseFacts, blocking: bool = True) -> list[Problem]:
    out: list[Problem] = []
    if f.plan_items_count < 1:
        out.append(
            Problem(
                "plan", "План сопровождения пуст: добавьте хотя бы одно мероприятие.", "plan_empty", blocking
            )
        )
    if not f.plan_agreed:
        out.append(
            Problem(
                "plan",
                "План не согласован с семьёй: отметьте, что он составлен совместно с семьёй.",
                "plan_not_agreed",
                blocking,
            )
        )
    return out


def _contract_gate(f: CaseFacts) -> list[Problem]:
    if f.has_contract:
        return []
    return [Problem("contract", "Договор не заключён.", "no_contract")]


def _patronage_gate(f: CaseFacts) -> list[Problem]:
    if f.has_type:
        return []
    return [Problem("patronage_type", "Не установлен вид патроната.", "no_type")]


def _closure_gate(f: CaseFacts) -> list[Problem]:
    if f.has_summary:
        return []
    return [Problem("summary", "Закрытие без итогового заключения невозможно.", "no_summary")]


def refusals(target: Stage, facts: CaseFacts, rules: StageRules | None = None) -> list[Problem]:
    """Every reason why the case cannot move to ``target`` now (empty list: allowed)."""
    rules = rules or StageRules()
    if facts.stage == Stage.CLOSED:
        return [Problem("stage", "Случай закрыт: изменения этапов невозможны.", "closed")]
    if target == Stage.CLOSED:
        return _closure_gate(facts)
    out: list[Problem] = []
    if target == Stage.APPLICATION:
        out += _application_gate(facts)
    if target == Stage.SURVEY:
        out += _application_gate(facts) + _survey_gate(facts)
    if target == Stage.ASSESSMENT:
        out += _survey_gate(facts) + _assessment_gate(facts)
    if target == Stage.PLAN:
        out += _survey_gate(facts) + _assessment_gate(facts) + _plan_gate(facts)
    if target == Stage.CONTRACT:
        out += _survey_gate(facts) + _contract_gate(facts)
        out += _plan_gate(facts, blocking=rules.contract_requires_agreed_plan)
    if target == Stage.PATRONAGE:
        out += _contract_gate(facts) + _patronage_gate(facts)
    return out


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocking]


def _label(stage: Stage | None) -> str:
    return label_ru(stage) if stage is not None else ""


@dataclass(frozen=True)
class StepState:
    """How the stepper shows one stage: done, current (the next step to do), blocked, or ahead."""

    stage: Stage
    state: str  # "done" | "current" | "blocked" | "ahead"
    reasons: tuple[Problem, ...] = ()


def _step_done(stage: Stage, facts: CaseFacts) -> CaseFacts:
    """The facts once ``stage``'s own step is done: the override its service passes to the gate.

    A step is blocked by what is missing *before* it, never by its own result (a new case's survey is the
    step to do, not a step blocked by "no survey act").
    """
    if stage == Stage.SURVEY:
        return replace(facts, has_survey=True)
    if stage == Stage.ASSESSMENT:
        return replace(facts, problems_count=facts.problems_count + 1)
    if stage == Stage.PLAN:
        return replace(facts, plan_items_count=max(facts.plan_items_count, 1), plan_agreed=True)
    if stage == Stage.CONTRACT:
        return replace(facts, has_contract=True)
    if stage == Stage.PATRONAGE:
        return replace(facts, has_type=True)
    if stage == Stage.CLOSED:
        return replace(facts, has_summary=True)
    return facts


def stepper(facts: CaseFacts, rules: StageRules | None = None) -> list[StepState]:
    """The state of every stage for the family card's stepper."""
    out: list[StepState] = []
    cur = stage_index(facts.stage)
    for i, stage in enumerate(STAGE_ORDER):
        if i <= cur:
            out.append(StepState(stage, "done"))
        elif i == cur + 1 or (stage == Stage.CLOSED and facts.stage != Stage.CLOSED):
            reasons = tuple(blocking(refusals(stage, _step_done(stage, facts), rules)))
            if i == cur + 1:
                out.append(StepState(stage, "blocked" if reasons else "current", reasons))
            else:
                out.append(StepState(stage, "ahead", reasons))
        else:
            out.append(StepState(stage, "ahead"))
    return out
