"""The `patronat` console commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from patronat_desktop.cli import main

TODAY = "2026-05-15"


def _demo(db: Path, families: int = 40, seed: int = 1) -> int:
    return main(["--db", str(db), "demo", "--families", str(families), "--seed", str(seed), "--today", TODAY])


def _list_json(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--db", str(db), "families", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list)
    return data


def test_demo_then_list_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite3"
    assert _demo(db, families=40) == 0
    out = capsys.readouterr().out
    assert "Демонстрационные данные загружены" in out
    assert "семей: 40" in out
    rows = _list_json(db, capsys)
    assert len(rows) == 40
    assert {"id", "case_number", "applicant", "stage", "patronage_type", "worker", "members"} <= set(rows[0])
    assert all(isinstance(r["case_number"], str) and r["applicant"] for r in rows)


def test_same_seed_same_output_different_seed_different(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        db = tmp_path / f"{name}.sqlite3"
        assert _demo(db, families=30, seed=seed) == 0
        capsys.readouterr()
        assert main(["--db", str(db), "families", "list", "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert outputs[0] != outputs[2]


def test_demo_refuses_zero_families(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "zero.sqlite3"
    assert _demo(db, families=0) == 2
    captured = capsys.readouterr()
    assert "Число семей" in captured.err
    assert captured.out == ""
    assert not db.exists()  # refused before the database was created


def test_demo_refuses_a_non_empty_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "twice.sqlite3"
    assert _demo(db, families=10) == 0
    assert _demo(db, families=10) == 2
    assert "пуст" in capsys.readouterr().err
    assert len(_list_json(db, capsys)) == 10


def test_bad_arguments_exit_with_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "x.sqlite3"), "demo", "--families", "10"]) == 2  # no --seed
    assert (
        main(
            [
                "--db",
                str(tmp_path / "x.sqlite3"),
                "demo",
                "--families",
                "3",
                "--seed",
                "1",
                "--today",
                "15.05",
            ]
        )
        == 2
    )
    assert main([]) == 2
    capsys.readouterr()


def test_plain_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "t.sqlite3"
    assert _demo(db, families=25) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "families", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Номер")
    assert "Заявитель" in lines[0]
    assert set(lines[1]) <= {"-", " "}
    assert len(lines) == 2 + 25 + 1
    assert lines[-1] == "Всего семей: 25"


def test_db_upgrade_and_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "info.sqlite3"
    assert main(["--db", str(db), "db", "upgrade"]) == 0
    assert "ревизия" in capsys.readouterr().out
    assert _demo(db, families=12) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "db", "info"]) == 0
    out = capsys.readouterr().out
    assert str(db) in out
    assert "Ревизия схемы:" in out
    assert "Семей: 12" in out


def test_db_info_hides_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    from patronat_desktop.storage.db import resolve_url

    url = resolve_url("postgresql+psycopg://user:secret@localhost/patronat")
    assert "secret" not in url.render_as_string(hide_password=True)


def test_database_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "env.sqlite3"
    monkeypatch.setenv("PATRONAT_DB", str(db))
    assert main(["demo", "--families", "8", "--seed", "2", "--today", TODAY]) == 0
    capsys.readouterr()
    assert main(["families", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 8
    assert db.exists()


def test_runs_as_a_module(tmp_path: Path) -> None:
    db = tmp_path / "module.sqlite3"
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    env.pop("PATRONAT_DB", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "patronat_desktop.cli",
            "--db",
            str(db),
            "demo",
            "--families",
            "0",
            "--seed",
            "1",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Число семей" in done.stderr


# -- due (the Today agenda) -------------------------------------------------------------------------------


def _due_json(db: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["--db", str(db), "due", "--date", TODAY, "--json", *extra]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, dict)
    return data


def test_due_json_lists_every_section_and_a_worker_sees_a_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "due.sqlite3"
    assert _demo(db, families=60) == 0
    whole = _due_json(db, capsys)
    assert whole["date"] == TODAY and whole["worker"] is None
    sections = whole["sections"]
    assert [s["key"] for s in sections] == [
        "missed_norm",
        "overdue_survey",
        "at_risk",
        "visit_due",
        "plan_item_due",
        "contract_ending",
        "visited_today",
    ]
    total = sum(s["count"] for s in sections)
    assert total > 0
    entry = next(e for s in sections for e in s["entries"])
    assert {"family_id", "case_number", "family", "settlement", "due", "what", "section"} <= set(entry)
    mine = _due_json(db, capsys, "--worker", "sw01")
    mine_total = sum(s["count"] for s in mine["sections"])
    assert 0 < mine_total < total
    assert {e["worker_id"] for s in mine["sections"] for e in s["entries"]} == {mine["worker_id"]}


def test_due_text_is_russian_and_unknown_login_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "due_text.sqlite3"
    assert _demo(db, families=20) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "due", "--date", TODAY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("На 15.05.2026 — ")
    assert main(["--db", str(db), "due", "--date", TODAY, "--worker", "nobody"]) == 2
    assert "логин «nobody» не найден" in capsys.readouterr().err
