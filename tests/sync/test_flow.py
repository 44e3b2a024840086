"""Bundles between laptops and the centre: round trips, refusals that change nothing, merge and conflicts."""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from network import Network, Node, family_state, open_conflicts, reseal, set_phone, snapshot
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from patronat_desktop.domain.validation import MemberData, VisitData
from patronat_desktop.domain.vocab import VisitKind
from patronat_desktop.models import Family, Member, SyncDevice, Visit, Worker
from patronat_desktop.services import cases
from patronat_desktop.services import enrol as E
from patronat_desktop.services import sync as S
from patronat_desktop.services.startup import open_database
from patronat_desktop.sync import bundle as B
from patronat_desktop.sync import tables as T
from patronat_desktop.sync.capture import Pending, capture_off, record


def phone_of(node: Node, family_id: str) -> str:
    return node.read(lambda s: s.get(Family, uuid.UUID(family_id)).phone)  # type: ignore[union-attr]


def refused(node: Node, data: bytes, tmp_path: Path, code: str) -> S.SyncRefused:
    """Import ``data`` into ``node``: it must be refused with ``code`` and leave the database as it was."""
    before = snapshot(node.path)
    path = tmp_path / f"refused-{uuid.uuid4().hex[:6]}.ptb"
    path.write_bytes(data)
    with pytest.raises(S.SyncRefused) as caught:
        node.write(lambda s: S.import_bundle(s, path))
    assert caught.value.code == code, str(caught.value)
    preview = node.read(lambda s: S.preview_import(s, path))
    assert not preview.ok and preview.refusal
    assert snapshot(node.path) == before
    return caught.value


def test_laptop_edit_reaches_centre_and_the_same_bundle_twice_changes_nothing(net: Network) -> None:
    laptop = net.laptops[0]
    fid = laptop.open_families()[0]
    set_phone(laptop, fid, "+375 29 111-11-11")
    bundle = net.up(laptop)
    preview = net.centre.read(lambda s: S.preview_import(s, bundle))
    assert preview.ok and [str(f.family_id) for f in preview.families_updated] == [fid]
    assert phone_of(net.centre, fid) != "+375 29 111-11-11"  # the dry run wrote nothing
    report = net.centre.write(lambda s: S.import_bundle(s, bundle))
    assert report.status == "applied" and report.applied == 1
    assert phone_of(net.centre, fid) == "+375 29 111-11-11"
    before = snapshot(net.centre.path)
    again = net.centre.write(lambda s: S.import_bundle(s, bundle))
    assert again.status == "already_imported"
    assert again.message.startswith("Пакет уже импортирован ")
    assert snapshot(net.centre.path) == before


def test_bundle_holds_no_clear_text_identity(net: Network) -> None:
    laptop = net.laptops[0]
    bundle = net.up(laptop).read_bytes()
    me = laptop.read(lambda s: S.own_device(s))
    assert me is not None
    for secret in (me.id.bytes, me.id.hex.encode(), b"sw1", "Работник1".encode(), str(me.centre_id).encode()):
        assert secret not in bundle
    assert bundle[:4] == B.MAGIC


def test_newer_bundle_replaces_an_older_one_in_any_order(net: Network) -> None:
    laptop = net.laptops[1]
    fid = laptop.open_families()[0]
    set_phone(laptop, fid, "+375 29 000-00-01")
    older = net.up(laptop)
    set_phone(laptop, fid, "+375 29 000-00-02")
    newer = net.up(laptop)
    net.centre.write(lambda s: S.import_bundle(s, newer))
    report = net.centre.write(lambda s: S.import_bundle(s, older))  # older, arriving late: only duplicates
    assert report.status == "applied" and report.applied == 0 and report.duplicates == 1
    assert phone_of(net.centre, fid) == "+375 29 000-00-02"


