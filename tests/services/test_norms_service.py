"""Norm windows read from the database: contract terms cut the periods; the bulk loader agrees per family."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import PatronageType, TypePeriod
from patronat_desktop.models import Centre, Family
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.norms import (
    ContractTerm,
    centre_windows,
    family_windows,
    periods_within_contract,
)
from patronat_desktop.storage.db import Database

TODAY = date(2026, 5, 20)


def test_periods_are_cut_to_the_contract_term() -> None:
    periods = [
        TypePeriod(PatronageType.EMERGENCY, date(2026, 1, 1), date(2026, 1, 31)),
        TypePeriod(PatronageType.PLANNED, date(2026, 2, 1), None),
    ]
    term = ContractTerm(date(2026, 1, 10), date(2026, 3, 31))
    assert periods_within_contract(periods, [term]) == [
        TypePeriod(PatronageType.EMERGENCY, date(2026, 1, 10), date(2026, 1, 31)),
        TypePeriod(PatronageType.PLANNED, date(2026, 2, 1), date(2026, 3, 31)),
    ]


def test_period_outside_the_term_is_dropped() -> None:
    periods = [TypePeriod(PatronageType.CONTROL, date(2025, 1, 1), date(2025, 6, 30))]
    assert periods_within_contract(periods, [ContractTerm(date(2026, 1, 1), date(2026, 12, 31))]) == []


def test_renewed_contracts_keep_the_norm_running_across_the_renewal() -> None:
    periods = [TypePeriod(PatronageType.PLANNED, date(2025, 6, 1), None)]
    terms = [
        ContractTerm(date(2026, 1, 1), date(2026, 6, 30)),
        ContractTerm(date(2025, 6, 1), date(2025, 12, 31)),
        ContractTerm(date(2026, 9, 1), date(2026, 12, 31)),
    ]
    assert periods_within_contract(periods, terms) == [
        TypePeriod(PatronageType.PLANNED, date(2025, 6, 1), date(2026, 6, 30)),
        TypePeriod(PatronageType.PLANNED, date(2026, 9, 1), date(2026, 12, 31)),
    ]


def test_bulk_windows_match_the_windows_of_each_family(db: Database) -> None:
    with db.transaction() as s:
        load_demo(s, 60, seed=3, today=TODAY)
    cal = WorkCalendar()
    with db.sessions() as s:
        centre_id = s.scalars(select(Centre.id)).one()
        bulk = centre_windows(s, centre_id, TODAY, cal)
        families = s.scalars(select(Family).where(Family.id.in_(bulk))).all()
        assert len(families) == len(bulk) > 30
        statuses = set()
        for family in families:
            one = family_windows(family, TODAY, cal)
            assert bulk[family.id] == one
            statuses |= {w.status for w in one}
    assert {"met", "missed"} <= statuses
