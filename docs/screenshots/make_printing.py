"""Regenerate the screenshots of printing: the preview, the signature mark, the lists of the centre.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_printing.py

Everything happens in a temporary database with the cases of tests/factories.py (working date 20.05.2026).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests"))

from factories import TODAY, walk  # noqa: E402
from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from patronat_desktop.domain.vocab import Stage  # noqa: E402
from patronat_desktop.services.base import Actor  # noqa: E402
from patronat_desktop.services.reference import create_centre  # noqa: E402
from patronat_desktop.services.signing import mark_plan_signed  # noqa: E402
from patronat_desktop.services.startup import open_database  # noqa: E402
from patronat_desktop.ui.app import install_translators  # noqa: E402
from patronat_desktop.ui.card.contract_section import ContractSection  # noqa: E402
from patronat_desktop.ui.card.family_card import FamilyCard  # noqa: E402
from patronat_desktop.ui.card.plan_section import PlanSection  # noqa: E402
from patronat_desktop.ui.context import AppContext  # noqa: E402
from patronat_desktop.ui.documents.lists_dialog import PrintListsDialog  # noqa: E402

SIZE = (1366, 700)


def settle(app: QApplication, widget: QWidget, rounds: int = 5) -> None:
    widget.show()
    for _ in range(rounds):
        app.processEvents()


def main() -> None:
    app = QApplication([])
    install_translators(app, "ru")
    with tempfile.TemporaryDirectory() as folder:
        database, _ = open_database(Path(folder) / "screenshots.sqlite3")
        try:
            with database.transaction() as s:
                actor = Actor.of(
                    create_centre(
                        s, "ТЦСОН Тестового района", "Тестовый", "Минская", "Иванова", "Анна", "Петровна"
                    )
                )
            context = AppContext(database, actor, "Иванова А.П.", today=TODAY)
            unsigned = walk(database, actor, Stage.PLAN)
            signed = walk(database, actor, Stage.PATRONAGE, application_number="2")
            with database.transaction() as s:
                mark_plan_signed(s, actor, signed.family_id, date(2026, 3, 10), "Петрова О.И.", today=TODAY)

            card = FamilyCard(context, [PlanSection, ContractSection])
            card.resize(*SIZE)
            card.open_family(signed.family_id)
            settle(app, card)
            card.grab().save(str(HERE / "card-plan-signed.png"))
            card.tabs.setCurrentIndex(1)
            settle(app, card)
            card.grab().save(str(HERE / "card-contract-signed.png"))
            contract = card.sections[1]
            assert isinstance(contract, ContractSection)
            contract.open_amend_dialog()
            assert contract.amend_dialog is not None
            contract.amend_dialog.end_edit.setDate(QDate(2026, 9, 30))
            settle(app, contract.amend_dialog)
            contract.amend_dialog.grab().save(str(HERE / "contract-amend-dialog.png"))
            contract.amend_dialog.save_and_close()
            settle(app, card)
            card.grab().save(str(HERE / "card-contract-version-2.png"))
            card.close()

            card = FamilyCard(context, [PlanSection, ContractSection])
            card.resize(*SIZE)
            card.open_family(unsigned.family_id)
            settle(app, card)
            plan = card.sections[0]
            assert isinstance(plan, PlanSection)
            plan.open_sign_dialog()
            assert plan.sign_dialog is not None
            settle(app, plan.sign_dialog)
            plan.sign_dialog.grab().save(str(HERE / "signature-dialog.png"))
            plan.sign_dialog.close()

            plan.open_print_preview()
            preview = plan.preview_dialog
            assert preview is not None
            preview.resize(1000, 700)
            settle(app, preview)
            # The PDF arrives from the background, then the viewer renders its pages on threads of its own.
            deadline = time.monotonic() + 10
            while preview.document.pageCount() == 0 and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.02)
            for _ in range(100):
                app.processEvents()
                time.sleep(0.02)
            preview.grab().save(str(HERE / "print-preview.png"))
            preview.close()
            card.close()

            lists = PrintListsDialog(context)
            lists.weekly_radio.setChecked(True)
            settle(app, lists)
            lists.grab().save(str(HERE / "print-lists.png"))
            lists.close()
        finally:
            database.dispose()


if __name__ == "__main__":
    main()
