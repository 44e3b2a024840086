"""How a norm window's status looks everywhere in the UI: a mark, words and a colour (never colour alone)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from patronat_desktop.domain.norms import WindowStatus

STATUS_MARKS = {
    WindowStatus.MET: "✓",
    WindowStatus.OPEN: "○",
    WindowStatus.AT_RISK: "⚠",
    WindowStatus.MISSED: "✗",
}
"""The mark of each status: read before the colour."""

STATUS_COLOURS = {
    WindowStatus.MET: "#1e5b25",
    WindowStatus.OPEN: "#123e7a",
    WindowStatus.AT_RISK: "#8a5300",
    WindowStatus.MISSED: "#8c1d18",
}
"""Dark enough for text on white and on the light day backgrounds (contrast above 4.5:1)."""


def status_words(status: WindowStatus) -> str:
    """The status in words (translated)."""
    if status is WindowStatus.MET:
        return QCoreApplication.translate("NormStatus", "норма выполнена")
    if status is WindowStatus.OPEN:
        return QCoreApplication.translate("NormStatus", "идёт")
    if status is WindowStatus.AT_RISK:
        return QCoreApplication.translate("NormStatus", "под угрозой")
    return QCoreApplication.translate("NormStatus", "норма не выполнена")


def status_text(status: WindowStatus) -> str:
    """Mark and words, e.g. "⚠ под угрозой"."""
    return f"{STATUS_MARKS[status]} {status_words(status)}"
