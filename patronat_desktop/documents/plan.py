"""The support plan: the paper the family reads and signs, tied by its footer to one version."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from patronat_desktop.documents.base import Paper, gap
from patronat_desktop.documents.data import PlanDoc
from patronat_desktop.documents.layout import (
    JUSTIFIED,
    Signer,
    build_pdf,
    frame_width,
    labelled,
    para,
    signatures,
    table,
)
from patronat_desktop.i18n.dates import short_date

# Column shares of the plan table (№, problem, goal, measure, responsible, deadline, completion).
_WIDTHS = (0.045, 0.16, 0.18, 0.22, 0.16, 0.11, 0.125)


def plan_pdf(doc: PlanDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The plan version as a table with the header row repeated on every page and the signatures after it."""
    p = Paper.load("plan", lang, centre_dir)
    case = doc.case
    width = frame_width()
    story: list[Flowable] = [
        *p.title_block(
            p.t("number", plan_number=doc.plan_number, version=doc.version_no),
            p.common.text("case", case_number=case.case_number),
        ),
        *p.family_block(case),
        labelled(p.t("drawn_up"), p.words(doc.drawn_up_on)),
    ]
    if doc.revision_reason.strip():
        story.append(labelled(p.t("revision"), doc.revision_reason))
    story.append(gap())
    rows = [
        [str(i), r.problem, r.goal, r.measure, r.responsible, short_date(r.deadline), r.completion]
        for i, r in enumerate(doc.rows, 1)
    ]
    story.append(table(p.own.raw("columns"), rows, [width * f for f in _WIDTHS]))
    # The family's statement stays on the page of its signature.
    agreed = (
        p.t("agreed", agreed_by=doc.agreed_by, agreed_on=p.words(doc.agreed_on))
        if doc.agreed_on is not None
        else p.t("not_agreed")
    )
    statement = [gap(8), para(agreed, JUSTIFIED), para(p.t("family_statement"), JUSTIFIED)]
    signed_on = p.words(doc.signature.signed_on) if doc.signature else ""
    family_name = doc.signature.signed_by if doc.signature else ""
    if not family_name and case.applicant is not None:
        family_name = case.applicant.short_name
    author = doc.author or case.worker
    story.append(
        signatures(
            p.common,
            [
                Signer(p.t("family_role"), family_name, "", signed_on),
                Signer.of(p.t("specialist_role"), author, signed_on),
                Signer(p.t("head_role"), ""),
            ],
            width,
            before=statement,
        )
    )
    middle = p.version_line(doc.version_no, doc.fingerprint, doc.signature)
    return build_pdf(story, p.case_decor(doc.centre, case, middle), p.t("title"))
