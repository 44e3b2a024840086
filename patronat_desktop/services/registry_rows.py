"""The family registry's rows, built from plain values: shared by the SQLAlchemy query and the quick start.

Nothing here imports SQLAlchemy, so the window can show the registry read with the standard library's
``sqlite3`` while the model layer is still being imported (services/quick_start.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage


@dataclass(frozen=True)
class FamilyRow:
    """One line of the family registry."""

    id: uuid.UUID
    case_number: str
    applicant: str
    settlement: str
    stage: Stage
    patronage_type: PatronageType | None
    worker: str
    worker_id: uuid.UUID
    application_date: date | None
    members: int
    ground_ids: frozenset[uuid.UUID] = frozenset()

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["id"] = str(self.id)
        d["worker_id"] = str(self.worker_id)
        d["stage"] = self.stage.value
        d["patronage_type"] = self.patronage_type.value if self.patronage_type else None
        d["application_date"] = self.application_date.isoformat() if self.application_date else None
        d["ground_ids"] = sorted(str(g) for g in self.ground_ids)
        return d


def initials(surname: str, name: str, patronymic: str) -> str:
    """«Иванова М. П.» style: the surname and the initials of the other names."""
    letters = "".join(f"{p[0]}." for p in (name, patronymic) if p)
    return f"{surname} {letters}".strip()


# (family id hex, case number, settlement, stage, worker id hex, applicant's surname, name, patronymic,
#  application date, number of members)
RawFamily = tuple[str, str, str, Stage, str, str | None, str | None, str | None, date | None, int | None]


def assemble_rows(
    families: Iterable[RawFamily],
    workers: Mapping[str, str],
    types: Mapping[str, PatronageType],
    grounds: Mapping[str, set[uuid.UUID]],
) -> list[FamilyRow]:
    """Registry rows from the families' columns and the lookups keyed by 32-hex-digit ids."""
    out = []
    worker_ids: dict[str, uuid.UUID] = {}  # 40 workers for 5,000 families: convert each id once
    for fkey, number, settlement, stage, wkey, surname, name, patronymic, app_date, n in families:
        out.append(
            FamilyRow(
                id=uuid.UUID(fkey),
                case_number=number,
                applicant=initials(surname, name or "", patronymic or "") if surname else "",
                settlement=settlement,
                stage=stage,
                patronage_type=types.get(fkey) if stage != Stage.CLOSED else None,
                worker=workers.get(wkey, ""),
                worker_id=worker_ids.get(wkey) or worker_ids.setdefault(wkey, uuid.UUID(wkey)),
                application_date=app_date,
                members=n or 0,
                ground_ids=frozenset(grounds.get(fkey, ())),
            )
        )
    return out
