"""The centre on SQLite and on a real PostgreSQL server: a laptop bundle in, a conflict, a return bundle."""

from __future__ import annotations

from pathlib import Path

from network import TODAY, Node, set_phone

from patronat_desktop.services import enrol as E
from patronat_desktop.services import sync as S
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database


def test_centre_database_of_either_kind_takes_a_laptop(db: Database, tmp_path: Path) -> None:
    centre = Node("centre", tmp_path / "unused", db)
    centre.write(lambda s: E.init_centre(s, "ТЦСОН"))
    actor = centre.actor()
    centre.write(
        lambda s: E.add_worker_with_enrolment(s, actor, "Иванова Анна", "ivanova", tmp_path / "e.pte")
    )
    laptop_db, _ = open_database(tmp_path / "laptop.sqlite3")
    laptop = Node("laptop", tmp_path / "laptop.sqlite3", laptop_db, "ivanova")
    try:
        laptop.write(lambda s: E.enrol_laptop(s, tmp_path / "e.pte"))
        laptop.write(lambda s: E.demo_for_worker(s, 3, 5, TODAY))
        laptop.write(lambda s: S.export_for_centre(s, tmp_path / "b1.ptb"))
        report = centre.write(lambda s: S.import_bundle(s, tmp_path / "b1.ptb"))
        assert report.status == "applied" and report.families_created == 3
        fid = laptop.open_families()[0]
        set_phone(laptop, fid, "+375 29 101-01-01")
        set_phone(centre, fid, "+375 29 202-02-02")
        laptop.write(lambda s: S.export_for_centre(s, tmp_path / "b2.ptb"))
        assert centre.write(lambda s: S.import_bundle(s, tmp_path / "b2.ptb")).conflicts == 1
        centre.write(lambda s: S.export_return(s, "ivanova", tmp_path / "r1.ptb"))
        assert laptop.write(lambda s: S.import_bundle(s, tmp_path / "r1.ptb")).conflicts == 1
        assert sorted(centre.open_families()) == sorted(laptop.open_families())
        again = centre.write(lambda s: S.import_bundle(s, tmp_path / "b2.ptb"))
        assert again.status == "already_imported"
    finally:
        laptop_db.dispose()
