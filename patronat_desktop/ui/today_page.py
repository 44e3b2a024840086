"""The "Today" page, the home screen: what needs doing today, by section or by settlement, one click to record
a visit."""

from __future__ import annotations

import uuid
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.agenda import AgendaSection
from patronat_desktop.domain.errors import DomainError
from patronat_desktop.domain.norms import WindowStatus
from patronat_desktop.services.agenda import AgendaCache
from patronat_desktop.ui.calendar.entries import PLANNED_MARK
from patronat_desktop.ui.crash_handler import handle_exception
from patronat_desktop.ui.norm_status import STATUS_COLOURS, STATUS_MARKS, status_text
from patronat_desktop.ui.vocab_labels import vocab_label
from patronat_desktop.ui.worker_filter import WorkerFilter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.services.agenda import Agenda, AgendaEntry
    from patronat_desktop.ui.context import AppContext
    from patronat_desktop.ui.suggest_dialog import SuggestVisitDialog

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role of the AgendaEntry of a row (in the first column)."""

CASE, FAMILY, SETTLEMENT, WHAT, DUE, MARK, ACTION = range(7)

VISIT_SECTIONS = frozenset({AgendaSection.MISSED_NORM, AgendaSection.AT_RISK, AgendaSection.VISIT_DUE})
"""Rows whose family a visit helps: these offer «Визит проведён»."""
PLAN_SECTIONS = VISIT_SECTIONS | {AgendaSection.VISITED_TODAY}

RECORD_SHORTCUT = "Ctrl+Return"
PLAN_SHORTCUT = "Ctrl+P"

ENDING_MARK = "◔"
LATE_COLOUR = STATUS_COLOURS[WindowStatus.MISSED]


def _d(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else ""


class TodayPage(QWidget):
    """The agenda of the working day for the signed-in worker (or, for centre staff, anyone or everyone).

    Loads in the background (``loaded`` says when it is in) and again whenever families change.
    """

    family_opened = Signal(object)
    """Enter or a double-click on a row (carries the family's UUID)."""
    loaded = Signal()
    """A fresh agenda is shown."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agenda: Agenda | None = None
        self.plan_dialog: SuggestVisitDialog | None = None
        self._generation = 0
        self._pending = False
        self._notice = ""  # what the last action did, shown after the counts until the next action
        self._select_next: tuple[uuid.UUID, AgendaSection] | None = None  # the row to show after a reload
        # Kept between loads: a reload after «Визит проведён» re-reads the visits and recomputes one family.
        self.cache = AgendaCache()

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.worker_combo = WorkerFilter()
        self.worker_combo.currentIndexChanged.connect(self.reload)
        worker_label = QLabel(self.tr("Се&мьи:"))
        worker_label.setBuddy(self.worker_combo)
        self.group_check = QCheckBox(self.tr("&Группировать по населённым пунктам"))
        self.group_check.setToolTip(
            self.tr("Все семьи одного населённого пункта вместе: одна поездка — все дела в деревне")
        )
        self.group_check.toggled.connect(self._show)
        self.refresh_button = QPushButton(self.tr("О&бновить"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(worker_label)
        top.addWidget(self.worker_combo)
        top.addWidget(self.group_check)
        top.addWidget(self.refresh_button)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(7)
        self.tree.setHeaderLabels(
            [
                self.tr("№ дела"),
                self.tr("Семья"),
                self.tr("Населённый пункт"),
                self.tr("Что и почему"),
                self.tr("Срок"),
                self.tr("Отметка"),
                self.tr("Действие"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Дела на сегодня"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setIndentation(14)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (CASE, FAMILY, SETTLEMENT, DUE, MARK, ACTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        # Fits "2026/1234", a surname with initials, a village name and the markers at 1366×768.
        for column, width in (
            (CASE, 108),
            (FAMILY, 140),
            (SETTLEMENT, 150),
            (DUE, 82),
            (MARK, 165),
            (ACTION, 128),
        ):
            self.tree.setColumnWidth(column, width)
        # activated: Enter on a row and a double-click (connecting doubleClicked too would open it twice).
        self.tree.activated.connect(self._activated)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.record_button = QPushButton(self.tr("✓ &Визит проведён"))
        self.record_button.setToolTip(
            self.tr("Записать посещение на дому сегодня для выбранной семьи ({shortcut})").format(
                shortcut="Ctrl+Enter"
            )
        )
        self.record_button.clicked.connect(self.record_selected)
        self.plan_button = QPushButton(self.tr("&Запланировать…"))
        self.plan_button.setToolTip(
            self.tr("Предложенные даты посещений, чтобы не нарушить норму ({shortcut})").format(
                shortcut=PLAN_SHORTCUT
            )
        )
        self.plan_button.clicked.connect(self.plan_selected)
        self.open_button = QPushButton(self.tr("&Открыть карточку"))
        self.open_button.setToolTip(self.tr("Карточка выбранной семьи (Enter или двойной щелчок)"))
        self.open_button.clicked.connect(self._open_selected)
        for keys, slot in ((RECORD_SHORTCUT, self.record_selected), (PLAN_SHORTCUT, self.plan_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.record_button)
        bottom.addWidget(self.plan_button)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.worker_combo, self.group_check)
        self.setTabOrder(self.group_check, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.tree)
        self.setTabOrder(self.tree, self.record_button)
        self.setTabOrder(self.record_button, self.plan_button)
        self.setTabOrder(self.plan_button, self.open_button)

        context.families_changed.connect(self.reload)
        context.worker_changed.connect(self._signed_in_changed)
        self._fill_workers()
        self._update_buttons()
        self.reload()

    # -- whose families --------------------------------------------------------------------------------

    def _fill_workers(self) -> None:
        self.worker_combo.fill(self.context)

    def _signed_in_changed(self) -> None:
        self._fill_workers()
        self.reload()

    def worker_filter(self) -> uuid.UUID | None:
        """Whose agenda is shown: a worker's id, or None for the whole centre."""
        return self.worker_combo.worker_id()

    def set_worker_filter(self, worker_id: uuid.UUID | None) -> None:
        self.worker_combo.choose(worker_id)

    # -- loading ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the agenda of the working day in the background (a newer request wins)."""
        from patronat_desktop.services.agenda import load_agenda
        from patronat_desktop.services.calendar import work_calendar

        self._generation += 1
        generation = self._generation
        centre_id, today, worker_id = self.context.actor.centre_id, self.context.today(), self.worker_filter()
        self._pending = True
        self.status_label.setStyleSheet("")
        self.status_label.setText(" ".join(t for t in (self.tr("Загрузка…"), self._notice) if t))
        self.heading.setText(self.tr("Сегодня, {day}").format(day=_d(today)))

        cache = self.cache  # a plain object: safe to hand to the pool thread

        def load(session: Session) -> tuple[int, Agenda]:
            calendar = work_calendar(session, centre_id)
            return generation, load_agenda(session, centre_id, today, calendar, worker_id, cache)

        # Bound methods, not lambdas: a lambda holding the page could be the last reference to it and be
        # dropped on the pool thread, destroying the page's widgets there (Qt then crashes on their timers).
        self.context.background(load, self._arrived, self._failed)

    def is_loading(self) -> bool:
        return self._pending

    def _arrived(self, result: tuple[int, Agenda]) -> None:
        generation, agenda = result
        if generation != self._generation:
            return
        self._pending = False
        self.agenda = agenda
        self._show()
        self.loaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._pending = False
        self.status_label.setText(self.tr("Не удалось загрузить повестку"))
        handle_exception(type(error), error, error.__traceback__)

    # -- showing ---------------------------------------------------------------------------------------

    def section_title(self, section: AgendaSection) -> str:
        titles = {
            AgendaSection.MISSED_NORM: self.tr("Нормы посещений не выполнены"),
            AgendaSection.OVERDUE_SURVEY: self.tr("Обследования просрочены"),
            AgendaSection.AT_RISK: self.tr("Под угрозой невыполнения нормы"),
            AgendaSection.VISIT_DUE: self.tr("Посещения на этой неделе"),
            AgendaSection.PLAN_ITEM_DUE: self.tr("Мероприятия плана к сроку"),
            AgendaSection.CONTRACT_ENDING: self.tr("Договоры заканчиваются в течение 14 дней"),
            AgendaSection.VISITED_TODAY: self.tr("Посещены сегодня"),
        }
        return titles[section]

    def describe(self, e: AgendaEntry) -> str:
        """What is due in the row and why (translated)."""
        kind = vocab_label(e.patronage_type) if e.patronage_type else ""
        if e.section == AgendaSection.MISSED_NORM:
            return self.tr(
                "Норма не выполнена ({kind}): {done} из {required} посещ. за {start}–{end}"
            ).format(kind=kind, done=e.done, required=e.required, start=_d(e.start), end=_d(e.due))
        if e.section == AgendaSection.OVERDUE_SURVEY:
            return self.tr("Обследование не проведено: заявление от {applied}, срок — 3 рабочих дня").format(
                applied=_d(e.start)
            )
        if e.section == AgendaSection.AT_RISK:
            return self.tr(
                "Нужно ещё {needed} посещ. до {end} ({kind}), а рабочих дней почти не осталось"
            ).format(needed=e.needed, end=_d(e.due), kind=kind)
        if e.section == AgendaSection.VISIT_DUE and e.planned_id is not None:
            if e.moved_from is not None:
                return self.tr("Запланированное посещение (перенесено с {day})").format(day=_d(e.moved_from))
            return self.tr("Запланированное посещение")
        if e.section == AgendaSection.VISIT_DUE:
            return self.tr("Нужно ещё {needed} посещ. до конца окна {start}–{end} ({kind})").format(
                needed=e.needed, start=_d(e.start), end=_d(e.due), kind=kind
            )
        if e.section == AgendaSection.PLAN_ITEM_DUE:
            return self.tr("Мероприятие плана: {measure}").format(measure=" ".join(e.text.split()))
        if e.section == AgendaSection.CONTRACT_ENDING:
            return self.tr("Договор № {number} заканчивается — продлить или подвести итоги").format(
                number=e.text
            )
        return self.tr("Посещение записано сегодня: {done} из {required} за {start}–{end}").format(
            done=e.done, required=e.required, start=_d(e.start), end=_d(e.due)
        )

    def mark(self, e: AgendaEntry) -> tuple[str, str]:
        """The row's marker (icon and words, never colour alone) and its colour."""
        today = self.context.today()
        if e.section == AgendaSection.OVERDUE_SURVEY:
            return f"{STATUS_MARKS[WindowStatus.MISSED]} " + self.tr("просрочено"), LATE_COLOUR
        if e.section == AgendaSection.PLAN_ITEM_DUE:
            if e.due is not None and e.due < today:
                return f"{STATUS_MARKS[WindowStatus.MISSED]} " + self.tr("просрочено"), LATE_COLOUR
            return f"{STATUS_MARKS[WindowStatus.OPEN]} " + self.tr("скоро срок"), STATUS_COLOURS[
                WindowStatus.OPEN
            ]
        if e.section == AgendaSection.CONTRACT_ENDING:
            return f"{ENDING_MARK} " + self.tr("заканчивается"), STATUS_COLOURS[WindowStatus.AT_RISK]
        if e.planned_id is not None:
            if e.due is not None and e.due < today:
                return f"{STATUS_MARKS[WindowStatus.MISSED]} " + self.tr("не проведено в срок"), LATE_COLOUR
            return f"{PLANNED_MARK} " + self.tr("запланировано"), STATUS_COLOURS[WindowStatus.OPEN]
        status = e.status or WindowStatus.OPEN
        return status_text(status), STATUS_COLOURS[status]

    def _row(self, e: AgendaEntry) -> QTreeWidgetItem:
        mark, colour = self.mark(e)
        what = self.describe(e)
        action = ""
        if e.section in VISIT_SECTIONS:
            action = self.tr("✓ Визит проведён")
        item = QTreeWidgetItem([e.case_number, e.family_name, e.settlement, what, _d(e.due), mark, action])
        item.setData(CASE, ENTRY_ROLE, e)
        item.setForeground(MARK, QBrush(QColor(colour)))
        item.setToolTip(WHAT, what)
        if action:
            item.setForeground(ACTION, QBrush(QColor(STATUS_COLOURS[WindowStatus.OPEN])))
            item.setToolTip(ACTION, self.tr("Щёлкните, чтобы записать посещение на дому сегодня"))
        return item

    def _group(self, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = item.font(CASE)
        font.setBold(True)
        item.setFont(CASE, font)
        return item

    def _show(self) -> None:
        agenda = self.agenda
        if agenda is None:
            return
        selected = self.selected_entry()
        grouped = self.group_check.isChecked()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        groups: list[tuple[str, list[AgendaEntry]]]
        if grouped:
            groups = [
                (
                    self.tr("{settlement} — {count}").format(
                        settlement=name or self.tr("без адреса"), count=len(es)
                    ),
                    es,
                )
                for name, es in agenda.by_settlement()
            ]
        else:
            groups = [
                (self.tr("{title} — {count}").format(title=self.section_title(s), count=len(es)), es)
                for s, es in agenda.sections()
                if es
            ]
        current: QTreeWidgetItem | None = None
        for title, entries in groups:
            head = self._group(title)
            head.addChildren([self._row(e) for e in entries])
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only once it is in the tree
            head.setExpanded(True)
            if selected is not None and current is None:
                for i in range(head.childCount()):
                    child = head.child(i)
                    if child is not None and child.data(CASE, ENTRY_ROLE) == selected:
                        current = child
        self.tree.setUpdatesEnabled(True)
        if current is not None:
            self.tree.setCurrentItem(current)
        if self._select_next is not None:
            self.select_family(*self._select_next)
            self._select_next = None
        total = len(agenda.entries)
        visited = len(agenda.section(AgendaSection.VISITED_TODAY))
        if total == 0:
            counts = self.tr("На сегодня ничего не требует внимания.")
        else:
            counts = self.tr("Дел: {total}, из них посещено сегодня: {visited}.").format(
                total=total - visited, visited=visited
            )
        self.status_label.setText(" ".join(t for t in (counts, self._notice) if t))
        self._update_buttons()

    # -- rows and actions ------------------------------------------------------------------------------

    def rows(self) -> list[QTreeWidgetItem]:
        """Every entry row, group by group."""
        out: list[QTreeWidgetItem] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head is not None:
                out.extend(c for j in range(head.childCount()) if (c := head.child(j)) is not None)
        return out

    def group_titles(self) -> list[str]:
        return [
            item.text(CASE)
            for i in range(self.tree.topLevelItemCount())
            if (item := self.tree.topLevelItem(i))
        ]

    def selected_entry(self) -> AgendaEntry | None:
        item = self.tree.currentItem()
        value = item.data(CASE, ENTRY_ROLE) if item is not None else None
        return value if value is not None and hasattr(value, "section") else None

    def select_family(self, family_id: uuid.UUID, section: AgendaSection | None = None) -> bool:
        """Make the first row of the family (in ``section``, if given) current."""
        for item in self.rows():
            e = item.data(CASE, ENTRY_ROLE)
            if e.family_id == family_id and (section is None or e.section == section):
                self.tree.setCurrentItem(item)
                return True
        return False

    def _update_buttons(self) -> None:
        e = self.selected_entry()
        self.record_button.setEnabled(e is not None and e.section in VISIT_SECTIONS)
        self.plan_button.setEnabled(e is not None and e.section in PLAN_SECTIONS)
        self.open_button.setEnabled(e is not None)

    def _activated(self, _index: QModelIndex | QPersistentModelIndex) -> None:
        self._open_selected()

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == ACTION and item.text(ACTION):
            self.tree.setCurrentItem(item)
            self.record_selected()

    def _open_selected(self) -> None:
        e = self.selected_entry()
        if e is not None:
            self.family_opened.emit(e.family_id)

    def record_selected(self) -> bool:
        """One click: a home visit today for the selected family (its due planned visit is marked done)."""
        from patronat_desktop.services.planning import record_due_visit

        e = self.selected_entry()
        if e is None or e.section not in VISIT_SECTIONS:
            return False
        actor, today, family_id = self.context.actor, self.context.today(), e.family_id
        self._notice = self.tr("✓ Посещение семьи {family} записано.").format(family=e.family_name)
        self._select_next = (
            family_id,
            AgendaSection.VISITED_TODAY,
        )  # its row there says how the window stands
        try:
            self.context.write(lambda s: record_due_visit(s, actor, family_id, today), family_id)
        except DomainError as error:
            self._notice = ""
            self._select_next = None
            self.status_label.setStyleSheet(f"color: {LATE_COLOUR};")
            self.status_label.setText(
                self.tr("✗ Посещение не записано: {reason}").format(
                    reason=" ".join(p.message for p in error.problems)
                )
            )
            return False
        return True

    def plan_selected(self) -> SuggestVisitDialog | None:
        """Open the suggested dates of the selected family; one click plans one."""
        from patronat_desktop.ui.suggest_dialog import SuggestVisitDialog

        e = self.selected_entry()
        if e is None or e.section not in PLAN_SECTIONS:
            return None
        if self.plan_dialog is not None:
            self.plan_dialog.deleteLater()
        label = f"{e.case_number} {e.family_name}, {e.settlement}".strip(", ")
        self.plan_dialog = SuggestVisitDialog(self.context, e.family_id, label, self)
        self.plan_dialog.open()
        return self.plan_dialog
