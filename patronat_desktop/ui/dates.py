"""Conversions between Python dates and Qt's QDate, shared by every form with a date field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QSizePolicy


def to_qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


EARLIEST = date(2000, 1, 1)
"""The first date the case forms offer."""


def date_edit(day: date | None = None, earliest: date | None = None) -> QDateEdit:
    """A compact dd.mm.yyyy date field with a calendar popup, showing ``day`` when given; ``earliest`` is
    the first date it offers (Qt's default is 1752)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    if earliest is not None:
        edit.setMinimumDate(to_qdate(earliest))
    if day is not None:
        edit.setDate(to_qdate(day))
    return edit
