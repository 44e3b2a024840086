"""The stage stepper at the top of the family card: each stage done, current, blocked (with why) or ahead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from patronat_desktop.domain.stages import StepState
from patronat_desktop.ui.vocab_labels import stage_label

_STYLES = {
    "done": "background:#e3f1e4; color:#1e5b25; border:1px solid #9cc9a0;",
    "current": "background:#e3ecfa; color:#123e7a; border:2px solid #3b6fc2; font-weight:bold;",
    "blocked": "background:#fdeceb; color:#8c1d18; border:1px solid #e0a19c;",
    "ahead": "background:#f4f4f4; color:#666; border:1px solid #d0d0d0;",
}
_MARKS = {"done": "✓", "current": "●", "blocked": "⛔", "ahead": "○"}


class StageStepper(QWidget):
    """Shows the steps of a case; a blocked step lists its reasons in the label below the row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout()
        self.row.setSpacing(4)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color:#8c1d18;")
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.step_labels: list[QLabel] = []

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.row)
        outer.addWidget(self.reasons)

    def set_steps(self, steps: list[StepState]) -> None:
        for label in self.step_labels:
            self.row.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.step_labels = []
        blocked_texts: list[str] = []
        state_names = {
            "done": self.tr("выполнено"),
            "current": self.tr("текущий шаг"),
            "blocked": self.tr("заблокировано"),
            "ahead": self.tr("впереди"),
        }
        for step in steps:
            label = QLabel(f"{_MARKS[step.state]} {stage_label(step.stage)}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet(_STYLES[step.state] + " padding:4px 6px; border-radius:4px;")
            tip = f"{stage_label(step.stage)}: {state_names[step.state]}"
            if step.reasons:
                tip += "\n" + "\n".join(r.message for r in step.reasons)
            label.setToolTip(tip)
            label.setAccessibleName(tip)
            label.setProperty("state", step.state)
            self.row.addWidget(label, 1)
            self.step_labels.append(label)
            if step.state == "blocked":
                reasons = "; ".join(r.message for r in step.reasons)
                blocked_texts.append(
                    self.tr("Шаг «{stage}» заблокирован: {reasons}").format(
                        stage=stage_label(step.stage), reasons=reasons
                    )
                )
        self.reasons.setText("\n".join(blocked_texts))
        self.reasons.setVisible(bool(blocked_texts))
