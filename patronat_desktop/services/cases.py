"""Use cases of a family's case, one function per user action.

Every function takes the caller's Session (one transaction per user action: the caller commits or rolls
back), validates everything first and raises a DomainError carrying *every* broken rule, then writes the
change and its audit entry together. Nothing is flushed before validation has passed, so a refusal leaves
the database untouched.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.stages import ADULT_AGE, blocking, refusals, stage_index
from patronat_desktop.domain.validation import (
    AddressData,
    ClosureData,
    ContractData,
    MemberData,
    NewCaseData,
    PlanItemData,
    SurveyData,
    VisitData,
    age_on,
    completion_problems,
)
from patronat_desktop.domain.vocab import (
    ClosureReason,
    PlanItemStatus,
    ReferralSource,
    Stage,
)
from patronat_desktop.models import (
    Agency,
    Application,
    ClosingSummary,
    Contract,
    Family,
    GoalResult,
    Ground,
    Member,
    Plan,
    PlanItem,
    PlanVersion,
    SurveyAct,
    TypePeriod,
    Visit,
    Worker,
)
from patronat_desktop.models import (
    Problem as ProblemRow,
)
from patronat_desktop.services.base import Actor, apply_changes, audit, get_family, get_or_refuse, refuse_if
from patronat_desktop.services.facts import case_facts, open_period
from patronat_desktop.services.settings import counting_kinds, stage_rules
from patronat_desktop.services.signing import contract_fingerprint


def _today(today: date | None) -> date:
    return today or date.today()


def _advance(session: Session, actor: Actor, family: Family, target: Stage) -> None:
    """Move the family to ``target`` if it is further along than the current stage."""
    if stage_index(target) > stage_index(family.stage):
        audit(session, actor, "family.stage", family, family.id, {"stage": [family.stage, target]})
        family.stage = target


def _refuse_if_closed(family: Family) -> None:
    if family.stage == Stage.CLOSED:
        raise DomainError(Problem("stage", "Случай закрыт: изменения невозможны.", "closed"))


def _member_row(family_id: uuid.UUID, data: MemberData) -> Member:
    return Member(
        id=uuid.uuid4(),
        family_id=family_id,
        surname=data.surname.strip(),
        name=data.name.strip(),
        patronymic=data.patronymic.strip(),
        birth_date=data.birth_date,
        sex=data.sex,
        relation=data.relation,
        is_applicant=data.is_applicant,
        disability=data.disability,
        school_or_work=data.school_or_work.strip(),
        notes=data.notes.strip(),
    )


def _worker_problems(
    session: Session, actor: Actor, worker_id: uuid.UUID | None, field: str
) -> list[Problem]:
    worker = session.get(Worker, worker_id) if worker_id is not None else None
    if worker is None or worker.centre_id != actor.centre_id:
        return [Problem(field, "Ответственный специалист: выберите специалиста вашего центра.", "not_found")]
    if not worker.active:
        return [
            Problem(field, "Ответственный специалист: специалист больше не работает в центре.", "inactive")
        ]
    return []


def _grounds(session: Session, ids: list[uuid.UUID], on: date) -> tuple[list[Ground], list[Problem]]:
    grounds = list(session.scalars(select(Ground).where(Ground.id.in_(ids)))) if ids else []
    problems = []
    if len(grounds) != len(set(ids)):
        problems.append(Problem("grounds", "Основания ТЖС: основание не найдено в справочнике.", "not_found"))
    for g in grounds:
        if not g.is_valid_on(on):
            problems.append(
                Problem(
                    "grounds", f"Основания ТЖС: «{g.name_ru}» не действует на дату заявления.", "not_valid"
                )
            )
    return grounds, problems


def _next_seq(
    session: Session, column: object, centre_col: object, year_col: object, centre_id: uuid.UUID, year: int
) -> int:
    current = session.scalar(
        select(func.max(column)).where(centre_col == centre_id, year_col == year)  # type: ignore[arg-type]
    )
    return int(current or 0) + 1


# --- application ---


def register_application(
    session: Session, actor: Actor, data: NewCaseData, today: date | None = None
) -> Family:
    """Register a written application: opens a case with its members, address, grounds and referral."""
    problems = data.problems(_today(today))
    problems += _worker_problems(session, actor, data.responsible_worker_id, "responsible_worker")
    grounds, ground_problems = _grounds(session, data.ground_ids, data.application_date)
    problems += ground_problems
    year = data.application_date.year
    if data.application_number.strip():
        clash = session.scalar(
            select(func.count())
            .select_from(Application)
            .join(Family, Family.id == Application.family_id)
            .where(
                Family.centre_id == actor.centre_id,
                Family.case_year == year,
                Application.number == data.application_number.strip(),
            )
        )
        if clash:
            problems.append(
                Problem(
                    "application.number",
                    f"Номер заявления: № {data.application_number.strip()} за {year} год уже есть.",
                    "duplicate",
                )
            )
    refuse_if(problems)

    seq = _next_seq(session, Family.case_seq, Family.centre_id, Family.case_year, actor.centre_id, year)
    a = data.address
    family = Family(
        id=uuid.uuid4(),
        centre_id=actor.centre_id,
        case_year=year,
        case_seq=seq,
        case_number=f"{year}/{seq:03d}",
        region=a.region.strip(),
        district=a.district.strip(),
        village_council=a.village_council.strip(),
        settlement=a.settlement.strip(),
        street=a.street.strip(),
        house=a.house.strip(),
        flat=a.flat.strip(),
        phone=a.phone.strip(),
        referral_source=data.referral_source,
        referral_note=data.referral_note.strip(),
        responsible_worker_id=data.responsible_worker_id,
        stage=Stage.APPLICATION,
    )
    family.grounds = grounds
    members = [_member_row(family.id, m) for m in data.members]
    family.members = members
    applicant = next(m for m in members if m.is_applicant)
    session.add(family)
    session.add(
        Application(
            id=uuid.uuid4(),
            family_id=family.id,
            number=data.application_number.strip(),
            date=data.application_date,
            applicant_id=applicant.id,
            request_text=data.request_text.strip(),
            received_by_id=actor.worker_id,
        )
    )
    session.flush()
    session.refresh(family)
    audit(
        session,
        actor,
        "application.register",
        family,
        family.id,
        {
            "case_number": family.case_number,
            "application_number": data.application_number,
            "application_date": data.application_date,
            "members": len(members),
            "grounds": [g.code for g in grounds],
            "referral_source": data.referral_source,
        },
    )
    return family


# --- family and members ---


def edit_family(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    address: AddressData,
    referral_source: ReferralSource,
    ground_ids: list[uuid.UUID],
    referral_note: str = "",
    notes: str = "",
) -> Family:
    """Edit a family's address, referral, grounds and notes."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems = address.problems()
    if not ground_ids:
        problems.append(Problem("grounds", "Основания ТЖС: укажите хотя бы одно основание.", "no_grounds"))
    on = family.application.date if family.application else date.today()
    grounds, ground_problems = _grounds(session, ground_ids, on)
    problems += ground_problems if ground_ids else []
    if referral_source == ReferralSource.OTHER and not referral_note.strip():
        problems.append(
            Problem("referral_note", "Источник обращения «иное»: укажите, кто направил.", "required")
        )
    refuse_if(problems)
    diff = apply_changes(
        family,
        {
            "region": address.region.strip(),
            "district": address.district.strip(),
            "village_council": address.village_council.strip(),
            "settlement": address.settlement.strip(),
            "street": address.street.strip(),
            "house": address.house.strip(),
            "flat": address.flat.strip(),
            "phone": address.phone.strip(),
            "referral_source": referral_source,
            "referral_note": referral_note.strip(),
            "notes": notes.strip(),
        },
    )
    old_codes = sorted(g.code for g in family.grounds)
    new_codes = sorted(g.code for g in grounds)
    if old_codes != new_codes:
        family.grounds = grounds
        diff["grounds"] = [old_codes, new_codes]
    if diff:
        audit(session, actor, "family.edit", family, family.id, diff)
    session.flush()
    return family


