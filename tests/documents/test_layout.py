"""Table cells of the printed documents: long compound words break at their hyphen, not mid-letter."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from patronat_desktop.documents import layout


def _lines(cell: str | Paragraph, width: float) -> list[str]:
    assert isinstance(cell, Paragraph)
    cell.wrap(width, 1000)
    return [" ".join(line[1]) if isinstance(line, tuple) else str(line) for line in cell.blPara.lines]


@pytest.mark.parametrize("width", [66.0, 76.0, 86.0])
def test_a_compound_word_wider_than_its_column_breaks_after_the_hyphen(width: float) -> None:
    layout.register_fonts()
    cell = layout._cell("Нормализация детско-родительских отношений", width)
    lines = _lines(cell, width - 6)
    assert "детско-" in lines
    assert "родительских" in lines


def test_a_compound_word_that_fits_keeps_its_hyphen_unbroken() -> None:
    layout.register_fonts()
    assert layout._break_at_hyphens("детско-родительских отношений", 500) == "детско-родительских отношений"
    assert layout._break_at_hyphens("- пункт", 1) == "- пункт"
