"""SQLAlchemy 2.0 typed tables of the whole domain, on one declarative Base."""

from patronat_desktop.models.audit import AuditEntry
from patronat_desktop.models.base import Base
from patronat_desktop.models.case import (
    AgencyRequest,
    Application,
    ClosingSummary,
    Contract,
    GoalResult,
    Plan,
    PlanItem,
    PlanVersion,
    Problem,
    SurveyAct,
    TypePeriod,
    Visit,
    visit_member,
)
from patronat_desktop.models.family import Consent, Family, Member, family_ground
from patronat_desktop.models.planning import PlannedVisit
from patronat_desktop.models.reference import Agency, CalendarOverride, Centre, Ground, Setting, Worker
from patronat_desktop.models.signed import ContractVersion
from patronat_desktop.models.sync import (
    SyncChange,
    SyncConflict,
    SyncDevice,
    SyncHolding,
    SyncLedger,
    SyncRow,
)

__all__ = [
    "Agency",
    "AgencyRequest",
    "Application",
    "AuditEntry",
    "Base",
    "CalendarOverride",
    "Centre",
    "ClosingSummary",
    "Consent",
    "Contract",
    "ContractVersion",
    "Family",
    "GoalResult",
    "Ground",
    "Member",
    "Plan",
    "PlanItem",
    "PlanVersion",
    "PlannedVisit",
    "Problem",
    "Setting",
    "SurveyAct",
    "SyncChange",
    "SyncConflict",
    "SyncDevice",
    "SyncHolding",
    "SyncLedger",
    "SyncRow",
    "TypePeriod",
    "Visit",
    "Worker",
    "family_ground",
    "visit_member",
]
