"""Printing from the card: "Печать…" in each section, the preview rendered in the background, print, save."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from factories import PLAN_DATE, TODAY, Case, plan_item
from pdf_text import pages_text
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Contract, PlanVersion
from patronat_desktop.services import cases
from patronat_desktop.services.documents import print_case_document
from patronat_desktop.services.signing import plan_fingerprint
from patronat_desktop.ui.card.family_card import FamilyCard
from patronat_desktop.ui.card.plan_section import PlanSection
from patronat_desktop.ui.card.registry import default_sections
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.context import AppContext
from patronat_desktop.ui.documents.lists_dialog import PrintListsDialog
from patronat_desktop.ui.documents.print_preview_dialog import PrintPreviewDialog


def open_card(qtbot: QtBot, context: AppContext, family_id: uuid.UUID) -> FamilyCard:
    card = FamilyCard(context, default_sections())
    qtbot.addWidget(card)
    card.open_family(family_id)
    card.show()
    return card


def printable(card: FamilyCard) -> dict[str, CardSection]:
    return {s.print_kind: s for s in card.sections if s.print_kind}


def wait_ready(qtbot: QtBot, dialog: PrintPreviewDialog) -> None:
    qtbot.waitUntil(lambda: dialog.document.pageCount() > 0 or dialog.busy.isHidden(), timeout=20000)


def test_every_document_of_a_closed_case_has_an_enabled_print_button(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    card = open_card(qtbot, context, case_at(Stage.CLOSED).family_id)
    sections = printable(card)
    assert set(sections) == {"application", "survey", "plan", "contract", "visits", "summary"}
    for section in sections.values():
        assert section.print_button is not None and section.print_button.isEnabled()


def test_print_buttons_wait_for_their_documents(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    card = open_card(qtbot, context, case_at(Stage.SURVEY).family_id)
    enabled = {
        k: s.print_button is not None and s.print_button.isEnabled() for k, s in printable(card).items()
    }
    assert enabled == {
        "application": True,
        "survey": True,
        "plan": False,
        "contract": False,
        "visits": True,
        "summary": False,
    }


def test_preview_renders_in_background_then_saves_and_prints(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case], tmp_path: Path
) -> None:
    card = open_card(qtbot, context, case_at(Stage.PLAN).family_id)
    section = printable(card)["plan"]
    section.open_print_preview()
    dialog = section.preview_dialog
    assert dialog is not None
    assert not dialog.print_button.isEnabled()  # nothing to print until the PDF arrives
    wait_ready(qtbot, dialog)
    assert dialog.document.pageCount() == 1 and dialog.print_button.isEnabled()
    assert "ПЛАН ПАТРОНАТНОГО СОПРОВОЖДЕНИЯ" in pages_text(dialog.pdf)[0]

    target = tmp_path / "план"
    dialog.ask_save_path = lambda _parent, suggested: str(target)
    assert dialog.save_pdf() == tmp_path / "план.pdf"
    assert (tmp_path / "план.pdf").read_bytes() == dialog.pdf

    printed = tmp_path / "printed.pdf"

    def choose_pdf_printer(_parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    dialog.ask_printer = choose_pdf_printer
    assert dialog.print_document()
    assert len(pages_text(printed.read_bytes())) == 1

    dialog.ask_printer = lambda _parent, _printer: False  # cancelled in the system dialog
    assert not dialog.print_document()


def test_preview_in_belarusian(qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]) -> None:
    card = open_card(qtbot, context, case_at(Stage.CONTRACT).family_id)
    section = printable(card)["contract"]
    section.open_print_preview()
    dialog = section.preview_dialog
    assert dialog is not None
    wait_ready(qtbot, dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("be"))
    qtbot.waitUntil(lambda: "ДАГАВОР" in (pages_text(dialog.pdf)[0] if dialog.pdf else ""), timeout=20000)


def test_a_refused_document_shows_the_reason(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    family_id = case_at(Stage.SURVEY).family_id
    dialog = PrintPreviewDialog(
        context,
        "План",
        lambda s, lang: print_case_document(s, context.actor, "plan", family_id, lang),
        "plan.pdf",
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.busy.isHidden(), timeout=20000)
    assert "План патронатного сопровождения: документа ещё нет" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled()


def test_marking_the_family_signature_locks_the_plan_version(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    card = open_card(qtbot, context, case_at(Stage.PLAN).family_id)
    section = next(s for s in card.sections if isinstance(s, PlanSection))
    assert "Версия 1 ещё не подписана семьёй" in section.banner.text()
    assert section.sign_button.isEnabled()
    section.open_sign_dialog()
    dialog = section.sign_dialog
    assert dialog is not None
    dialog.save_and_close()
    with context.transaction() as s:
        version = s.scalars(select(PlanVersion)).one()
        fp = plan_fingerprint(version)
        assert version.signed_on is not None and version.fingerprint == fp
        assert s.scalars(select(Contract)).first() is None
    section = next(s for s in card.sections if isinstance(s, PlanSection))
    assert "Версия 1 подписана семьёй" in section.banner.text() and fp in section.banner.text()
    assert section.sign_button.isHidden()


def test_lists_dialog_previews_the_register_of_a_year(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case_at(Stage.PATRONAGE)
    dialog = PrintListsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.year_spin.value() == context.today().year and not dialog.week_edit.isEnabled()
    dialog.open_preview()
    preview = dialog.preview_dialog
    assert preview is not None
    qtbot.addWidget(preview)
    wait_ready(qtbot, preview)
    text = pages_text(preview.pdf)[0]
    assert "ЖУРНАЛ УЧЁТА СЕМЕЙ" in text and f"за {context.today().year} год" in text and "Петрова" in text


def test_lists_dialog_previews_a_workers_week(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    case_at(Stage.PATRONAGE)
    dialog = PrintListsDialog(context)
    qtbot.addWidget(dialog)
    dialog.weekly_radio.setChecked(True)
    assert dialog.week_edit.isEnabled() and not dialog.year_spin.isEnabled()
    assert dialog.worker_combo.currentData() == context.actor.worker_id
    dialog.open_preview()
    preview = dialog.preview_dialog
    assert preview is not None
    qtbot.addWidget(preview)
    wait_ready(qtbot, preview)
    assert "ЛИСТ ПОСЕЩЕНИЙ СЕМЕЙ" in pages_text(preview.pdf)[0]


def test_plan_section_prints_the_version_on_screen(
    qtbot: QtBot, context: AppContext, case_at: Callable[[Stage], Case]
) -> None:
    family_id = case_at(Stage.PLAN).family_id
    with context.transaction() as s:
        items = [plan_item(context.actor.worker_id, goal="Новая цель", deadline=date(2026, 6, 30))]
        cases.save_plan_version(s, context.actor, family_id, items, PLAN_DATE, "Пересмотр", today=TODAY)
    card = open_card(qtbot, context, family_id)
    section = next(s for s in card.sections if isinstance(s, PlanSection))
    section.version_combo.setCurrentIndex(section.version_combo.findData(1))
    section.open_print_preview()
    dialog = section.preview_dialog
    assert dialog is not None
    wait_ready(qtbot, dialog)
    text = pages_text(dialog.pdf)[0]
    assert "версия 1" in text and "Трудоустройство матери" in text and "Новая цель" not in text