def test_concurrent_edit_is_kept_as_conflict_and_resolution_travels(net: Network) -> None:
    laptop = net.laptops[0]
    fid = laptop.open_families()[0]
    set_phone(laptop, fid, "+375 29 100-00-00")
    set_phone(net.centre, fid, "+375 29 200-00-00")
    net.sync(laptop)
    fams = set(laptop.families())
    assert family_state(laptop, fams) == family_state(net.centre, fams)
    conflicts = net.centre.read(lambda s: S.list_conflicts(s))
    assert len(conflicts) == 1 and conflicts[0].field == "phone"
    values = {v.value for v in conflicts[0].values}
    assert values == {"+375 29 100-00-00", "+375 29 200-00-00"}
    assert open_conflicts(laptop, fams) == open_conflicts(net.centre, fams)
    shown = next(v.value for v in conflicts[0].values if v.shown)
    assert phone_of(net.centre, fid) == shown == phone_of(laptop, fid)
    # resolved on the laptop with the laptop's value: travels, and conflicts nowhere again
    mine = next(i for i, v in enumerate(conflicts[0].values) if v.value == "+375 29 100-00-00")
    laptop_conflict = laptop.read(lambda s: S.list_conflicts(s))[0]
    choice = next(i for i, v in enumerate(laptop_conflict.values) if v.value == "+375 29 100-00-00")
    assert mine >= 0
    actor = laptop.actor()
    laptop.write(lambda s: S.resolve_conflict(s, actor, laptop_conflict.id, choice))
    net.sync(laptop)
    assert net.centre.read(lambda s: S.list_conflicts(s)) == []
    assert laptop.read(lambda s: S.list_conflicts(s)) == []
    assert phone_of(net.centre, fid) == phone_of(laptop, fid) == "+375 29 100-00-00"


def test_delete_against_edit_is_a_conflict(net: Network) -> None:
    laptop = net.laptops[2]

    def removable(session: Session) -> tuple[uuid.UUID, MemberData] | None:
        for member in session.scalars(select(Member)):
            if member.is_applicant:
                continue
            in_visits = session.scalar(
                select(Visit.id).where(Visit.members_present.any(Member.id == member.id))
            )
            family = member.family
            if (
                in_visits
                or family.stage.value == "closed"
                or any(p.member_id == member.id for p in family.problems)
            ):
                continue
            data = MemberData(
                member.surname,
                member.name,
                member.birth_date,
                member.sex,
                member.patronymic,
                member.relation,
                member.is_applicant,
                member.disability,
                "Новая школа",
                member.notes,
            )
            return member.id, data
        return None

    found = laptop.read(removable)
    if found is None:
        pytest.skip("no removable member in the demo families")
    member_id, data = found
    actor = laptop.actor()
    laptop.write(lambda s: cases.edit_member(s, actor, member_id, data))
    centre_actor = net.centre.actor()
    net.centre.write(lambda s: cases.remove_member(s, centre_actor, member_id))
    net.sync(laptop)
    kinds = {c.kind for c in net.centre.read(lambda s: S.list_conflicts(s))}
    assert kinds == {"delete_edit"}
    edit_side = [v for c in net.centre.read(lambda s: S.list_conflicts(s)) for v in c.values if not v.deleted]
    assert edit_side and edit_side[0].value == "Новая школа"
    assert net.centre.read(lambda s: s.get(Member, member_id)) is None  # deleted for now, edit kept
    fams = set(laptop.families())
    assert family_state(laptop, fams) == family_state(net.centre, fams)


def test_bundle_for_another_centre_is_refused(net: Network, tmp_path: Path) -> None:
    other_db, _ = open_database(tmp_path / "other.sqlite3")
    other = Node("other", tmp_path / "other.sqlite3", other_db)
    other.write(lambda s: E.init_centre(s, "ТЦСОН Другого района"))
    bundle = net.up(net.laptops[0]).read_bytes()
    refused(other, bundle, tmp_path, "not_for_us")
    other.db.dispose()


