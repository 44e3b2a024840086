"""The family's signature locks a plan or contract version; a later change is a new version to sign again."""

from __future__ import annotations

from datetime import date

from factories import CONTRACT_DATE, PLAN_DATE, TERM_END, TODAY, act, plan_item, problem, refused, walk
from sqlalchemy import select

from patronat_desktop.domain.fingerprint import fingerprint
from patronat_desktop.domain.vocab import ContractForm, PlanItemStatus, Stage
from patronat_desktop.models import Contract, ContractVersion, Family, PlanVersion
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.services.signing import (
    amend_contract,
    contract_fingerprint,
    mark_contract_signed,
    mark_plan_signed,
    plan_fingerprint,
)
from patronat_desktop.storage.db import Database

SIGNED = date(2026, 3, 11)


def test_fingerprint_is_short_stable_and_content_bound() -> None:
    a = fingerprint({"items": [{"goal": "Трудоустройство", "deadline": date(2026, 4, 30)}]})
    assert len(a) == 9 and a[4] == "-"
    assert a == fingerprint({"items": [{"deadline": date(2026, 4, 30), "goal": "Трудоустройство"}]})
    assert a != fingerprint({"items": [{"goal": "Трудоустройство", "deadline": date(2026, 5, 1)}]})


def test_signing_the_plan_stores_fingerprint_and_audit(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    done = act(db, lambda s: mark_plan_signed(s, actor, c.family_id, SIGNED, " Петрова О.И. ", today=TODAY))
    assert done.audit == {"plan.sign": 1}
    with db.transaction() as s:
        version = s.scalars(select(PlanVersion)).one()
        assert (version.signed_on, version.signed_by) == (SIGNED, "Петрова О.И.")
        assert version.fingerprint == plan_fingerprint(version)


def test_a_signed_version_cannot_be_signed_again_and_dates_are_checked(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.PLAN)
    err = refused(db, lambda s: mark_plan_signed(s, actor, c.family_id, date(2026, 3, 1), "", today=TODAY))
    problem(err, "plan.signed_on", "не раньше даты составления", code="range")
    problem(err, "plan.signed_by", "обязательное поле", code="required")
    err = refused(db, lambda s: mark_plan_signed(s, actor, c.family_id, date(2026, 6, 1), "П.", today=TODAY))
    problem(err, "plan.signed_on", "не позже сегодняшней")
    with db.transaction() as s:
        mark_plan_signed(s, actor, c.family_id, SIGNED, "Петрова О.И.", today=TODAY)
    err = refused(db, lambda s: mark_plan_signed(s, actor, c.family_id, SIGNED, "Петрова О.И.", today=TODAY))
    problem(err, "plan", "Версия 1 плана уже подписана", code="already_signed")


def test_a_change_after_signing_is_a_new_unsigned_version_and_the_signed_one_stays(
    db: Database, actor: Actor
) -> None:
    c = walk(db, actor, Stage.PLAN)
    with db.transaction() as s:
        signed_fp = mark_plan_signed(s, actor, c.family_id, SIGNED, "Петрова О.И.", today=TODAY).fingerprint
        # Completion marks record how the plan is carried out: the signed content does not change.
        cases.mark_plan_item(s, actor, c.item_ids[0], PlanItemStatus.DONE, date(2026, 3, 20), today=TODAY)
    with db.transaction() as s:
        items = [plan_item(actor.worker_id, goal="Трудоустройство матери", deadline=date(2026, 5, 30))]
        cases.save_plan_version(s, actor, c.family_id, items, PLAN_DATE, "Срок перенесён", today=TODAY)
    with db.transaction() as s:
        first, second = s.scalars(select(PlanVersion).order_by(PlanVersion.version_no)).all()
        assert first.signed_on == SIGNED and first.fingerprint == signed_fp == plan_fingerprint(first)
        assert second.signed_on is None and second.fingerprint == ""
        assert plan_fingerprint(second) != signed_fp
    with db.transaction() as s:
        assert (
            mark_plan_signed(s, actor, c.family_id, date(2026, 3, 12), "Петрова О.И.", today=TODAY).version_no
            == 2
        )


def test_recorded_contract_is_version_1_signed_on_its_date(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.CONTRACT)
    with db.transaction() as s:
        contract = s.get(Contract, c.contract_id)
        assert contract is not None
        assert (contract.version_no, contract.signed_on) == (1, CONTRACT_DATE)
        assert contract.fingerprint == contract_fingerprint(contract)


def test_changing_a_signed_contract_keeps_the_signed_version_and_needs_a_new_signature(
    db: Database, actor: Actor
) -> None:
    c = walk(db, actor, Stage.CONTRACT)
    with db.transaction() as s:
        old_fp = s.scalars(select(Contract.fingerprint)).one()
    done = act(
        db,
        lambda s: amend_contract(
            s, actor, c.family_id, ContractForm.URGENT, CONTRACT_DATE, date(2026, 6, 30)
        ),
    )
    assert done.audit == {"contract.amend": 1}
    assert done.rows == {"contract_version": 1, "audit_entry": 1}
    with db.transaction() as s:
        contract = s.scalars(select(Contract)).one()
        assert (contract.version_no, contract.signed_on, contract.term_end) == (2, None, date(2026, 6, 30))
        kept = s.scalars(select(ContractVersion)).one()
        assert (kept.version_no, kept.term_end, kept.fingerprint) == (1, TERM_END, old_fp)
        assert kept.signed_on == CONTRACT_DATE and kept.form is ContractForm.NON_STATIONARY
    # An unsigned version changes in place (no new version until it is signed).
    with db.transaction() as s:
        amend_contract(s, actor, c.family_id, ContractForm.URGENT, CONTRACT_DATE, date(2026, 7, 31))
    with db.transaction() as s:
        assert s.scalars(select(Contract.version_no)).one() == 2
        signed = mark_contract_signed(s, actor, c.family_id, date(2026, 3, 20), "Петрова О.И.", today=TODAY)
        assert signed.fingerprint == contract_fingerprint(signed) != old_fp
    err = refused(
        db, lambda s: mark_contract_signed(s, actor, c.family_id, date(2026, 3, 20), "П.", today=TODAY)
    )
    problem(err, "contract", "уже подписана", code="already_signed")


def test_contract_change_is_checked(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.CONTRACT)
    err = refused(
        db,
        lambda s: amend_contract(s, actor, c.family_id, ContractForm.URGENT, CONTRACT_DATE, date(2026, 3, 1)),
    )
    problem(err, "contract.term_end", "окончание раньше начала")


def test_signing_refused_without_plan_or_contract(db: Database, actor: Actor) -> None:
    c = walk(db, actor, Stage.ASSESSMENT)
    err = refused(db, lambda s: mark_plan_signed(s, actor, c.family_id, SIGNED, "П.", today=TODAY))
    problem(err, "plan", "План не составлен")
    err = refused(db, lambda s: mark_contract_signed(s, actor, c.family_id, SIGNED, "П.", today=TODAY))
    problem(err, "contract", "Договор не заключён")
    with db.transaction() as s:
        assert s.get(Family, c.family_id) is not None
