"""The family registry of a SQLite database read with the standard library, before SQLAlchemy is imported.

At start the window is shown first; importing SQLAlchemy and the models then takes most of a second on a
slow laptop. This reads the first screenful (the worker's centre and its registry) straight from the file
with ``sqlite3``, read-only, so the list is on screen and searchable while the database layer loads. It
answers only when the file is at this program's schema revision and holds a centre; in any other case
(missing file, older schema, first start, a lock, anything unexpected) it returns None and the start goes
the ordinary way. A test checks that it gives exactly what ``services.queries.list_families`` gives.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage, WorkerRole
from patronat_desktop.services.registry_rows import FamilyRow, RawFamily, assemble_rows, initials
from patronat_desktop.storage.schema import SCHEMA_REVISION

_FAMILIES = """
SELECT f.id, f.case_number, f.settlement, f.stage, f.responsible_worker_id,
       a.surname, a.name, a.patronymic, ap.date, mc.n
FROM family AS f
LEFT OUTER JOIN member AS a ON a.family_id = f.id AND a.is_applicant = 1
LEFT OUTER JOIN application AS ap ON ap.family_id = f.id
LEFT OUTER JOIN (SELECT family_id, count(*) AS n FROM member GROUP BY family_id) AS mc
    ON mc.family_id = f.id
WHERE f.centre_id = ?
ORDER BY f.case_year, f.case_seq
"""


@dataclass(frozen=True)
class QuickStart:
    """The signed-in worker (remembered or default) and the registry of their centre."""

    centre_id: uuid.UUID
    worker_id: uuid.UUID
    worker_name: str
    rows: list[FamilyRow]


def read_registry(path: Path, remembered_worker: uuid.UUID | None = None) -> QuickStart | None:
    """The registry of the file at path, or None when the ordinary start must decide (see the module)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return None
    try:
        return _read(conn, remembered_worker)
    except (sqlite3.Error, ValueError, KeyError):
        return None
    finally:
        conn.close()


def _read(conn: sqlite3.Connection, remembered_worker: uuid.UUID | None) -> QuickStart | None:
    versions = [v for (v,) in conn.execute("SELECT version_num FROM alembic_version")]
    if versions != [SCHEMA_REVISION]:
        return None
    workers = conn.execute(
        "SELECT id, surname, name, patronymic, centre_id, role, active FROM worker"
    ).fetchall()
    active = [w for w in workers if w[6]]
    # As services.startup.acting_worker: an enrolled laptop's own worker unless one was chosen.
    own = conn.execute("SELECT worker_id FROM sync_device WHERE is_self = 1").fetchone()
    remembered = remembered_worker.hex if remembered_worker is not None else own[0] if own else None
    chosen = next((w for w in active if w[0] == remembered), None)
    if chosen is None:
        # As services.startup.acting_worker: the first head, else the first worker, by surname and name.
        heads = [w for w in active if w[5] != WorkerRole.CASEWORKER.value]
        candidates = sorted(heads or active, key=lambda w: (w[1], w[2]))
        if not candidates:
            return None
        chosen = candidates[0]
    names = {w[0]: initials(w[1], w[2], w[3]) for w in workers}
    centre = chosen[4]
    # Ordered by start: a family's last period wins, as in list_families.
    periods = conn.execute("SELECT type, family_id FROM type_period ORDER BY start")
    types = {fid: PatronageType(t) for t, fid in periods}
    ground_ids = {gid: uuid.UUID(gid) for (gid,) in conn.execute("SELECT id FROM ground")}
    grounds: dict[str, set[uuid.UUID]] = {}
    for fid, gid in conn.execute("SELECT family_id, ground_id FROM family_ground"):
        grounds.setdefault(fid, set()).add(ground_ids[gid])
    families: list[RawFamily] = [
        (fid, number, settlement, Stage(stage), wid, surname, name, patronymic, _date(app_date), n)
        for fid, number, settlement, stage, wid, surname, name, patronymic, app_date, n in conn.execute(
            _FAMILIES, (centre,)
        )
    ]
    return QuickStart(
        centre_id=uuid.UUID(centre),
        worker_id=uuid.UUID(chosen[0]),
        worker_name=names[chosen[0]],
        rows=assemble_rows(families, names, types, grounds),
    )


def _date(raw: str | None) -> date | None:
    return date.fromisoformat(raw) if raw else None
