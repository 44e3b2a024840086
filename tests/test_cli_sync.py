"""The headless sync commands, in the order a script (and the acceptance test) runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sync.network import snapshot  # tests/sync/network.py

from patronat_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def families(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, Any]]:
    code, out, _ = run(capsys, "--db", str(db), "families", "list", "--json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def test_centre_two_laptops_edits_conflict_and_return(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c, l1, l2 = (str(tmp_path / n) for n in ("centre.db", "l1.db", "l2.db"))
    assert run(capsys, "--db", c, "centre", "init", "--name", "ТЦСОН Копыльского района")[0] == 0
    for login, db in (("ivanova", l1), ("petrova", l2)):
        enrol = str(tmp_path / f"{login}.pte")
        assert (
            run(
                capsys,
                "--db",
                c,
                "worker",
                "add",
                "--name",
                "Иванова Анна",
                "--login",
                login,
                "--enrol-out",
                enrol,
            )[0]
            == 0
        )
        assert run(capsys, "--db", db, "enrol", enrol)[0] == 0
    # a return bundle before the laptop ever sent one
    assert (
        run(capsys, "--db", c, "sync", "export", "--worker", "ivanova", "--out", str(tmp_path / "r0.ptb"))[0]
        == 0
    )
    assert run(capsys, "--db", l1, "sync", "import", str(tmp_path / "r0.ptb"))[0] == 0
    assert run(capsys, "--db", l1, "demo", "--families", "4", "--seed", "1")[0] == 0
    assert run(capsys, "--db", l2, "demo", "--families", "3", "--seed", "2")[0] == 0
    mine = families(capsys, l1)
    assert len(mine) == 4
    case = next(f for f in mine if f["stage"] not in ("closed",))
    for n, db in ((1, l1), (2, l2)):
        out = str(tmp_path / f"b{n}.ptb")
        assert run(capsys, "--db", db, "sync", "export", "--out", out)[0] == 0
        code, text, _ = run(capsys, "--db", c, "sync", "import", out, "--dry-run")
        assert code == 0 and "Новые семьи" in text
        assert run(capsys, "--db", c, "sync", "import", out)[0] == 0
        code, text, _ = run(capsys, "--db", c, "sync", "import", out)
        assert code == 0 and "уже импортирован" in text
    at_centre = families(capsys, c)
    assert len(at_centre) == 7
    assert len({f["case_number"] for f in at_centre}) == 7  # numbers given twice offline were renumbered
    # the same field changed on the laptop and at the centre
    assert run(capsys, "--db", l1, "family", "set", case["id"], "phone=+375291111111")[0] == 0
    assert run(capsys, "--db", c, "family", "set", case["id"], "phone=+375292222222")[0] == 0
    assert (
        run(capsys, "--db", l1, "visit", "add", case["id"], "--date", "2026-11-20", "--kind", "home")[0] == 0
    )
    assert run(capsys, "--db", l1, "sync", "export", "--out", str(tmp_path / "b3.ptb"))[0] == 0
    assert run(capsys, "--db", c, "sync", "import", str(tmp_path / "b3.ptb"))[0] == 0
    code, out, _ = run(capsys, "--db", c, "sync", "conflicts", "--json")
    conflicts = json.loads(out)
    assert code == 0 and len(conflicts) == 1
    assert {v["value"] for v in conflicts[0]["values"]} == {"+375291111111", "+375292222222"}
    assert (
        run(capsys, "--db", c, "sync", "export", "--worker", "ivanova", "--out", str(tmp_path / "r1.ptb"))[0]
        == 0
    )
    assert run(capsys, "--db", l1, "sync", "import", str(tmp_path / "r1.ptb"))[0] == 0
    code, out, _ = run(capsys, "--db", l1, "sync", "conflicts", "--json")
    assert len(json.loads(out)) == 1
    phone = {f["id"]: f["phone"] for f in families(capsys, l1)}[case["id"]]
    assert phone == {f["id"]: f["phone"] for f in families(capsys, c)}[case["id"]]
    # a bundle for the other laptop is refused and changes nothing
    before = snapshot(Path(l2))
    code, _, err = run(capsys, "--db", l2, "sync", "import", str(tmp_path / "r1.ptb"))
    assert code != 0 and err.strip() and "\n" not in err.strip()
    assert snapshot(Path(l2)) == before


def test_two_laptops_with_the_same_demo_seed_make_different_families(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    c = str(tmp_path / "centre.db")
    assert run(capsys, "--db", c, "centre", "init", "--name", "ТЦСОН")[0] == 0
    for login in ("ivanova", "petrova"):
        db, enrol, out = (str(tmp_path / f"{login}.{ext}") for ext in ("db", "pte", "ptb"))
        assert (
            run(capsys, "--db", c, "worker", "add", "--name", login, "--login", login, "--enrol-out", enrol)[
                0
            ]
            == 0
        )
        assert run(capsys, "--db", db, "enrol", enrol)[0] == 0
        assert run(capsys, "--db", db, "demo", "--families", "3", "--seed", "1")[0] == 0
        assert run(capsys, "--db", db, "sync", "export", "--out", out)[0] == 0
        assert run(capsys, "--db", c, "sync", "import", out)[0] == 0
    rows = families(capsys, c)
    assert len(rows) == 6 and len({r["id"] for r in rows}) == 6
    code, out, _ = run(capsys, "--db", c, "sync", "conflicts", "--json")
    assert code == 0 and json.loads(out) == []
