"""Closed vocabularies of the domain (enums) with their Russian labels for messages and documents."""

from __future__ import annotations

from enum import StrEnum


class Stage(StrEnum):
    """Stage of a case: the last step that has been completed."""

    APPLICATION = "application"
    SURVEY = "survey"
    ASSESSMENT = "assessment"
    PLAN = "plan"
    CONTRACT = "contract"
    PATRONAGE = "patronage"
    CLOSED = "closed"


STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)


class ReferralSource(StrEnum):
    SELF = "self"
    COORDINATION_COUNCIL = "coordination_council"
    SCHOOL_COUNCIL = "school_council"
    KDN = "kdn"
    HEALTH_CARE = "health_care"
    POLICE = "police"
    VILLAGE_COMMITTEE = "village_committee"
    OTHER = "other"


class Sex(StrEnum):
    MALE = "m"
    FEMALE = "f"


class Relation(StrEnum):
    """Relation of a member to the applicant."""

    SELF = "self"
    SPOUSE = "spouse"
    PARTNER = "partner"
    CHILD = "child"
    STEPCHILD = "stepchild"
    PARENT = "parent"
    GRANDPARENT = "grandparent"
    GRANDCHILD = "grandchild"
    SIBLING = "sibling"
    GUARDIAN = "guardian"
    WARD = "ward"
    OTHER = "other"


class Disability(StrEnum):
    NONE = "none"
    GROUP_1 = "group_1"
    GROUP_2 = "group_2"
    GROUP_3 = "group_3"
    CHILD = "child"
    SPECIAL_NEEDS = "special_needs"


class HousingType(StrEnum):
    OWN_HOUSE = "own_house"
    OWN_FLAT = "own_flat"
    RENTED = "rented"
    SOCIAL = "social"
    DORMITORY = "dormitory"
    RELATIVES = "relatives"
    NONE = "none"


class VisitKind(StrEnum):
    HOME = "home"
    OFFICE = "office"
    PHONE = "phone"
    JOINT = "joint"


class ContractForm(StrEnum):
    URGENT = "urgent"
    NON_STATIONARY = "non_stationary"


class PlanItemStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    PARTLY = "partly"
    NOT_DONE = "not_done"
    CANCELLED = "cancelled"


class Outcome(StrEnum):
    OVERCOME = "overcome"
    PARTLY = "partly"
    NOT_OVERCOME = "not_overcome"
    REFUSED = "refused"
    TRANSFERRED = "transferred"


class ClosureReason(StrEnum):
    COMPLETED = "completed"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    MOVED_AWAY = "moved_away"
    TRANSFERRED = "transferred"
    OTHER = "other"


class AgencyKind(StrEnum):
    LABOUR_OFFICE = "labour_office"
    HEALTH = "health"
    EDUCATION = "education"
    SPC = "spc"
    POLICE = "police"
    VILLAGE_COMMITTEE = "village_committee"
    PUBLIC_ASSOCIATION = "public_association"
    OTHER = "other"


class WorkerRole(StrEnum):
    CASEWORKER = "caseworker"
    HEAD = "head"
    ADMIN = "admin"


