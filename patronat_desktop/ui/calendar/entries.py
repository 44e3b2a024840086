"""What the calendar writes about a day: its kind, and one line per family entry (window, plan, visit)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from patronat_desktop.domain.calendar import DayInfo, DayKind
from patronat_desktop.domain.norms import WindowStatus
from patronat_desktop.services.calendar_view import CalendarDay, FamilyRef, MarkReason
from patronat_desktop.ui.norm_status import STATUS_COLOURS, STATUS_MARKS, status_words
from patronat_desktop.ui.vocab_labels import patronage_type_label, vocab_label

DONE_MARK = "●"
PLANNED_MARK = "◷"
DONE_COLOUR = "#202020"
PLANNED_COLOUR = "#4a2a7a"
DAY_MARKS = {
    DayKind.HOLIDAY: "★",
    DayKind.TRANSFERRED_OFF: "↷",
    DayKind.TRANSFERRED_WORKING: "⚒",
}
OFF_BACKGROUND = "#fbe9e7"
WORKED_SATURDAY_BACKGROUND = "#e3eefb"
WORKING_BACKGROUND = "#ffffff"


class EntryKind(StrEnum):
    WINDOW = "window"
    PLANNED = "planned"
    DONE = "done"


@dataclass(frozen=True)
class Entry:
    """One line of a day's list about one family."""

    family_id: uuid.UUID
    kind: EntryKind
    text: str
    colour: str
    status: WindowStatus | None = None
    planned_id: uuid.UUID | None = None
    short: str = ""
    """The line without details (the week view's narrow columns; the full text is its tooltip)."""


def day_kind_text(info: DayInfo) -> str:
    """The day's kind in words, with its mark, e.g. "⚒ рабочая суббота"; "" for an ordinary working day."""
    if info.kind is DayKind.HOLIDAY:
        return "★ " + QCoreApplication.translate("CalendarEntries", "праздник")
    if info.kind is DayKind.TRANSFERRED_OFF:
        return "↷ " + QCoreApplication.translate("CalendarEntries", "выходной (перенос)")
    if info.kind is DayKind.TRANSFERRED_WORKING:
        return "⚒ " + QCoreApplication.translate("CalendarEntries", "рабочий день (перенос)")
    if info.kind is DayKind.WEEKEND:
        return QCoreApplication.translate("CalendarEntries", "выходной")
    return ""


def day_tooltip(info: DayInfo) -> str:
    """The day's kind and the name of its holiday or transfer."""
    kind = day_kind_text(info)
    if info.name and info.kind in DAY_MARKS and info.kind is not DayKind.HOLIDAY:
        return f"{DAY_MARKS[info.kind]} {info.name}"  # the transfer's name says what it is
    if info.name:
        return f"{kind}: {info.name}" if kind else info.name
    return kind or QCoreApplication.translate("CalendarEntries", "рабочий день")


def day_background(info: DayInfo) -> str:
    if info.kind is DayKind.TRANSFERRED_WORKING:
        return WORKED_SATURDAY_BACKGROUND
    return WORKING_BACKGROUND if info.is_working else OFF_BACKGROUND


def weekday_short(d: date) -> str:
    names = (
        QCoreApplication.translate("CalendarEntries", "Пн"),
        QCoreApplication.translate("CalendarEntries", "Вт"),
        QCoreApplication.translate("CalendarEntries", "Ср"),
        QCoreApplication.translate("CalendarEntries", "Чт"),
        QCoreApplication.translate("CalendarEntries", "Пт"),
        QCoreApplication.translate("CalendarEntries", "Сб"),
        QCoreApplication.translate("CalendarEntries", "Вс"),
    )
    return names[d.weekday()]


def month_name(month: int) -> str:
    names = (
        QCoreApplication.translate("CalendarEntries", "Январь"),
        QCoreApplication.translate("CalendarEntries", "Февраль"),
        QCoreApplication.translate("CalendarEntries", "Март"),
        QCoreApplication.translate("CalendarEntries", "Апрель"),
        QCoreApplication.translate("CalendarEntries", "Май"),
        QCoreApplication.translate("CalendarEntries", "Июнь"),
        QCoreApplication.translate("CalendarEntries", "Июль"),
        QCoreApplication.translate("CalendarEntries", "Август"),
        QCoreApplication.translate("CalendarEntries", "Сентябрь"),
        QCoreApplication.translate("CalendarEntries", "Октябрь"),
        QCoreApplication.translate("CalendarEntries", "Ноябрь"),
        QCoreApplication.translate("CalendarEntries", "Декабрь"),
    )
    return names[month - 1]


def family_name(families: Mapping[uuid.UUID, FamilyRef], family_id: uuid.UUID) -> str:
    ref = families.get(family_id)
    return ref.label if ref is not None else "—"


