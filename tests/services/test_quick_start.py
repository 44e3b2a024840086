"""The registry read with plain sqlite3 at start must be exactly the registry the services read."""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from patronat_desktop.models import Worker
from patronat_desktop.services.demo import load_demo
from patronat_desktop.services.queries import list_families
from patronat_desktop.services.quick_start import read_registry
from patronat_desktop.services.startup import default_worker
from patronat_desktop.storage.db import Database, sqlite_path


@pytest.fixture
def demo_db(tmp_path: Path, sqlite_template: Path) -> Database:
    path = tmp_path / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    database = Database.open(f"sqlite:///{path}")
    with database.transaction() as session:
        load_demo(session, families=60, seed=3)
    return database


def _path(database: Database) -> Path:
    path = sqlite_path(database.engine.url)
    assert path is not None
    return path


def test_quick_registry_equals_the_services_registry(demo_db: Database) -> None:
    quick = read_registry(_path(demo_db))
    assert quick is not None
    worker = default_worker(demo_db)
    assert worker is not None
    assert (quick.worker_id, quick.centre_id, quick.worker_name) == (
        worker.id,
        worker.centre_id,
        worker.short_name,
    )
    with demo_db.sessions() as session:
        expected = list_families(session, worker.centre_id)
    assert len(expected) == 60
    assert quick.rows == expected


def test_quick_registry_uses_the_remembered_worker_if_active(demo_db: Database) -> None:
    with demo_db.sessions() as session:
        caseworkers = session.query(Worker).filter(Worker.role == "caseworker")
        caseworker = caseworkers.order_by(Worker.surname).first()
        assert caseworker is not None
        wanted = (caseworker.id, caseworker.short_name)
    quick = read_registry(_path(demo_db), remembered_worker=wanted[0])
    assert quick is not None
    assert (quick.worker_id, quick.worker_name) == wanted
    with demo_db.transaction() as session:
        session.get_one(Worker, wanted[0]).active = False
    quick = read_registry(_path(demo_db), remembered_worker=wanted[0])
    assert quick is not None
    assert quick.worker_id != wanted[0]


def test_quick_registry_declines_other_schema_revisions(demo_db: Database) -> None:
    with demo_db.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert read_registry(_path(demo_db)) is None


def test_quick_registry_declines_a_database_without_workers(sqlite_db: Database) -> None:
    assert read_registry(_path(sqlite_db)) is None


def test_quick_registry_declines_missing_and_foreign_files(tmp_path: Path) -> None:
    assert read_registry(tmp_path / "absent.sqlite3") is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    assert read_registry(junk) is None
    assert not (tmp_path / "absent.sqlite3").exists()


def test_quick_registry_never_writes(demo_db: Database) -> None:
    path = _path(demo_db)
    demo_db.dispose()
    before = path.read_bytes()
    assert read_registry(path, remembered_worker=uuid.uuid4()) is not None
    assert path.read_bytes() == before


def test_an_enrolled_laptop_opens_as_its_own_worker_not_the_first_head(
    demo_db: Database, tmp_path: Path, sqlite_template: Path
) -> None:
    from patronat_desktop.services.enrol import enrol_laptop, init_centre, write_enrolment

    with demo_db.transaction() as session:
        init_centre(session, "")
        caseworker = session.scalars(select(Worker).where(Worker.role == "caseworker")).first()
        assert caseworker is not None
        write_enrolment(session, caseworker, tmp_path / "enrol.pte")
    laptop_path = tmp_path / "laptop.sqlite3"
    shutil.copy(sqlite_template, laptop_path)
    laptop = Database.open(f"sqlite:///{laptop_path}")
    try:
        with laptop.transaction() as session:
            enrol_laptop(session, tmp_path / "enrol.pte")
        head = default_worker(demo_db)
        assert head is not None and head.role != "caseworker"  # the centre still opens as its head

        worker = default_worker(laptop)
        quick = read_registry(laptop_path)

        assert worker is not None and worker.id == caseworker.id
        assert quick is not None and quick.worker_id == caseworker.id
    finally:
        laptop.dispose()
