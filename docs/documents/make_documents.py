"""Render every printed document for a family of the demo data, as PDF and as PNG pages (pdftoppm -r 70).

    .venv/bin/python docs/documents/make_documents.py

Writes docs/documents/<name>-<page>.png (the PDFs go to a temporary folder). The family is the first closed
case of the demo district (seed 3, 40 families), so every document of its case exists; the 25-item plan is
that family's plan with its rows repeated to 25, to show a table crossing pages.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select

from patronat_desktop.cli import main as cli
from patronat_desktop.documents.render import CASE_KINDS, render
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.models import Family, Worker
from patronat_desktop.services.base import Actor
from patronat_desktop.services.documents import case_document, register_doc, weekly_doc
from patronat_desktop.storage.db import Database

HERE = Path(__file__).resolve().parent
TODAY = "2026-11-20"


def png(pdf: bytes, name: str, work: Path) -> None:
    path = work / f"{name}.pdf"
    path.write_bytes(pdf)
    for old in HERE.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(path), str(HERE / name)], check=True)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db_path = work / "demo.sqlite3"
        assert cli(["--db", str(db_path), "demo", "--families", "40", "--seed", "3", "--today", TODAY]) == 0
        database = Database.open(f"sqlite:///{db_path}")
        with database.transaction() as s:
            family = s.scalars(
                select(Family).where(Family.stage == Stage.CLOSED).order_by(Family.case_number)
            ).first()
            assert family is not None
            actor = Actor(None, family.centre_id)
            for kind in CASE_KINDS:
                png(render(kind, case_document(s, actor, kind, family.id)), kind, work)
            plan = case_document(s, actor, "plan", family.id)
            png(render("plan", plan, "be"), "plan-be", work)
            png(render("contract", case_document(s, actor, "contract", family.id), "be"), "contract-be", work)
            rows = [
                replace(row, goal=f"{row.goal} (мероприятие {i + 1})")
                for i, row in enumerate((plan.rows * 25)[:25])
            ]
            png(render("plan", replace(plan, rows=rows)), "plan-25-items", work)
            png(render("register", register_doc(s, actor, 2025)), "register", work)
            worker = s.scalars(select(Worker).where(Worker.login == "sw01")).one()
            png(render("weekly", weekly_doc(s, actor, worker.id, date.fromisoformat(TODAY))), "weekly", work)
        database.dispose()
    # The register runs to many pages: keep the first two and the last as pictures.
    register_pages = sorted(HERE.glob("register-*.png"))
    for page in register_pages[2:-1]:
        page.unlink()
    print(f"{len(list(HERE.glob('*.png')))} pictures in {HERE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
