"""Console commands of sync and of the edits scripts need (registered into ``patronat`` by cli.py).

    patronat --db DB centre init --name NAME [--district D]
    patronat --db DB worker add --name "ФАМИЛИЯ ИМЯ [ОТЧЕСТВО]" --login LOGIN --enrol-out FILE [--code C]
    patronat --db DB enrol FILE [--code C]
    patronat --db DB family set CASE FIELD=VALUE [FIELD=VALUE ...]
    patronat --db DB visit add CASE --date YYYY-MM-DD --kind home
    patronat --db DB sync export --out FILE [--worker LOGIN]
    patronat --db DB sync import FILE [--dry-run] [--json]
    patronat --db DB sync conflicts [--all] [--json]
    patronat --db DB sync resolve CONFLICT_ID (--choice N | --value VALUE)
    patronat --db DB sync status [--json]

``demo`` on an enrolled laptop adds demo families of the laptop's worker (recorded as its changes).
Exit code 0: done or already imported; 2: refused, with one Russian line on stderr; nothing is changed then.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Callable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.validation import AddressData, VisitData
from patronat_desktop.domain.vocab import ReferralSource, VisitKind
from patronat_desktop.models import Family, Worker
from patronat_desktop.services import enrol as E
from patronat_desktop.services import sync as S
from patronat_desktop.services.base import Actor
from patronat_desktop.services.cases import edit_family, record_visit
from patronat_desktop.services.demo import check_family_count
from patronat_desktop.services.startup import open_database
from patronat_desktop.storage.db import Database, resolve_url, sqlite_path

EXIT_OK = 0
Handler = Callable[[argparse.Namespace], int]
FAMILY_FIELDS = ("region", "district", "village_council", "settlement", "street", "house", "flat", "phone")
FAMILY_TEXT_FIELDS = ("referral_note", "notes")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"дата в формате ГГГГ-ММ-ДД, получено «{value}»") from None


def register(commands: Any) -> None:
    """Add the sync commands to the ``patronat`` parser's subcommands."""
    centre = commands.add_parser("centre", help="центр: ключи синхронизации")
    centre_cmds = centre.add_subparsers(dest="centre_command", metavar="SUBCOMMAND", required=True)
    init = centre_cmds.add_parser("init", help="создать центр и его ключи")
    init.add_argument("--name", required=True, help="название центра")
    init.add_argument("--district", default="", help="район (по умолчанию — название)")
    init.set_defaults(handler=_cmd_centre_init)

    worker = commands.add_parser("worker", help="специалисты")
    worker_cmds = worker.add_subparsers(dest="worker_command", metavar="SUBCOMMAND", required=True)
    add = worker_cmds.add_parser("add", help="добавить специалиста и файл подключения его ноутбука")
    add.add_argument("--name", required=True, help="фамилия, имя, отчество")
    add.add_argument("--login", required=True)
    add.add_argument("--enrol-out", required=True, type=Path, help="куда записать файл подключения")
    add.add_argument("--code", default="", help="код подключения (тот же указать при enrol)")
    add.set_defaults(handler=_cmd_worker_add)

    enrol = commands.add_parser("enrol", help="подключить ноутбук к центру по файлу подключения")
    enrol.add_argument("file", type=Path)
    enrol.add_argument("--code", default="")
    enrol.set_defaults(handler=_cmd_enrol)

    family = commands.add_parser("family", help="изменить данные семьи")
    family_cmds = family.add_subparsers(dest="family_command", metavar="SUBCOMMAND", required=True)
    fset = family_cmds.add_parser("set", help="изменить поля семьи: FIELD=VALUE")
    fset.add_argument("case", help="номер дела или id семьи")
    fset.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    fset.set_defaults(handler=_cmd_family_set)

    visit = commands.add_parser("visit", help="посещения")
    visit_cmds = visit.add_subparsers(dest="visit_command", metavar="SUBCOMMAND", required=True)
    vadd = visit_cmds.add_parser("add", help="записать посещение")
    vadd.add_argument("case", help="номер дела или id семьи")
    vadd.add_argument("--date", required=True, type=_iso_date)
    vadd.add_argument("--kind", default="home", choices=[k.value for k in VisitKind])
    vadd.add_argument("--notes", default="")
    vadd.set_defaults(handler=_cmd_visit_add)

    sync = commands.add_parser("sync", help="синхронизация пакетами")
    sync_cmds = sync.add_subparsers(dest="sync_command", metavar="SUBCOMMAND", required=True)
    export = sync_cmds.add_parser(
        "export", help="записать пакет (ноутбук → центр; центр → ноутбук с --worker)"
    )
    export.add_argument("--out", required=True, type=Path)
    export.add_argument("--worker", default=None, metavar="LOGIN")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=_cmd_sync_export)
    imp = sync_cmds.add_parser("import", help="импортировать пакет")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true", help="только показать, что изменится")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=_cmd_sync_import)
    conflicts = sync_cmds.add_parser("conflicts", help="конфликты одновременных изменений")
    conflicts.add_argument("--all", action="store_true", help="и разрешённые")
    conflicts.add_argument("--json", action="store_true")
    conflicts.set_defaults(handler=_cmd_sync_conflicts)
    resolve = sync_cmds.add_parser("resolve", help="разрешить конфликт")
    resolve.add_argument("conflict_id", type=uuid.UUID)
    group = resolve.add_mutually_exclusive_group(required=True)
    group.add_argument("--choice", type=int, help="номер значения (с 0)")
    group.add_argument("--value", help="своё значение (JSON или текст)")
    resolve.set_defaults(handler=_cmd_sync_resolve)
    status = sync_cmds.add_parser("status", help="состояние синхронизации")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_cmd_sync_status)

    demo = commands.choices.get("demo")
    if demo is not None:
        demo.set_defaults(handler=_demo_wrapper(demo.get_default("handler")))
    families = commands.choices.get("families")
    if families is not None:
        for action in families._actions:
            if isinstance(action, argparse._SubParsersAction) and "list" in action.choices:
                listing = action.choices["list"]
                listing.set_defaults(handler=_list_wrapper(listing.get_default("handler")))


