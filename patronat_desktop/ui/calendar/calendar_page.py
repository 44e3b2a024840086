"""The calendar page: month, week and agenda views, a worker filter, a legend and the selected day's list."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.norms import WindowStatus, add_months
from patronat_desktop.ui.calendar.agenda_view import AgendaView
from patronat_desktop.ui.calendar.day_panel import DayPanel
from patronat_desktop.ui.calendar.entries import (
    DAY_MARKS,
    DONE_COLOUR,
    DONE_MARK,
    OFF_BACKGROUND,
    PLANNED_COLOUR,
    PLANNED_MARK,
    WORKED_SATURDAY_BACKGROUND,
    family_name,
    month_name,
)
from patronat_desktop.ui.calendar.month_view import MonthView
from patronat_desktop.ui.calendar.plan_dialog import PlanVisitDialog
from patronat_desktop.ui.calendar.week_view import WeekView
from patronat_desktop.ui.crash_handler import handle_exception
from patronat_desktop.ui.norm_status import STATUS_COLOURS, STATUS_MARKS, status_words
from patronat_desktop.ui.worker_filter import WorkerFilter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.domain.calendar import WorkCalendar
    from patronat_desktop.services.calendar_view import CalendarRange, CentreCases
    from patronat_desktop.ui.card.visit_dialog import VisitDialog
    from patronat_desktop.ui.context import AppContext

MONTH, WEEK, AGENDA = 0, 1, 2

PREFETCH_DELAY_MS = 3000
"""How long after the page is made, or its families are dropped, they are read again while it is hidden."""


class CalendarPage(QWidget):
    """The visit calendar. Data of the shown month loads in the background; ``loaded`` says when it is in."""

    loaded = Signal()
    """The shown range was loaded and drawn."""
    family_opened = Signal(object)
    """«Карточка» was asked for a family (carries its id)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: CalendarRange | None = None
        self.selected = context.today()
        self._loaded_key: tuple[int, int, uuid.UUID | None] | None = None
        self._generation = 0
        self._showing = False
        self._cases: CentreCases | None = None
        self._cases_generation = 0
        self._calendar: WorkCalendar | None = None
        self.visit_dialog: VisitDialog | None = None
        self.plan_dialog: PlanVisitDialog | None = None

        self.prev_button = QPushButton(self.tr("◀ Назад"))
        self.prev_button.setToolTip(self.tr("Предыдущий период (PgUp)"))
        self.today_button = QPushButton(self.tr("&Сегодня"))
        self.today_button.setToolTip(self.tr("Перейти к сегодняшнему дню (Home)"))
        self.next_button = QPushButton(self.tr("Вперёд ▶"))
        self.next_button.setToolTip(self.tr("Следующий период (PgDown)"))
        self.period_label = QLabel()
        period_font = self.period_label.font()
        period_font.setBold(True)
        period_font.setPointSizeF(period_font.pointSizeF() * 1.2)
        self.period_label.setFont(period_font)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)

        self.view_buttons = QButtonGroup(self)
        views = QHBoxLayout()
        views.setSpacing(0)
        for i, title in enumerate((self.tr("&Месяц"), self.tr("&Неделя"), self.tr("&Повестка"))):
            button = QPushButton(title)
            button.setCheckable(True)
            self.view_buttons.addButton(button, i)
            views.addWidget(button)
        self.view_buttons.button(MONTH).setChecked(True)
        self.view_buttons.idClicked.connect(self.set_view)

        self.worker_combo = WorkerFilter()
        self.worker_combo.currentIndexChanged.connect(self._worker_changed)
        worker_label = QLabel(self.tr("Се&мьи:"))
        worker_label.setBuddy(self.worker_combo)

        top = QHBoxLayout()
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addSpacing(8)
        top.addWidget(self.period_label, 1)
        top.addLayout(views)
        top.addSpacing(8)
        top.addWidget(worker_label)
        top.addWidget(self.worker_combo)

        self.month_view = MonthView()
        self.week_view = WeekView()
        self.agenda_view = AgendaView()
        self.views = QStackedWidget()
        for view in (self.month_view, self.week_view, self.agenda_view):
            self.views.addWidget(view)
            view.day_selected.connect(self.select_day)
            view.day_opened.connect(self.open_day)
        self.day_panel = DayPanel()
        self.day_panel.record_requested.connect(self.record_visit)
        self.day_panel.plan_requested.connect(self.plan_visit)
        self.day_panel.open_requested.connect(self.family_opened)
        self.day_panel.left.connect(
            lambda: (self.month_view, self.week_view, self.agenda_view)[self.view()].setFocus()
        )
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.views)
        splitter.addWidget(self.day_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 360])
        splitter.setChildrenCollapsible(False)

        self.status_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self._legend())
        layout.addWidget(self.status_label)

        for keys, slot in (
            ("PgUp", lambda: self.step(-1)),
            ("PgDown", lambda: self.step(1)),
            ("Home", self.go_today),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        context.families_changed.connect(self._changed)
        context.worker_changed.connect(self._signed_in_changed)
        self._fill_workers()
        # The families of the centre cost as much to read as a month: read them while the page is hidden,
        # so that opening it reads only the month (``prefetch``).
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_DELAY_MS)
        self._prefetch_timer.timeout.connect(self.prefetch)
        self._prefetch_timer.start()

    # -- legend and filter --------------------------------------------------------------------------------

    def _legend(self) -> QWidget:
        legend = QWidget()
        grid = QGridLayout(legend)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(QLabel(self.tr("Обозначения:")), 0, 0)
        items = [(f"{DONE_MARK} " + self.tr("посещения"), DONE_COLOUR, "")]
        items.append((f"{PLANNED_MARK} " + self.tr("запланировано"), PLANNED_COLOUR, ""))
        for status in (WindowStatus.MET, WindowStatus.OPEN, WindowStatus.AT_RISK, WindowStatus.MISSED):
            items.append((f"{STATUS_MARKS[status]} {status_words(status)}", STATUS_COLOURS[status], ""))
        items.append(
            (f"{DAY_MARKS[next(iter(DAY_MARKS))]} " + self.tr("праздник"), "#000000", OFF_BACKGROUND)
        )
        items.append(("↷ " + self.tr("перенесённый выходной"), "#000000", OFF_BACKGROUND))
        items.append(("⚒ " + self.tr("рабочая суббота"), "#000000", WORKED_SATURDAY_BACKGROUND))
        for i, (text, colour, background) in enumerate(items):
            label = QLabel(text)
            style = f"color: {colour}; padding: 1px 4px;"
            if background:
                style += f" background: {background}; border: 1px solid #c8c8c8;"
            label.setStyleSheet(style)
            grid.addWidget(label, i // 6, 1 + i % 6)
        grid.setColumnStretch(7, 1)
        legend.setToolTip(self.tr("Окна нормы показаны в день окончания и в день, когда станут под угрозой"))
        return legend

    def _fill_workers(self, keep: bool = False) -> None:
        self.worker_combo.fill(self.context, keep)

    def _signed_in_changed(self) -> None:
        self._fill_workers()
        self._forget()
        if self.isVisible():
            self._load()

    def worker_filter(self) -> uuid.UUID | None:
        return self.worker_combo.worker_id()

    def set_worker_filter(self, worker_id: uuid.UUID | None) -> None:
        """Choose whose families to show (None: the whole centre, if the signed-in worker may see it)."""
        self.worker_combo.choose(worker_id)

    def _worker_changed(self) -> None:
        self._forget()
        self._load()

    # -- navigation ---------------------------------------------------------------------------------------

    def view(self) -> int:
        return self.views.currentIndex()

    def set_view(self, index: int) -> None:
        self.views.setCurrentIndex(index)
        self.view_buttons.button(index).setChecked(True)
        self._show()
        (self.month_view, self.week_view, self.agenda_view)[index].setFocus()

    def step(self, direction: int) -> None:
        """Previous (-1) or next (+1) month, or week in the week view."""
        if self.view() == WEEK:
            self.select_day(self.selected + timedelta(days=7 * direction))
        else:
            self.select_day(add_months(self.selected, direction))

    def go_today(self) -> None:
        self.select_day(self.context.today())

    def select_day(self, d: date) -> None:
        """Make ``d`` the selected day: reload when it lies outside the loaded month, else redraw."""
        if self._showing:
            return  # a view reporting the day it was just told to show
        self.selected = d
        if self._loaded_key != self._key():
            self._load()
        else:
            self._show()

    def open_day(self, d: date) -> None:
        """Enter on a day: select it and move the keyboard to its list."""
        self.select_day(d)
        self.day_panel.focus_list()

    def _key(self) -> tuple[int, int, uuid.UUID | None]:
        return (self.selected.year, self.selected.month, self.worker_filter())

    # -- loading ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh the worker filter and the calendar's overrides, and load the shown month. The families
        kept from before stay: every change to a case arrives as ``families_changed``, which drops them."""
        self._fill_workers(keep=True)
        self._calendar = None
        self._loaded_key = None
        self._load()

    def _forget(self) -> None:
        """Drop the kept families and working-day calendar: they are read again with the next month, or
        in the background a little later if the page is hidden then."""
        self._cases = None
        self._cases_generation += 1
        self._generation += 1  # what a load on its way read is out of date too
        self._calendar = None
        self._loaded_key = None
        self._prefetch_timer.start()

    def prefetch(self) -> None:
        """Read what the month of today needs that stays the same from month to month (``read_ahead``: the
        families of the current filter, their periods cut to the contracts, earlier counting visits) in the
        background while the page is hidden, to be kept for its next load.  Nothing is shown."""
        if self._cases is not None or self.isVisible():
            return  # kept already, or the page's own load reads them
        from patronat_desktop.services.calendar_view import read_ahead

        generation = self._cases_generation
        centre_id, worker_id, today = self.context.actor.centre_id, self.worker_filter(), self.context.today()

        def load(session: Session) -> CentreCases:
            return read_ahead(session, centre_id, today, worker_id)

        # A failure is left to the page's own load, which reads them again and reports what goes wrong.
        self.context.background(load, lambda cases: self._prefetched(generation, cases), lambda _error: None)

    def _prefetched(self, generation: int, cases: CentreCases) -> None:
        if generation == self._cases_generation and self._cases is None:
            self._cases = cases

    def _load(self) -> None:
        """Load the selected day's month (its whole weeks) in the background."""
        from patronat_desktop.services.calendar import work_calendar
        from patronat_desktop.services.calendar_view import calendar_range, load_cases, month_grid

        self._generation += 1
        generation = self._generation
        key = self._key()
        start, end = month_grid(self.selected.year, self.selected.month)
        centre_id, today, worker_id = self.context.actor.centre_id, self.context.today(), key[2]
        self.status_label.setText(self.tr("Загрузка календаря…"))

        cached, known = self._cases, self._calendar

        def load(session: Session) -> tuple[CalendarRange, CentreCases, WorkCalendar]:
            calendar = known or work_calendar(session, centre_id)
            cases = cached or load_cases(session, centre_id, worker_id)
            data = calendar_range(session, centre_id, start, end, today, calendar, worker_id, cases)
            return data, cases, calendar

        self.context.background(
            load,
            lambda loaded: self._arrived(generation, key, *loaded),
            lambda error: self._failed(generation, error),
        )

    def _arrived(
        self,
        generation: int,
        key: tuple[int, int, uuid.UUID | None],
        data: CalendarRange,
        cases: CentreCases,
        calendar: WorkCalendar,
    ) -> None:
        if generation != self._generation:
            return  # a later request is on its way
        # The families and the working-day calendar are kept for the next months until something changes.
        self._cases, self._calendar = cases, calendar
        self.data = data
        self._loaded_key = key
        self.status_label.setText("")
        self._show()
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.status_label.setText(self.tr("Не удалось загрузить календарь"))
        handle_exception(type(error), error, error.__traceback__)

    def _changed(self) -> None:
        self._forget()
        if self.isVisible():
            self._load()

    def _show(self) -> None:
        data = self.data
        if data is None or not data.start <= self.selected <= data.end:
            return
        self._showing = True
        try:
            self._fill(data)
        finally:
            self._showing = False

    def _fill(self, data: CalendarRange) -> None:
        month = self.selected.month
        if self.view() == WEEK:
            monday = self.selected - timedelta(days=self.selected.weekday())
            sunday = monday + timedelta(days=6)
            self.period_label.setText(
                self.tr("Неделя {start} – {end}").format(start=f"{monday:%d.%m}", end=f"{sunday:%d.%m.%Y}")
            )
            self.week_view.show_range(data, self.selected)
        else:
            self.period_label.setText(f"{month_name(month)} {self.selected.year}")
            if self.view() == MONTH:
                self.month_view.show_range(data, month, self.selected)
            else:
                self.agenda_view.show_range(data, month, self.selected)
        self.day_panel.show_day(data.day(self.selected), data.families)

    # -- actions of the day's list ------------------------------------------------------------------------

    def record_visit(self, family_id: uuid.UUID) -> VisitDialog | None:
        """Open the visit form of the card for the family, dated the selected day (today if it is later);
        from a planned visit's line, the visit recorded fulfils that plan."""
        from patronat_desktop.services.detail import load_family_detail
        from patronat_desktop.ui.card.visit_dialog import VisitDialog
        from patronat_desktop.ui.dates import to_qdate

        actor, today = self.context.actor, self.context.today()
        detail = self.context.read(lambda s: load_family_detail(s, actor, family_id, today))
        if self.visit_dialog is not None:
            self.visit_dialog.deleteLater()
        # Recorded from a planned visit's line, the visit fulfils that plan (marked done with it).
        planned = self.day_panel.selected_planned() if self.day_panel.selected_family() == family_id else None
        self.visit_dialog = VisitDialog(self.context, detail, None, parent=self, planned_id=planned)
        self.visit_dialog.date_edit.setDate(to_qdate(min(self.selected, today)))
        self.visit_dialog._initial = self.visit_dialog._values()  # the date set here is no edit of the user
        self.visit_dialog.open()
        return self.visit_dialog

    def plan_visit(self, family_id: uuid.UUID) -> PlanVisitDialog:
        """Open the planning form for the family, dated the selected day (today if that has passed)."""
        families = self.data.families if self.data is not None else {}
        day = max(self.selected, self.context.today())
        if self.plan_dialog is not None:
            self.plan_dialog.deleteLater()
        self.plan_dialog = PlanVisitDialog(
            self.context, family_id, family_name(families, family_id), day, self
        )
        self.plan_dialog.open()
        return self.plan_dialog
