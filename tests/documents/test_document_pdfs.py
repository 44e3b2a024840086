"""Every printed document of a walked case: its text (names, dates, rows, pages) and embedded fonts."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date, timedelta

import pytest
from factories import PLAN_DATE, TODAY, plan_item, walk
from pdf_text import fonts, pages_text

from patronat_desktop.documents.render import CASE_KINDS, render
from patronat_desktop.domain.vocab import Stage
from patronat_desktop.services import cases
from patronat_desktop.services.base import Actor
from patronat_desktop.services.documents import (
    find_case,
    plan_doc,
    print_case_document,
    register_doc,
    weekly_doc,
)
from patronat_desktop.services.reference import create_centre
from patronat_desktop.services.signing import mark_plan_signed
from patronat_desktop.storage.db import Database


@pytest.fixture
def head(sqlite_db: Database) -> Actor:
    with sqlite_db.transaction() as session:
        worker = create_centre(session, "ТЦСОН Тестового района", "Тестовый", "Минская", "Иванова", "Анна")
        return Actor.of(worker)


@pytest.fixture
def closed_case(sqlite_db: Database, head: Actor) -> uuid.UUID:
    return walk(sqlite_db, head, Stage.CLOSED).family_id


def _pdf(db: Database, actor: Actor, kind: str, family_id: uuid.UUID, lang: str = "ru") -> bytes:
    with db.transaction() as s:
        return print_case_document(s, actor, kind, family_id, lang, centre_dir=None)


@pytest.mark.parametrize("lang", ["ru", "be"])
@pytest.mark.parametrize("kind", CASE_KINDS)
def test_every_case_document_has_its_content_and_embedded_fonts(
    sqlite_db: Database, head: Actor, closed_case: uuid.UUID, kind: str, lang: str
) -> None:
    pdf = _pdf(sqlite_db, head, kind, closed_case, lang)
    pages = pages_text(pdf)
    text = " ".join(pages)
    assert "ТЦСОН Тестового района" in pages[0]
    assert "Петрова" in text  # the applicant
    assert ("стр." if lang == "ru" else "стар.") in pages[-1]
    assert f"{len(pages)}" in pages[-1]
    used = fonts(pdf)
    assert used and all(used.values()), used
    assert all("LiberationSerif" in name for name in used)
    expected = {
        "application": ["Петрова Ольга Ивановна", "12.04.1990", "Петров Максим Сергеевич", "01.09.2015"],
        "survey": ["4 марта 2026 г."],
        "plan": ["Трудоустройство матери", "Оздоровление ребёнка", "30.04.2026", "30.06.2026", "10 марта"],
        "contract": ["12 марта 2026 г.", "31 декабря 2026 г."],
        "visits": ["16.03.2026", "Беседа с матерью"],
        "summary": ["15 мая 2026 г.", "Снять семью с социального патроната", "Выполнено"],
    }[kind]
    if lang == "be":
        expected = [
            e.replace("марта", "сакавіка").replace("мая", "мая").replace("декабря", "снежня")
            for e in expected
        ]
    for fragment in expected:
        assert fragment in text, (fragment, text[:400])


def test_titles_follow_the_language(sqlite_db: Database, head: Actor, closed_case: uuid.UUID) -> None:
    ru = pages_text(_pdf(sqlite_db, head, "plan", closed_case, "ru"))[0]
    be = pages_text(_pdf(sqlite_db, head, "plan", closed_case, "be"))[0]
    assert "ПЛАН ПАТРОНАТНОГО СОПРОВОЖДЕНИЯ СЕМЬИ" in ru
    assert "ПЛАН ПАТРАНАТНАГА СУПРАВАДЖЭННЯ СЯМ'І" in be and "Адзнака аб выкананні" in be


def test_a_missing_document_is_refused_not_printed_empty(sqlite_db: Database, head: Actor) -> None:
    family_id = walk(sqlite_db, head, Stage.SURVEY).family_id
    with (
        sqlite_db.transaction() as s,
        pytest.raises(Exception, match="Итоговое заключение: документа ещё нет"),
    ):
        print_case_document(s, head, "summary", family_id)


def _long_plan(db: Database, actor: Actor, items: int) -> uuid.UUID:
    c = walk(db, actor, Stage.ASSESSMENT)
    rows = [
        plan_item(
            actor.worker_id,
            goal=f"Цель номер {i}: восстановление способности семьи к самостоятельному решению проблем",
            measure=f"Мероприятие {i}. " + "Консультация, сопровождение в учреждения района, контроль. " * 3,
            deadline=PLAN_DATE + timedelta(days=20 + i),
            problem_id=c.problem_ids[0] if i % 2 else None,
        )
        for i in range(1, items + 1)
    ]
    with db.transaction() as s:
        cases.save_plan_version(s, actor, c.family_id, rows, PLAN_DATE, today=TODAY)
    return c.family_id


def test_plan_of_25_items_spans_pages_with_repeated_header_and_nothing_cut(
    sqlite_db: Database, head: Actor
) -> None:
    family_id = _long_plan(sqlite_db, head, 25)
    pages = pages_text(_pdf(sqlite_db, head, "plan", family_id))
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert f"стр. {number} из {len(pages)}" in page
        assert "Версия 1, отпечаток" in page
    table_pages = [p for p in pages if "Цель номер" in p]
    assert len(table_pages) >= 2
    for page in table_pages:  # the header row repeats on every page the table crosses
        assert "Мероприятие Ответственный Срок" in page or "Ответственный" in page
        assert "Отметка о выполнении" in page
    # Narrow cells wrap (and break long words), so compare without any whitespace.
    text = "".join("".join(pages).split())
    for i in range(1, 26):  # every row whole: its goal, its full measure and its deadline
        goal = f"Цель номер {i}: восстановление способности семьи к самостоятельному решению проблем"
        assert "".join(goal.split()) in text
        assert "".join(f"Мероприятие {i}. Консультация, сопровождение".split()) in text
        assert (PLAN_DATE + timedelta(days=20 + i)).strftime("%d.%m.%Y") in text
    assert text.count("контроль.") == 25 * 3
    assert "С планом ознакомлен(а)" in pages[-1]


def test_signed_plan_footer_names_the_signature_and_fingerprint(sqlite_db: Database, head: Actor) -> None:
    family_id = walk(sqlite_db, head, Stage.PLAN).family_id
    with sqlite_db.transaction() as s:
        version = mark_plan_signed(s, head, family_id, date(2026, 3, 11), "Петрова О.И.", today=TODAY)
        fp = version.fingerprint
    page = pages_text(_pdf(sqlite_db, head, "plan", family_id))[0]
    assert f"Подписано семьёй 11.03.2026 (Петрова О.И.): версия 1, отпечаток {fp}" in page


def test_register_of_a_year_lists_its_families(sqlite_db: Database, head: Actor) -> None:
    ids = [walk(sqlite_db, head, Stage.PATRONAGE, application_number=str(n)).family_id for n in (1, 2, 3)]
    with sqlite_db.transaction() as s:
        doc = register_doc(s, head, 2026)
        empty = register_doc(s, head, 2020)
        number = find_case(s, head, doc.rows[0].case_number)
    assert number in ids
    assert len(doc.rows) == 3 and not empty.rows
    text = " ".join(pages_text(render("register", doc)))
    assert "ЖУРНАЛ УЧЁТА СЕМЕЙ" in text and "за 2026 год" in text and "Всего семей: 3." in text
    assert text.count("Петрова Ольга Ивановна") == 3
    assert "стр. 1 из 1" in text
    assert "За этот год семей на патронате нет." in " ".join(pages_text(render("register", empty)))


def test_weekly_sheet_lists_families_needing_a_visit_by_settlement(sqlite_db: Database, head: Actor) -> None:
    walk(sqlite_db, head, Stage.PATRONAGE)
    assert head.worker_id is not None
    with sqlite_db.transaction() as s:
        # The standard case is emergency from 12.03 with one visit on 16.03: the week of 23.03 needs one.
        doc = weekly_doc(s, head, head.worker_id, date(2026, 3, 25))
    assert (doc.week_start, doc.week_end) == (date(2026, 3, 23), date(2026, 3, 29))
    assert [r.settlement for r in doc.rows] == ["д. Новосёлки"]
    text = " ".join(pages_text(render("weekly", doc)))
    assert "д. Новосёлки" in text and "Петрова Ольга Ивановна" in text and "16.03.2026" in text
    assert "Дата посещения" in text and "23 марта 2026 г." in text


def test_plan_doc_of_an_older_version(sqlite_db: Database, head: Actor) -> None:
    family_id = walk(sqlite_db, head, Stage.PLAN).family_id
    with sqlite_db.transaction() as s:
        family = s.get(cases.Family, family_id)
        assert family is not None
        first = plan_doc(s, head, family, version_no=1)
        items = [replace(plan_item(head.worker_id), goal="Новая цель")]
        cases.save_plan_version(s, head, family_id, items, PLAN_DATE, "Пересмотр", today=TODAY)
    with sqlite_db.transaction() as s:
        family = s.get(cases.Family, family_id)
        assert family is not None
        again = plan_doc(s, head, family, version_no=1)
        second = plan_doc(s, head, family)
    assert again.fingerprint == first.fingerprint
    assert second.version_no == 2 and second.fingerprint != first.fingerprint


def test_a_plan_row_taller_than_a_page_is_split_not_refused(sqlite_db: Database, head: Actor) -> None:
    c = walk(sqlite_db, head, Stage.ASSESSMENT)
    measure = " ".join(
        f"Шаг {i}: посещение семьи, беседа, сопровождение в учреждения района." for i in range(150)
    )
    with sqlite_db.transaction() as s:
        cases.save_plan_version(
            s, head, c.family_id, [plan_item(head.worker_id, measure=measure)], PLAN_DATE, today=TODAY
        )
    pages = pages_text(_pdf(sqlite_db, head, "plan", c.family_id))
    assert len(pages) >= 2
    text = "".join("".join(pages).split())
    assert "Шаг149:" in text and "Шаг0:" in text
