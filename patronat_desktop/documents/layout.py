"""The look of an official paper: embedded serif, header, footer with «стр. X из Y», tables, signatures."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from patronat_desktop.documents.data import Person
from patronat_desktop.documents.resources import fonts_dir
from patronat_desktop.documents.templates import Template
from patronat_desktop.domain.errors import DomainError, Problem

FONT = "PatronatSerif"
FONT_BOLD = "PatronatSerif-Bold"
FONT_ITALIC = "PatronatSerif-Italic"
_FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    "PatronatSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
MARGIN_LEFT = 25 * mm  # official papers keep a wide left margin for the binder
MARGIN = 15 * mm


def register_fonts() -> None:
    """Register the shipped serif once; reportlab embeds the subset of glyphs each PDF uses."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / file)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic="PatronatSerif-BoldItalic"
    )


def _style(name: str, size: float, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=kw.pop("fontName", FONT), fontSize=size, leading=size * 1.2, **kw)


BODY = _style("body", 11.5, alignment=TA_LEFT, spaceAfter=3)
JUSTIFIED = _style("justified", 11.5, alignment=4, spaceAfter=3, firstLineIndent=10 * mm)
FIELD = _style("field", 11.5, alignment=4, spaceAfter=3)
TITLE = _style("title", 13, fontName=FONT_BOLD, alignment=TA_CENTER, spaceBefore=4, spaceAfter=2)
SUBTITLE = _style("subtitle", 11.5, alignment=TA_CENTER, spaceAfter=8)
HEADING = _style("heading", 11.5, fontName=FONT_BOLD, spaceBefore=8, spaceAfter=3)
RIGHT = _style("right", 11.5, alignment=TA_RIGHT)
CELL = _style("cell", 9.5, embeddedHyphenation=1)  # a long word may break at its own hyphen
CELL_HEAD = _style("cell_head", 9.5, fontName=FONT_BOLD, alignment=TA_CENTER)
CELL_GROUP = _style("cell_group", 10, fontName=FONT_BOLD)
SMALL = _style("small", 8, alignment=TA_CENTER, textColor=colors.HexColor("#333333"))


def escape(text: str) -> str:
    """Text for a Paragraph: markup characters escaped, line breaks kept."""
    # «... 2025 г.» at the end of a sentence must not get a second full stop from the template.
    text = text.replace("г..", "г.")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>").strip()


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(text), style)


def labelled(label: str, value: str, style: ParagraphStyle = FIELD) -> Paragraph:
    """«Label: value» with the label in bold; an empty value leaves a line to fill in by hand."""
    shown = escape(value) if value.strip() else "_" * 40
    return Paragraph(f"<b>{escape(label)}</b> {shown}", style)


_PADDING = 6


def _cell(text: str, width: float) -> str | Paragraph:
    """A short one-line text as a plain string (much cheaper to lay out), else a wrapping Paragraph."""
    room = width - _PADDING
    if "\n" not in text and pdfmetrics.stringWidth(text, FONT, CELL.fontSize) <= room:
        return text
    return Paragraph(escape(_break_at_hyphens(text, room)), CELL)


def _break_at_hyphens(text: str, room: float) -> str:
    """Let a compound word wider than its column break after its hyphen («детско-/родительских»).

    reportlab would cut such a word wherever the line ends («детс/ко-родительских»). Its parts can never
    share a line (the whole word does not fit), so a space after the hyphen only moves the break.
    """

    def word(token: str) -> str:
        if "-" in token.strip("-") and pdfmetrics.stringWidth(token, FONT, CELL.fontSize) > room:
            return token.replace("-", "- ")
        return token

    return " ".join(word(t) for t in text.split(" "))


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    group_rows: dict[int, str] | None = None,
    min_height: float = 0,
) -> Table:
    """A bordered table whose header row repeats on every page and whose rows split cleanly between pages.

    ``group_rows`` maps a body row index to a heading shown as a full-width row before it (e.g. a settlement).
    """
    data: list[list[Any]] = [[Paragraph(escape(h), CELL_HEAD) for h in header]]
    spans: list[tuple[Any, ...]] = []
    heights: list[float | None] = [None]
    for i, row in enumerate(rows):
        if group_rows and i in group_rows:
            spans.append(("SPAN", (0, len(data)), (-1, len(data))))
            spans.append(("BACKGROUND", (0, len(data)), (-1, len(data)), colors.HexColor("#EEEEEE")))
            data.append([Paragraph(escape(group_rows[i]), CELL_GROUP)] + [""] * (len(header) - 1))
            heights.append(None)
        data.append([_cell(cell, w) for cell, w in zip(row, widths, strict=True)])
        heights.append(min_height or None)
    # Rows move whole to the next page; build_pdf lets a row split only when one is taller than a page.
    result = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1)
    result.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("FONTNAME", (0, 0), (-1, -1), FONT),  # empty cells too, else Helvetica creeps in
                ("FONTSIZE", (0, 0), (-1, -1), CELL.fontSize),
                ("LEADING", (0, 0), (-1, -1), CELL.leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4E4E4")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *spans,
            ]
        )
    )
    return result


@dataclass(frozen=True)
class Signer:
    """One signature line: who signs (role and position), the printed name, the date (empty: by hand)."""

    role: str
    name: str
    position: str = ""
    date: str = ""

    @classmethod
    def of(cls, role: str, person: Person | None, date: str = "") -> Signer:
        """The signature line of a person (a worker, a family member), blank when nobody is known."""
        if person is None:
            return cls(role, "", "", date)
        return cls(role, person.short_name, person.position, date)