_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (Stage.APPLICATION, "Заявление"),
    (Stage.SURVEY, "Обследование"),
    (Stage.ASSESSMENT, "Оценка проблем"),
    (Stage.PLAN, "План"),
    (Stage.CONTRACT, "Договор"),
    (Stage.PATRONAGE, "Патронат"),
    (Stage.CLOSED, "Закрыт"),
    (ReferralSource.SELF, "Обратилась самостоятельно"),
    (ReferralSource.COORDINATION_COUNCIL, "Координационный совет (Декрет № 18)"),
    (ReferralSource.SCHOOL_COUNCIL, "Совет профилактики учреждения образования"),
    (ReferralSource.KDN, "КДН"),
    (ReferralSource.HEALTH_CARE, "Организация здравоохранения"),
    (ReferralSource.POLICE, "Органы внутренних дел"),
    (ReferralSource.VILLAGE_COMMITTEE, "Сельский исполнительный комитет"),
    (ReferralSource.OTHER, "Иное"),
    (Sex.MALE, "муж."),
    (Sex.FEMALE, "жен."),
    (Relation.SELF, "заявитель"),
    (Relation.SPOUSE, "супруг(а)"),
    (Relation.PARTNER, "сожитель(ница)"),
    (Relation.CHILD, "сын/дочь"),
    (Relation.STEPCHILD, "пасынок/падчерица"),
    (Relation.PARENT, "отец/мать"),
    (Relation.GRANDPARENT, "дедушка/бабушка"),
    (Relation.GRANDCHILD, "внук/внучка"),
    (Relation.SIBLING, "брат/сестра"),
    (Relation.GUARDIAN, "опекун"),
    (Relation.WARD, "подопечный"),
    (Relation.OTHER, "иное"),
    (Disability.NONE, "нет"),
    (Disability.GROUP_1, "I группа"),
    (Disability.GROUP_2, "II группа"),
    (Disability.GROUP_3, "III группа"),
    (Disability.CHILD, "ребёнок-инвалид"),
    (Disability.SPECIAL_NEEDS, "ОПФР"),
    (HousingType.OWN_HOUSE, "собственный дом"),
    (HousingType.OWN_FLAT, "собственная квартира"),
    (HousingType.RENTED, "съёмное жильё"),
    (HousingType.SOCIAL, "социальное жильё"),
    (HousingType.DORMITORY, "общежитие"),
    (HousingType.RELATIVES, "у родственников"),
    (HousingType.NONE, "нет жилья"),
    (VisitKind.HOME, "посещение на дому"),
    (VisitKind.OFFICE, "беседа в центре"),
    (VisitKind.PHONE, "телефонный звонок"),
    (VisitKind.JOINT, "совместный выезд"),
    (ContractForm.URGENT, "срочное социальное обслуживание"),
    (ContractForm.NON_STATIONARY, "нестационарное социальное обслуживание"),
    (PlanItemStatus.PLANNED, "запланировано"),
    (PlanItemStatus.DONE, "выполнено"),
    (PlanItemStatus.PARTLY, "выполнено частично"),
    (PlanItemStatus.NOT_DONE, "не выполнено"),
    (PlanItemStatus.CANCELLED, "отменено"),
    (Outcome.OVERCOME, "ТЖС преодолена"),
    (Outcome.PARTLY, "ТЖС преодолена частично"),
    (Outcome.NOT_OVERCOME, "ТЖС не преодолена"),
    (Outcome.REFUSED, "отказ семьи"),
    (Outcome.TRANSFERRED, "передана в другую организацию"),
    (ClosureReason.COMPLETED, "завершение патроната"),
    (ClosureReason.CONSENT_WITHDRAWN, "отзыв согласия семьёй"),
    (ClosureReason.MOVED_AWAY, "переезд семьи"),
    (ClosureReason.TRANSFERRED, "передача в другую организацию"),
    (ClosureReason.OTHER, "иная причина"),
    (AgencyKind.LABOUR_OFFICE, "управление по труду, занятости и социальной защите"),
    (AgencyKind.HEALTH, "здравоохранение"),
    (AgencyKind.EDUCATION, "образование"),
    (AgencyKind.SPC, "социально-педагогический центр"),
    (AgencyKind.POLICE, "органы внутренних дел"),
    (AgencyKind.VILLAGE_COMMITTEE, "сельисполком"),
    (AgencyKind.PUBLIC_ASSOCIATION, "общественное объединение"),
    (AgencyKind.OTHER, "иное"),
    (WorkerRole.CASEWORKER, "специалист по социальной работе"),
    (WorkerRole.HEAD, "заведующий отделением"),
    (WorkerRole.ADMIN, "администратор"),
)

# Keyed by (enum class, value): values repeat across enums ("other", "child", "partly" ...) and a StrEnum
# member equals its plain string, so the members themselves cannot be the keys.
LABELS_RU: dict[tuple[type[StrEnum], str], str] = {(type(k), k.value): v for k, v in _PAIRS}


def label_ru(value: StrEnum) -> str:
    """Russian label of an enum value (falls back to the raw value)."""
    return LABELS_RU.get((type(value), value.value), str(value))