def _applicant_problems(
    family: Family, member_id: uuid.UUID | None, data: MemberData | None, transfer: bool = False
) -> list[Problem]:
    """The case must keep exactly one adult applicant after a member is added, edited or removed.

    ``transfer``: the edited member takes over the application from the current applicant.
    """
    app = family.application
    applicants = [] if transfer else [m for m in family.members if m.is_applicant and m.id != member_id]
    birth = [m.birth_date for m in applicants]
    if data is not None and data.is_applicant:
        birth.append(data.birth_date)
    if len(birth) != 1:
        return [Problem("applicant", "Заявитель: в семье должен быть ровно один заявитель.", "one_applicant")]
    if app is not None and age_on(birth[0], app.date) < ADULT_AGE:
        return [
            Problem(
                "applicant",
                "Заявитель: заявление подаёт совершеннолетний (18 лет и старше) член семьи.",
                "no_adult_applicant",
            )
        ]
    return []


def add_member(
    session: Session, actor: Actor, family_id: uuid.UUID, data: MemberData, today: date | None = None
) -> Member:
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems = data.problems(_today(today))
    if data.is_applicant:
        problems += _applicant_problems(family, None, data)
    refuse_if(problems)
    member = _member_row(family.id, data)
    family.members.append(member)
    session.flush()
    audit(session, actor, "member.add", member, family.id, {"name": member.full_name})
    return member


