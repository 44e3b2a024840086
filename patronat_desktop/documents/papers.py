"""The application, the survey act, the contract and the closing summary of a family's case."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from patronat_desktop.documents.base import Paper, gap
from patronat_desktop.documents.data import ApplicationDoc, ContractDoc, SummaryDoc, SurveyDoc
from patronat_desktop.documents.layout import (
    HEADING,
    JUSTIFIED,
    RIGHT,
    SUBTITLE,
    TITLE,
    Signer,
    build_pdf,
    frame_width,
    labelled,
    para,
    place_and_date,
    short_name,
    signatures,
    table,
)
from patronat_desktop.i18n.dates import short_date


def application_pdf(doc: ApplicationDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The written application of the family, with the family's composition and consent."""
    p = Paper.load("application", lang, centre_dir)
    case = doc.case
    applicant = case.applicant.full_name if case.applicant else case.family_name
    story: list[Flowable] = [
        # Names are printed in the nominative only: "директору" + a name would need declension.
        para(p.t("addressee", centre_short_name=doc.centre.short_name or doc.centre.name), RIGHT),
        para(
            p.t(
                "sender",
                applicant=applicant,
                birth_date=short_date(doc.applicant_birth_date),
                address=case.address,
            )
            + (", " + p.common.text("phone", phone=case.phone) if case.phone else ""),
            RIGHT,
        ),
        gap(10),
        *p.title_block(),
        para(p.t("body"), JUSTIFIED),
    ]
    if doc.request_text.strip():
        story.append(labelled(p.t("request"), doc.request_text))
    if doc.grounds:
        story.append(para(p.t("grounds"), HEADING))
        story += [para(f"— {g}") for g in doc.grounds]
    story += [para(p.t("members"), HEADING), p.members_table(doc.members), gap(8)]
    story.append(para(p.t("consent"), JUSTIFIED))
    story.append(
        signatures(
            p.common,
            [Signer.of(p.t("applicant_role"), case.applicant)],
            frame_width(),
        )
    )
    story.append(gap(8))
    story.append(para(p.t("registered", number=doc.number, date=p.words(doc.date))))
    received = doc.received_by
    story.append(
        signatures(
            p.common,
            [Signer.of(p.t("received_role"), received, p.words(doc.date))],
            frame_width(),
        )
    )
    return build_pdf(story, p.case_decor(doc.centre, case), p.t("title"))


def survey_pdf(doc: SurveyDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The act of the survey of the family's material and living conditions."""
    p = Paper.load("survey", lang, centre_dir)
    case = doc.case
    story: list[Flowable] = [
        *p.title_block(p.t("subtitle"), p.common.text("case", case_number=case.case_number)),
        para(p.t("intro", date=p.words(doc.date), surveyors=doc.surveyors), JUSTIFIED),
        *p.family_block(case),
        para(p.t("members"), HEADING),
        p.members_table(doc.members),
        gap(),
        labelled(p.t("housing_type"), doc.housing_type),
        labelled(p.t("housing_condition"), doc.housing_condition),
        labelled(p.t("amenities"), doc.amenities),
        labelled(p.t("income_sources"), doc.income_sources),
        labelled(p.t("total_income"), doc.total_income),
        labelled(p.t("per_capita_income"), doc.per_capita_income),
        labelled(p.t("conclusion"), doc.conclusion),
    ]
    worker = case.worker
    story.append(
        signatures(
            p.common,
            [
                Signer.of(p.t("surveyor_role"), worker, p.words(doc.date)),
                Signer.of(p.t("family_role"), case.applicant),
            ],
            frame_width(),
        )
    )
    return build_pdf(story, p.case_decor(doc.centre, case), p.t("title"))


def contract_pdf(doc: ContractDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The contract of free-of-charge social services, tied by its footer to one signed version."""
    p = Paper.load("contract", lang, centre_dir)
    case = doc.case
    values = {
        "number": doc.number,
        "form": doc.form,
        "term_start": p.words(doc.term_start),
        "term_end": p.words(doc.term_end),
    }
    story: list[Flowable] = [
        para(p.t("title", **values), TITLE),
        para(p.t("subtitle"), SUBTITLE),
        place_and_date(doc.centre.settlement, p.words(doc.date), frame_width()),
        gap(),
        para(
            p.t(
                "preamble",
                centre_name=doc.centre.name,
                head_name=doc.centre.head_name,
                client=doc.client.full_name,
                address=case.address,
            ),
            JUSTIFIED,
        ),
    ]
    sections = [
        [para(str(s["heading"]).format_map(values), HEADING)]
        + [para(str(c).format_map(values), JUSTIFIED) for c in s["clauses"]]
        for s in p.own.raw("sections")
    ]
    for section in sections[:-1]:
        story += section
    signed_on = p.words(doc.signature.signed_on) if doc.signature else ""
    story.append(
        signatures(
            p.common,
            [
                Signer(p.t("executor_role"), short_name(doc.centre.head_name), doc.centre.name, signed_on),
                Signer(p.t("client_role"), doc.client.short_name, "", signed_on),
            ],
            frame_width(),
            p.t("parties"),
            before=sections[-1],  # never a page of signatures alone
        )
    )
    middle = p.version_line(doc.version_no, doc.fingerprint, doc.signature)
    return build_pdf(story, p.case_decor(doc.centre, case, middle), p.t("title", **values))


def summary_pdf(doc: SummaryDoc, lang: str = "ru", centre_dir: Path | None = None) -> bytes:
    """The closing summary: dynamics, each plan goal against its result, outcome and decision."""
    p = Paper.load("summary", lang, centre_dir)
    case = doc.case
    width = frame_width()
    story: list[Flowable] = [
        *p.title_block(p.t("subtitle"), p.common.text("case", case_number=case.case_number)),
        *p.family_block(case),
        para(p.t("period", start=p.words(doc.period_start), end=p.words(doc.date))),
        labelled(p.t("reason"), doc.reason),
    ]
    if doc.reason_note.strip():
        story.append(labelled(p.t("reason_note"), doc.reason_note))
    story += [
        para(p.t("visits", count=doc.visits)),
        para(p.t("dynamics"), HEADING),
        para(doc.dynamics, JUSTIFIED),
        para(p.t("goals"), HEADING),
    ]
    if doc.goals:
        story.append(
            table(
                p.own.raw("columns"),
                [[str(i), g.goal, g.measure, g.result] for i, g in enumerate(doc.goals, 1)],
                [width * f for f in (0.06, 0.30, 0.30, 0.34)],
            )
        )
    else:
        story.append(para(p.t("no_goals")))
    story += [
        gap(),
        labelled(p.t("outcome"), doc.outcome),
        labelled(p.t("decision"), doc.decision),
    ]
    worker = case.worker
    story.append(
        signatures(
            p.common,
            [
                Signer.of(p.t("specialist_role"), worker, p.words(doc.date)),
                Signer(p.t("head_role"), ""),
                Signer.of(p.t("family_role"), case.applicant),
            ],
            width,
        )
    )
    return build_pdf(story, p.case_decor(doc.centre, case), p.t("title"))
