"""The family's signature on a printed plan or contract: it locks the signed version of the content.

A plan version is never edited (a revision adds a version), so signing marks the version and stores the
fingerprint of its content; a later revision is a new version that needs a new signature. A contract changed
after it was signed keeps its signed content in ``contract_version`` and becomes the next version, unsigned.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.fingerprint import fingerprint
from patronat_desktop.domain.vocab import ContractForm, Stage
from patronat_desktop.models import Contract, ContractVersion, PlanVersion
from patronat_desktop.services.base import Actor, apply_changes, audit, get_family, refuse_if


def plan_content(version: PlanVersion) -> dict[str, Any]:
    """What the family agrees to when it signs a plan version: every row's problem, goal, measure,
    responsible and deadline. Completion marks are excluded: they record how the plan is carried out."""
    return {
        "plan": version.plan.number,
        "version": version.version_no,
        "drawn_up_on": version.drawn_up_on,
        "items": [
            {
                "problem": item.problem_id,
                "goal": item.goal,
                "measure": item.measure,
                "worker": item.responsible_worker_id,
                "agency": item.responsible_agency_id,
                "deadline": item.deadline,
            }
            for item in version.items
        ],
    }


def plan_fingerprint(version: PlanVersion) -> str:
    return fingerprint(plan_content(version))


def contract_fingerprint(contract: Contract) -> str:
    """Fingerprint of the contract's own content (the clauses' text comes from the centre's template)."""
    return fingerprint(
        {
            "family": contract.family_id,
            "number": contract.number,
            "version": contract.version_no,
            "date": contract.date,
            "form": contract.form.value,
            "term": [contract.term_start, contract.term_end],
        }
    )


def _signature_problems(
    signed_on: date, signed_by: str, earliest: date, today: date, what: str, signed_already: str
) -> list[Problem]:
    problems: list[Problem] = []
    if signed_already:
        problems.append(Problem(what, signed_already, "already_signed"))
    if signed_on > today:
        problems.append(Problem(f"{what}.signed_on", "Дата подписи: не позже сегодняшней.", "future_date"))
    if signed_on < earliest:
        problems.append(
            Problem(f"{what}.signed_on", "Дата подписи: не раньше даты составления документа.", "range")
        )
    if not signed_by.strip():
        problems.append(Problem(f"{what}.signed_by", "Кто подписал от семьи: обязательное поле.", "required"))
    return problems


def _sign(
    session: Session,
    actor: Actor,
    row: PlanVersion | Contract,
    family_id: uuid.UUID,
    action: str,
    signature: tuple[date, str, str],
) -> None:
    """Write the signature mark (date, who, fingerprint) and its audit entry."""
    row.signed_on, row.signed_by, row.fingerprint = signature[0], signature[1].strip(), signature[2]
    session.flush()
    audit(
        session,
        actor,
        action,
        row,
        family_id,
        {
            "version": row.version_no,
            "signed_on": row.signed_on,
            "signed_by": row.signed_by,
            "fp": row.fingerprint,
        },
    )


def _refuse_if_closed(stage: Stage) -> None:
    if stage == Stage.CLOSED:
        raise DomainError(Problem("stage", "Случай закрыт: изменения невозможны.", "closed"))


def mark_plan_signed(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    signed_on: date,
    signed_by: str,
    today: date | None = None,
) -> PlanVersion:
    """Mark the current plan version as signed by the family on ``signed_on``; the version is then locked."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family.stage)
    current = family.plan.current if family.plan is not None else None
    if current is None:
        raise DomainError(Problem("plan", "План не составлен: сначала сохраните план.", "no_plan"))
    already = f"Версия {current.version_no} плана уже подписана семьёй." if current.signed_on else ""
    today = today or date.today()
    refuse_if(_signature_problems(signed_on, signed_by, current.drawn_up_on, today, "plan", already))
    _sign(session, actor, current, family.id, "plan.sign", (signed_on, signed_by, plan_fingerprint(current)))
    return current


def _current_contract(session: Session, actor: Actor, family_id: uuid.UUID) -> Contract:
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family.stage)
    if not family.contracts:
        raise DomainError(Problem("contract", "Договор не заключён.", "no_contract"))
    return family.contracts[-1]


def amend_contract(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    form: ContractForm,
    term_start: date,
    term_end: date,
) -> Contract:
    """Change the contract's form or term. A signed version is kept as it was and the change becomes the
    next version, which waits for the family's new signature; an unsigned version is changed in place."""
    contract = _current_contract(session, actor, family_id)
    problems: list[Problem] = []
    if term_end < term_start:
        problems.append(Problem("contract.term_end", "Срок договора: окончание раньше начала.", "range"))
    if term_start < contract.date:
        problems.append(
            Problem("contract.term_start", "Срок договора: начало раньше даты договора.", "range")
        )
    refuse_if(problems)
    values = {"form": form, "term_start": term_start, "term_end": term_end}
    if all(getattr(contract, k) == v for k, v in values.items()):
        return contract
    if contract.signed_on is not None:
        session.add(
            ContractVersion(
                id=uuid.uuid4(),
                contract_id=contract.id,
                version_no=contract.version_no,
                date=contract.date,
                form=contract.form,
                term_start=contract.term_start,
                term_end=contract.term_end,
                signed_by=contract.signed_by,
                signed_on=contract.signed_on,
                fingerprint=contract.fingerprint or contract_fingerprint(contract),
            )
        )
        contract.version_no += 1
        contract.signed_on = None
        contract.signed_by = ""
    diff = apply_changes(contract, values)
    contract.fingerprint = ""
    session.flush()
    audit(
        session,
        actor,
        "contract.amend",
        contract,
        contract.family_id,
        {**diff, "version": contract.version_no},
    )
    return contract


def mark_contract_signed(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    signed_on: date,
    signed_by: str,
    today: date | None = None,
) -> Contract:
    """Mark the current contract version as signed by the family; it is then locked."""
    contract = _current_contract(session, actor, family_id)
    already = f"Версия {contract.version_no} договора уже подписана." if contract.signed_on else ""
    today = today or date.today()
    refuse_if(_signature_problems(signed_on, signed_by, contract.date, today, "contract", already))
    signature = (signed_on, signed_by, contract_fingerprint(contract))
    _sign(session, actor, contract, contract.family_id, "contract.sign_version", signature)
    return contract