# -- helpers ----------------------------------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, uuid.UUID | Path):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _dump(obj: Any) -> str:
    data = asdict(obj) if is_dataclass(obj) and not isinstance(obj, type) else obj
    return json.dumps(data, ensure_ascii=False, indent=1, default=_json_default)


def _run(args: argparse.Namespace, fn: Callable[[Session], Any], write: bool = True) -> Any:
    database, _backup = open_database(args.db)
    try:
        return _in(database, fn, write)
    finally:
        database.dispose()


def _in(database: Database, fn: Callable[[Session], Any], write: bool) -> Any:
    if write:
        with database.transaction() as session:
            return fn(session)
    with database.sessions() as session:
        return fn(session)


def _actor(session: Session) -> Actor:
    worker = E.acting_worker(session)
    if worker is None:
        raise DomainError(
            Problem("worker", "В базе нет ни одного специалиста: сначала centre init или enrol.")
        )
    return Actor.of(worker)


def _family(session: Session, case: str) -> Family:
    try:
        fid: uuid.UUID | None = uuid.UUID(case)
    except ValueError:
        fid = None
    cond = or_(Family.case_number == case, Family.id == fid) if fid else Family.case_number == case
    found = session.scalars(select(Family).where(cond)).all()
    if len(found) != 1:
        what = "не найдено" if not found else "найдено несколько"
        raise DomainError(Problem("case", f"Дело «{case}»: {what}.", "not_found"))
    return found[0]


# -- commands ---------------------------------------------------------------------------------------------


def _cmd_centre_init(args: argparse.Namespace) -> int:
    head = _run(args, lambda s: E.init_centre(s, args.name, args.district))
    print(f"Центр создан, ключи синхронизации готовы. Руководитель: {head.login}.")
    return EXIT_OK


def _cmd_worker_add(args: argparse.Namespace) -> int:
    def act(session: Session) -> E.EnrolmentResult:
        return E.add_worker_with_enrolment(
            session, _actor(session), args.name, args.login, args.enrol_out, args.code
        )

    result = _run(args, act)
    print(f"Специалист «{args.login}» добавлен. Файл подключения ноутбука: {result.path}")
    return EXIT_OK


def _cmd_enrol(args: argparse.Namespace) -> int:
    worker: Worker = _run(args, lambda s: E.enrol_laptop(s, args.file, args.code))
    print(f"Ноутбук подключён к центру: специалист {worker.login}.")
    return EXIT_OK


def _demo_wrapper(original: Handler) -> Handler:
    def handler(args: argparse.Namespace) -> int:
        check_family_count(args.families)
        path = sqlite_path(resolve_url(args.db))
        if path is not None and not path.exists():  # a new database cannot be an enrolled laptop
            return original(args)
        database, _backup = open_database(args.db)
        try:
            with database.sessions() as session:
                me = S.own_device(session)
                laptop = me is not None and me.role == "laptop"
            if not laptop:
                database.dispose()
                return original(args)
            added = _in(database, lambda s: E.demo_for_worker(s, args.families, args.seed, args.today), True)
        finally:
            database.dispose()
        print(f"Демонстрационные данные загружены: семей: {added}.")
        return EXIT_OK

    return handler


def _list_wrapper(original: Handler) -> Handler:
    """``families list --json`` also shows the address and phone (scripts check edits with it)."""

    def handler(args: argparse.Namespace) -> int:
        if not args.json:
            return original(args)

        def rows(session: Session) -> list[dict[str, Any]]:
            from patronat_desktop.services.queries import list_families

            extra = {f.id: f for f in session.scalars(select(Family))}
            out = []
            for row in list_families(session):
                d = row.as_json()
                fam = extra.get(row.id)
                if fam is not None:
                    for name in (*FAMILY_FIELDS, *FAMILY_TEXT_FIELDS):
                        d.setdefault(name, getattr(fam, name))
                out.append(d)
            return out

        print(json.dumps(_run(args, rows, write=False), ensure_ascii=False, indent=1))
        return EXIT_OK

    return handler


