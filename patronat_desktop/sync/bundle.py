"""The bundle file: sealed to the recipient's public key, signed by the sender's device key.

Layout (everything after the 4-byte magic is ciphertext or random)::

    b"PTB1" | ephemeral X25519 public key (32) | nonce (12) | AES-256-GCM ciphertext (+16 tag)

The AES key is HKDF-SHA256 of the X25519 shared secret between the ephemeral key and the recipient's box key
(the associated data is the magic and the ephemeral key). The plaintext is zlib-compressed::

    sender device id (16) | Ed25519 signature (64) | manifest length (4) | manifest JSON | payload JSON

and the signature covers the magic, the ephemeral key and everything after it. Nothing in clear names a
person, a device or a centre: the recipient finds its bundles by trial decryption.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import struct
import uuid
import zlib
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"PTB1"
ENROL_MAGIC = b"PTE1"
FORMAT = 1
MAX_PLAINTEXT = 1 << 30  # a decompression bomb is refused, not unpacked into memory
MAX_RATIO = 60  # a bundle's content is JSON that zlib shrinks ~5-10×; a much higher ratio is a bomb
MIN_ALLOWANCE = 32 << 20  # small bundles may always unpack to this much
_RAW = serialization.Encoding.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_NOENC = serialization.NoEncryption()


class BundleError(Exception):
    """The file is not a bundle this database can read; ``code`` says why, the message in Russian."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class KeyPair:
    """A device's two key pairs as raw bytes: Ed25519 to sign, X25519 to receive sealed bundles."""

    sign_private: bytes
    sign_public: bytes
    box_private: bytes
    box_public: bytes

    @classmethod
    def generate(cls) -> KeyPair:
        sign = Ed25519PrivateKey.generate()
        box = X25519PrivateKey.generate()
        return cls(
            sign.private_bytes(_RAW, _RAW_PRIV, _NOENC),
            sign.public_key().public_bytes(_RAW, _RAW_PUB),
            box.private_bytes(_RAW, _RAW_PRIV, _NOENC),
            box.public_key().public_bytes(_RAW, _RAW_PUB),
        )


def _aes_key(shared: bytes, eph_public: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=eph_public, info=b"patronat bundle v1").derive(shared)


def enrol_proof(secret: bytes, device_id: uuid.UUID, sign_public: bytes) -> str:
    """What a laptop's first bundle carries to show it holds the enrolment file of its worker."""
    return hmac.new(secret, device_id.bytes + sign_public, hashlib.sha256).hexdigest()


def seal(
    manifest: dict[str, Any], payload: bytes, sender: uuid.UUID, sign_private: bytes, recipient_box: bytes
) -> bytes:
    """A bundle file's bytes."""
    eph = X25519PrivateKey.generate()
    eph_public = eph.public_key().public_bytes(_RAW, _RAW_PUB)
    key = _aes_key(eph.exchange(X25519PublicKey.from_public_bytes(recipient_box)), eph_public)
    head = MAGIC + eph_public
    mbytes = json.dumps(manifest, ensure_ascii=False, separators=(",", ":")).encode()
    body = struct.pack(">I", len(mbytes)) + mbytes + payload
    signature = Ed25519PrivateKey.from_private_bytes(sign_private).sign(head + body)
    plain = zlib.compress(sender.bytes + signature + body, 6)
    nonce = os.urandom(12)
    return head + nonce + AESGCM(key).encrypt(nonce, plain, head)


@dataclass(frozen=True)
class Opened:
    """A decrypted bundle whose signature is not checked yet (the sender's key is looked up by its id)."""

    sender: uuid.UUID
    signature: bytes
    signed: bytes
    manifest: dict[str, Any]
    payload: bytes


def open_sealed(data: bytes, box_private: bytes) -> Opened:
    """Decrypt a bundle addressed to this device; raises BundleError with the reason."""
    if len(data) < 4 or data[:4] != MAGIC:
        if data[:4] == ENROL_MAGIC:
            raise BundleError("Это файл подключения ноутбука, а не пакет синхронизации.", "enrolment_file")
        raise BundleError("Файл не является пакетом синхронизации (неизвестный формат).", "format")
    if len(data) < 4 + 32 + 12 + 16:
        raise BundleError("Пакет обрезан: файл короче заголовка.", "truncated")
    eph_public, nonce, cipher = data[4:36], data[36:48], data[48:]
    try:
        shared = X25519PrivateKey.from_private_bytes(box_private).exchange(
            X25519PublicKey.from_public_bytes(eph_public)
        )
        plain = AESGCM(_aes_key(shared, eph_public)).decrypt(nonce, cipher, data[:36])
    except (InvalidTag, ValueError) as exc:
        raise BundleError(
            "Пакет не расшифровывается: он предназначен другой базе (другому центру или ноутбуку) "
            "или повреждён при копировании.",
            "not_for_us",
        ) from exc
    try:
        d = zlib.decompressobj()
        # Unpacked before the signature can be checked: never more than the file could honestly hold.
        allowance = min(MAX_PLAINTEXT, max(MIN_ALLOWANCE, MAX_RATIO * len(data)))
        raw = d.decompress(plain, allowance)
        if d.unconsumed_tail:
            raise BundleError("Пакет слишком велик.", "too_large")
        sender = uuid.UUID(bytes=raw[:16])
        signature = raw[16:80]
        body = raw[80:]
        (mlen,) = struct.unpack(">I", body[:4])
        manifest = json.loads(body[4 : 4 + mlen])
        payload = body[4 + mlen :]
        if not isinstance(manifest, dict) or len(signature) != 64 or len(body) < 4 + mlen:
            raise ValueError
    except (zlib.error, struct.error, ValueError, UnicodeDecodeError) as exc:
        raise BundleError("Пакет повреждён: содержимое не читается.", "damaged") from exc
    return Opened(sender, signature, data[:36] + body, manifest, payload)


def verify_signature(opened: Opened, sign_public: bytes) -> None:
    """Raise BundleError unless the sender's key signed this bundle."""
    try:
        Ed25519PublicKey.from_public_bytes(sign_public).verify(opened.signature, opened.signed)
    except (InvalidSignature, ValueError) as exc:
        raise BundleError(
            "Подпись пакета неверна: пакет изменён или подписан не тем устройством.", "bad_signature"
        ) from exc


def _code_key(code: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(code.encode())


def seal_enrolment(content: dict[str, Any], code: str) -> bytes:
    """An enrolment file: the content encrypted under a key derived (scrypt) from the enrolment code."""
    salt, nonce = os.urandom(16), os.urandom(12)
    plain = zlib.compress(json.dumps(content, ensure_ascii=False).encode(), 6)
    head = ENROL_MAGIC + salt
    return head + nonce + AESGCM(_code_key(code, salt)).encrypt(nonce, plain, head)


def open_enrolment(data: bytes, code: str) -> dict[str, Any]:
    """The content of an enrolment file; BundleError for a wrong code or a damaged file."""
    if data[:4] != ENROL_MAGIC or len(data) < 4 + 16 + 12 + 16:
        raise BundleError("Файл не является файлом подключения ноутбука.", "format")
    head, nonce, cipher = data[:20], data[20:32], data[32:]
    try:
        plain = AESGCM(_code_key(code, head[4:])).decrypt(nonce, cipher, head)
        content = json.loads(zlib.decompress(plain))
    except (InvalidTag, zlib.error, ValueError) as exc:
        raise BundleError(
            "Файл подключения не открывается: неверный код подключения или файл повреждён.", "code"
        ) from exc
    if not isinstance(content, dict):
        raise BundleError("Файл подключения повреждён.", "damaged")
    return content
