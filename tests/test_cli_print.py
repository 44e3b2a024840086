"""`patronat print`: every document of a demo case, the register of a year, refusals with exit code 2."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "documents"))
from pdf_text import fonts, pages_text

from patronat_desktop.cli import main

TODAY = "2026-05-15"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("print") / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--families", "30", "--seed", "2", "--today", TODAY]) == 0
    return db


def _closed_case(db: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    capsys.readouterr()
    assert main(["--db", str(db), "families", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    return next(r for r in rows if r["stage"] == "closed")


@pytest.mark.parametrize("kind", ["application", "survey", "plan", "contract", "visits", "summary"])
def test_print_each_case_document(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    case = _closed_case(demo, capsys)
    out = tmp_path / f"{kind}.pdf"
    assert main(["--db", str(demo), "print", kind, "--case", case["case_number"], "--out", str(out)]) == 0
    assert "Документ сохранён" in capsys.readouterr().out
    pdf = out.read_bytes()
    text = " ".join(pages_text(pdf))
    assert f"Дело № {case['case_number']}" in text
    assert all(fonts(pdf).values())


def test_print_register_of_a_year(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    assert main(["--db", str(demo), "print", "register", "--year", "2025", "--out", str(out)]) == 0
    pages = pages_text(out.read_bytes())
    assert "ЖУРНАЛ УЧЁТА СЕМЕЙ" in pages[0] and "за 2025 год" in pages[0]
    assert f"стр. {len(pages)} из {len(pages)}" in pages[-1]


def test_print_in_belarusian(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = _closed_case(demo, capsys)
    out = tmp_path / "plan.pdf"
    args = [
        "--db",
        str(demo),
        "print",
        "plan",
        "--case",
        case["case_number"],
        "--lang",
        "be",
        "--out",
        str(out),
    ]
    assert main(args) == 0
    assert "ПЛАН ПАТРАНАТНАГА СУПРАВАДЖЭННЯ" in pages_text(out.read_bytes())[0]


def test_print_refusals_exit_with_2(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["--db", str(demo), "print", "plan", "--case", "1999/999", "--out", str(out)]) == 2
    assert "Дело № 1999/999 не найдено" in capsys.readouterr().err
    assert main(["--db", str(demo), "print", "register", "--out", str(out)]) == 2
    assert "укажите год" in capsys.readouterr().err
    assert not out.exists()


def test_broken_centre_template_is_a_clear_refusal(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = _closed_case(demo, capsys)
    (tmp_path / "tpl" / "ru").mkdir(parents=True)
    (tmp_path / "tpl" / "ru" / "plan.toml").write_text('title = "ПЛАН\n', encoding="utf-8")
    args = [
        "--db",
        str(demo),
        "print",
        "plan",
        "--case",
        case["case_number"],
        "--out",
        str(tmp_path / "p.pdf"),
    ]
    assert main([*args, "--templates", str(tmp_path / "tpl")]) == 2
    err = capsys.readouterr().err
    assert "plan.toml" in err and "строка 1" in err