def short_name(families: Mapping[uuid.UUID, FamilyRef], family_id: uuid.UUID) -> str:
    ref = families.get(family_id)
    return (ref.applicant or ref.case_number) if ref is not None else "—"


def day_entries(day: CalendarDay, families: Mapping[uuid.UUID, FamilyRef]) -> list[Entry]:
    """The day's lines: windows (missed and at risk first), then planned visits, then visits done."""
    order = {WindowStatus.MISSED: 0, WindowStatus.AT_RISK: 1, WindowStatus.OPEN: 2, WindowStatus.MET: 3}
    out: list[Entry] = []
    for mark in sorted(day.windows, key=lambda m: order[m.status]):
        w = mark.window
        name = family_name(families, mark.family_id)
        status = mark.status
        if mark.reason is MarkReason.TURNS_AT_RISK:
            what = QCoreApplication.translate(
                "CalendarEntries", "станет под угрозой без посещения: нужно ещё {n} до {end}"
            )
            what = what.format(n=w.needed, end=f"{w.end:%d.%m}")
        elif mark.reason is MarkReason.AT_RISK_TODAY:
            what = QCoreApplication.translate(
                "CalendarEntries", "под угрозой: нужно ещё {n} до {end}"
            ).format(n=w.needed, end=f"{w.end:%d.%m}")
        else:
            what = QCoreApplication.translate(
                "CalendarEntries", "норма ({type}) {start}–{end}: {done} из {required}, {status}"
            ).format(
                type=patronage_type_label(w.type),
                start=f"{w.start:%d.%m}",
                end=f"{w.end:%d.%m}",
                done=w.done,
                required=w.required,
                status=status_words(status),
            )
        text = f"{STATUS_MARKS[status]} {name} — {what}"
        turns = mark.reason is MarkReason.TURNS_AT_RISK
        brief = (
            QCoreApplication.translate("CalendarEntries", "станет под угрозой")
            if turns
            else status_words(status)
        )
        short = f"{STATUS_MARKS[status]} {short_name(families, mark.family_id)} — {brief}"
        out.append(Entry(mark.family_id, EntryKind.WINDOW, text, STATUS_COLOURS[status], status, short=short))
    for plan in day.planned:
        text = f"{PLANNED_MARK} {family_name(families, plan.family_id)} — " + QCoreApplication.translate(
            "CalendarEntries", "запланировано посещение"
        )
        if plan.note:
            text += f" ({plan.note})"
        short = f"{PLANNED_MARK} {short_name(families, plan.family_id)} — " + QCoreApplication.translate(
            "CalendarEntries", "план"
        )
        out.append(
            Entry(plan.family_id, EntryKind.PLANNED, text, PLANNED_COLOUR, planned_id=plan.id, short=short)
        )
    for visit in day.done:
        counts = (
            QCoreApplication.translate("CalendarEntries", "в норму")
            if visit.counts
            else QCoreApplication.translate("CalendarEntries", "не в норму")
        )
        text = f"{DONE_MARK} {family_name(families, visit.family_id)} — {vocab_label(visit.kind)} ({counts})"
        short = f"{DONE_MARK} {short_name(families, visit.family_id)} — {vocab_label(visit.kind)}"
        out.append(Entry(visit.family_id, EntryKind.DONE, text, DONE_COLOUR, short=short))
    return out


def day_counts(day: CalendarDay) -> list[tuple[str, str]]:
    """Short (text, colour) tokens of a month cell: visits done, planned, then windows by status."""
    tokens: list[tuple[str, str]] = []
    if day.done:
        tokens.append((f"{DONE_MARK} {len(day.done)}", DONE_COLOUR))
    if day.planned:
        tokens.append((f"{PLANNED_MARK} {len(day.planned)}", PLANNED_COLOUR))
    for status in (WindowStatus.MISSED, WindowStatus.AT_RISK, WindowStatus.OPEN, WindowStatus.MET):
        n = day.count(status)
        if n:
            tokens.append((f"{STATUS_MARKS[status]} {n}", STATUS_COLOURS[status]))
    return tokens


def day_summary(day: CalendarDay) -> str:
    """The day's counts in words (tooltips and screen readers)."""
    parts = []
    if day.done:
        parts.append(QCoreApplication.translate("CalendarEntries", "посещений: {n}").format(n=len(day.done)))
    if day.planned:
        parts.append(
            QCoreApplication.translate("CalendarEntries", "запланировано: {n}").format(n=len(day.planned))
        )
    for status in (WindowStatus.MISSED, WindowStatus.AT_RISK, WindowStatus.OPEN, WindowStatus.MET):
        n = day.count(status)
        if n:
            parts.append(f"{STATUS_MARKS[status]} {status_words(status)}: {n}")
    return "; ".join(parts)
