"""Short fingerprint of a document's content, printed in its footer and stored when the family signs it."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def fingerprint(content: Any) -> str:
    """Eight hex digits (``1A2B-3C4D``) of the SHA-256 of the content's canonical JSON.

    Equal content gives the same fingerprint on every machine (keys sorted, dates ISO, ids as text); any
    change of a clause, a date or a row gives another one, so a signed paper can be told from a later version.
    """
    canonical = json.dumps(_plain(content), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8].upper()
    return f"{digest[:4]}-{digest[4:]}"
