"""Visit-norm windows of families, from the database: type periods cut to the contract, counting visits."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import TypePeriod, Window, norm_windows
from patronat_desktop.models import Contract, Family, Visit
from patronat_desktop.models import TypePeriod as TypePeriodRow


@dataclass(frozen=True)
class ContractTerm:
    start: date
    end: date


def periods_within_contract(periods: list[TypePeriod], term: ContractTerm | None) -> list[TypePeriod]:
    """Type periods cut to the contract term: the norm applies only while the contract runs."""
    if term is None:
        return periods
    out = []
    for p in periods:
        start = max(p.start, term.start)
        end = term.end if p.end is None else min(p.end, term.end)
        if start <= end:
            out.append(TypePeriod(p.type, start, end))
    return out


def family_windows(session: Session, family: Family, today: date, calendar: WorkCalendar) -> list[Window]:
    """The norm windows of one family up to ``today``."""
    periods = [TypePeriod(p.type, p.start, p.end) for p in family.type_periods]
    contract = family.contracts[-1] if family.contracts else None
    term = ContractTerm(contract.term_start, contract.term_end) if contract is not None else None
    visits = [v.date for v in family.visits if v.counts_toward_norm]
    return norm_windows(periods_within_contract(periods, term), visits, today, calendar)


@dataclass(frozen=True)
class NormInputs:
    """What the norm rule needs of one family, loaded from the database."""

    periods: list[TypePeriod]
    term: ContractTerm | None
    visits: list[date]

    def windows(self, today: date, calendar: WorkCalendar) -> list[Window]:
        return norm_windows(periods_within_contract(self.periods, self.term), self.visits, today, calendar)


def load_norm_inputs(session: Session, centre_id: uuid.UUID) -> dict[uuid.UUID, NormInputs]:
    """Type periods, contract terms and counting visits of every family of a centre, in three queries."""
    periods: dict[uuid.UUID, list[TypePeriod]] = defaultdict(list)
    for fid, ptype, start, end in session.execute(
        select(TypePeriodRow.family_id, TypePeriodRow.type, TypePeriodRow.start, TypePeriodRow.end)
        .join(Family, Family.id == TypePeriodRow.family_id)
        .where(Family.centre_id == centre_id)
    ):
        periods[fid].append(TypePeriod(ptype, start, end))
    terms: dict[uuid.UUID, ContractTerm] = {}
    for fid, start, end in session.execute(
        select(Contract.family_id, Contract.term_start, Contract.term_end)
        .where(Contract.centre_id == centre_id)
        .order_by(Contract.date)
    ):
        terms[fid] = ContractTerm(start, end)
    visits: dict[uuid.UUID, list[date]] = defaultdict(list)
    for fid, day in session.execute(
        select(Visit.family_id, Visit.date)
        .join(Family, Family.id == Visit.family_id)
        .where(Family.centre_id == centre_id, Visit.counts_toward_norm.is_(True))
    ):
        visits[fid].append(day)
    return {fid: NormInputs(ps, terms.get(fid), visits[fid]) for fid, ps in periods.items()}


def centre_windows(
    session: Session, centre_id: uuid.UUID, today: date, calendar: WorkCalendar
) -> dict[uuid.UUID, list[Window]]:
    """Norm windows of every family of a centre that has a patronage type."""
    return {fid: inp.windows(today, calendar) for fid, inp in load_norm_inputs(session, centre_id).items()}
