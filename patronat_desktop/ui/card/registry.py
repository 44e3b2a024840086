"""The sections of the family card, in the order of the case's stages."""

from __future__ import annotations

from patronat_desktop.ui.card.family_card import SectionFactory


def default_sections() -> list[SectionFactory]:
    """Every section of the card."""
    return []