def edit_member(
    session: Session, actor: Actor, member_id: uuid.UUID, data: MemberData, today: date | None = None
) -> Member:
    member = get_or_refuse(session, Member, member_id, "member", "Член семьи")
    family = get_family(session, actor, member.family_id)
    _refuse_if_closed(family)
    problems = data.problems(_today(today))
    transfer = data.is_applicant and not member.is_applicant
    problems += _applicant_problems(family, member.id, data, transfer)
    refuse_if(problems)
    previous = [m for m in family.members if m.is_applicant and m.id != member.id] if transfer else []
    for m in previous:
        m.is_applicant = False
    diff = apply_changes(
        member,
        {
            "surname": data.surname.strip(),
            "name": data.name.strip(),
            "patronymic": data.patronymic.strip(),
            "birth_date": data.birth_date,
            "sex": data.sex,
            "relation": data.relation,
            "is_applicant": data.is_applicant,
            "disability": data.disability,
            "school_or_work": data.school_or_work.strip(),
            "notes": data.notes.strip(),
        },
    )
    if data.is_applicant and family.application is not None:
        family.application.applicant_id = member.id
    if previous:
        diff["previous_applicant"] = [m.full_name for m in previous]
    if diff:
        audit(session, actor, "member.edit", member, family.id, diff)
    session.flush()
    return member


def remove_member(session: Session, actor: Actor, member_id: uuid.UUID) -> None:
    member = get_or_refuse(session, Member, member_id, "member", "Член семьи")
    family = get_family(session, actor, member.family_id)
    _refuse_if_closed(family)
    if member.is_applicant:
        raise DomainError(Problem("member", "Заявителя нельзя удалить: сначала назначьте другого заявителя."))
    in_visits = session.scalar(
        select(func.count()).select_from(Visit).where(Visit.members_present.any(Member.id == member.id))
    )
    if in_visits:
        raise DomainError(
            Problem("member", "Член семьи отмечен в посещениях: удалить нельзя, измените данные.", "in_use")
        )
    if any(p.member_id == member.id for p in family.problems):
        raise DomainError(
            Problem(
                "member", "Член семьи указан в проблемах семьи: удалить нельзя, измените данные.", "in_use"
            )
        )
    audit(session, actor, "member.remove", member, family.id, {"name": member.full_name})
    family.members.remove(member)
    session.flush()