def signatures(
    common: Template,
    signers: Sequence[Signer],
    width: float,
    heading: str = "",
    before: Sequence[Flowable] = (),
) -> Flowable:
    """Signature lines kept together on one page (with their heading): role, ____ (подпись), name, date."""
    label = _style("sig_label", 10.5)
    hint = _style("sig_hint", 7.5, alignment=TA_CENTER)
    rows: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
    ]
    for signer in signers:
        role = f"<b>{escape(signer.role)}</b>"
        if signer.position:
            role += f"<br/><font size=8.5>{escape(signer.position)}</font>"
        rows.append(
            [
                Paragraph(role, label),
                "",
                Paragraph(escape(signer.name) or "", label),
                Paragraph(escape(signer.date) or "", label),
            ]
        )
        rows.append(
            [
                "",
                Paragraph(escape(common.text("signature_hint")), hint),
                Paragraph(escape(common.text("name_hint")), hint),
                Paragraph(escape(common.text("date_hint")), hint),
            ]
        )
        n = len(rows)
        style += [
            ("LINEABOVE", (1, n - 1), (3, n - 1), 0.5, colors.black),
            ("TOPPADDING", (0, n - 1), (-1, n - 1), 0),
            ("BOTTOMPADDING", (0, n - 1), (-1, n - 1), 8),
        ]
    col = [width * 0.28, width * 0.20, width * 0.26, width * 0.26]
    grid = Table(rows, colWidths=col, style=TableStyle(style))
    head: list[Flowable] = [Paragraph(escape(heading), HEADING)] if heading else []
    return KeepTogether([*before, Spacer(1, 6 * mm), *head, grid])


@dataclass(frozen=True)
class Decor:
    """What every page carries: the centre in the header, the case and version in the footer."""

    centre_name: str
    centre_address: str
    footer_left: str
    footer_middle: str
    page_text: Callable[[int, int], str]


def _draw_decor(canvas: Canvas, decor: Decor, page: int, pages: int) -> None:
    width, height = canvas._pagesize  # type: ignore[attr-defined]
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 9)
    canvas.drawCentredString((MARGIN_LEFT + width - MARGIN) / 2, height - 9 * mm, decor.centre_name[:150])
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(
        (MARGIN_LEFT + width - MARGIN) / 2, height - 12.5 * mm, decor.centre_address[:170]
    )
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, height - 14 * mm, width - MARGIN, height - 14 * mm)
    canvas.line(MARGIN_LEFT, 12 * mm, width - MARGIN, 12 * mm)
    canvas.setFont(FONT, 8)
    canvas.drawString(MARGIN_LEFT, 8 * mm, decor.footer_left)
    canvas.drawCentredString((MARGIN_LEFT + width - MARGIN) / 2, 8 * mm, decor.footer_middle)
    canvas.drawRightString(width - MARGIN, 8 * mm, decor.page_text(page, pages))
    canvas.restoreState()


def _numbered_canvas(decor: Decor) -> type[Canvas]:
    """A canvas that holds its pages back until the end, to print «стр. X из Y» on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Without this each page names Helvetica (not embedded) as its starting font.
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                _draw_decor(self, decor, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class DocumentTooLarge(DomainError):
    """A block does not fit on a page even with table rows split (reportlab's LayoutError), said plainly."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            Problem(
                "document",
                f"Документ не помещается на страницы A4: слишком длинный текст ({detail}).",
                "layout",
            )
        )


def build_pdf(story: list[Flowable], decor: Decor, title: str, wide: bool = False) -> bytes:
    """Lay the story out on A4 (landscape when ``wide``) and return the PDF bytes."""
    register_fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4) if wide else A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN,
        topMargin=18 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=decor.centre_name,
        creator="patronat-desktop",
    )
    try:
        doc.build(list(story), canvasmaker=_numbered_canvas(decor))
    except LayoutError:
        # A row taller than a page (a very long measure, say): let table rows split inside, and retry.
        for flowable in story:
            if isinstance(flowable, Table):
                flowable.splitInRow = 1
        out.seek(0)
        out.truncate()
        try:
            doc.build(list(story), canvasmaker=_numbered_canvas(decor))
        except LayoutError as exc:
            raise DocumentTooLarge(str(exc)[:200]) from exc
    return out.getvalue()


def short_name(full_name: str) -> str:
    """«Фамилия И.О.» of «Фамилия Имя Отчество» (as signatures print it)."""
    parts = full_name.split()
    return f"{parts[0]} {''.join(p[0] + '.' for p in parts[1:3])}".strip() if parts else ""


def place_and_date(place: str, day: str, width: float) -> Table:
    """The place on the left and the date on the right, as a contract begins."""
    row = [[Paragraph(escape(place), BODY), Paragraph(escape(day), RIGHT)]]
    return Table(
        row,
        colWidths=[width / 2, width / 2],
        style=TableStyle([("LEFTPADDING", (0, 0), (0, 0), 0), ("FONTNAME", (0, 0), (-1, -1), FONT)]),
    )


def frame_width(wide: bool = False) -> float:
    page_width = landscape(A4)[0] if wide else A4[0]
    return float(page_width - MARGIN_LEFT - MARGIN)


def keep_space(height_mm: float) -> CondPageBreak:
    return CondPageBreak(height_mm * mm)
