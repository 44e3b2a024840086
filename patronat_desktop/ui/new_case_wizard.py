"""The new case wizard: from a written application to a registered case, in one transaction at the end."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import select

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.stages import ADULT_AGE, survey_deadline
from patronat_desktop.domain.validation import AddressData, NewCaseData, age_on
from patronat_desktop.domain.vocab import ReferralSource
from patronat_desktop.models import Centre, Ground, Worker
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.cases import register_application
from patronat_desktop.ui.dates import from_qdate as to_date
from patronat_desktop.ui.dates import to_qdate
from patronat_desktop.ui.forms import FieldErrors, error_label
from patronat_desktop.ui.member_editor import (
    MemberForm,
    MembersEditor,
    enum_combo,
    enum_value,
    format_date,
)
from patronat_desktop.ui.vocab_labels import ground_name, vocab_label

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from patronat_desktop.services.base import Actor
    from patronat_desktop.ui.context import AppContext

"""The survey is due within this many working days of the application (as services.detail counts it)."""

APPLICATION, APPLICANT, MEMBERS, ADDRESS, GROUNDS, SUMMARY = range(6)
"""Page ids, in order."""

ADDRESS_FIELDS = ("region", "district", "village_council", "settlement", "street", "house", "flat", "phone")

NOTE_STYLE = "color: palette(placeholder-text);"


@dataclass
class _Directory:
    """What the wizard chooses from, read once when it opens."""

    workers: list[tuple[uuid.UUID, str]]
    grounds: list[Ground]
    calendar: WorkCalendar
    region: str
    district: str


def _load_directory(session: Session, actor: Actor) -> _Directory:
    workers = session.scalars(
        select(Worker)
        .where(Worker.centre_id == actor.centre_id, Worker.active.is_(True))
        .order_by(Worker.surname, Worker.name)
    )
    centre = session.get(Centre, actor.centre_id)
    directory = _Directory(
        workers=[(w.id, w.short_name) for w in workers],
        grounds=list(session.scalars(select(Ground).order_by(Ground.position))),
        calendar=work_calendar(session, actor.centre_id),
        region=centre.region if centre else "",
        district=centre.district if centre else "",
    )
    session.expunge_all()  # the grounds outlive the session
    return directory


class _Page(QWizardPage):
    """A page whose Next asks the wizard to check it; going back keeps what was typed."""

    def __init__(
        self, title: str, check: Callable[[], bool], enter: Callable[[], None] | None = None
    ) -> None:
        super().__init__()
        self.setTitle(title)
        self._check = check
        self._enter = enter
        self.banner = error_label()
        """Why the wizard came back here after a refusal."""
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.banner)

    def validatePage(self) -> bool:
        return self._check()

    def initializePage(self) -> None:
        if self._enter is not None:
            self._enter()

    def cleanupPage(self) -> None:
        """Keep the page's values when the user goes back (the default would reset registered fields)."""


def _field_row(grid: QGridLayout, caption: str, widget: QWidget, *labels: QLabel, width: int = 0) -> None:
    """A caption (the widget's buddy) and the widget with its message labels under it, on the next row."""
    row = grid.rowCount()
    label = QLabel(caption)
    label.setBuddy(widget)
    if not isinstance(widget, QAbstractScrollArea):  # level with a one-line field, not with its messages
        label.setMinimumHeight(widget.sizeHint().height())
    grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
    cell = QVBoxLayout()
    cell.setSpacing(2)
    if width:  # a field of its own width, not stretched over the page
        widget.setMinimumWidth(width)
        cell.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        cell.addWidget(widget)
    for extra in labels:
        cell.addWidget(extra)
    grid.addLayout(cell, row, 1)


def _form_grid() -> QGridLayout:
    grid = QGridLayout()
    grid.setVerticalSpacing(6)
    grid.setHorizontalSpacing(10)
    grid.setColumnStretch(1, 1)
    return grid