def reassign_family(session: Session, actor: Actor, family_id: uuid.UUID, worker_id: uuid.UUID) -> Family:
    """Give a family to another responsible worker."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems = _worker_problems(session, actor, worker_id, "responsible_worker")
    if not problems and family.responsible_worker_id == worker_id:
        problems.append(
            Problem("responsible_worker", "Ответственный специалист: семья уже закреплена за ним.", "same")
        )
    refuse_if(problems)
    diff = apply_changes(family, {"responsible_worker_id": worker_id})
    audit(session, actor, "family.reassign", family, family.id, diff)
    session.flush()
    return family


# --- survey and problems ---


def survey_deadline_problems(family: Family, day: date, field: str, label: str) -> list[Problem]:
    app = family.application
    if app is not None and day < app.date:
        return [
            Problem(field, f"{label}: не раньше даты заявления ({app.date:%d.%m.%Y}).", "before_application")
        ]
    return []


def record_survey(
    session: Session, actor: Actor, family_id: uuid.UUID, data: SurveyData, today: date | None = None
) -> SurveyAct:
    """Record the survey act of material and living conditions (completes the survey step)."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems = data.problems(_today(today))
    problems += survey_deadline_problems(family, data.date, "survey.date", "Дата обследования")
    problems += blocking(refusals(Stage.SURVEY, case_facts(family, has_survey=True)))
    refuse_if(problems)
    per_capita = data.per_capita_income
    if per_capita is None:
        people = max(len(family.members), 1)
        per_capita = (data.total_income / people).quantize(Decimal("0.01"), ROUND_HALF_UP)
    act = SurveyAct(
        id=uuid.uuid4(),
        family_id=family.id,
        date=data.date,
        surveyors=data.surveyors.strip(),
        housing_type=data.housing_type,
        housing_condition=data.housing_condition.strip(),
        amenities=data.amenities.strip(),
        income_sources=data.income_sources.strip(),
        total_income=data.total_income,
        per_capita_income=per_capita,
        conclusion=data.conclusion.strip(),
    )
    family.survey_acts.append(act)
    session.flush()
    audit(session, actor, "survey.record", act, family.id, {"date": data.date, "per_capita": per_capita})
    _advance(session, actor, family, Stage.SURVEY)
    return act