def test_return_bundle_for_another_laptop_is_refused(net: Network, tmp_path: Path) -> None:
    bundle = net.down(net.laptops[0]).read_bytes()
    refused(net.laptops[1], bundle, tmp_path, "not_for_us")


def test_unknown_and_revoked_devices_are_refused(net: Network, tmp_path: Path) -> None:
    laptop = net.laptops[0]
    bundle = net.up(laptop).read_bytes()
    me = laptop.read(lambda s: S.own_device(s))
    assert me is not None
    net.centre.write(
        lambda s: s.execute(update(SyncDevice).where(SyncDevice.id == me.id).values(revoked=True))
    )
    refused(net.centre, bundle, tmp_path, "revoked")
    net.centre.write(lambda s: s.execute(SyncDevice.__table__.delete().where(SyncDevice.id == me.id)))
    refused(net.centre, bundle, tmp_path, "unknown_device")


def test_forged_signature_is_refused(net: Network, tmp_path: Path) -> None:
    laptop, intruder = net.laptops[0], net.laptops[1]
    bundle = net.up(laptop).read_bytes()
    # signed by another laptop's key while claiming to come from the first one
    opened = B.open_sealed(bundle, net.centre.read(lambda s: S.own_device(s).box_private))  # type: ignore[union-attr,arg-type]
    sign = intruder.read(lambda s: S.own_device(s).sign_private)  # type: ignore[union-attr]
    box = net.centre.read(lambda s: S.own_device(s).box_public)  # type: ignore[union-attr]
    forged = B.seal(opened.manifest, opened.payload, opened.sender, sign, box)  # type: ignore[arg-type]
    refused(net.centre, forged, tmp_path, "bad_signature")


def test_newer_schema_version_is_refused(net: Network, tmp_path: Path) -> None:
    laptop = net.laptops[0]
    bundle = net.up(laptop).read_bytes()

    def newer(m: dict[str, Any]) -> None:
        m["schema"] = "9999"

    error = refused(net.centre, reseal(bundle, laptop, net.centre, newer), tmp_path, "newer_schema")
    assert "обновите программу" in str(error)


@pytest.mark.parametrize("years", [-7, 5])
def test_clock_years_off_is_flagged_never_trusted(net: Network, years: int) -> None:
    laptop = net.laptops[0]
    fid = laptop.open_families()[0]
    set_phone(laptop, fid, "+375 29 777-77-77")
    bundle = net.up(laptop)

    def skew(m: dict[str, Any]) -> None:
        m["created_at"] = (datetime.now(UTC) + timedelta(days=365 * years)).isoformat()

    bundle.write_bytes(reseal(bundle.read_bytes(), laptop, net.centre, skew))
    report = net.centre.write(lambda s: S.import_bundle(s, bundle))
    assert report.status == "applied" and "явно неверны" in report.clock_warning
    assert phone_of(net.centre, fid) == "+375 29 777-77-77"


def test_cloned_laptop_is_refused(net: Network, tmp_path: Path) -> None:
    laptop = net.laptops[0]
    clone_path = tmp_path / "clone.sqlite3"
    shutil.copy(laptop.path, clone_path)
    clone_db, _ = open_database(clone_path)
    clone = Node("clone", clone_path, clone_db, laptop.login)
    fid = laptop.open_families()[0]
    set_phone(laptop, fid, "+375 29 123-00-01")
    set_phone(clone, fid, "+375 29 123-00-02")
    net.centre.write(lambda s: S.import_bundle(s, net.up(laptop)))
    error = refused(net.centre, net.up(clone).read_bytes(), tmp_path, "cloned")
    assert "копия ноутбука" in str(error)
    clone_db.dispose()


