"""Form helpers: errors shown next to their fields, and the save / discard / stay question."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from patronat_desktop.domain.errors import Problem

ERROR_STYLE = "color: #b3261e;"
INVALID_PROPERTY = "invalid"


def error_label() -> QLabel:
    """A hidden red label for a field's error message."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Maps Problem.field names to the labels under their widgets; unknown fields go to the general label.

    A field name matches when it equals a registered name or starts with it followed by "." or "[",
    so "members[1].birth_date" can be shown by the widget registered as "members".
    """

    def __init__(self, general: QLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QLabel, QWidget | None]] = {}
        self._styles: dict[int, str] = {}  # a marked widget's own style sheet, restored on clear

    def register(self, field: str, widget: QWidget | None = None) -> QLabel:
        label = error_label()
        self._fields[field] = (label, widget)
        return label

    def _target(self, field: str) -> tuple[QLabel, QWidget | None] | None:
        if field in self._fields:
            return self._fields[field]
        best = None
        for name, target in self._fields.items():
            if field.startswith((name + ".", name + "[")) and (best is None or len(name) > len(best[0])):
                best = (name, target)
        return best[1] if best else None

    def clear(self) -> None:
        for label, widget in self._fields.values():
            label.clear()
            label.hide()
            if widget is not None and widget.property(INVALID_PROPERTY):
                widget.setProperty(INVALID_PROPERTY, False)
                widget.setStyleSheet(self._styles.pop(id(widget), ""))
        self.general.clear()
        self.general.hide()

    def show(self, problems: Iterable[Problem]) -> None:
        """Show every problem by its field; focuses the first invalid widget."""
        self.clear()
        texts: dict[int, list[str]] = {}
        general: list[str] = []
        first: QWidget | None = None
        for problem in problems:
            target = self._target(problem.field)
            if target is None:
                general.append(problem.message)
                continue
            label, widget = target
            texts.setdefault(id(label), []).append(problem.message)
            label.setText("\n".join(dict.fromkeys(texts[id(label)])))
            label.show()
            if widget is not None:
                if not widget.property(INVALID_PROPERTY):
                    self._styles[id(widget)] = widget.styleSheet()
                widget.setProperty(INVALID_PROPERTY, True)
                own = self._styles.get(id(widget), "")
                if not widget.objectName():
                    widget.setObjectName(f"field_{id(widget):x}")
                # Scoped to the widget itself: a group box or table must not frame each of its children.
                frame = f"#{widget.objectName()} {{ border: 1px solid #b3261e; }}"
                widget.setStyleSheet(own + ("\n" if own else "") + frame)
                first = first or widget
        if general:
            self.general.setText("\n".join(dict.fromkeys(general)))
            self.general.show()
        if first is not None:
            first.setFocus()

    def messages(self) -> list[str]:
        """Every message shown now (for tests and the accessible summary)."""
        out = [label.text() for label, _ in self._fields.values() if label.isVisible() or label.text()]
        if self.general.text():
            out.append(self.general.text())
        return [m for m in out if m]


class LeaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    STAY = "stay"


def ask_leave(parent: QWidget, what: str) -> LeaveChoice:
    """Ask what to do with unsaved changes before leaving a form."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Forms", "Несохранённые изменения"))
    box.setText(
        QCoreApplication.translate("Forms", "В разделе «{what}» есть несохранённые изменения.").format(
            what=what
        )
    )
    box.setInformativeText(QCoreApplication.translate("Forms", "Сохранить их?"))
    save = box.addButton(QCoreApplication.translate("Forms", "Сохранить"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        QCoreApplication.translate("Forms", "Не сохранять"), QMessageBox.ButtonRole.DestructiveRole
    )
    stay = box.addButton(QCoreApplication.translate("Forms", "Остаться"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return LeaveChoice.SAVE
    if clicked is discard:
        return LeaveChoice.DISCARD
    return LeaveChoice.STAY


class GuardedDialog(QDialog):
    """A form dialog that refuses to lose edits: closing it with changes asks save / discard / stay.

    Subclasses implement ``is_dirty()`` and ``try_save() -> bool`` (call the service, show errors with
    ``self.errors``, return True when saved). The OK button should call ``self.save_and_close``.
    """

    what = ""
    """How the question names the form, e.g. "Посещение"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)

    def is_dirty(self) -> bool:
        return False

    def try_save(self) -> bool:
        return True

    def save_and_close(self) -> None:
        if self.try_save():
            self.accept()

    def reject(self) -> None:
        if self.is_dirty():
            choice = ask_leave(self, self.what or self.windowTitle())
            if choice == LeaveChoice.STAY:
                return
            if choice == LeaveChoice.SAVE:
                self.save_and_close()
                return
        super().reject()
