"""How sync values and times read on the screens: dates as dd.mm.yyyy, empty and deleted said in words."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHOWN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def format_moment(moment: datetime | None) -> str:
    """ "01.12.2026 в 15:04" (or a dash when there is none)."""
    if moment is None:
        return "—"
    if moment.tzinfo is not None:
        moment = moment.astimezone()  # stored in UTC, read in the local time of this computer
    return QCoreApplication.translate("SyncValues", "{day} в {time}").format(
        day=f"{moment:%d.%m.%Y}", time=f"{moment:%H:%M}"
    )


def format_value(value: Any, deleted: bool = False) -> str:
    """A field's JSON value as the user reads it."""
    if deleted:
        return QCoreApplication.translate("SyncValues", "Запись удалена")
    if value is None or value == "":
        return QCoreApplication.translate("SyncValues", "(пусто)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncValues", "Да")
            if value
            else QCoreApplication.translate("SyncValues", "Нет")
        )
    if isinstance(value, str) and _ISO_DATE.match(value):
        try:
            return f"{date.fromisoformat(value):%d.%m.%Y}"
        except ValueError:
            return value
    if isinstance(value, dict):
        return "\n".join(f"{key}: {format_value(item)}" for key, item in value.items())
    if isinstance(value, list):
        return "\n".join(format_value(item) for item in value)
    return str(value)


def editable_text(value: Any) -> str:
    """The starting text of the manual merge editor for a value."""
    if value is None:
        return ""
    if isinstance(value, str) and not _ISO_DATE.match(value):
        return value
    if isinstance(value, str | int | float | bool):
        return format_value(value)
    return json.dumps(value, ensure_ascii=False, indent=1)


def parse_manual(text: str, like: list[Any]) -> Any:
    """The manual merge text turned into a value of the same kind as the versions in conflict.

    Dates are typed as dd.mm.yyyy, numbers as numbers; anything else stays text. Raises ValueError with a
    Russian message when the text does not fit the kind.
    """
    kinds = {type(v) for v in like if v is not None}
    stripped = text.strip()
    if kinds == {str} and like and all(v is None or _ISO_DATE.match(v) for v in like):
        match = _SHOWN_DATE.match(stripped)
        if stripped and match is None:
            raise ValueError(
                QCoreApplication.translate(
                    "SyncValues", "Дата: введите её как дд.мм.гггг, например 01.12.2026."
                )
            )
        if match is not None:
            day, month, year = (int(g) for g in match.groups())
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                raise ValueError(
                    QCoreApplication.translate("SyncValues", "Дата: такой даты нет в календаре.")
                ) from None
        return None
    if kinds == {int}:
        try:
            return int(stripped)
        except ValueError:
            raise ValueError(
                QCoreApplication.translate("SyncValues", "Число: введите целое число.")
            ) from None
    if kinds == {bool}:
        answers = {
            QCoreApplication.translate("SyncValues", "Да").casefold(): True,
            QCoreApplication.translate("SyncValues", "Нет").casefold(): False,
        }
        if stripped.casefold() not in answers:
            raise ValueError(QCoreApplication.translate("SyncValues", "Ответ: введите «Да» или «Нет»."))
        return answers[stripped.casefold()]
    if kinds and kinds <= {dict, list}:
        try:
            return json.loads(stripped)
        except ValueError:
            raise ValueError(
                QCoreApplication.translate("SyncValues", "Значение: нарушена запись JSON.")
            ) from None
    return text


def conflict_text(label: str, case_number: str) -> str:
    """A conflict's label without a leading "Дело N." (the screens show the case number in its own column)."""
    prefix = f"Дело {case_number}."
    return label[len(prefix) :].strip() if case_number and label.startswith(prefix) else label
