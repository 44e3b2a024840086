"""Console commands (``patronat``) for the same services the desktop program uses.

    patronat [--db PATH_OR_URL] demo --families N --seed S [--today YYYY-MM-DD]
    patronat [--db PATH_OR_URL] families list [--json]
    patronat [--db PATH_OR_URL] db upgrade
    patronat [--db PATH_OR_URL] db info
    patronat [--db PATH_OR_URL] print KIND --case CASE --out FILE.pdf [--lang ru|be]
    patronat [--db PATH_OR_URL] print register --year YYYY --out FILE.pdf [--lang ru|be]
    patronat [--db PATH_OR_URL] print weekly --worker LOGIN --week YYYY-MM-DD --out FILE.pdf [--lang ru|be]
    patronat [--db PATH_OR_URL] due --date YYYY-MM-DD [--worker LOGIN] [--json]   (cli_due.py)

The database is ``--db``, else ``$PATRONAT_DB``, else the default file in the user data folder.  A refusal
of a service (DomainError) is printed to stderr and ends with exit code 2.  No network access of any kind.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from patronat_desktop.cli_due import add_due_parser
from patronat_desktop.documents.render import CASE_KINDS
from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.vocab import label_ru
from patronat_desktop.i18n.dates import LANGUAGES
from patronat_desktop.models import Centre, Contract, Family, Member, Plan, Visit, Worker
from patronat_desktop.services.base import Actor
from patronat_desktop.services.demo import MAX_FAMILIES, check_family_count, load_demo
from patronat_desktop.services.documents import (
    centre_templates_dir,
    find_case,
    print_case_document,
    print_register,
    print_weekly,
)
from patronat_desktop.services.queries import list_families
from patronat_desktop.services.registry_rows import FamilyRow
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database, resolve_url
from patronat_desktop.storage.migrate import current_revision

EXIT_OK = 0
EXIT_REFUSED = 2

TYPE_LABELS = {"emergency": "экстренный", "planned": "плановый", "control": "контрольный"}


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"дата в формате ГГГГ-ММ-ДД, получено «{value}»") from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="patronat",
        description="Социальный патронат: команды без графического интерфейса.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="файл SQLite или URL базы данных (иначе $PATRONAT_DB, иначе файл по умолчанию)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", help="заполнить пустую базу демонстрационными данными")
    demo.add_argument("--families", type=int, required=True, help=f"число семей (1–{MAX_FAMILIES})")
    demo.add_argument(
        "--seed", type=int, required=True, help="зерно генератора (одинаковое зерно — одинаковые данные)"
    )
    demo.add_argument("--today", type=_iso_date, default=None, help="«сегодня» для данных, ГГГГ-ММ-ДД")
    demo.set_defaults(handler=_cmd_demo)

    families = commands.add_parser("families", help="семьи")
    family_commands = families.add_subparsers(dest="families_command", metavar="SUBCOMMAND", required=True)
    family_list = family_commands.add_parser("list", help="реестр семей")
    family_list.add_argument("--json", action="store_true", help="вывести массив JSON")
    family_list.set_defaults(handler=_cmd_families_list)

    db = commands.add_parser("db", help="база данных")
    db_commands = db.add_subparsers(dest="db_command", metavar="SUBCOMMAND", required=True)
    db_commands.add_parser("upgrade", help="применить миграции схемы").set_defaults(handler=_cmd_db_upgrade)
    db_commands.add_parser("info", help="сведения о базе данных").set_defaults(handler=_cmd_db_info)
    _add_print_parser(commands)

    add_due_parser(commands, _iso_date)

    from patronat_desktop.cli_sync import register as register_sync

    register_sync(commands)
    return parser


# -- commands -------------------------------------------------------------------------------------------


def _cmd_demo(args: argparse.Namespace) -> int:
    check_family_count(args.families)  # refuse before creating or touching the database
    database, _backup = open_database(args.db)
    try:
        started = time.perf_counter()
        with database.transaction() as session:
            summary = load_demo(session, args.families, args.seed, args.today)
        elapsed = time.perf_counter() - started
    finally:
        database.dispose()
    print(f"Демонстрационные данные загружены за {elapsed:.1f} с: {summary.as_text()}.")
    return EXIT_OK


def _cmd_families_list(args: argparse.Namespace) -> int:
    database, _backup = open_database(args.db)
    try:
        with database.sessions() as session:
            rows = list_families(session)
    finally:
        database.dispose()
    if args.json:
        print(json.dumps([row.as_json() for row in rows], ensure_ascii=False, indent=1))
    else:
        _print_family_table(rows)
    return EXIT_OK


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    database, backup = open_database(args.db)
    try:
        revision = current_revision(database.engine)
    finally:
        database.dispose()
    print(f"Схема базы данных: ревизия {revision}.")
    if backup is not None:
        print(f"Резервная копия перед обновлением: {backup}")
    return EXIT_OK


def _cmd_db_info(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    database, _backup = open_database(url)
    try:
        revision = current_revision(database.engine)
        counts = _counts(database)
    finally:
        database.dispose()
    print(f"База данных: {url.render_as_string(hide_password=True)}")
    print(f"Ревизия схемы: {revision}")
    for label, count in counts:
        print(f"{label}: {count}")
    return EXIT_OK


def _counts(database: Database) -> list[tuple[str, int]]:
    tables = (
        ("Центров", Centre),
        ("Специалистов", Worker),
        ("Семей", Family),
        ("Членов семей", Member),
        ("Планов", Plan),
        ("Договоров", Contract),
        ("Посещений", Visit),
    )
    with database.sessions() as session:
        return [
            (label, session.scalar(select(func.count()).select_from(model)) or 0) for label, model in tables
        ]


# -- print: documents as PDF ------------------------------------------------------------------------------


def _add_print_parser(commands: Any) -> None:
    printing = commands.add_parser("print", help="напечатать документ в PDF")
    printing.add_argument(
        "kind",
        choices=(*CASE_KINDS, "register", "weekly"),
        metavar="KIND",
        help="application, survey, plan, contract, visits, summary (по делу --case); "
        "register (журнал учёта за --year); weekly (лист посещений --worker на неделю --week)",
    )
    printing.add_argument("--case", help="номер дела, например 2026/001")
    printing.add_argument("--year", type=int, help="год журнала учёта")
    printing.add_argument("--worker", help="логин специалиста (для weekly)")
    printing.add_argument("--week", type=_iso_date, help="любой день недели (для weekly), ГГГГ-ММ-ДД")
    printing.add_argument("--lang", choices=LANGUAGES, default="ru", help="язык документа (ru по умолчанию)")
    printing.add_argument("--templates", default=None, help="папка шаблонов центра (иначе папка данных)")
    printing.add_argument("--out", required=True, help="файл PDF")
    printing.set_defaults(handler=_cmd_print)


def _print_actor(session: Session) -> Actor:
    centre_id = session.scalar(select(Centre.id).order_by(Centre.created_at).limit(1))
    if centre_id is None:
        raise DomainError(Problem("centre", "В базе нет центра: сначала создайте центр.", "none"))
    return Actor(None, centre_id)


def _print_pdf(args: argparse.Namespace, session: Session) -> bytes:
    actor = _print_actor(session)
    templates = Path(args.templates) if args.templates else centre_templates_dir()
    if args.kind == "register":
        if args.year is None:
            raise DomainError(Problem("year", "Журнал учёта: укажите год (--year ГГГГ).", "required"))
        return print_register(session, actor, args.year, args.lang, templates)
    if args.kind == "weekly":
        worker_id = session.scalar(
            select(Worker.id).where(Worker.centre_id == actor.centre_id, Worker.login == (args.worker or ""))
        )
        if worker_id is None:
            raise DomainError(Problem("worker", "Лист посещений: укажите логин (--worker).", "none"))
        week = args.week or date.today()
        return print_weekly(session, actor, worker_id, week, args.lang, templates)
    if not args.case:
        raise DomainError(Problem("case", f"{args.kind}: укажите номер дела (--case).", "required"))
    family_id = find_case(session, actor, args.case)
    return print_case_document(session, actor, args.kind, family_id, args.lang, templates)


def _cmd_print(args: argparse.Namespace) -> int:
    database, _backup = open_database(args.db)
    try:
        with database.sessions() as session:
            pdf = _print_pdf(args, session)
    finally:
        database.dispose()
    out = Path(args.out)
    out.write_bytes(pdf)
    print(f"Документ сохранён: {out} ({len(pdf) // 1024} КБ)")
    return EXIT_OK


# -- the plain table ------------------------------------------------------------------------------------


def _width(text: str) -> int:
    """Display width: combining marks take no column."""
    return sum(0 if unicodedata.combining(ch) else 1 for ch in text)


def _print_family_table(rows: Sequence[FamilyRow]) -> None:
    header = (
        "Номер",
        "Заявитель",
        "Населённый пункт",
        "Этап",
        "Вид патроната",
        "Специалист",
        "Заявление",
        "Чел.",
    )
    body = [
        (
            row.case_number,
            row.applicant,
            row.settlement,
            label_ru(row.stage),
            TYPE_LABELS.get(row.patronage_type.value, row.patronage_type.value) if row.patronage_type else "",
            row.worker,
            row.application_date.strftime("%d.%m.%Y") if row.application_date else "",
            str(row.members),
        )
        for row in rows
    ]
    widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]
    right = {len(header) - 1}

    def line(cells: Sequence[str]) -> str:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - _width(cell))
            out.append(pad + cell if i in right else cell + pad)
        return "  ".join(out).rstrip()

    print(line(header))
    print("  ".join("-" * w for w in widths))
    for cells in body:
        print(line(cells))
    print(f"Всего семей: {len(rows)}")


# -- entry point ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit code (0 success, 2 refused or bad arguments)."""
    parser = _build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or bad arguments (2)
        return exc.code if isinstance(exc.code, int) else EXIT_REFUSED
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except DomainError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:  # e.g. `patronat families list | head`: the reader has gone
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the interpreter's final flush does not fail again
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
