"""Fuzz: thousands of mutated and truncated bundles: never a crash, a clear refusal, nothing changed."""

from __future__ import annotations

import json
import random
from typing import Any

from network import Network, Node, reseal, set_phone, snapshot

from patronat_desktop.services import sync as S

OUTER = 2000
INNER = 400


def attempt(node: Node, data: bytes) -> str:
    """Import in a transaction that is always rolled back; returns "refused" or "applied"."""
    with node.db.sessions() as session:
        try:
            S.import_bytes(session, data)
        except S.SyncRefused as exc:
            assert str(exc).strip() and "\n" not in str(exc)
            return "refused"
        finally:
            session.rollback()
    return "applied"


def mutate_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    kind = rng.randrange(5)
    if kind == 0:
        return bytes(b[: rng.randrange(len(b))])
    if kind == 1:
        for _ in range(rng.randint(1, 4)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        return bytes(b)
    if kind == 2:
        i = rng.randrange(len(b))
        return bytes(b[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 8))) + b[i:])
    if kind == 3:
        i = rng.randrange(len(b))
        return bytes(b[:i] + b[i + rng.randint(1, 16) :])
    return bytes(rng.randrange(256) for _ in range(rng.randint(0, 80)))


JUNK: list[Any] = [None, -1, 0, 2**70, "", "x", "9999", [], {}, [1, 2], 1.5, True, "2026-13-45", "not-a-uuid"]


def mutate_json(rng: random.Random, value: Any, depth: int = 0) -> Any:
    if isinstance(value, dict) and value and rng.random() < 0.8:
        key = rng.choice(sorted(value))
        out = dict(value)
        if rng.random() < 0.2:
            del out[key]
        else:
            out[key] = mutate_json(rng, value[key], depth + 1)
        return out
    if isinstance(value, list) and value and rng.random() < 0.8:
        out_list = list(value)
        i = rng.randrange(len(out_list))
        r = rng.random()
        if r < 0.15:
            del out_list[i]
        elif r < 0.3:
            out_list.append(out_list[i])
        else:
            out_list[i] = mutate_json(rng, out_list[i], depth + 1)
        return out_list
    if isinstance(value, str) and value.startswith("{") and rng.random() < 0.7:
        try:
            return json.dumps(mutate_json(rng, json.loads(value), depth + 1), ensure_ascii=False)
        except ValueError:
            pass  # it only looked like JSON: replaced by junk below, like any other string
    return rng.choice(JUNK)


def test_mutated_and_truncated_bundles_are_refused_and_change_nothing(net: Network) -> None:
    laptop = net.laptops[0]
    for i, fid in enumerate(laptop.open_families()):
        set_phone(laptop, fid, f"+375 29 321-00-0{i}")
    bundle = net.up(laptop).read_bytes()
    before = snapshot(net.centre.path)
    rng = random.Random(20261201)
    for _ in range(OUTER):
        mutated = mutate_bytes(rng, bundle)
        if mutated != bundle:
            assert attempt(net.centre, mutated) == "refused"
    outcomes = {"refused": 0, "applied": 0}
    for n in range(INNER):
        if n % 2:

            def manifest_fn(m: dict[str, Any]) -> None:
                key = rng.choice(sorted(m))
                m[key] = mutate_json(rng, m[key])

            data = reseal(bundle, laptop, net.centre, manifest_fn=manifest_fn)
        else:

            def payload_fn(p: bytes) -> bytes:
                if rng.random() < 0.2:
                    return p[: rng.randrange(len(p))]
                return json.dumps(mutate_json(rng, json.loads(p)), ensure_ascii=False).encode()

            data = reseal(bundle, laptop, net.centre, payload_fn=payload_fn, rehash=rng.random() < 0.9)
        outcomes[attempt(net.centre, data)] += 1
    assert snapshot(net.centre.path) == before
    assert outcomes["refused"] > INNER // 2  # most mutations are caught by the checks, not by luck
    assert attempt(net.centre, bundle) == "applied"  # and the intact bundle still imports