def add_problem(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    description: str,
    identified_on: date,
    member_id: uuid.UUID | None = None,
    today: date | None = None,
) -> ProblemRow:
    """Add a problem the family cannot solve alone (problem assessment)."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems: list[Problem] = []
    if not description.strip():
        problems.append(Problem("problem.description", "Описание проблемы: обязательное поле.", "required"))
    if identified_on > _today(today):
        problems.append(
            Problem("problem.identified_on", "Дата выявления: не позже сегодняшней.", "future_date")
        )
    problems += survey_deadline_problems(family, identified_on, "problem.identified_on", "Дата выявления")
    if member_id is not None and member_id not in {m.id for m in family.members}:
        problems.append(Problem("problem.member", "Член семьи: выберите члена этой семьи.", "not_found"))
    problems += blocking(
        refusals(Stage.ASSESSMENT, case_facts(family, problems_count=len(family.problems) + 1))
    )
    refuse_if(problems)
    row = ProblemRow(
        id=uuid.uuid4(),
        family_id=family.id,
        description=description.strip(),
        identified_on=identified_on,
        member_id=member_id,
        position=len(family.problems),
    )
    family.problems.append(row)
    session.flush()
    audit(session, actor, "problem.add", row, family.id, {"description": row.description})
    _advance(session, actor, family, Stage.ASSESSMENT)
    return row


# --- plan ---


def _plan_item_problems(
    session: Session, actor: Actor, family: Family, items: list[PlanItemData], drawn_up_on: date
) -> list[Problem]:
    problems: list[Problem] = []
    if not items:
        problems.append(Problem("plan.items", "План: добавьте хотя бы одно мероприятие.", "plan_empty"))
    problem_ids = {p.id for p in family.problems}
    for i, item in enumerate(items):
        prefix = f"items[{i}]"
        problems += item.problems(drawn_up_on, prefix)
        if item.problem_id is not None and item.problem_id not in problem_ids:
            problems.append(
                Problem(f"{prefix}.problem", "Проблема: выберите проблему этой семьи.", "not_found")
            )
        if item.responsible_worker_id is not None:
            problems += _worker_problems(session, actor, item.responsible_worker_id, f"{prefix}.responsible")
        if item.responsible_agency_id is not None:
            agency = session.get(Agency, item.responsible_agency_id)
            if agency is None or agency.centre_id != actor.centre_id:
                problems.append(
                    Problem(f"{prefix}.responsible", "Ответственный: организация не найдена в справочнике.")
                )
    return problems


def save_plan_version(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    items: list[PlanItemData],
    drawn_up_on: date,
    revision_reason: str = "",
    today: date | None = None,
) -> PlanVersion:
    """Save the plan as a new version (a revision never overwrites the previous version)."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems: list[Problem] = []
    if drawn_up_on > _today(today):
        problems.append(
            Problem("plan.drawn_up_on", "Дата составления плана: не позже сегодняшней.", "future_date")
        )
    problems += survey_deadline_problems(family, drawn_up_on, "plan.drawn_up_on", "Дата составления плана")
    plan = family.plan
    if plan is not None and plan.versions and not revision_reason.strip():
        problems.append(
            Problem("plan.revision_reason", "Причина пересмотра плана: обязательное поле.", "required")
        )
    # Deadlines may not precede the plan's first version: a revision carries over rows whose deadline
    # has passed (done, or overdue and being rescheduled), which the revision date must not refuse.
    first_drawn = plan.versions[0].drawn_up_on if plan is not None and plan.versions else drawn_up_on
    problems += _plan_item_problems(session, actor, family, items, min(first_drawn, drawn_up_on))
    problems += blocking(refusals(Stage.ASSESSMENT, case_facts(family)))
    refuse_if(problems)
    if plan is None:
        year = drawn_up_on.year
        seq = _next_seq(session, Plan.plan_seq, Plan.centre_id, Plan.plan_year, actor.centre_id, year)
        plan = Plan(
            id=uuid.uuid4(),
            family_id=family.id,
            centre_id=actor.centre_id,
            plan_year=year,
            plan_seq=seq,
            number=f"{year}/{seq:03d}",
        )
        session.add(plan)
        family.plan = plan
    version = PlanVersion(
        id=uuid.uuid4(),
        plan_id=plan.id,
        version_no=len(plan.versions) + 1,
        drawn_up_on=drawn_up_on,
        revision_reason=revision_reason.strip(),
        author_id=actor.worker_id,
    )
    version.items = [
        PlanItem(
            id=uuid.uuid4(),
            version_id=version.id,
            position=i,
            problem_id=item.problem_id,
            goal=item.goal.strip(),
            measure=item.measure.strip(),
            responsible_worker_id=item.responsible_worker_id,
            responsible_agency_id=item.responsible_agency_id,
            deadline=item.deadline,
            status=item.status,
            completed_on=item.completed_on,
            completion_note=item.completion_note.strip(),
        )
        for i, item in enumerate(items)
    ]
    plan.versions.append(version)
    session.flush()
    audit(
        session,
        actor,
        "plan.save_version",
        version,
        family.id,
        {"plan": plan.number, "version": version.version_no, "items": len(items), "reason": revision_reason},
    )
    return version