def test_missing_bundles_are_a_gap(net: Network, tmp_path: Path) -> None:
    laptop = net.laptops[0]
    fid = laptop.open_families()[0]
    backup = tmp_path / "centre-backup.sqlite3"
    shutil.copy(net.centre.path, backup)
    set_phone(laptop, fid, "+375 29 555-00-01")
    net.sync(laptop)  # the centre acknowledges, then its database is restored from the older backup
    set_phone(laptop, fid, "+375 29 555-00-02")
    bundle = net.up(laptop).read_bytes()
    net.centre.db.dispose()
    shutil.copy(backup, net.centre.path)
    for suffix in ("-wal", "-shm"):
        Path(str(net.centre.path) + suffix).unlink(missing_ok=True)
    net.centre.db, _ = open_database(net.centre.path)
    error = refused(net.centre, bundle, tmp_path, "gap")
    assert "Не хватает" in str(error)


def test_damaged_and_foreign_files_are_refused(net: Network, tmp_path: Path) -> None:
    bundle = net.up(net.laptops[0]).read_bytes()
    refused(net.centre, bundle[: len(bundle) // 2], tmp_path, "not_for_us")
    refused(net.centre, b"PK\x03\x04 not a bundle", tmp_path, "format")
    refused(net.centre, bundle[:30], tmp_path, "truncated")


def test_reassigned_family_is_purged_and_arrives_whole_on_the_new_laptop(net: Network) -> None:
    a, b = net.laptops[0], net.laptops[1]
    fid = a.open_families()[0]
    worker_b = b.read(lambda s: S.own_device(s).worker_id)  # type: ignore[union-attr]
    set_phone(a, fid, "+375 29 999-00-00")  # an unsent edit: the purge waits for it
    actor = net.centre.actor()
    net.centre.write(lambda s: cases.reassign_family(s, actor, uuid.UUID(fid), worker_b))  # type: ignore[arg-type]
    path = net.down(a)
    a.write(lambda s: S.import_bundle(s, path))
    assert fid in a.families()  # refused while the laptop holds unsent edits
    net.sync(a)  # the edit reaches the centre; the next return bundle purges
    net.sync(a)
    assert fid not in a.families()
    net.sync(b)
    assert fid in b.families()
    assert phone_of(b, fid) == phone_of(net.centre, fid) == "+375 29 999-00-00"
    fams = set(b.families())
    assert family_state(b, fams) == family_state(net.centre, fams)


def test_visit_recorded_on_a_laptop_reaches_the_centre(net: Network) -> None:
    laptop = net.laptops[1]
    actor = laptop.actor()

    def add(session: Session) -> uuid.UUID:
        family = next(f for f in session.scalars(select(Family)) if f.stage.value == "patronage")
        applicant = next(m for m in family.members if m.is_applicant)
        data = VisitData(date(2026, 5, 18), VisitKind.HOME, [applicant.id], notes="Проверка")
        return cases.record_visit(session, actor, family.id, data, today=date(2026, 5, 20)).id

    try:
        visit_id = laptop.write(add)
    except StopIteration:
        pytest.skip("no family at patronage in the demo")
    net.sync(laptop)
    visit = net.centre.read(lambda s: s.get(Visit, visit_id))
    assert visit is not None and visit.notes == "Проверка"
    assert net.centre.read(lambda s: len(s.get(Visit, visit_id).members_present)) == 1  # type: ignore[union-attr]


def test_restoring_a_deleted_row_with_the_edit_travels_and_settles_the_conflict(net: Network) -> None:
    laptop = net.laptops[2]

    def removable(session: Session) -> tuple[uuid.UUID, MemberData] | None:
        for member in session.scalars(select(Member).order_by(Member.id)):
            family = member.family
            in_visits = session.scalar(
                select(Visit.id).where(Visit.members_present.any(Member.id == member.id))
            )
            if member.is_applicant or in_visits or family.stage.value == "closed":
                continue
            if any(p.member_id == member.id for p in family.problems):
                continue
            return member.id, MemberData(
                member.surname, member.name, member.birth_date, member.sex, member.patronymic,
                member.relation, False, member.disability, "Гимназия № 1", member.notes,
            )  # fmt: skip
        return None

    found = laptop.read(removable)
    if found is None:
        pytest.skip("no removable member in the demo families")
    member_id, data = found
    actor, centre_actor = laptop.actor(), net.centre.actor()
    laptop.write(lambda s: cases.edit_member(s, actor, member_id, data))
    net.centre.write(lambda s: cases.remove_member(s, centre_actor, member_id))
    net.sync(laptop)
    conflict = net.centre.read(lambda s: S.list_conflicts(s))[0]
    edit = next(i for i, v in enumerate(conflict.values) if not v.deleted)
    net.centre.write(lambda s: S.resolve_conflict(s, centre_actor, conflict.id, edit))
    restored = net.centre.read(lambda s: s.get(Member, member_id))
    assert restored is not None and restored.school_or_work == "Гимназия № 1"
    net.sync(laptop)
    assert net.centre.read(lambda s: S.list_conflicts(s)) == []
    assert laptop.read(lambda s: S.list_conflicts(s)) == []
    fams = set(laptop.families())
    assert family_state(laptop, fams) == family_state(net.centre, fams)


def test_a_number_arriving_on_one_held_here_moves_the_local_row(net: Network) -> None:
    """The centre renumbers case X to N while the laptop, offline, gave N to its case Z: Z moves on."""
    laptop = net.laptops[1]
    x, z = laptop.families()[:2]

    def renumber(family_id: str, year: int, seq: int) -> Callable[[Session], None]:
        def act(session: Session) -> None:
            values = {"case_year": year, "case_seq": seq, "case_number": f"{year}/{seq:03d}"}
            with capture_off(session):
                session.execute(update(Family).where(Family.id == uuid.UUID(family_id)).values(**values))
            row = session.get(Family, uuid.UUID(family_id))
            assert row is not None
            full = {c: T.to_json(getattr(row, c)) for c in T.columns("family")}
            record(session.connection(), [Pending("family", family_id, "put", _json(values), full, False)])

        return act

    net.centre.write(renumber(x, 2026, 900))
    laptop.write(renumber(z, 2026, 900))
    path = net.down(laptop)
    report = laptop.write(lambda s: S.import_bundle(s, path))
    assert report.status == "applied"
    numbers = {f: laptop.read(lambda s, f=f: s.get(Family, uuid.UUID(f)).case_number) for f in (x, z)}  # type: ignore[union-attr]
    assert numbers[x] == "2026/900" and numbers[z] != "2026/900"
    net.sync(laptop)
    net.sync(laptop)
    fams = set(laptop.families())
    assert family_state(laptop, fams) == family_state(net.centre, fams)
    assert net.centre.read(lambda s: S.list_conflicts(s)) == []


def _json(values: dict[str, Any]) -> dict[str, Any]:
    return {k: T.to_json(v) for k, v in values.items()}


def test_a_new_enrolment_file_for_a_worker_does_not_cut_off_the_laptop_in_use(
    net: Network, tmp_path: Path
) -> None:
    """A lost enrolment file is replaced at the centre; the worker's laptop keeps receiving return bundles
    until the new laptop has sent its first bundle."""
    laptop = net.laptops[0]

    def rewrite(session: Session) -> None:
        worker = session.scalars(select(Worker).where(Worker.login == laptop.login)).one()
        E.write_enrolment(session, worker, tmp_path / "again.pte")

    net.centre.write(rewrite)
    family = laptop.open_families()[0]
    set_phone(net.centre, family, "+375 29 555-55-55")
    back = net.down(laptop)  # sealed to the unused new enrolment, the laptop could not open it
    laptop.write(lambda s: S.import_bundle(s, back))
    phone = laptop.read(lambda s: s.get_one(Family, uuid.UUID(family)).phone)
    assert phone == "+375 29 555-55-55"
    assert family_state(laptop, {family}) == family_state(net.centre, {family})
