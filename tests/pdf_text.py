"""Reading generated PDFs in tests: text per page and the fonts each page uses."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader


def pages_text(pdf: bytes) -> list[str]:
    """Text of every page, with runs of whitespace collapsed to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def fonts(pdf: bytes) -> dict[str, bool]:
    """Base font name → whether its font program is embedded (a FontFile* entry in its descriptor)."""
    reader = PdfReader(io.BytesIO(pdf))
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            targets = [d.get_object() for d in descendants] if descendants else [font]
            for target in targets:
                descriptor = target.get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(font.get("/BaseFont"))] = embedded
    return found
