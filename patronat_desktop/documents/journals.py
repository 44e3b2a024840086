"""Lists: the visit log of a family, the centre's register for a year, a worker's weekly visit sheet."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from patronat_desktop.documents.base import Paper, gap
from patronat_desktop.documents.data import RegisterDoc, VisitLogDoc, WeeklyDoc
from patronat_desktop.documents.layout import (
    Signer,
    build_pdf,
    frame_width,
    labelled,
    para,
    short_name,
    signatures,
    table,
)
from patronat_desktop.i18n.dates import short_date


def visits_pdf(doc: VisitLogDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """Every visit and contact with the family, oldest first."""
    p = Paper.load("visits", lang, centre_dir)
    case = doc.case
    width = frame_width(wide=True)
    worker = case.worker
    story: list[Flowable] = [
        *p.title_block(p.common.text("case", case_number=case.case_number)),
        *p.family_block(case),
        labelled(p.t("worker"), f"{worker.full_name}, {worker.position}" if worker else ""),
        labelled(p.t("patronage"), doc.patronage),
        gap(),
    ]
    if doc.rows:
        rows = [
            [str(i), short_date(v.date), v.kind, v.worker, v.present, v.content, v.next_steps]
            for i, v in enumerate(doc.rows, 1)
        ]
        widths = (0.04, 0.08, 0.10, 0.12, 0.16, 0.30, 0.20)
        story.append(table(p.own.raw("columns"), rows, [width * f for f in widths]))
        story.append(para(p.t("total", count=len(doc.rows))))
    else:
        story.append(para(p.t("empty")))
    story.append(
        signatures(
            p.common,
            [Signer.of(p.t("specialist_role"), worker)],
            width,
        )
    )
    return build_pdf(story, p.case_decor(doc.centre, case), p.t("title"), wide=True)


def register_pdf(doc: RegisterDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The centre's register (журнал учёта) of families on patronage during one year, landscape."""
    p = Paper.load("register", lang, centre_dir)
    width = frame_width(wide=True)
    story: list[Flowable] = [*p.title_block(p.t("subtitle", year=doc.year))]
    if doc.rows:
        rows = [
            [
                str(i),
                r.case_number,
                short_date(r.application_date),
                r.applicant,
                r.address,
                r.grounds,
                r.patronage,
                r.contract,
                r.worker,
                r.closed,
            ]
            for i, r in enumerate(doc.rows, 1)
        ]
        widths = (0.04, 0.065, 0.075, 0.12, 0.14, 0.19, 0.09, 0.10, 0.085, 0.095)
        story.append(table(p.own.raw("columns"), rows, [width * f for f in widths]))
        story.append(para(p.t("total", count=len(doc.rows))))
    else:
        story.append(para(p.t("empty")))
    story.append(signatures(p.common, [Signer(p.t("head_role"), short_name(doc.centre.head_name))], width))
    decor = p.decor(doc.centre, p.t("footer", year=doc.year))
    return build_pdf(story, decor, p.t("title"), wide=True)


def weekly_pdf(doc: WeeklyDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The families one worker must visit in a week, grouped by settlement, with room to write by hand."""
    p = Paper.load("weekly", lang, centre_dir)
    width = frame_width(wide=True)
    story: list[Flowable] = [
        *p.title_block(p.t("subtitle", start=p.words(doc.week_start), end=p.words(doc.week_end))),
        labelled(p.t("worker"), f"{doc.worker.full_name}, {doc.worker.position}".strip(", ")),
        gap(),
    ]
    if doc.rows:
        groups: dict[int, str] = {}
        rows = []
        for i, r in enumerate(doc.rows):
            if i == 0 or r.settlement != doc.rows[i - 1].settlement:
                groups[i] = p.t("settlement", settlement=r.settlement)
            rows.append(
                [
                    str(i + 1),
                    r.case_number,
                    r.family,
                    r.address,
                    r.patronage,
                    r.needed,
                    short_date(r.last_visit),
                    "",
                    "",
                ]
            )
        widths = (0.04, 0.07, 0.16, 0.18, 0.09, 0.08, 0.09, 0.11, 0.18)
        story.append(table(p.own.raw("columns"), rows, [width * f for f in widths], groups, min_height=34))
        story.append(para(p.t("total", count=len(doc.rows))))
    else:
        story.append(para(p.t("empty")))
    decor = p.decor(doc.centre, p.t("footer", worker=doc.worker.short_name))
    return build_pdf(story, decor, p.t("title"), wide=True)