def mark_plan_agreed(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    agreed_on: date,
    agreed_by: str,
    today: date | None = None,
) -> PlanVersion:
    """Mark the current plan version as drawn up with and agreed by the family (completes the plan step)."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    current = family.plan.current if family.plan is not None else None
    problems: list[Problem] = []
    if current is None:
        problems.append(Problem("plan", "План не составлен: сначала сохраните план.", "no_plan"))
    else:
        if current.agreed_with_family:
            problems.append(Problem("plan", "План уже согласован с семьёй.", "already_agreed"))
        if agreed_on < current.drawn_up_on:
            problems.append(
                Problem("plan.agreed_on", "Дата согласования: не раньше даты составления плана.", "range")
            )
    if agreed_on > _today(today):
        problems.append(Problem("plan.agreed_on", "Дата согласования: не позже сегодняшней.", "future_date"))
    if not agreed_by.strip():
        problems.append(
            Problem("plan.agreed_by", "Кто от семьи согласовал план: обязательное поле.", "required")
        )
    if current is not None:
        problems += blocking(refusals(Stage.PLAN, case_facts(family, plan_agreed=True)))
    refuse_if(problems)
    assert current is not None
    current.agreed_with_family = True
    current.agreed_on = agreed_on
    current.agreed_by = agreed_by.strip()
    session.flush()
    audit(
        session,
        actor,
        "plan.agree",
        current,
        family.id,
        {"version": current.version_no, "agreed_on": agreed_on, "agreed_by": agreed_by},
    )
    _advance(session, actor, family, Stage.PLAN)
    return current


def mark_plan_item(
    session: Session,
    actor: Actor,
    item_id: uuid.UUID,
    status: PlanItemStatus,
    completed_on: date | None,
    note: str = "",
    today: date | None = None,
) -> PlanItem:
    """Mark the completion of one measure of the current plan version."""
    item = get_or_refuse(session, PlanItem, item_id, "item", "Мероприятие плана")
    family = get_family(session, actor, item.version.plan.family_id)
    _refuse_if_closed(family)
    problems = completion_problems(status, completed_on, "item")
    if completed_on is not None and completed_on > _today(today):
        problems.append(Problem("item.completed_on", "Дата выполнения: не позже сегодняшней.", "future_date"))
    if family.plan is not None and family.plan.current is not item.version:
        problems.append(Problem("item", "Отметки ставятся только в действующей версии плана.", "old_version"))
    refuse_if(problems)
    diff = apply_changes(
        item, {"status": status, "completed_on": completed_on, "completion_note": note.strip()}
    )
    if diff:
        audit(session, actor, "plan.item_mark", item, family.id, diff)
    session.flush()
    return item


# --- contract and patronage type ---


def sign_contract(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    data: ContractData,
    confirm_warnings: bool = False,
    today: date | None = None,
) -> Contract:
    """Record the signed contract; optionally start the first patronage type on the contract's first day.

    A contract before the plan is agreed is a warning by default: it is refused with the warning unless
    ``confirm_warnings`` is True (the user confirmed), and always refused when the centre makes it a block.
    """
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems = data.problems(_today(today))
    problems += survey_deadline_problems(family, data.date, "contract.date", "Дата договора")
    if family.contracts:
        problems.append(Problem("contract", "Договор уже заключён.", "exists"))
    number = data.number.strip()
    year = data.date.year
    if number:
        clash = session.scalar(
            select(func.count())
            .select_from(Contract)
            .where(
                Contract.centre_id == actor.centre_id,
                Contract.contract_year == year,
                Contract.number == number,
            )
        )
        if clash:
            problems.append(
                Problem("contract.number", f"Номер договора: № {number} за {year} год уже есть.", "duplicate")
            )
    if data.patronage_type is not None:
        problems += _type_start_problems(data.term_start, _today(today))
    gate = refusals(
        Stage.CONTRACT, case_facts(family, has_contract=True), stage_rules(session, actor.centre_id)
    )
    problems += blocking(gate)
    refuse_if(problems)
    warnings = [p for p in gate if not p.blocking]
    if warnings and not confirm_warnings:
        raise DomainError(warnings)
    seq = _next_seq(
        session, Contract.contract_seq, Contract.centre_id, Contract.contract_year, actor.centre_id, year
    )
    contract = Contract(
        id=uuid.uuid4(),
        family_id=family.id,
        centre_id=actor.centre_id,
        contract_year=year,
        contract_seq=seq,
        number=number or f"{year}/{seq:03d}",
        date=data.date,
        form=data.form,
        term_start=data.term_start,
        term_end=data.term_end,
        signed_by=data.signed_by.strip(),
        version_no=1,
        signed_on=data.date,  # the contract is recorded once the family has signed it
    )
    family.contracts.append(contract)
    session.flush()
    contract.fingerprint = contract_fingerprint(contract)
    audit(
        session,
        actor,
        "contract.sign",
        contract,
        family.id,
        {
            "number": contract.number,
            "form": data.form,
            "term": [data.term_start, data.term_end],
            "confirmed_warnings": [w.code for w in warnings],
        },
    )
    _advance(session, actor, family, Stage.CONTRACT)
    if data.patronage_type is not None:
        change_type(session, actor, family.id, data.patronage_type, data.term_start, data.type_reason, today)
    return contract


def _type_start_problems(start: date, today: date) -> list[Problem]:
    if start > today + timedelta(days=31):
        return [Problem("type.start", "Дата начала: не позже чем через месяц от сегодняшней.", "range")]
    return []


def change_type(
    session: Session,
    actor: Actor,
    family_id: uuid.UUID,
    new_type: PatronageType,
    start: date,
    reason: str,
    today: date | None = None,
) -> TypePeriod:
    """Set or change the patronage type from ``start``; the previous period ends the day before."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems: list[Problem] = []
    if not reason.strip():
        problems.append(
            Problem("type.reason", "Причина смены вида патроната: обязательное поле.", "required")
        )
    problems += _type_start_problems(start, _today(today))
    contract = family.contracts[-1] if family.contracts else None
    if contract is None:
        problems.append(
            Problem("contract", "Вид патроната устанавливается после заключения договора.", "no_contract")
        )
    elif not contract.term_start <= start <= contract.term_end:
        problems.append(
            Problem(
                "type.start",
                f"Дата начала: в пределах срока договора ({contract.term_start:%d.%m.%Y} – "
                f"{contract.term_end:%d.%m.%Y}).",
                "range",
            )
        )
    current = open_period(family)
    if current is not None:
        if current.type == new_type:
            problems.append(Problem("type.type", f"Вид патроната уже «{label_type(new_type)}».", "same_type"))
        if start <= current.start:
            problems.append(
                Problem(
                    "type.start",
                    f"Дата начала: позже начала текущего вида ({current.start:%d.%m.%Y}).",
                    "range",
                )
            )
    refuse_if(problems)
    if current is not None:
        current.end = start - timedelta(days=1)
    period = TypePeriod(
        id=uuid.uuid4(), family_id=family.id, type=new_type, start=start, reason=reason.strip()
    )
    family.type_periods.append(period)
    session.flush()
    audit(
        session,
        actor,
        "type.change",
        period,
        family.id,
        {"type": [current.type if current else None, new_type], "start": start, "reason": reason},
    )
    _advance(session, actor, family, Stage.PATRONAGE)
    return period


