"""One entry point for every document kind (the CLI and the window choose a kind by name)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from patronat_desktop.documents.journals import register_pdf, visits_pdf, weekly_pdf
from patronat_desktop.documents.papers import application_pdf, contract_pdf, summary_pdf, survey_pdf
from patronat_desktop.documents.plan import plan_pdf

CASE_KINDS = ("application", "survey", "plan", "contract", "visits", "summary")
"""Documents of one family's case, in the order of the case."""

RENDERERS: dict[str, Callable[[Any, str, Path | None], bytes]] = {
    "application": application_pdf,
    "survey": survey_pdf,
    "plan": plan_pdf,
    "contract": contract_pdf,
    "visits": visits_pdf,
    "summary": summary_pdf,
    "register": register_pdf,
    "weekly": weekly_pdf,
}


def render(kind: str, doc: Any, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The PDF bytes of a document of ``kind`` with the content ``doc``."""
    return RENDERERS[kind](doc, lang, centre_dir)
