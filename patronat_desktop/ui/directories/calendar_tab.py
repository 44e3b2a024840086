"""The "Календарь" tab: the centre's corrections of the working-day calendar, and a year at a glance."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.errors import DomainError
from patronat_desktop.services.calendar import (
    remove_calendar_override,
    set_calendar_override,
    work_calendar,
)
from patronat_desktop.ui.dates import from_qdate as _pydate
from patronat_desktop.ui.dates import to_qdate as _qdate
from patronat_desktop.ui.directories.records import OverrideRecord, list_overrides
from patronat_desktop.ui.directories.rows_table_model import RowsTableModel, TableRow
from patronat_desktop.ui.directories.widgets import (
    FormGrid,
    fit_columns,
    format_date,
    make_table,
    select_key,
    weekday_name,
)
from patronat_desktop.ui.forms import FieldErrors, error_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.ui.context import AppContext

FIRST_YEAR, LAST_YEAR = 2000, 2100  # the range services.calendar accepts
OVERRIDE_NOTE_COLUMN = 4
YEAR_NAME_COLUMN = 2


class CalendarTab(QWidget):
    """Left: the centre's overrides and the form that enters one; right: the chosen year's special days."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.base = WorkCalendar()  # the state calendar as the program knows it, without the centre's days
        self.calendar = WorkCalendar()  # with the centre's days; reloaded with them
        self.overrides: dict[date, OverrideRecord] = {}
        self._baseline = context.today()

        intro = QLabel(
            self.tr(
                "Рабочие дни считаются по календарю Республики Беларусь: понедельник–пятница, кроме "
                "государственных праздников и перенесённых выходных. Переносы правительство устанавливает "
                "каждый год, и программа на компьютере без интернета может о них не знать. Внесите переносы "
                "года сами, например: «20 апреля — выходной, суббота 25 апреля — рабочий день». "
                "Поправки центра важнее календаря программы: по ним считаются сроки (обследование в течение "
                "3 рабочих дней) и нормы посещений."
            )
        )
        intro.setWordWrap(True)

        columns = QHBoxLayout()
        columns.addWidget(self._build_overrides_box(), 11)
        columns.addWidget(self._build_year_box(), 10)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)

        context.families_changed.connect(self.reload)
        self.reload()
        self._reset_form(self._baseline)

    # Layout

    def _build_overrides_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Поправки центра"))
        self.override_model = RowsTableModel(
            (
                self.tr("Дата"),
                self.tr("День недели"),
                self.tr("Считается"),
                self.tr("По календарю программы"),
                self.tr("Примечание"),
            ),
            self,
        )
        self.override_table = make_table(self.override_model, stretch_column=OVERRIDE_NOTE_COLUMN)
        self.override_table.activated.connect(self._fill_from_override)
        self.remove_button = QPushButton(self.tr("&Удалить поправку"))
        self.remove_button.clicked.connect(self.remove_current)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.override_table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.date_edit.dateChanged.connect(self._date_changed)
        self.default_hint = QLabel()
        self.default_hint.setWordWrap(True)
        self.working_radio = QRadioButton(self.tr("&Рабочий день"))
        self.day_off_radio = QRadioButton(self.tr("В&ыходной"))
        self.state_group = QButtonGroup(self)
        self.state_group.addButton(self.working_radio)
        self.state_group.addButton(self.day_off_radio)
        self.state_group.buttonToggled.connect(self._update_hint)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("например: перенесено с 25.04 (постановление Совмина)"))
        self.save_button = QPushButton(self.tr("Вн&ести в календарь"))
        self.save_button.clicked.connect(self.save)
        self.note_edit.returnPressed.connect(self.save)

        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        states = QHBoxLayout()
        states.setContentsMargins(0, 0, 0, 0)
        states.addWidget(self.working_radio)
        states.addWidget(self.day_off_radio)
        states.addStretch(1)
        states_widget = QWidget()
        states_widget.setLayout(states)
        form = FormGrid()
        form.add_field(
            self.tr("&Дата:"), self.date_edit, self.errors.register("override.day", self.date_edit)
        )
        form.add_wide(self.default_hint)
        form.add_field(self.tr("Считать:"), states_widget)
        form.add_field(self.tr("&Примечание:"), self.note_edit)
        self.date_edit.setMaximumWidth(self.date_edit.sizeHint().width() + 24)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.override_table, 1)
        add_title = QLabel(self.tr("Внести или исправить день:"))
        layout.addWidget(add_title)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        return box

    def _build_year_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Праздники и переносы года"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(self.context.today().year)
        self.year_spin.valueChanged.connect(self._show_year)
        year_label = QLabel(self.tr("&Год:"))
        year_label.setBuddy(self.year_spin)
        self.year_model = RowsTableModel(
            (
                self.tr("Дата"),
                self.tr("День недели"),
                self.tr("Праздник или перенос"),
                self.tr("Считается"),
            ),
            self,
        )
        self.year_table = make_table(self.year_model, stretch_column=YEAR_NAME_COLUMN)
        self.year_table.activated.connect(self._fill_from_year)
        self.year_note = QLabel()
        self.year_note.setWordWrap(True)
        hint = QLabel(self.tr("Enter или двойной щелчок по строке переносит дату в форму поправки."))
        hint.setWordWrap(True)
        hint.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year_spin)
        top.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.year_note)
        layout.addWidget(self.year_table, 1)
        layout.addWidget(hint)
        return box

    # Content

    def reload(self) -> None:
        current = self.current_day()
        centre_id = self.context.actor.centre_id

        def read(session: Session) -> tuple[list[OverrideRecord], WorkCalendar]:
            return list_overrides(session, centre_id), work_calendar(session, centre_id)

        records, self.calendar = self.context.read(read)
        self.overrides = {r.day: r for r in records}
        working, day_off = self.tr("рабочий день"), self.tr("выходной")
        self.override_model.set_rows(
            [
                TableRow(
                    r.day,
                    (
                        format_date(r.day),
                        weekday_name(r.day),
                        working if r.is_working else day_off,
                        self.describe_default(r.day),
                        r.note,
                    ),
                )
                for r in records
            ]
        )
        fit_columns(self.override_table, skip=OVERRIDE_NOTE_COLUMN, widest=250)
        self.remove_button.setEnabled(bool(records))
        if current is not None and current in self.overrides:
            select_key(self.override_table, self.override_model, current)
        else:
            self._show_current_year_overrides()
        self._show_year()
        self._update_hint()

    def _show_current_year_overrides(self) -> None:
        this_year = date(self.context.today().year, 1, 1)
        days = sorted(self.overrides)
        later = [d for d in days if d >= this_year]
        if days:
            select_key(self.override_table, self.override_model, later[0] if later else days[-1])

    def describe_default(self, day: date) -> str:
        """What the state calendar, as the program knows it, says of ``day``."""
        if self.base.is_working_day(day):
            if day.weekday() >= 5:
                return self.tr("рабочий день (перенос)")
            return self.tr("рабочий день")
        name = self.base.holiday_name(day)
        if name and name.startswith("Выходной"):  # a transferred day off: the name says it already
            return name[0].lower() + name[1:]
        if name:
            return self.tr("выходной — {holiday}").format(holiday=name)
        return self.tr("выходной")

    def describe_special(self, day: date) -> str:
        """Why ``day`` is in the year's list: its holiday, a transfer, or only the centre's correction."""
        name = self.base.holiday_name(day)
        if name:
            return name
        if day.weekday() >= 5 and self.base.is_working_day(day):
            return self.tr("рабочий день (перенос)")
        if day.weekday() < 5 and not self.base.is_working_day(day):
            return self.tr("выходной (перенос)")
        return self.tr("обычный день: {state}").format(
            state=self.tr("рабочий") if self.base.is_working_day(day) else self.tr("выходной")
        )

    def _show_year(self) -> None:
        year = self.year_spin.value()
        rows: list[TableRow] = []
        transfers = 0
        day = date(year, 1, 1)
        working, day_off = self.tr("рабочий день"), self.tr("выходной")
        while day.year == year:
            weekend = day.weekday() >= 5
            default = self.base.is_working_day(day)
            overridden = day in self.overrides
            if weekend and default:
                transfers += 1
            if overridden or default == weekend or self.base.holiday_name(day):
                state = working if self.calendar.is_working_day(day) else day_off
                if overridden:
                    state = self.tr("{state} (поправка центра)").format(state=state)
                rows.append(
                    TableRow(
                        day,
                        (format_date(day), weekday_name(day), self.describe_special(day), state),
                        emphasised=overridden,
                    )
                )
            day += timedelta(days=1)
        self.year_model.set_rows(rows)
        fit_columns(self.year_table, skip=YEAR_NAME_COLUMN)
        if transfers:
            self.year_note.setText(
                self.tr(
                    "Переносы рабочих дней на {year} год программа знает. Сверьте их с постановлением "
                    "Совета Министров; если что-то не так, исправьте поправкой центра."
                ).format(year=year)
            )
        else:
            self.year_note.setText(
                self.tr(
                    "Переносов рабочих дней на {year} год в календаре программы нет. Если они "
                    "установлены постановлением Совета Министров, внесите их как поправки центра."
                ).format(year=year)
            )

    # The form

    def chosen_day(self) -> date:
        return _pydate(self.date_edit.date())

    def chosen_working(self) -> bool:
        return self.working_radio.isChecked()

    def _reset_form(self, day: date) -> None:
        self.errors.clear()
        self.note_edit.clear()
        self._baseline = day
        self._set_form_date(day)

    def _set_form_date(self, day: date) -> None:
        if self.chosen_day() == day:
            self._date_changed(self.date_edit.date())
        else:
            self.date_edit.setDate(_qdate(day))

    def _date_changed(self, qdate: QDate) -> None:
        day = _pydate(qdate)
        record = self.overrides.get(day)
        # Suggest what a correction of this day would be: the opposite of what the calendar says now.
        working = record.is_working if record is not None else not self.base.is_working_day(day)
        (self.working_radio if working else self.day_off_radio).setChecked(True)
        self._update_hint()

    def _update_hint(self) -> None:
        day = self.chosen_day()
        text = self.tr("По календарю программы: {state}.").format(state=self.describe_default(day))
        record = self.overrides.get(day)
        if record is not None:
            text += " " + self.tr("Поправка на этот день уже внесена; сохранение заменит её.")
        elif self.chosen_working() == self.base.is_working_day(day):
            text += " " + self.tr("Выбрано то же самое: поправка не нужна.")
        self.default_hint.setText(text)

    def is_dirty(self) -> bool:
        """The form holds a day or a note not yet entered."""
        return bool(self.note_edit.text().strip()) or self.chosen_day() != self._baseline

    def discard(self) -> None:
        self._reset_form(self._baseline)

    def save(self) -> bool:
        """Enter the form's day into the centre's calendar; refusals are shown next to the fields."""
        day, working, note = self.chosen_day(), self.chosen_working(), self.note_edit.text().strip()
        actor = self.context.actor
        try:
            self.context.write(lambda s: set_calendar_override(s, actor, day, working, note))
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        self._reset_form(day)
        select_key(self.override_table, self.override_model, day)
        self.year_spin.setValue(day.year)
        return True

    def current_day(self) -> date | None:
        key = self.override_model.key_at(self.override_table.currentIndex().row())
        return key if isinstance(key, date) else None

    def remove_current(self) -> bool:
        """Remove the selected correction after asking; the day goes back to the program's calendar."""
        day = self.current_day()
        if day is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Удалить поправку"),
            self.tr(
                "Удалить поправку на {date}? День снова будет считаться по календарю программы: {state}."
            ).format(date=format_date(day), state=self.describe_default(day)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        actor = self.context.actor
        row = self.override_table.currentIndex().row()
        try:
            self.context.write(lambda s: remove_calendar_override(s, actor, day))
        except DomainError as error:
            self.errors.show(error.problems)
            return False
        if self.override_model.rowCount():
            self.override_table.selectRow(min(row, self.override_model.rowCount() - 1))
        self._update_hint()
        return True

    def _fill_from_override(self, index: QModelIndex) -> None:
        key = self.override_model.key_at(index.row())
        if isinstance(key, date):
            record = self.overrides[key]
            self._set_form_date(key)
            self.note_edit.setText(record.note)
            self.note_edit.setFocus()

    def _fill_from_year(self, index: QModelIndex) -> None:
        key = self.year_model.key_at(index.row())
        if isinstance(key, date):
            self._set_form_date(key)
            record = self.overrides.get(key)
            if record is not None:
                self.note_edit.setText(record.note)
            self.note_edit.setFocus()
