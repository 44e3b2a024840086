"""Per-field versions of a row as sets of heads, and the merge rule (pure functions, no database).

A change is identified by its dot ``[lamport, origin, seq, is_delete]``. Each field of a row has *heads*: the
changes to it that no later change has superseded. A change names, per field, the heads it was made on top of
(its bases). Applying it removes those bases from the field's heads and adds itself:

- one head left → a fast-forward: the field simply has the new value;
- two or more heads with different values → a conflict, kept with every value; the one shown for now is
  the head with the highest (Lamport counter, device): deterministic on every replica, no wall clock;
- a delete head among them → the row stays deleted for now and the edit is kept (delete against edit).

Bundles deliver each device's changes in order and the centre forwards them in its own log order, so a
change always arrives after the changes it is based on (causal delivery): every replica ends with the same
heads whatever order the bundles came in. Key ``"*"`` holds the heads of every field not listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Dot = list[Any]  # [lamport: int, origin: str, seq: int, is_delete: int]
Heads = dict[str, list[Dot]]

ALL = "*"


def rank(dot: Dot) -> tuple[int, str, int]:
    return (int(dot[0]), str(dot[1]), int(dot[2]))


def same(a: Dot, b: Dot) -> bool:
    return bool(a[1] == b[1] and a[2] == b[2])


def field_heads(heads: Heads, field: str) -> list[Dot]:
    """The heads of one field (a field never changed on its own shares the row's ``"*"`` heads)."""
    got = heads.get(field)
    return got if got is not None else heads.get(ALL, [])


def winner(dots: list[Dot]) -> Dot:
    """The head shown while a conflict is open: highest (Lamport counter, device, seq)."""
    return max(dots, key=rank)


def is_deleted(heads: Heads) -> bool:
    """A row is deleted while any of its heads is a delete (delete against edit: deleted for now)."""
    return any(d[3] for dots in heads.values() for d in dots)


def _supersede(current: list[Dot], bases: list[Dot], dot: Dot) -> list[Dot]:
    kept = [h for h in current if not any(same(h, b) for b in bases) and not same(h, dot)]
    return [*kept, dot]


def apply_put(
    heads: Heads, fields: Iterable[str], bases: dict[str, list[Dot]], dot: Dot, full: bool = False
) -> Heads:
    """The heads after a change that sets ``fields``; ``full``: it sets the whole row (an insert)."""
    if not heads:
        return {ALL: [dot]}
    out = {k: list(v) for k, v in heads.items()}
    for f in [*fields, ALL] if full else fields:
        # a field without its own bases was based on the row's "*" heads, like its current heads
        base = bases[f] if f in bases else (bases.get(ALL, []) if f not in heads else [])
        out[f] = _supersede(field_heads(heads, f), base, dot)
    return _compact(out)


def apply_delete(heads: Heads, bases: dict[str, list[Dot]], dot: Dot) -> Heads:
    """The heads after a delete (a tombstone: the row's versions are kept)."""
    if not heads:
        return {ALL: [dot]}
    out = {k: _supersede(v, bases.get(k, []), dot) for k, v in heads.items()}
    return _compact(out)


def _compact(heads: Heads) -> Heads:
    """Drop listed fields whose heads equal the default ``"*"`` heads."""
    default = heads.get(ALL, [])
    keys = {rank(d) for d in default}
    return {
        k: v for k, v in heads.items() if k == ALL or {rank(d) for d in v} != keys or len(v) != len(default)
    }


def knows(heads: Heads, dot: Dot) -> bool:
    return any(same(d, dot) for dots in heads.values() for d in dots)


def multi_head_keys(heads: Heads) -> list[str]:
    """Fields (or ``"*"``) with more than one head: candidates for a conflict."""
    return [k for k, v in heads.items() if len(v) > 1]
