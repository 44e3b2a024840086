"""The stage machine: every gate of ``refusals`` and the states of the family card's ``stepper``."""

from __future__ import annotations

from dataclasses import replace

import pytest

from patronat_desktop.domain.errors import Problem
from patronat_desktop.domain.stages import (
    CaseFacts,
    StageRules,
    blocking,
    next_stage,
    refusals,
    stage_index,
    stepper,
)
from patronat_desktop.domain.vocab import STAGE_ORDER, Stage

STRICT = StageRules(contract_requires_agreed_plan=True)

# A case where every fact holds: each gate passes.
COMPLETE = CaseFacts(
    stage=Stage.PATRONAGE,
    has_application=True,
    applicant_is_adult=True,
    grounds_count=2,
    has_survey=True,
    problems_count=3,
    plan_items_count=4,
    plan_agreed=True,
    has_contract=True,
    has_type=True,
    has_summary=True,
    closure_reason_given=True,
)


def facts_at(stage: Stage, **overrides: object) -> CaseFacts:
    """The consistent facts of a case that has just completed ``stage`` (nothing of later steps)."""
    i = stage_index(stage)
    f = CaseFacts(
        stage=stage,
        has_application=True,
        applicant_is_adult=True,
        grounds_count=1,
        has_survey=i >= stage_index(Stage.SURVEY),
        problems_count=1 if i >= stage_index(Stage.ASSESSMENT) else 0,
        plan_items_count=1 if i >= stage_index(Stage.PLAN) else 0,
        plan_agreed=i >= stage_index(Stage.PLAN),
        has_contract=i >= stage_index(Stage.CONTRACT),
        has_type=i >= stage_index(Stage.PATRONAGE),
        has_summary=i >= stage_index(Stage.CLOSED),
    )
    return replace(f, **overrides)  # type: ignore[arg-type]


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def by_code(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, f"{code} not exactly once in {codes(problems)}"
    return found[0]


# --- order ---


def test_stage_order_and_next_stage() -> None:
    assert STAGE_ORDER == (
        Stage.APPLICATION,
        Stage.SURVEY,
        Stage.ASSESSMENT,
        Stage.PLAN,
        Stage.CONTRACT,
        Stage.PATRONAGE,
        Stage.CLOSED,
    )
    assert next_stage(Stage.APPLICATION) == Stage.SURVEY
    assert next_stage(Stage.PATRONAGE) == Stage.CLOSED
    assert next_stage(Stage.CLOSED) is None
    assert [stage_index(s) for s in STAGE_ORDER] == list(range(7))


@pytest.mark.parametrize("target", [s for s in STAGE_ORDER if s != Stage.APPLICATION])
def test_complete_case_passes_every_gate(target: Stage) -> None:
    assert refusals(target, COMPLETE) == []
    assert refusals(target, COMPLETE, STRICT) == []


# --- application gate ---


def test_application_gate_no_adult_applicant() -> None:
    out = refusals(Stage.SURVEY, replace(COMPLETE, stage=Stage.APPLICATION, applicant_is_adult=False))
    p = by_code(out, "no_adult_applicant")
    assert p.field == "applicant"
    assert "18 лет" in p.message
    assert p.blocking


def test_application_gate_no_grounds() -> None:
    out = refusals(Stage.SURVEY, replace(COMPLETE, stage=Stage.APPLICATION, grounds_count=0))
    p = by_code(out, "no_grounds")
    assert p.field == "grounds"
    assert "хотя бы одно основание" in p.message


def test_application_gate_no_application() -> None:
    out = refusals(Stage.APPLICATION, replace(COMPLETE, stage=Stage.APPLICATION, has_application=False))
    p = by_code(out, "no_application")
    assert p.field == "application"
    assert "заявления" in p.message


def test_application_gate_returns_all_reasons_at_once() -> None:
    bare = CaseFacts(stage=Stage.APPLICATION)
    out = refusals(Stage.SURVEY, bare)
    assert codes(out) == ["no_application", "no_adult_applicant", "no_grounds", "survey_missing"]
    assert [p.field for p in out] == ["application", "applicant", "grounds", "survey"]
    assert all(p.blocking for p in out)
    assert codes(refusals(Stage.APPLICATION, bare)) == ["no_application", "no_adult_applicant", "no_grounds"]


# --- survey, assessment, plan ---


def test_survey_missing() -> None:
    out = refusals(Stage.SURVEY, facts_at(Stage.APPLICATION))
    assert codes(out) == ["survey_missing"]
    assert out[0].field == "survey"
    assert "акта обследования" in out[0].message


@pytest.mark.parametrize("target", [Stage.SURVEY, Stage.ASSESSMENT, Stage.PLAN, Stage.CONTRACT])
def test_survey_missing_blocks_every_later_step_that_needs_it(target: Stage) -> None:
    out = refusals(target, replace(COMPLETE, stage=Stage.APPLICATION, has_survey=False))
    assert codes(out) == ["survey_missing"]


def test_no_problems() -> None:
    out = refusals(Stage.ASSESSMENT, facts_at(Stage.SURVEY))
    assert codes(out) == ["no_problems"]
    assert out[0].field == "problems"
    assert "Проблемы семьи не определены" in out[0].message


def test_problem_before_survey_reports_survey_missing_and_no_problems() -> None:
    out = refusals(Stage.ASSESSMENT, facts_at(Stage.APPLICATION))
    assert codes(out) == ["survey_missing", "no_problems"]


def test_plan_empty_and_not_agreed_block_the_plan_step() -> None:
    out = refusals(Stage.PLAN, facts_at(Stage.ASSESSMENT))
    assert codes(out) == ["plan_empty", "plan_not_agreed"]
    assert all(p.blocking and p.field == "plan" for p in out)
    assert "пуст" in out[0].message
    assert "не согласован" in out[1].message


def test_plan_not_agreed_blocks_the_plan_step_even_with_items() -> None:
    out = refusals(Stage.PLAN, facts_at(Stage.ASSESSMENT, plan_items_count=2))
    p = by_code(out, "plan_not_agreed")
    assert p.blocking
    assert "совместно с семьёй" in p.message
    assert codes(out) == ["plan_not_agreed"]


def test_plan_step_all_reasons_at_once() -> None:
    out = refusals(Stage.PLAN, CaseFacts(stage=Stage.APPLICATION, has_application=True))
    assert codes(out) == ["survey_missing", "no_problems", "plan_empty", "plan_not_agreed"]


# --- contract ---


def test_contract_before_agreed_plan_is_a_warning_by_default() -> None:
    f = facts_at(Stage.ASSESSMENT, plan_items_count=1, has_contract=True)
    out = refusals(Stage.CONTRACT, f)
    p = by_code(out, "plan_not_agreed")
    assert not p.blocking
    assert blocking(out) == []
    assert refusals(Stage.CONTRACT, f, StageRules()) == out


def test_contract_before_agreed_plan_blocks_with_the_centre_rule() -> None:
    f = facts_at(Stage.ASSESSMENT, plan_items_count=1, has_contract=True)
    out = refusals(Stage.CONTRACT, f, STRICT)
    p = by_code(out, "plan_not_agreed")
    assert p.blocking
    assert blocking(out) == [p]


def test_contract_with_empty_plan_follows_the_same_rule() -> None:
    f = facts_at(Stage.ASSESSMENT, has_contract=True)
    assert [(p.code, p.blocking) for p in refusals(Stage.CONTRACT, f)] == [
        ("plan_empty", False),
        ("plan_not_agreed", False),
    ]
    assert [(p.code, p.blocking) for p in refusals(Stage.CONTRACT, f, STRICT)] == [
        ("plan_empty", True),
        ("plan_not_agreed", True),
    ]


def test_no_contract() -> None:
    out = refusals(Stage.CONTRACT, facts_at(Stage.PLAN))
    assert codes(out) == ["no_contract"]
    assert out[0].field == "contract"
    assert "Договор не заключён" in out[0].message
    assert codes(refusals(Stage.PATRONAGE, facts_at(Stage.PLAN, has_type=True))) == ["no_contract"]


def test_contract_all_reasons_at_once_blocking_and_warning() -> None:
    out = refusals(Stage.CONTRACT, facts_at(Stage.APPLICATION))
    assert [(p.code, p.blocking) for p in out] == [
        ("survey_missing", True),
        ("no_contract", True),
        ("plan_empty", False),
        ("plan_not_agreed", False),
    ]


# --- patronage type and closure ---


def test_no_patronage_type() -> None:
    out = refusals(Stage.PATRONAGE, facts_at(Stage.CONTRACT))
    assert codes(out) == ["no_type"]
    assert out[0].field == "patronage_type"
    assert "вид патроната" in out[0].message


def test_patronage_all_reasons_at_once() -> None:
    assert codes(refusals(Stage.PATRONAGE, facts_at(Stage.PLAN))) == ["no_contract", "no_type"]


@pytest.mark.parametrize("stage", [s for s in STAGE_ORDER if s != Stage.CLOSED])
def test_closure_without_summary_is_refused_from_any_open_stage(stage: Stage) -> None:
    out = refusals(Stage.CLOSED, facts_at(stage))
    assert codes(out) == ["no_summary"]
    assert out[0].field == "summary"
    assert "без итогового заключения" in out[0].message
    assert refusals(Stage.CLOSED, facts_at(stage, has_summary=True)) == []


def test_early_closure_needs_only_the_summary() -> None:
    # A family that withdraws consent right after the application: closure is possible with a summary.
    assert refusals(Stage.CLOSED, CaseFacts(stage=Stage.APPLICATION, has_summary=True)) == []


@pytest.mark.parametrize("target", STAGE_ORDER)
@pytest.mark.parametrize("rules", [None, STRICT])
def test_everything_is_refused_on_a_closed_case(target: Stage, rules: StageRules | None) -> None:
    out = refusals(target, replace(COMPLETE, stage=Stage.CLOSED), rules)
    assert codes(out) == ["closed"]
    assert out[0].field == "stage"
    assert "закрыт" in out[0].message.lower()
    assert out[0].blocking


def test_blocking_keeps_only_blocking_problems() -> None:
    w = Problem("plan", "w", "plan_not_agreed", blocking=False)
    b = Problem("contract", "b", "no_contract")
    assert blocking([w, b, w]) == [b]
    assert blocking([]) == []


# --- stepper ---


def states(facts: CaseFacts, rules: StageRules | None = None) -> list[tuple[Stage, str]]:
    return [(s.stage, s.state) for s in stepper(facts, rules)]


def test_stepper_new_case_survey_is_the_current_step() -> None:
    steps = stepper(facts_at(Stage.APPLICATION))
    assert [s.stage for s in steps] == list(STAGE_ORDER)
    assert [s.state for s in steps] == ["done", "current", "ahead", "ahead", "ahead", "ahead", "ahead"]
    assert steps[1].reasons == ()
    assert all(s.reasons == () for s in steps)


@pytest.mark.parametrize("stage", [s for s in STAGE_ORDER if s != Stage.CLOSED])
def test_stepper_consistent_case_has_the_next_step_current(stage: Stage) -> None:
    """At every stage of a consistent case the next step is the one to do, not blocked by itself."""
    steps = stepper(facts_at(stage))
    i = stage_index(stage)
    assert [s.state for s in steps[: i + 1]] == ["done"] * (i + 1)
    assert steps[i + 1].state == "current"
    assert steps[i + 1].reasons == ()
    assert all(s.state == "ahead" for s in steps[i + 2 :])


def test_stepper_blocked_next_step_lists_every_blocking_reason() -> None:
    # Inconsistent facts (the survey act is gone): the assessment cannot proceed.
    f = facts_at(Stage.SURVEY, has_survey=False)
    steps = stepper(f)
    assert steps[2].stage == Stage.ASSESSMENT
    assert steps[2].state == "blocked"
    assert codes(list(steps[2].reasons)) == ["survey_missing"]


def test_stepper_plan_is_current_before_it_is_written_and_blocked_without_problems() -> None:
    # Writing the plan's rows is part of the plan step itself: an empty plan does not block it.
    steps = stepper(facts_at(Stage.ASSESSMENT))
    assert steps[3].stage == Stage.PLAN
    assert steps[3].state == "current"
    steps = stepper(facts_at(Stage.ASSESSMENT, problems_count=0, has_survey=False))
    assert steps[3].state == "blocked"
    assert codes(list(steps[3].reasons)) == ["survey_missing", "no_problems"]


def test_stepper_contract_after_plan_revision_follows_the_centre_rule() -> None:
    # The agreed plan was revised: the new version is not agreed yet.
    f = facts_at(Stage.PLAN, plan_agreed=False)
    assert stepper(f)[4].state == "current"  # a warning does not block
    steps = stepper(f, STRICT)
    assert steps[4].state == "blocked"
    assert codes(list(steps[4].reasons)) == ["plan_not_agreed"]
    assert all(p.blocking for p in steps[4].reasons)


def test_stepper_reasons_hold_only_blocking_problems() -> None:
    f = facts_at(Stage.PLAN, plan_agreed=False, plan_items_count=0)
    steps = stepper(f)
    assert steps[4].stage == Stage.CONTRACT
    assert steps[4].state == "current"
    assert all(p.blocking for s in steps for p in s.reasons)


def test_stepper_closure_is_always_ahead_and_reachable() -> None:
    steps = stepper(facts_at(Stage.SURVEY))
    assert steps[-1].stage == Stage.CLOSED
    assert steps[-1].state == "ahead"
    assert steps[-1].reasons == ()


def test_stepper_closure_is_current_after_patronage() -> None:
    steps = stepper(facts_at(Stage.PATRONAGE))
    assert states(facts_at(Stage.PATRONAGE))[-1] == (Stage.CLOSED, "current")
    assert steps[-1].reasons == ()


def test_stepper_closed_case_is_all_done() -> None:
    steps = stepper(facts_at(Stage.CLOSED))
    assert [s.state for s in steps] == ["done"] * len(STAGE_ORDER)
    assert all(s.reasons == () for s in steps)
    # Early closure: a case closed after the survey shows every stage done.
    assert [s.state for s in stepper(replace(facts_at(Stage.SURVEY), stage=Stage.CLOSED))] == ["done"] * 7
