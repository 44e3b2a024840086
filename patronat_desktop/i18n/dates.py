"""Dates as official letters write them: «20 мая 2026 г.» (Russian), «20 мая 2026 г.» (Belarusian)."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

LANGUAGES = ("ru", "be")
"""Languages the printed documents are made in; Russian is the default."""


def date_in_words(day: date | None, lang: str = "ru", blank: str = "«___» ____________ 20__ г.") -> str:
    """The day with its month in words and the year abbreviated, or ``blank`` to be filled in by hand."""
    if day is None:
        return blank
    return f"{format_date(day, 'd MMMM y', locale=lang)} г."


def short_date(day: date | None) -> str:
    """dd.mm.yyyy, or an empty string."""
    return day.strftime("%d.%m.%Y") if day is not None else ""