def _cmd_family_set(args: argparse.Namespace) -> int:
    values: dict[str, str] = {}
    for item in args.assignments:
        name, sep, value = item.partition("=")
        if not sep or name not in (*FAMILY_FIELDS, *FAMILY_TEXT_FIELDS, "referral_source"):
            allowed = ", ".join((*FAMILY_FIELDS, *FAMILY_TEXT_FIELDS, "referral_source"))
            raise DomainError(Problem("field", f"Поле «{name}»: можно изменить только {allowed}.", "field"))
        values[name] = value

    def act(session: Session) -> str:
        actor = _actor(session)
        family = _family(session, args.case)
        address = AddressData(**{f: values.get(f, getattr(family, f)) for f in FAMILY_FIELDS})
        source = ReferralSource(values.get("referral_source", family.referral_source))
        edit_family(
            session,
            actor,
            family.id,
            address,
            source,
            [g.id for g in family.grounds],
            values.get("referral_note", family.referral_note),
            values.get("notes", family.notes),
        )
        return family.case_number

    case = _run(args, act)
    print(f"Дело {case}: изменено.")
    return EXIT_OK


def _cmd_visit_add(args: argparse.Namespace) -> int:
    def act(session: Session) -> str:
        actor = _actor(session)
        family = _family(session, args.case)
        present = [m.id for m in family.members if m.is_applicant] or [m.id for m in family.members]
        data = VisitData(args.date, VisitKind(args.kind), present, notes=args.notes)
        record_visit(session, actor, family.id, data)
        return family.case_number

    case = _run(args, act)
    print(f"Дело {case}: посещение записано.")
    return EXIT_OK


def _cmd_sync_export(args: argparse.Namespace) -> int:
    if args.worker:
        result = _run(args, lambda s: S.export_return(s, args.worker, args.out))
    else:
        result = _run(args, lambda s: S.export_for_centre(s, args.out))
    if args.json:
        print(_dump(result))
    else:
        print(
            f"Пакет записан и проверен: {result.path} (изменений: {result.changes}). Носитель можно извлечь."
        )
    return EXIT_OK


def _cmd_sync_import(args: argparse.Namespace) -> int:
    if args.dry_run:
        preview: S.ImportPreview = _run(args, lambda s: S.preview_import(s, args.file), write=False)
        if args.json:
            print(_dump(preview))
        elif preview.ok:
            _print_preview(preview)
        if not preview.ok:
            print(preview.refusal, file=sys.stderr)
            return 2
        return EXIT_OK
    report: S.ImportReport = _run(args, lambda s: S.import_bundle(s, args.file))
    print(_dump(report) if args.json else report.message)
    if report.clock_warning and not args.json:
        print(report.clock_warning, file=sys.stderr)
    return EXIT_OK


def _print_preview(p: S.ImportPreview) -> None:
    if p.already_imported_on is not None:
        print(f"Пакет уже импортирован {p.already_imported_on:%d.%m.%Y %H:%M}; импорт ничего не изменит.")
        return
    print(f"Пакет от: {p.sender}. Изменений: {p.changes}, из них уже есть: {p.duplicates}.")
    print(f"Новые семьи: {len(p.families_created)}; изменятся: {len(p.families_updated)}.")
    for f in p.families_created:
        print(f"  + {f.case_number}")
    for f in p.families_updated:
        print(f"  ~ {f.case_number}")
    print(f"Конфликтов: {len(p.conflicts)}.")
    for c in p.conflicts:
        print(f"  ! {c.label}")
    if p.clock_warning:
        print(p.clock_warning)


def _cmd_sync_conflicts(args: argparse.Namespace) -> int:
    items = _run(args, lambda s: S.list_conflicts(s, open_only=not args.all), write=False)
    if args.json:
        print(json.dumps([asdict(c) for c in items], ensure_ascii=False, indent=1, default=_json_default))
        return EXIT_OK
    for c in items:
        shown = ", ".join(f"{v.device}: {'(удалено)' if v.deleted else v.value}" for v in c.values)
        print(f"{c.id}  {c.label}  [{shown}]")
    print(f"Конфликтов: {len(items)}")
    return EXIT_OK


def _cmd_sync_resolve(args: argparse.Namespace) -> int:
    value: Any = None
    if args.value is not None:
        try:
            value = json.loads(args.value)
        except ValueError:
            value = args.value

    def act(session: Session) -> None:
        S.resolve_conflict(session, _actor(session), args.conflict_id, args.choice, value)

    _run(args, act)
    print("Конфликт разрешён.")
    return EXIT_OK


def _cmd_sync_status(args: argparse.Namespace) -> int:
    status = _run(args, S.sync_status, write=False)
    if args.json:
        print(_dump(status))
    else:
        print(f"Роль: {status.role}; неотправленных изменений: {status.unsent_changes}.")
    return EXIT_OK
