"""What every document's renderer shares: its templates, the page decor, the heading block of a case."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from patronat_desktop.documents.data import CaseInfo, CentreInfo, MemberRow, Signature
from patronat_desktop.documents.layout import (
    SUBTITLE,
    TITLE,
    Decor,
    frame_width,
    labelled,
    para,
    register_fonts,
    table,
)
from patronat_desktop.documents.templates import Template, load_template
from patronat_desktop.i18n.dates import date_in_words, short_date


@dataclass(frozen=True)
class Paper:
    """One document being rendered: its own template, the shared one, the language."""

    own: Template
    common: Template
    lang: str

    @classmethod
    def load(cls, kind: str, lang: str, centre_dir: Path | None) -> Paper:
        register_fonts()  # paragraphs look their fonts up when they are made
        return cls(load_template(kind, lang, centre_dir), load_template("common", lang, centre_dir), lang)

    def t(self, key: str, **values: object) -> str:
        return self.own.text(key, **values)

    def words(self, day: date | None) -> str:
        return date_in_words(day, self.lang)

    def decor(self, centre: CentreInfo, footer_left: str, footer_middle: str = "") -> Decor:
        address = centre.address
        if centre.phone:
            address = (
                f"{address}, {self.common.text('phone', phone=centre.phone)}" if address else centre.phone
            )
        return Decor(
            centre_name=centre.name,
            centre_address=address,
            footer_left=footer_left,
            footer_middle=footer_middle,
            page_text=lambda page, pages: self.common.text("page", page=page, pages=pages),
        )

    def case_decor(self, centre: CentreInfo, case: CaseInfo, footer_middle: str = "") -> Decor:
        return self.decor(centre, self.common.text("case", case_number=case.case_number), footer_middle)

    def title_block(self, *subtitles: str) -> list[Flowable]:
        out: list[Flowable] = [para(self.t("title"), TITLE)]
        out += [para(s, SUBTITLE) for s in subtitles if s]
        return out

    def family_block(self, case: CaseInfo) -> list[Flowable]:
        return [
            labelled(self.common.text("family"), case.family_name),
            labelled(self.common.text("address"), case.address),
        ]

    def version_line(self, version: int, fingerprint: str, signature: Signature | None) -> str:
        """The footer mark tying the paper to exactly one version of its content."""
        if signature is not None and signature.fingerprint == fingerprint:
            return self.common.text(
                "signed",
                signed_on=short_date(signature.signed_on),
                signed_by=signature.signed_by,
                version=version,
                fingerprint=fingerprint,
            )
        return self.common.text("version", version=version, fingerprint=fingerprint)

    def members_table(self, members: list[MemberRow], relation_width: float = 0.19) -> Flowable:
        width = frame_width()
        rest = 1 - 0.06 - 0.32 - 0.13 - relation_width
        return table(
            self.own.raw("columns"),
            [
                [str(i), m.full_name, short_date(m.birth_date), m.relation, m.occupation]
                for i, m in enumerate(members, 1)
            ],
            [width * f for f in (0.06, 0.32, 0.13, relation_width, rest)],
        )


def gap(height: float = 6) -> Spacer:
    return Spacer(1, height)
