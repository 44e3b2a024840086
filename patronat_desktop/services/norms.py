"""Visit-norm windows of families, from the database: type periods cut to the contract, counting visits."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.norms import TypePeriod, Window, norm_windows
from patronat_desktop.models import Contract, Family, Visit
from patronat_desktop.models import TypePeriod as TypePeriodRow


@dataclass(frozen=True)
class ContractTerm:
    start: date
    end: date


def merge_terms(terms: list[ContractTerm]) -> list[ContractTerm]:
    """Contract terms merged where they overlap or follow each other without a gap (renewals)."""
    merged: list[ContractTerm] = []
    for t in sorted(terms, key=lambda t: t.start):
        if merged and t.start <= merged[-1].end + timedelta(days=1):
            merged[-1] = ContractTerm(merged[-1].start, max(merged[-1].end, t.end))
        else:
            merged.append(t)
    return merged


def periods_within_contract(periods: list[TypePeriod], terms: list[ContractTerm] | None) -> list[TypePeriod]:
    """Type periods cut to the contract terms: the norm applies only while a contract runs.

    ``None`` means no contract is known and leaves the periods as they are.
    """
    if terms is None:
        return periods
    out = []
    for term in merge_terms(terms):
        for p in periods:
            start = max(p.start, term.start)
            end = term.end if p.end is None else min(p.end, term.end)
            if start <= end:
                out.append(TypePeriod(p.type, start, end))
    return sorted(out, key=lambda p: p.start)


def family_windows(family: Family, today: date, calendar: WorkCalendar) -> list[Window]:
    """The norm windows of one family up to ``today``."""
    periods = [TypePeriod(p.type, p.start, p.end) for p in family.type_periods]
    terms = [ContractTerm(c.term_start, c.term_end) for c in family.contracts] or None
    visits = [v.date for v in family.visits if v.counts_toward_norm]
    return norm_windows(periods_within_contract(periods, terms), visits, today, calendar)


@dataclass(frozen=True)
class NormInputs:
    """What the norm rule needs of one family, loaded from the database."""

    periods: list[TypePeriod]
    terms: list[ContractTerm] | None
    visits: list[date]

    def windows(self, today: date, calendar: WorkCalendar, since: date | None = None) -> list[Window]:
        """The windows up to ``today``; with ``since``, only those ending on or after it."""
        periods = periods_within_contract(self.periods, self.terms)
        return norm_windows(periods, self.visits, today, calendar, since=since)


def load_norm_inputs(session: Session, centre_id: uuid.UUID) -> dict[uuid.UUID, NormInputs]:
    """Type periods, contract terms and counting visits of every family of a centre, in three queries."""
    periods: dict[uuid.UUID, list[TypePeriod]] = defaultdict(list)
    for fid, ptype, start, end in session.execute(
        select(TypePeriodRow.family_id, TypePeriodRow.type, TypePeriodRow.start, TypePeriodRow.end)
        .join(Family, Family.id == TypePeriodRow.family_id)
        .where(Family.centre_id == centre_id)
    ):
        periods[fid].append(TypePeriod(ptype, start, end))
    terms: dict[uuid.UUID, list[ContractTerm]] = defaultdict(list)
    for fid, start, end in session.execute(
        select(Contract.family_id, Contract.term_start, Contract.term_end).where(
            Contract.centre_id == centre_id
        )
    ):
        terms[fid].append(ContractTerm(start, end))
    # 150,000 visit rows: skip SQLAlchemy's per-row UUID and date conversion (most of the time on SQLite)
    # and convert each distinct family key once; the driver gives str on SQLite, native types on PostgreSQL.
    raw_visits: dict[object, list[date]] = defaultdict(list)
    for raw_fid, raw_day in session.execute(
        select(type_coerce(Visit.family_id, String), type_coerce(Visit.date, String))
        .join(Family, Family.id == Visit.family_id)
        .where(Family.centre_id == centre_id, Visit.counts_toward_norm.is_(True))
    ):
        raw_visits[raw_fid].append(raw_day if isinstance(raw_day, date) else date.fromisoformat(raw_day))
    visits: dict[uuid.UUID, list[date]] = defaultdict(list)
    for key, days in raw_visits.items():
        visits[uuid.UUID(str(key))] = days
    return {fid: NormInputs(ps, terms.get(fid), visits[fid]) for fid, ps in periods.items()}


def centre_windows(
    session: Session, centre_id: uuid.UUID, today: date, calendar: WorkCalendar
) -> dict[uuid.UUID, list[Window]]:
    """Norm windows of every family of a centre that has a patronage type."""
    return {fid: inp.windows(today, calendar) for fid, inp in load_norm_inputs(session, centre_id).items()}
