"""Labels of the closed vocabularies: values that repeat across enums keep their own labels."""

from __future__ import annotations

from patronat_desktop.domain.vocab import (
    AgencyKind,
    ClosureReason,
    Disability,
    Outcome,
    PlanItemStatus,
    ReferralSource,
    Relation,
    label_ru,
)


def test_same_value_in_two_enums_keeps_each_label() -> None:
    assert label_ru(Relation.CHILD) == "сын/дочь"
    assert label_ru(Disability.CHILD) == "ребёнок-инвалид"
    assert label_ru(PlanItemStatus.PARTLY) == "выполнено частично"
    assert label_ru(Outcome.PARTLY) == "ТЖС преодолена частично"
    assert label_ru(ReferralSource.POLICE) == "Органы внутренних дел"
    assert label_ru(AgencyKind.POLICE) == "органы внутренних дел"


def test_every_value_of_every_enum_has_a_label() -> None:
    for enum in (Relation, Disability, PlanItemStatus, Outcome, ReferralSource, AgencyKind, ClosureReason):
        for member in enum:
            assert label_ru(member) != member.value, member
