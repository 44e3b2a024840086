"""The sections of the family card, in the order of the case's stages."""

from __future__ import annotations

from patronat_desktop.ui.card.application_section import ApplicationSection
from patronat_desktop.ui.card.closing_section import ClosingSection
from patronat_desktop.ui.card.compliance_section import ComplianceSection
from patronat_desktop.ui.card.contract_section import ContractSection
from patronat_desktop.ui.card.family_card import SectionFactory
from patronat_desktop.ui.card.family_section import FamilySection
from patronat_desktop.ui.card.plan_section import PlanSection
from patronat_desktop.ui.card.problems_section import ProblemsSection
from patronat_desktop.ui.card.survey_section import SurveySection
from patronat_desktop.ui.card.type_section import TypeSection
from patronat_desktop.ui.card.visits_section import VisitsSection


def default_sections() -> list[SectionFactory]:
    """Every section of the card: the family, then the case's documents in the order of its stages."""
    return [
        FamilySection,
        ApplicationSection,
        SurveySection,
        ProblemsSection,
        PlanSection,
        ContractSection,
        TypeSection,
        VisitsSection,
        ComplianceSection,
        ClosingSection,
    ]
