"""Property: random edits, deletes and visits on three laptops and the centre, bundles delivered duplicated
and in random order: every replica converges and every concurrent edit is either applied or kept as a
conflict."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import network
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from network import TODAY, Network, Node, copy, family_state, open_conflicts
from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.validation import MemberData, VisitData
from patronat_desktop.domain.vocab import VisitKind
from patronat_desktop.models import Family, Member, Visit
from patronat_desktop.services import cases
from patronat_desktop.services import sync as S

EXAMPLES = int(os.environ.get("PATRONAT_SYNC_EXAMPLES", "30"))
FAMILY_FIELDS = ("phone", "notes")


@dataclass
class Edit:
    id: int
    node: str
    tbl: str
    key: str
    field: str  # "*": a delete of the whole row
    value: Any
    seen: frozenset[int]


@dataclass
class World:
    net: Network
    families: list[str]  # open family i belongs to laptop i // 2
    seen: dict[str, set[int]] = field(default_factory=dict)
    edits: list[Edit] = field(default_factory=list)
    visits: list[uuid.UUID] = field(default_factory=list)
    stash: list[tuple[Path, str, frozenset[int]]] = field(default_factory=list)  # (bundle, target, seen)

    def node(self, name: str) -> Node:
        if name == "centre":
            return self.net.centre
        return next(n for n in self.net.laptops if n.name == name)

    def owner(self, f: int) -> Node:
        return self.net.laptops[f // 2]

    def record(self, node: Node, tbl: str, key: str, fld: str, value: Any) -> None:
        eid = len(self.edits) + 1
        seen = self.seen.setdefault(node.name, set())
        self.edits.append(Edit(eid, node.name, tbl, key, fld, value, frozenset(seen)))
        seen.add(eid)


def edit_family(w: World, node: Node, fid: str, fld: str, value: str) -> None:
    network.edit_family(node, fid, fld, value)
    w.record(node, "family", fid, fld, value)


def _member(session: Session, fid: str) -> Member | None:
    members = session.scalars(
        select(Member)
        .where(Member.family_id == uuid.UUID(fid), Member.is_applicant.is_(False))
        .order_by(Member.id)
    ).all()
    return members[0] if members else None


def edit_member(w: World, node: Node, fid: str, value: str) -> None:
    actor = node.actor()

    def act(session: Session) -> str | None:
        m = _member(session, fid)
        if m is None:
            return None
        data = MemberData(
            m.surname,
            m.name,
            m.birth_date,
            m.sex,
            m.patronymic,
            m.relation,
            False,
            m.disability,
            value,
            m.notes,
        )
        cases.edit_member(session, actor, m.id, data, today=TODAY)
        return str(m.id)

    key = node.write(act)
    if key is not None:
        w.record(node, "member", key, "school_or_work", value)


def remove_member(w: World, node: Node, fid: str) -> None:
    actor = node.actor()

    def act(session: Session) -> str | None:
        m = _member(session, fid)
        if m is None:
            return None
        cases.remove_member(session, actor, m.id)
        return str(m.id)

    key = node.write(act)
    if key is not None:
        w.record(node, "member", key, "*", None)


def add_visit(w: World, node: Node, fid: str, days_ago: int) -> None:
    actor = node.actor()

    def act(session: Session) -> uuid.UUID:
        family = session.get(Family, uuid.UUID(fid))
        assert family is not None
        applicant = [m.id for m in family.members if m.is_applicant]
        data = VisitData(
            TODAY - timedelta(days=days_ago), VisitKind.HOME, applicant, notes=f"визит {days_ago}"
        )
        return cases.record_visit(session, actor, family.id, data, today=TODAY).id

    w.visits.append(node.write(act))


def resolve(w: World, node: Node, pick: int) -> None:
    conflicts = sorted(node.read(lambda s: S.list_conflicts(s)), key=lambda c: (c.table, c.row_id, c.field))
    if not conflicts:
        return
    c = conflicts[pick % len(conflicts)]
    actor = node.actor()
    node.write(lambda s: S.resolve_conflict(s, actor, c.id, pick % len(c.values)))
    w.record(node, c.table, c.row_id, "*", None)  # knowingly settles every side


def deliver(w: World, path: Path, target: str, seen: frozenset[int]) -> None:
    node = w.node(target)
    report = node.write(lambda s: S.import_bundle(s, path))  # a refusal here fails the test
    assert report.status in ("applied", "already_imported")
    w.seen.setdefault(target, set()).update(seen)


def up(w: World, laptop: Node) -> None:
    path = w.net.up(laptop)
    w.stash.append((path, "centre", frozenset(w.seen.get(laptop.name, set()))))


def down(w: World, laptop: Node) -> None:
    path = w.net.down(laptop)
    w.stash.append((path, laptop.name, frozenset(w.seen.get("centre", set()))))


edit_op = st.tuples(st.just("edit"), st.integers(0, 5), st.booleans(), st.sampled_from(FAMILY_FIELDS))
member_op = st.tuples(st.just("member"), st.integers(0, 5), st.booleans(), st.just(""))
ops = st.lists(
    st.one_of(
        edit_op,  # edits weighted up: concurrent edits of the same field are what this test is about
        edit_op,
        edit_op,
        member_op,
        member_op,
        st.tuples(st.just("remove"), st.integers(0, 5), st.booleans(), st.just("")),
        st.tuples(st.just("visit"), st.integers(0, 5), st.booleans(), st.sampled_from(("1", "2", "5"))),
        st.tuples(st.just("up"), st.integers(0, 5), st.booleans(), st.just("")),
        st.tuples(st.just("down"), st.integers(0, 5), st.booleans(), st.just("")),
        st.tuples(st.just("deliver"), st.integers(0, 50), st.booleans(), st.just("")),
        st.tuples(st.just("resolve"), st.integers(0, 50), st.booleans(), st.just("")),
    ),
    min_size=8,
    max_size=30,
)


def run(w: World, steps: list[tuple[str, int, bool, str]]) -> None:
    for n, (op, i, at_centre, arg) in enumerate(steps):
        f = (i % 3) * 2 if op in ("edit", "member") else i % len(w.families)  # edits meet on few families
        fid = w.families[f]
        node = w.net.centre if at_centre else w.owner(f)
        value = f"{op}-{n}"
        try:
            if op == "edit":
                edit_family(w, node, fid, arg, f"+375 29 {n:03d}-00-00" if arg == "phone" else value)
            elif op == "member":
                edit_member(w, node, fid, value)
            elif op == "remove":
                remove_member(w, node, fid)
            elif op == "visit":
                add_visit(w, node, fid, int(arg))
            elif op == "resolve":
                resolve(w, w.net.centre if at_centre else w.net.laptops[i % 3], i)
        except DomainError:
            pass  # the services refused (closed case, member in use...): nothing was written
        if op == "up":
            up(w, w.owner(f))
        elif op == "down":
            down(w, w.owner(f))
        elif op == "deliver" and w.stash:
            path, target, seen = w.stash[i % len(w.stash)]
            deliver(w, path, target, seen)


def quiesce(w: World) -> None:
    for _ in range(3):
        for laptop in w.net.laptops:
            up(w, laptop)
            deliver(w, *w.stash[-1])
        for laptop in w.net.laptops:
            down(w, laptop)
            deliver(w, *w.stash[-1])


def current(node: Node, tbl: str, key: str, fld: str) -> tuple[bool, Any]:
    model = Family if tbl == "family" else Member

    def read(session: Session) -> tuple[bool, Any]:
        row = session.get(model, uuid.UUID(key))
        return (False, None) if row is None else (True, getattr(row, fld))

    return node.read(read)


def check(w: World) -> None:
    centre = w.net.centre
    for laptop in w.net.laptops:
        fams = set(laptop.families())
        assert family_state(laptop, fams) == family_state(centre, fams), (
            f"{laptop.name} differs from the centre"
        )
        assert open_conflicts(laptop, fams) == open_conflicts(centre, fams)
    sides: dict[tuple[str, str, str], list[Any]] = {}
    for c in centre.read(lambda s: S.list_conflicts(s)):
        sides.setdefault((c.table, c.row_id, c.field), []).extend(v.value for v in c.values if not v.deleted)
    for e in w.edits:
        if e.field == "*":
            continue
        knowingly_overwritten = any(
            e.id in later.seen and later.tbl == e.tbl and later.key == e.key and later.field in (e.field, "*")
            for later in w.edits
        )
        if knowingly_overwritten:
            continue
        exists, value = current(centre, e.tbl, e.key, e.field)
        kept = (exists and value == e.value) or e.value in sides.get((e.tbl, e.key, e.field), [])
        assert kept, f"edit lost: {e}"
    kept = centre.read(lambda s: S.list_conflicts(s, open_only=False))
    event(f"conflicts: {'none' if not kept else 'some, all resolved' if not sides else 'some open'}")
    for vid in w.visits:
        assert centre.read(lambda s, vid=vid: s.get(Visit, vid)) is not None, "a visit was lost"


# the laptop edits a member four times, the centre once, and the laptop's bundle reaches the centre
OPEN_MEMBER_CONFLICT = [
    ("member", 0, False, ""),
    ("member", 0, False, ""),
    ("member", 0, False, ""),
    ("member", 0, False, ""),
    ("member", 0, True, ""),
    ("up", 0, False, ""),
    ("deliver", 0, False, ""),
]


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=ops)
@example(  # the laptop and the centre edit the same field and the same member; the centre removes it
    steps=[
        ("edit", 0, False, "phone"),
        ("edit", 0, True, "phone"),
        ("member", 0, False, ""),
        ("remove", 0, True, ""),
        ("up", 0, False, ""),
        ("deliver", 0, False, ""),
        ("down", 0, False, ""),
        ("deliver", 1, False, ""),
        ("deliver", 0, False, ""),
    ]
)
@example(  # found by Hypothesis: a resolution carried no family and reached laptops without the member
    steps=[*OPEN_MEMBER_CONFLICT, ("resolve", 0, True, "")]
)
@example(  # found by Hypothesis: an edit over an open conflict left the stored sides stale where made
    steps=[*OPEN_MEMBER_CONFLICT, ("member", 0, True, "")]
)
def test_replicas_converge_and_no_concurrent_edit_is_lost(
    network_template: Network, steps: list[Any]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="patronat-conv-"))
    net = copy(network_template, folder)
    try:
        families = [f for laptop in net.laptops for f in laptop.open_families()]
        w = World(net, families)
        run(w, steps)
        quiesce(w)
        check(w)
    finally:
        net.dispose()
        shutil.rmtree(folder, ignore_errors=True)