class NewCaseWizard(QWizard):
    """Registers a written application: application, applicant, members, address, grounds, summary.

    Each page checks its own fields with the domain's rules on Next; Finish calls
    services.cases.register_application once. A refusal goes back to the page of the first problem and
    shows every message next to its field; nothing is created.
    """

    family_created = Signal(object)
    """A case was registered; carries the family UUID."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.today = context.today()
        actor = context.actor
        self.directory = context.read(lambda s: _load_directory(s, actor))
        self.general_error = error_label()
        self.errors = FieldErrors(self.general_error)
        self._field_pages: dict[str, int] = {}
        self._page_names: dict[int, str] = {}
        self._registered = False

        self.setWindowTitle(self.tr("Новое заявление"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Далее >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Назад"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Зарегистрировать"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Отмена"))
        self.resize(900, 620)

        self.setPage(APPLICATION, self._application_page())
        self.setPage(APPLICANT, self._applicant_page())
        self.setPage(MEMBERS, self._members_page())
        self.setPage(ADDRESS, self._address_page())
        self.setPage(GROUNDS, self._grounds_page())
        self.setPage(SUMMARY, self._summary_page())
        self.setStartId(APPLICATION)
        self._application_date_changed()
        self._initial = self._snapshot()

    # Layout

    def _title(self, page_id: int, name: str) -> str:
        return self.tr("Шаг {step} из {steps}. {name}").format(step=page_id + 1, steps=SUMMARY + 1, name=name)

    def _register(self, field: str, widget: QWidget | None, page_id: int) -> QLabel:
        self._field_pages[field] = page_id
        return self.errors.register(field, widget)

    def _page(self, page_id: int, name: str, enter: Callable[[], None] | None = None) -> _Page:
        self._page_names[page_id] = name
        return _Page(self._title(page_id, name), lambda: self.check_page(page_id), enter)

    def _application_page(self) -> _Page:
        page = self._page(APPLICATION, self.tr("Заявление"))
        self.number_edit = QLineEdit()
        self.number_edit.setMaximumWidth(160)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setMaximumDate(to_qdate(self.today))
        self.date_edit.setDate(to_qdate(self.today))
        self.date_edit.setMaximumWidth(160)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("deadline")
        font = self.deadline_label.font()
        font.setBold(True)
        self.deadline_label.setFont(font)
        self.days_off_label = QLabel()
        self.days_off_label.setStyleSheet(NOTE_STYLE)
        self.days_off_label.setWordWrap(True)
        self.source_combo = enum_combo(list(ReferralSource))
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(
            self.tr("например: СШ № 2, протокол от 10.04.2026 № 3; для «Иное» обязательно")
        )
        self.worker_combo = QComboBox()
        for worker_id, name in self.directory.workers:
            self.worker_combo.addItem(name, worker_id)
        self.worker_combo.setCurrentIndex(max(0, self.worker_combo.findData(self.context.actor.worker_id)))
        self.request_edit = QPlainTextEdit()
        self.request_edit.setTabChangesFocus(True)
        self.request_edit.setMaximumHeight(self.request_edit.fontMetrics().lineSpacing() * 8 + 12)
        self.request_edit.setPlaceholderText(self.tr("О чём просит заявитель (по тексту заявления)"))

        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addSpacing(12)
        date_row.addWidget(self.deadline_label, 1)
        grid = _form_grid()
        _field_row(
            grid,
            self.tr("&Номер заявления*:"),
            self.number_edit,
            self._register("application.number", self.number_edit, APPLICATION),
        )
        date_holder = QWidget()
        date_holder.setLayout(date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_holder.setFocusProxy(self.date_edit)
        _field_row(
            grid,
            self.tr("Да&та заявления*:"),
            date_holder,
            self.days_off_label,
            self._register("application.date", self.date_edit, APPLICATION),
        )
        _field_row(
            grid,
            self.tr("&Источник обращения*:"),
            self.source_combo,
            self._register("referral_source", self.source_combo, APPLICATION),
        )
        _field_row(
            grid,
            self.tr("&Кто направил:"),
            self.note_edit,
            self._register("referral_note", self.note_edit, APPLICATION),
        )
        _field_row(
            grid,
            self.tr("&Ответственный специалист*:"),
            self.worker_combo,
            self._register("responsible_worker", self.worker_combo, APPLICATION),
        )
        _field_row(
            grid,
            self.tr("&Суть обращения:"),
            self.request_edit,
            self._register("request_text", self.request_edit, APPLICATION),
        )
        layout = page.body
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self._required_note())

        self.date_edit.dateChanged.connect(self._application_date_changed)
        return page

    def _applicant_page(self) -> _Page:
        page = self._page(APPLICANT, self.tr("Заявитель"))
        intro = QLabel(
            self.tr("Член семьи, подавший заявление; должен быть совершеннолетним (18 лет и старше).")
        )
        intro.setWordWrap(True)
        self.applicant_form = MemberForm(self.errors, "members[0]", with_relation=False)
        self._field_pages["members[0]"] = APPLICANT
        self.age_error = self._register("applicant", self.applicant_form.birth_edit, APPLICANT)
        self.applicant_form.add_note("birth_date", self.age_error)
        self.applicant_form.birth_edit.textChanged.connect(self._check_applicant_age)
        layout = page.body
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.applicant_form, 1)
        layout.addWidget(self._required_note())
        return page

    def _members_page(self) -> _Page:
        page = self._page(MEMBERS, self.tr("Члены семьи"), self._fill_members_table)
        intro = QLabel(
            self.tr(
                "Все, кто живёт с заявителем одной семьёй. Заявитель — первая строка, его данные — на шаге 2."
            )
        )
        intro.setWordWrap(True)
        self.members_editor = MembersEditor(self.today, self)
        self.members_editor.surname_hint = lambda: self.applicant_form.surname_edit.text().strip()
        layout = page.body
        layout.addWidget(intro)
        layout.addWidget(self.members_editor, 1)
        layout.addWidget(self._register("members", self.members_editor.table, MEMBERS))
        return page

    def _address_page(self) -> _Page:
        page = self._page(ADDRESS, self.tr("Адрес"))
        captions = {
            "region": self.tr("&Область:"),
            "district": self.tr("&Район:"),
            "village_council": self.tr("&Сельсовет:"),
            "settlement": self.tr("Населённый &пункт*:"),
            "street": self.tr("&Улица:"),
            "house": self.tr("До&м:"),
            "flat": self.tr("&Квартира:"),
            "phone": self.tr("&Телефон:"),
        }
        self.address_edits: dict[str, QLineEdit] = {key: QLineEdit() for key in ADDRESS_FIELDS}
        self.address_edits["region"].setText(self.directory.region)
        self.address_edits["district"].setText(self.directory.district)
        self.address_edits["settlement"].setPlaceholderText(self.tr("например: д. Новосёлки, аг. Озёрный"))
        self.address_edits["phone"].setPlaceholderText("+375 29 123-45-67")
        grid = _form_grid()
        for key in ADDRESS_FIELDS:
            edit = self.address_edits[key]
            label = self._register(f"address.{key}", edit, ADDRESS)
            _field_row(grid, captions[key], edit, label, width=100 if key in ("house", "flat") else 400)
        grid.setRowStretch(grid.rowCount(), 1)
        layout = page.body
        layout.addLayout(grid, 1)
        layout.addWidget(self._required_note())
        return page

    def _grounds_page(self) -> _Page:
        page = self._page(GROUNDS, self.tr("Основания"))
        caption = QLabel(
            self.tr("&Основания трудной жизненной ситуации (отметьте хотя бы одно, клавиша Пробел):")
        )
        caption.setWordWrap(True)
        self.grounds_list = QListWidget()
        self.grounds_list.setWordWrap(True)
        self.grounds_list.setAlternatingRowColors(True)
        self.grounds_list.setSpacing(1)
        caption.setBuddy(self.grounds_list)
        self.grounds_note = QLabel()
        self.grounds_note.setStyleSheet(NOTE_STYLE)
        layout = page.body
        layout.addWidget(caption)
        layout.addWidget(self.grounds_list, 1)
        layout.addWidget(self._register("grounds", self.grounds_list, GROUNDS))
        layout.addWidget(self.grounds_note)
        return page

    def _summary_page(self) -> _Page:
        page = self._page(SUMMARY, self.tr("Проверка и регистрация"), self._fill_summary)
        self.summary_view = QTextBrowser()
        self.summary_view.setOpenLinks(False)
        hint = QLabel(
            self.tr("Проверьте данные. «Зарегистрировать» откроет дело; исправить можно кнопкой «Назад».")
        )
        hint.setWordWrap(True)
        layout = page.body
        layout.addWidget(self.general_error)
        layout.addWidget(self.summary_view, 1)
        layout.addWidget(hint)
        return page

    def _required_note(self) -> QLabel:
        note = QLabel(self.tr("* — обязательные поля"))
        note.setStyleSheet(NOTE_STYLE)
        return note

    # Reactions

    def application_date(self) -> date:
        return to_date(self.date_edit.date())

    def survey_deadline(self) -> date:
        return survey_deadline(self.application_date(), self.directory.calendar)

    def _application_date_changed(self) -> None:
        applied = self.application_date()
        deadline = self.survey_deadline()
        # "3" is domain.stages.SURVEY_WORKING_DAYS written out: the words after it agree with that number.
        self.deadline_label.setText(
            self.tr("Обследование — не позднее {deadline} (3 рабочих дня после заявления)").format(
                deadline=format_date(deadline)
            )
        )
        calendar = self.directory.calendar
        days_off = []
        day = applied + timedelta(days=1)
        while day < deadline:
            name = calendar.holiday_name(day)
            if not calendar.is_working_day(day) and day.weekday() < 5 and name:
                days_off.append(
                    self.tr("{day} — {name}").format(day=f"{day.day:02}.{day.month:02}", name=name)
                )
            day += timedelta(days=1)
        self.days_off_label.setText(
            self.tr("Не считаются: {days}").format(days="; ".join(days_off)) if days_off else ""
        )
        self.days_off_label.setVisible(bool(days_off))
        self._fill_grounds()
        self._check_applicant_age()

    def _check_applicant_age(self) -> None:
        """Say at once when the typed birth date makes the applicant a child on the application date."""
        birth = self.applicant_form.birth_edit.value()
        message = ""
        if birth is not None and age_on(birth, self.application_date()) < ADULT_AGE:
            data, _ = self.case_data()
            message = "\n".join(p.message for p in data.problems(self.today) if p.field == "applicant")
        self.age_error.setText(message)
        self.age_error.setVisible(bool(message))

    def _fill_grounds(self) -> None:
        """List the grounds valid on the application date, keeping the ticks of those still listed."""
        checked = set(self.checked_ground_ids())
        applied = self.application_date()
        self.grounds_list.clear()
        hidden = 0
        for ground in self.directory.grounds:
            if not ground.is_valid_on(applied):
                hidden += 1
                continue
            item = QListWidgetItem(ground_name(ground))
            item.setData(Qt.ItemDataRole.UserRole, ground.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ground.id in checked else Qt.CheckState.Unchecked)
            self.grounds_list.addItem(item)
        self.grounds_note.setText(
            self.tr("Показаны основания, действующие на дату заявления {date}.").format(
                date=format_date(applied)
            )
        )
        self.grounds_list.setCurrentRow(0)

    def checked_ground_ids(self) -> list[uuid.UUID]:
        out = []
        for row in range(self.grounds_list.count()):
            item = self.grounds_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def set_ground_checked(self, name: str, checked: bool = True) -> None:
        """Tick a ground by its name as the list shows it."""
        for row in range(self.grounds_list.count()):
            item = self.grounds_list.item(row)
            if item.text() == name:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _fill_members_table(self) -> None:
        applicant = self.applicant_form.member_data(is_applicant=True)
        self.members_editor.show_members(applicant, self.applicant_form.birth_edit.value() is not None)

    # Summary

    def _fill_summary(self) -> None:
        data, _ = self.case_data()
        e = html.escape
        applied = data.application_date

        def heading(text: str) -> str:
            return f"<h3>{e(text)}</h3>"

        def rows(pairs: list[tuple[str, str]]) -> str:
            cells = "".join(
                f"<tr><td style='color:#555; padding-right:12px'>{e(k)}</td><td>{e(v)}</td></tr>"
                for k, v in pairs
                if v
            )
            return f"<table cellspacing='2'>{cells}</table>"

        source = vocab_label(data.referral_source)
        if data.referral_note:
            source = f"{source} — {data.referral_note}"
        parts = [
            heading(self.tr("Заявление")),
            rows(
                [
                    (
                        self.tr("Номер и дата:"),
                        self.tr("№ {number} от {date}").format(
                            number=data.application_number, date=format_date(applied)
                        ),
                    ),
                    (self.tr("Источник обращения:"), source),
                    (self.tr("Ответственный специалист:"), self.worker_combo.currentText()),
                    (
                        self.tr("Обследование:"),
                        self.tr("не позднее {date}").format(date=format_date(self.survey_deadline())),
                    ),
                    (self.tr("Суть обращения:"), data.request_text),
                ]
            ),
            heading(self.tr("Семья: {count} чел.").format(count=len(data.members))),
        ]
        header = [
            self.tr("ФИО"),
            self.tr("Дата рожд."),
            self.tr("Возраст"),
            self.tr("Родство"),
            self.tr("Инвалидность"),
            self.tr("Учёба / работа"),
        ]
        lines = ["<tr>" + "".join(f"<th align='left'>{e(h)}</th>" for h in header) + "</tr>"]
        for m in data.members:
            cells = [
                " ".join(p for p in (m.surname, m.name, m.patronymic) if p),
                format_date(m.birth_date),
                str(age_on(m.birth_date, applied)),
                vocab_label(m.relation),
                vocab_label(m.disability),
                m.school_or_work,
            ]
            lines.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>")
        parts.append(f"<table cellspacing='0' cellpadding='3'>{''.join(lines)}</table>")
        a = data.address
        parts.append(heading(self.tr("Адрес")))
        street = ", ".join(
            p
            for p in (
                a.street,
                self.tr("д. {house}").format(house=a.house) if a.house else "",
                self.tr("кв. {flat}").format(flat=a.flat) if a.flat else "",
            )
            if p
        )
        parts.append(
            rows(
                [
                    (self.tr("Область, район:"), ", ".join(p for p in (a.region, a.district) if p)),
                    (self.tr("Сельсовет:"), a.village_council),
                    (self.tr("Населённый пункт:"), a.settlement),
                    (self.tr("Улица, дом:"), street),
                    (self.tr("Телефон:"), a.phone),
                ]
            )
        )
        names = {g.id: ground_name(g) for g in self.directory.grounds}
        parts.append(heading(self.tr("Основания ТЖС")))
        parts.append("<ul>" + "".join(f"<li>{e(names[g])}</li>" for g in data.ground_ids) + "</ul>")
        self.summary_view.setHtml("".join(parts))

    # Checks and registration

    def case_data(self) -> tuple[NewCaseData, list[Problem]]:
        """The application as entered, and what the form itself refuses (no date typed, nothing chosen)."""
        applicant = self.applicant_form.member_data(is_applicant=True)
        problems = self.applicant_form.ui_problems()
        worker_id = self.worker_combo.currentData()
        if worker_id is None:
            problems.append(
                Problem(
                    "responsible_worker",
                    self.tr("Ответственный специалист: в центре нет работающих специалистов."),
                )
            )
        a = self.address_edits
        data = NewCaseData(
            application_number=self.number_edit.text().strip(),
            application_date=self.application_date(),
            members=[applicant, *self.members_editor.members],
            address=AddressData(**{key: a[key].text().strip() for key in ADDRESS_FIELDS}),
            ground_ids=self.checked_ground_ids(),
            referral_source=enum_value(self.source_combo, ReferralSource) or ReferralSource.SELF,
            responsible_worker_id=worker_id if worker_id is not None else uuid.UUID(int=0),
            referral_note=self.note_edit.text().strip(),
            request_text=self.request_edit.toPlainText().strip(),
        )
        return data, problems

    def page_of(self, field: str) -> int:
        """The page holding a problem's field (the summary for anything unknown)."""
        if field in self._field_pages:
            return self._field_pages[field]
        best = ""
        for name in self._field_pages:
            if field.startswith((name + ".", name + "[")) and len(name) > len(best):
                best = name
        return self._field_pages[best] if best else SUMMARY

    def _explained(self, problems: list[Problem]) -> list[Problem]:
        """Problems in page order; a table member's problem says whose it is."""
        out = []
        for problem in problems:
            field = problem.field
            if field.startswith("members[") and not field.startswith("members[0]"):
                index = int(field[len("members[") : field.index("]")])
                if 0 < index <= len(self.members_editor.members):
                    m = self.members_editor.members[index - 1]
                    who = " ".join(p for p in (m.surname, m.name) if p)
                    problem = Problem(
                        "members", self.tr("{who}: {message}").format(who=who, message=problem.message)
                    )
            out.append(problem)
        return sorted(out, key=lambda p: self.page_of(p.field))

    def check_page(self, page_id: int) -> bool:
        """Next: the domain's rules for this page's fields (the database's checks come at registration)."""
        if page_id == SUMMARY:
            return True
        data, problems = self.case_data()
        problems += data.problems(self.today)
        mine = [p for p in self._explained(problems) if self.page_of(p.field) == page_id]
        if mine:
            self.errors.show(mine)
            self._check_applicant_age()  # show() cleared every label, the live one included
            return False
        self.errors.clear()
        self._clear_banners()
        self._check_applicant_age()
        return True

    def register(self) -> bool:
        """Register the application in one transaction; on refusal go back to the first problem."""
        data, problems = self.case_data()
        if problems:
            self._refuse(problems)
            return False
        actor, today = self.context.actor, self.today
        try:
            family_id = self.context.write(lambda s: register_application(s, actor, data, today=today).id)
        except DomainError as error:
            self._refuse(error.problems)
            return False
        self._registered = True
        self.family_created.emit(family_id)
        return True

    def _refuse(self, problems: list[Problem]) -> None:
        problems = self._explained(problems)
        pages = sorted({self.page_of(p.field) for p in problems})
        target = pages[0]
        while self.currentId() > target:
            self.back()
        self._clear_banners()
        others = ", ".join(
            self.tr("шаг {step} «{name}»").format(step=page_id + 1, name=self._page_names[page_id])
            for page_id in pages[1:]
        )
        banner = self.tr("Заявление не зарегистрировано: исправьте отмеченные поля.")
        if others:
            banner += " " + self.tr("Ещё замечания: {steps}.").format(steps=others)
        page = self.page(target)
        assert isinstance(page, _Page)
        page.banner.setText(banner)
        page.banner.show()
        self.errors.show(problems)

    def _clear_banners(self) -> None:
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, _Page):
                page.banner.hide()

    def accept(self) -> None:
        if self.register():
            super().accept()

    # Leaving

    def _snapshot(self) -> tuple[object, ...]:
        return (
            self.number_edit.text(),
            self.date_edit.date(),
            self.source_combo.currentIndex(),
            self.note_edit.text(),
            self.worker_combo.currentIndex(),
            self.request_edit.toPlainText(),
            self.applicant_form.snapshot(),
            list(self.members_editor.members),
            tuple(self.address_edits[key].text() for key in ADDRESS_FIELDS),
            self.checked_ground_ids(),
        )

    def is_dirty(self) -> bool:
        return not self._registered and self._snapshot() != self._initial

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Новое заявление"),
                self.tr("Прервать регистрацию? Введённые данные будут потеряны."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        super().reject()
