"""A bundle that unpacks to far more than its size could honestly hold is refused before it fills memory."""

from __future__ import annotations

import uuid

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from patronat_desktop.sync import bundle as B

RAW = serialization.Encoding.Raw


def _keys() -> tuple[bytes, bytes, bytes]:
    box = X25519PrivateKey.generate()
    sign = Ed25519PrivateKey.generate()
    box_private = box.private_bytes(RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    box_public = box.public_key().public_bytes(RAW, serialization.PublicFormat.Raw)
    sign_private = sign.private_bytes(RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return box_private, box_public, sign_private


def test_a_decompression_bomb_is_refused_as_too_large() -> None:
    box_private, box_public, sign_private = _keys()
    # 200 MB of zeros compress to ~200 KB: a ratio of ~1000, far beyond any real bundle.
    data = B.seal({"kind": "test"}, b"\0" * (200 << 20), uuid.uuid4(), sign_private, box_public)
    assert len(data) < 1 << 20
    with pytest.raises(B.BundleError) as refused:
        B.open_sealed(data, box_private)
    assert refused.value.code == "too_large"


def test_an_honest_bundle_opens() -> None:
    box_private, box_public, sign_private = _keys()
    payload = b"".join(uuid.uuid4().hex.encode() + b'{"x":1}' for _ in range(20000))
    data = B.seal({"kind": "test"}, payload, uuid.uuid4(), sign_private, box_public)
    assert B.open_sealed(data, box_private).payload == payload