def label_type(t: PatronageType) -> str:
    return {"emergency": "экстренный", "planned": "плановый", "control": "контрольный"}[t.value]


# --- visits ---


def _visit_problems(family: Family, data: VisitData, today: date) -> list[Problem]:
    problems = data.problems(today)
    problems += survey_deadline_problems(family, data.date, "visit.date", "Дата посещения")
    member_ids = {m.id for m in family.members}
    if any(mid not in member_ids for mid in data.member_ids):
        problems.append(Problem("visit.members", "Присутствовали: только члены этой семьи.", "not_found"))
    return problems


def record_visit(
    session: Session, actor: Actor, family_id: uuid.UUID, data: VisitData, today: date | None = None
) -> Visit:
    """Record a visit or other contact; whether it counts toward the norm follows the centre's rule."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems = _visit_problems(family, data, _today(today))
    if data.worker_id is not None:
        problems += _worker_problems(session, actor, data.worker_id, "visit.worker")
    refuse_if(problems)
    counts = data.counts_toward_norm
    if counts is None:
        counts = data.kind in counting_kinds(session, actor.centre_id)
    visit = Visit(
        id=uuid.uuid4(),
        family_id=family.id,
        date=data.date,
        kind=data.kind,
        counts_toward_norm=counts,
        worker_id=data.worker_id or actor.worker_id,
        notes=data.notes.strip(),
        result=data.result.strip(),
        next_steps=data.next_steps.strip(),
    )
    visit.members_present = [m for m in family.members if m.id in set(data.member_ids)]
    family.visits.append(visit)
    session.flush()
    audit(session, actor, "visit.record", visit, family.id, {"date": data.date, "kind": data.kind})
    return visit


def edit_visit(
    session: Session, actor: Actor, visit_id: uuid.UUID, data: VisitData, today: date | None = None
) -> Visit:
    visit = get_or_refuse(session, Visit, visit_id, "visit", "Посещение")
    family = get_family(session, actor, visit.family_id)
    _refuse_if_closed(family)
    problems = _visit_problems(family, data, _today(today))
    if data.worker_id is not None and data.worker_id != visit.worker_id:
        problems += _worker_problems(session, actor, data.worker_id, "visit.worker")
    refuse_if(problems)
    counts = data.counts_toward_norm
    if counts is None:
        counts = data.kind in counting_kinds(session, actor.centre_id)
    values = {
        "date": data.date,
        "kind": data.kind,
        "counts_toward_norm": counts,
        "notes": data.notes.strip(),
        "result": data.result.strip(),
        "next_steps": data.next_steps.strip(),
    }
    if data.worker_id is not None:
        values["worker_id"] = data.worker_id
    diff = apply_changes(visit, values)
    old_members = sorted(str(m.id) for m in visit.members_present)
    visit.members_present = [m for m in family.members if m.id in set(data.member_ids)]
    new_members = sorted(str(m.id) for m in visit.members_present)
    if old_members != new_members:
        diff["members_present"] = [old_members, new_members]
    if diff:
        audit(session, actor, "visit.edit", visit, family.id, diff)
    session.flush()
    return visit


# --- closure ---


def close_case(
    session: Session, actor: Actor, family_id: uuid.UUID, data: ClosureData, today: date | None = None
) -> ClosingSummary:
    """Close the case with its summary (normal end or early closure with a reason)."""
    family = get_family(session, actor, family_id)
    _refuse_if_closed(family)
    problems = data.problems(_today(today))
    problems += survey_deadline_problems(family, data.date, "closure.date", "Дата закрытия")
    last_visit = max((v.date for v in family.visits), default=None)
    if last_visit is not None and data.date < last_visit:
        problems.append(
            Problem("closure.date", f"Дата закрытия: не раньше последнего посещения ({last_visit:%d.%m.%Y}).")
        )
    current = family.plan.current if family.plan is not None else None
    items = {i.id: i for i in current.items} if current is not None else {}
    unknown = [k for k in data.goal_results if k not in items]
    if unknown:
        problems.append(Problem("closure.goal_results", "Итоги по целям: цель не из действующего плана."))
    if data.reason == ClosureReason.COMPLETED:
        missing = [i for i in items.values() if not data.goal_results.get(i.id, "").strip()]
        if missing:
            problems.append(
                Problem(
                    "closure.goal_results",
                    f"Итоги по целям: укажите результат по каждой цели плана (не заполнено: {len(missing)}).",
                    "goal_results_missing",
                )
            )
    has_summary = bool(data.dynamics.strip() and data.decision.strip())
    problems += blocking(refusals(Stage.CLOSED, case_facts(family, has_summary=has_summary)))
    refuse_if(problems)
    summary = ClosingSummary(
        id=uuid.uuid4(),
        family_id=family.id,
        date=data.date,
        reason=data.reason,
        dynamics=data.dynamics.strip(),
        outcome=data.outcome,
        decision=data.decision.strip(),
        reason_note=data.reason_note.strip(),
    )
    summary.goal_results = [
        GoalResult(id=uuid.uuid4(), summary_id=summary.id, plan_item_id=k, result=v.strip())
        for k, v in data.goal_results.items()
        if v.strip()
    ]
    session.add(summary)
    family.closing_summary = summary
    period = open_period(family)
    if period is not None:
        period.end = max(data.date, period.start)
    session.flush()
    audit(
        session,
        actor,
        "case.close",
        summary,
        family.id,
        {"date": data.date, "reason": data.reason, "outcome": data.outcome},
    )
    _advance(session, actor, family, Stage.CLOSED)
    return summary
