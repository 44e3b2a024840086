"""The "Соблюдение норм" section: a timeline of the family's type periods, each norm window with its
status (mark, words and colour) and the visits that fell in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from patronat_desktop.domain.norms import TypePeriod as PeriodSpan
from patronat_desktop.domain.norms import WindowStatus, current_window, effective_periods
from patronat_desktop.ui.card.section import CardSection
from patronat_desktop.ui.norm_status import STATUS_COLOURS, STATUS_MARKS, status_text
from patronat_desktop.ui.vocab_labels import patronage_type_label, vocab_label

if TYPE_CHECKING:
    from patronat_desktop.services.detail import FamilyDetail
    from patronat_desktop.ui.context import AppContext


class ComplianceSection(CardSection):
    """Read-only: periods → windows → visits, oldest first; the running window is selected and shown."""

    title = "Соблюдение норм"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Период, окно нормы, посещение"), self.tr("Посещений"), self.tr("Статус")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAccessibleName(self.tr("Соблюдение норм по окнам"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.general_error)

    def section_title(self) -> str:
        return self.tr("Соблюдение норм")

    def load(self, detail: FamilyDetail) -> None:
        super().load(detail)
        family = detail.family
        self.tree.clear()
        periods = effective_periods(PeriodSpan(p.type, p.start, p.end) for p in family.type_periods)
        windows = detail.windows
        counting = sorted((v for v in family.visits if v.counts_toward_norm), key=lambda v: v.date)
        running = current_window(windows, detail.today)
        current_item: QTreeWidgetItem | None = None
        for period in periods:
            end = f"{period.end:%d.%m.%Y}" if period.end is not None else self.tr("по настоящее время")
            head = self.tr("{type} патронат: {start} – {end}").format(
                type=patronage_type_label(period.type).capitalize(), start=f"{period.start:%d.%m.%Y}", end=end
            )
            inside = [
                w
                for w in windows
                if w.start >= period.start and (period.end is None or w.start <= period.end)
            ]
            statuses = [w.status for w in inside]
            tally = ", ".join(
                f"{STATUS_MARKS[s]} {statuses.count(s)}" for s in WindowStatus if statuses.count(s)
            )
            period_item = QTreeWidgetItem([head, "", tally])
            font = period_item.font(0)
            font.setBold(True)
            period_item.setFont(0, font)
            self.tree.addTopLevelItem(period_item)
            for window in inside:
                dates = f"{window.start:%d.%m.%Y} – {window.end:%d.%m.%Y}"
                if window.partial:
                    dates += " " + self.tr("(неполное окно)")
                counts = self.tr("{done} из {required}").format(done=window.done, required=window.required)
                item = QTreeWidgetItem([dates, counts, status_text(window.status)])
                colour = QBrush(QColor(STATUS_COLOURS[window.status]))
                for column in range(3):
                    item.setForeground(column, colour)
                period_item.addChild(item)
                for visit in (v for v in counting if window.start <= v.date <= window.end):
                    text = f"{visit.date:%d.%m.%Y} — {vocab_label(visit.kind)}"
                    item.addChild(QTreeWidgetItem([text, "", ""]))
                if window == running:
                    current_item = item
            # A short history is shown whole; a long one (years of weekly windows) opens at its last period.
            period_item.setExpanded(period is periods[-1] or len(windows) <= 40)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if current_item is not None:
            current_item.setExpanded(True)
            self.tree.setCurrentItem(current_item)
            self.tree.scrollToItem(current_item)
        self.summary_label.setText(self._summary(detail))

    def _summary(self, detail: FamilyDetail) -> str:
        windows = detail.windows
        if not windows:
            return self.tr("Окон нормы пока нет: нет действующего договора с видом патроната.")
        met = sum(1 for w in windows if w.status is WindowStatus.MET)
        missed = sum(1 for w in windows if w.status is WindowStatus.MISSED)
        text = self.tr("Окон нормы: {total}, выполнено: {met}, не выполнено: {missed}.").format(
            total=len(windows), met=met, missed=missed
        )
        running = current_window(windows, detail.today)
        if running is not None:
            text += " " + self.tr("Текущее окно {start} – {end}: {done} из {required}, {status}.").format(
                start=f"{running.start:%d.%m}",
                end=f"{running.end:%d.%m.%Y}",
                done=running.done,
                required=running.required,
                status=status_text(running.status),
            )
        return text
