"""The ``patronat due`` command: the Today agenda of a day, for scripts (``--json``) and for people.

    patronat [--db PATH_OR_URL] due --date YYYY-MM-DD [--worker LOGIN] [--json]

Without ``--worker`` the agenda covers the whole centre.  JSON keys are stable: ``date``, ``worker_id``,
``worker``, ``sections`` (each ``key``, ``title``, ``count``, ``entries``); see ``AgendaEntry.as_json``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.models import Centre, Worker
from patronat_desktop.services.agenda import Agenda, describe_ru, load_agenda
from patronat_desktop.services.calendar import work_calendar
from patronat_desktop.services.startup import open_database


def add_due_parser(commands: Any, iso_date: Callable[[str], Any]) -> None:
    """Register ``due`` on the top-level subparsers."""
    due = commands.add_parser("due", help="что нужно сделать на дату: посещения, обследования, сроки")
    due.add_argument("--date", type=iso_date, required=True, help="дата, ГГГГ-ММ-ДД")
    due.add_argument("--worker", metavar="LOGIN", default=None, help="логин специалиста (иначе весь центр)")
    due.add_argument("--json", action="store_true", help="вывести JSON")
    due.set_defaults(handler=cmd_due)


def _scope(session: Session, login: str | None) -> tuple[Centre, Worker | None]:
    if login is not None:
        workers = list(session.scalars(select(Worker).where(Worker.login == login)))
        if len(workers) != 1:
            raise DomainError(Problem("worker", f"Специалист: логин «{login}» не найден.", "not_found"))
        centre = session.get(Centre, workers[0].centre_id)
        assert centre is not None
        return centre, workers[0]
    centres = list(session.scalars(select(Centre)))
    if len(centres) != 1:
        raise DomainError(
            Problem("worker", "Центр: в базе не один центр, укажите специалиста (--worker).", "ambiguous")
        )
    return centres[0], None


def cmd_due(args: argparse.Namespace) -> int:
    database, _backup = open_database(args.db)
    try:
        with database.sessions() as session:
            centre, worker = _scope(session, args.worker)
            agenda = load_agenda(
                session,
                centre.id,
                args.date,
                work_calendar(session, centre.id),
                worker.id if worker else None,
            )
            who = worker.short_name if worker else centre.name
    finally:
        database.dispose()
    if args.json:
        data = agenda.as_json()
        data["worker"] = args.worker
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _print(agenda, who)
    return 0


def _print(agenda: Agenda, who: str) -> None:
    print(f"На {agenda.day.strftime('%d.%m.%Y')} — {who}")
    total = 0
    for section, entries in agenda.sections():
        if not entries:
            continue
        total += len(entries)
        print()
        print(f"{agenda.title(section)} ({len(entries)})")
        for e in entries:
            place = f", {e.settlement}" if e.settlement else ""
            print(f"  {e.case_number}  {e.family_name}{place}: {describe_ru(e)}")
    if total == 0:
        print("Ничего не требует внимания.")
