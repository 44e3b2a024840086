"""Demo data: a believable rural district with families at every stage of a patronage case.

The district is Копыльский район of Minsk region: the town of Копыль and twelve village councils with their
agrotowns and villages.  The people, addresses and cases are invented; the village names are typical of the
district, and their assignment to councils is illustrative only.

``load_demo`` is deterministic: everything comes from one ``random.Random(seed)`` and is placed relative to
``today``, so the same seed and the same ``today`` give the same database (UUIDs included).  Rows are built
as plain dicts and written with one bulk INSERT per table, which loads the large district of DESIGN.md
(5,000 families, ~20,000 members, ~150,000 visits) in seconds.

The rules the data follows (tests check them):

* a family has 1–8 members and exactly one applicant, an adult on the application date; one consent per
  adult, given on the application date;
* stage >= survey has a survey act, usually within 3 working days of the application (some late);
  >= assessment has problems; >= plan has a plan with 1–3 versions, the current one agreed with the family,
  whose items have exactly one responsible (a worker or an agency); >= contract has a contract;
* patronage and closed families have type periods without gaps or overlaps (end = next start - 1 day), the
  last one open unless the case is closed, and visits mostly meeting the norm of the type; only home visits
  count toward the norm (the default rule), office talks, phone calls and joint visits are recorded too;
* no visit before the application date, after today or after the closure; closed families have a closing
  summary with a result for every item of the current plan version.
"""

from __future__ import annotations

import random
import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import FromClause, Table, Uuid, func, insert, select, text
from sqlalchemy.orm import Session

from patronat_desktop.domain.calendar import WorkCalendar
from patronat_desktop.domain.errors import DomainError, Problem
from patronat_desktop.domain.norms import PatronageType, add_months
from patronat_desktop.domain.validation import age_on
from patronat_desktop.domain.vocab import (
    AgencyKind,
    ClosureReason,
    ContractForm,
    Disability,
    HousingType,
    Outcome,
    PlanItemStatus,
    ReferralSource,
    Relation,
    Sex,
    Stage,
    VisitKind,
    WorkerRole,
)
from patronat_desktop.models import (
    Agency,
    AgencyRequest,
    Application,
    AuditEntry,
    Centre,
    ClosingSummary,
    Consent,
    Contract,
    Family,
    GoalResult,
    Ground,
    Member,
    Plan,
    PlanItem,
    PlanVersion,
    SurveyAct,
    TypePeriod,
    Visit,
    Worker,
    family_ground,
    visit_member,
)
from patronat_desktop.models import Problem as ProblemRow
from patronat_desktop.services.reference import ensure_grounds

__all__ = ["MAX_FAMILIES", "DemoSummary", "bulk_insert", "check_family_count", "load_demo"]

MAX_FAMILIES = 20_000
FAMILIES_PER_WORKER = 125
MIN_WORKERS = 3
MAX_WORKERS = 40
HISTORY_DAYS = 3 * 365
BULK_CHUNK = 20_000  # rows per executemany
SQLITE_LOAD_CACHE_KIB = 131_072  # SQLite page cache while loading (the connection's own is restored after)

E = PatronageType.EMERGENCY
P = PatronageType.PLANNED
C = PatronageType.CONTROL

Row = dict[str, Any]

# -- the district ---------------------------------------------------------------------------------------

REGION = "Минская область"
DISTRICT = "Копыльский район"
TOWN = "г. Копыль"
CENTRE_NAME = (
    "Государственное учреждение «Территориальный центр социального обслуживания населения Копыльского района»"
)
CENTRE_SHORT = "ТЦСОН Копыльского района"
HEAD_POSITION = "заведующий отделением социальной помощи семьям и детям"
CASEWORKER_POSITION = "специалист по социальной работе отделения социальной помощи семьям и детям"


@dataclass(frozen=True)
class _Council:
    adjective: str  # masculine: "Тимковичский"
    centre: str  # the agrotown where the village executive committee sits ("" when there is none)
    villages: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"{self.adjective} сельсовет"

    @property
    def feminine(self) -> str:
        return self.adjective[:-2] + "ая"

    @property
    def settlements(self) -> tuple[str, ...]:
        return ((self.centre,) if self.centre else ()) + self.villages


COUNCILS: tuple[_Council, ...] = (
    _Council(
        "Блевчицкий", "аг. Быстрица", ("д. Блевчицы", "д. Деречин", "д. Лешня", "д. Домашицы", "д. Пасека")
    ),
    _Council(
        "Бобовнянский",
        "аг. Бобовня",
        ("д. Заречье", "д. Каменка", "д. Новосёлки", "д. Кривичи", "д. Лотвинь"),
    ),
    _Council("Бучатинский", "аг. Бучатино", ("д. Кальчицы", "д. Зубковичи", "д. Дубровка", "д. Поплавы")),
    _Council(
        "Грозовский",
        "аг. Грозово",
        ("д. Жабчево", "д. Лавы", "д. Рачковичи", "д. Глинное", "д. Кривое Село"),
    ),
    _Council(
        "Докторовичский", "аг. Докторовичи", ("д. Кармазы", "д. Мысловичи", "д. Малиновка", "д. Подгорье")
    ),
    _Council(
        "Копыльский",
        "",
        ("д. Омельно", "д. Березовка", "д. Белевичи", "д. Слобода", "д. Ячевка", "д. Городище"),
    ),
    _Council("Мажский", "аг. Мажа", ("д. Еськовичи", "д. Зубаревичи", "д. Коловка", "д. Острово")),
    _Council("Песочненский", "аг. Песочное", ("д. Луги", "д. Устье", "д. Красная Сторонка", "д. Чаплицы")),
    _Council("Потейковский", "аг. Потейки", ("д. Великое Поле", "д. Усох", "д. Новая Весь", "д. Лозовица")),
    _Council("Семежевский", "аг. Семежево", ("д. Рудня", "д. Лавриновичи", "д. Дричин", "д. Огородники")),
    _Council(
        "Слобода-Кучинский",
        "аг. Слобода-Кучинка",
        ("д. Кучинка", "д. Степанчицы", "д. Вадино", "д. Заболотье"),
    ),
    _Council(
        "Тимковичский",
        "аг. Тимковичи",
        ("д. Ананчицы", "д. Пуково", "д. Ячево", "д. Телядовичи", "д. Киевичи"),
    ),
)

TOWN_STREETS = (
    "Ленина", "Советская", "Партизанская", "Слуцкая", "Калинина", "Пролетарская", "Садовая", "Набережная",
    "Трудовая", "Комсомольская", "Мира", "Гагарина", "Кирова", "Чапаева", "Весенняя", "Заводская",
)  # fmt: skip
VILLAGE_STREETS = (
    "Центральная", "Молодёжная", "Школьная", "Садовая", "Зелёная", "Новая", "Лесная", "Полевая", "Мира",
    "Советская", "Луговая", "Набережная",
)  # fmt: skip

# -- people ---------------------------------------------------------------------------------------------

SURNAMES = (
    "Ковалёв", "Шевчук", "Новик", "Мельник", "Козлов", "Романович", "Жук", "Климович", "Лукашевич",
    "Якимович", "Кузьмич", "Каминский", "Войтехович", "Дубровский", "Савицкий", "Левкович", "Макаревич",
    "Павлюкевич", "Морозов", "Волков", "Соколов", "Тарасевич", "Зайцев", "Кисель", "Бобрик", "Карпович",
    "Грицук", "Мартинович", "Пашкевич", "Ивашкевич", "Степанов", "Ермолович", "Кравченко", "Бондаренко",
    "Сидоренко", "Ткачук", "Лисовский", "Гурин", "Шульга", "Прокопович", "Михалевич", "Богданович",
    "Василевский", "Петрашкевич", "Юркевич", "Сенько", "Адамович", "Кухарчик", "Кононович", "Рябцев",
    "Лагун", "Гайдук", "Мисюк", "Король", "Бурак", "Сакович", "Апанович", "Борисевич", "Герасимович",
    "Давыдов", "Ефимов", "Жданович", "Зеленко", "Игнатович", "Кириллов", "Латыш", "Мазур", "Науменко",
    "Осипович", "Пинчук", "Русакович", "Савченко", "Тишкевич", "Филипович", "Харитонович", "Цыбулько",
    "Черняк", "Шапошник", "Янковский", "Голуб", "Дорошкевич", "Ильин", "Кудрявцев", "Лещинский", "Никитин",
    "Полещук", "Рыбаков",
)  # fmt: skip

# Male first names with the patronymics they give (son, daughter).
_PATRONYMIC_TABLE = """
    Николай Николаевич Николаевна
    Владимир Владимирович Владимировна
    Иван Иванович Ивановна
    Пётр Петрович Петровна
    Михаил Михайлович Михайловна
    Василий Васильевич Васильевна
    Анатолий Анатольевич Анатольевна
    Григорий Григорьевич Григорьевна
    Степан Степанович Степановна
    Фёдор Фёдорович Фёдоровна
    Леонид Леонидович Леонидовна
    Виктор Викторович Викторовна
    Валерий Валерьевич Валерьевна
    Геннадий Геннадьевич Геннадьевна
    Александр Александрович Александровна
    Сергей Сергеевич Сергеевна
    Андрей Андреевич Андреевна
    Дмитрий Дмитриевич Дмитриевна
    Игорь Игоревич Игоревна
    Олег Олегович Олеговна
    Юрий Юрьевич Юрьевна
    Евгений Евгеньевич Евгеньевна
    Алексей Алексеевич Алексеевна
    Вадим Вадимович Вадимовна
    Денис Денисович Денисовна
    Павел Павлович Павловна
    Руслан Русланович Руслановна
    Роман Романович Романовна
    Антон Антонович Антоновна
    Артём Артёмович Артёмовна
    Максим Максимович Максимовна
    Кирилл Кириллович Кирилловна
    Никита Никитич Никитична
    Егор Егорович Егоровна
    Даниил Даниилович Данииловна
    Матвей Матвеевич Матвеевна
    Тимофей Тимофеевич Тимофеевна
    Илья Ильич Ильинична
    Владислав Владиславович Владиславовна
    Марк Маркович Марковна
    Глеб Глебович Глебовна
    Арсений Арсеньевич Арсеньевна
    Богдан Богданович Богдановна
"""
PATRONYMICS: dict[str, tuple[str, str]] = {
    name: (son, daughter)
    for name, son, daughter in (line.split() for line in _PATRONYMIC_TABLE.splitlines() if line.strip())
}

# First names by generation: (born before 1966, 1966–1995, 1996 and later).
MALE_NAMES = (
    ("Николай", "Владимир", "Иван", "Пётр", "Михаил", "Василий", "Анатолий", "Григорий", "Степан", "Фёдор",
     "Леонид", "Виктор", "Валерий", "Геннадий"),
    ("Александр", "Сергей", "Андрей", "Дмитрий", "Виктор", "Владимир", "Игорь", "Олег", "Юрий", "Евгений",
     "Алексей", "Вадим", "Денис", "Павел", "Руслан", "Иван", "Николай", "Михаил", "Роман", "Антон"),
    ("Артём", "Максим", "Кирилл", "Никита", "Егор", "Даниил", "Матвей", "Тимофей", "Илья", "Владислав",
     "Михаил", "Александр", "Дмитрий", "Иван", "Марк", "Глеб", "Арсений", "Богдан"),
)  # fmt: skip
FEMALE_NAMES = (
    ("Мария", "Нина", "Валентина", "Галина", "Зинаида", "Антонина", "Раиса", "Надежда", "Людмила", "Тамара",
     "Вера", "Лидия"),
    ("Ольга", "Татьяна", "Елена", "Наталья", "Ирина", "Светлана", "Людмила", "Юлия", "Оксана", "Анна",
     "Екатерина", "Марина", "Валентина", "Галина", "Жанна", "Алеся", "Анастасия", "Кристина", "Виктория"),
    ("Дарья", "Анастасия", "Полина", "София", "Алина", "Вероника", "Елизавета", "Ксения", "Виктория", "Мария",
     "Анна", "Варвара", "Ульяна", "Милана", "Алиса", "Ева", "Валерия", "Кира"),
)  # fmt: skip

JOBS = (
    "ОАО «Тимирязевский», механизатор",
    "ОАО «Тимирязевский», доярка",
    "Копыльский опытный лесхоз, рабочий",
    "Копыльский филиал ОАО «Слуцкий сыродельный комбинат», оператор",
    "Копыльское РУП ЖКХ, рабочий",
    "ОАО «Копыльское ДРСУ № 124», дорожный рабочий",
    "магазин Копыльского райпо, продавец",
    "ГУО (школа), технический работник",
    "индивидуальный предприниматель",
    "работает в г. Минске вахтовым методом",
    "работает по найму без оформления (сезонные работы)",
    "сельскохозяйственное предприятие, животновод",
)
NOT_WORKING = (
    "не работает",
    "безработный(ая), состоит на учёте в УТЗСЗ",
    "в отпуске по уходу за ребёнком до 3 лет",
    "не работает, ведёт домашнее хозяйство",
)

# -- problems and the plan measures that answer them ----------------------------------------------------
# (description, who it concerns, ((goal, measure, responsible kind or None for the caseworker), ...))

_Measure = tuple[str, str, AgencyKind | None]
_ProblemSpec = tuple[str, str, tuple[_Measure, ...]]

PROBLEMS: dict[str, tuple[_ProblemSpec, ...]] = {
    "unemployment": (
        (
            "Отсутствие постоянного источника дохода: трудоспособный член семьи не работает",
            "unemployed",
            (
                ("Трудоустройство члена семьи", "Содействие в постановке на учёт в УТЗСЗ, подбор вакансий",
                 AgencyKind.LABOUR_OFFICE),
                ("Получение государственной адресной социальной помощи",
                 "Консультирование и помощь в сборе документов на ГАСП", None),
            ),
        ),
    ),
    "disability": (
        (
            "Ребёнок-инвалид нуждается в реабилитации и специальных условиях обучения",
            "disabled_child",
            (
                ("Обеспечение реабилитации ребёнка",
                 "Содействие в разработке ИПРА и направлении на санаторно-курортное лечение",
                 AgencyKind.HEALTH),
                ("Организация обучения с учётом особенностей развития",
                 "Консультация в районном ЦКРОиР, организация занятий", AgencyKind.EDUCATION),
            ),
        ),
        (
            "Член семьи с инвалидностью нуждается в посторонней помощи и технических средствах реабилитации",
            "disabled_adult",
            (
                ("Обеспечение техническими средствами социальной реабилитации",
                 "Помощь в оформлении ТССР через пункт проката центра", None),
                ("Медицинское наблюдение", "Организация посещений врача общей практики на дому",
                 AgencyKind.HEALTH),
            ),
        ),
    ),
    "no_self_care": (
        (
            "Частичная утрата способности к самообслуживанию, отсутствие ухода",
            "adult",
            (
                ("Обеспечение социально-бытового обслуживания",
                 "Оформление надомного обслуживания социальным работником центра", None),
                ("Медицинское наблюдение", "Патронаж медицинского работника ФАП (амбулатории)",
                 AgencyKind.HEALTH),
            ),
        ),
    ),
    "dysfunction": (
        (
            "Злоупотребление алкоголем родителями, ненадлежащее выполнение родительских обязанностей",
            "parent",
            (
                ("Отказ родителей от употребления алкоголя",
                 "Мотивирование на консультацию врача-нарколога, контроль посещения", AgencyKind.HEALTH),
                ("Профилактика противоправного поведения", "Профилактические беседы инспектора ИДН",
                 AgencyKind.POLICE),
                ("Надлежащее выполнение родительских обязанностей",
                 "Обучение навыкам ухода за детьми, контроль санитарного состояния жилья", None),
            ),
        ),
        (
            "Конфликтные отношения в семье, риск насилия",
            "",
            (
                ("Нормализация детско-родительских отношений", "Консультации педагога-психолога СПЦ",
                 AgencyKind.SPC),
                ("Безопасность членов семьи", "Разъяснение порядка действий при домашнем насилии, "
                 "информирование о кризисной комнате центра", None),
            ),
        ),
        (
            "Ребёнок систематически пропускает учебные занятия без уважительной причины",
            "child",
            (
                ("Регулярное посещение ребёнком школы",
                 "Контроль посещаемости, индивидуальная работа педагога социального", AgencyKind.EDUCATION),
                ("Организация досуга ребёнка", "Вовлечение в кружки и секции, летнее оздоровление",
                 AgencyKind.PUBLIC_ASSOCIATION),
            ),
        ),
    ),
    "orphanhood": (
        (
            "Несовершеннолетние, оставшиеся без попечения родителей, проживают с опекуном",
            "child",
            (
                ("Защита прав и интересов подопечных детей",
                 "Содействие в оформлении пенсии по случаю потери кормильца и льгот", AgencyKind.EDUCATION),
                ("Улучшение бытовых условий", "Оказание помощи в мелком ремонте жилья", None),
            ),
        ),
    ),
    "no_abode": (
        (
            "Отсутствие собственного жилья, проживание в непригодном помещении",
            "adult",
            (
                ("Улучшение жилищных условий",
                 "Содействие в постановке на учёт нуждающихся в улучшении жилищных условий",
                 AgencyKind.VILLAGE_COMMITTEE),
                ("Регистрация по месту жительства", "Помощь в регистрации по месту жительства",
                 AgencyKind.POLICE),
            ),
        ),
    ),
    "no_relatives": (
        (
            "Отсутствие трудоспособных родственников, способных оказывать помощь",
            "adult",
            (
                ("Организация помощи по хозяйству", "Привлечение волонтёров БРСМ к заготовке дров, уборке",
                 AgencyKind.PUBLIC_ASSOCIATION),
                ("Оказание материальной помощи", "Содействие в получении единовременной материальной помощи",
                 AgencyKind.LABOUR_OFFICE),
            ),
        ),
    ),
    "multiple_birth": (
        (
            "Рождение двойни: нехватка средств на детские товары, усталость матери",
            "",
            (
                ("Материальная поддержка семьи", "Гуманитарная помощь (детские вещи, средства гигиены)",
                 AgencyKind.PUBLIC_ASSOCIATION),
                ("Оформление пособий", "Помощь в оформлении пособий на детей", AgencyKind.LABOUR_OFFICE),
                ("Помощь в уходе за детьми", "Услуги няни для семьи, воспитывающей двойню", None),
            ),
        ),
    ),
    "lost_ties": (
        (
            "Член семьи освободился из мест лишения свободы, не имеет документов и работы",
            "adult",
            (
                ("Восстановление документов", "Содействие в получении паспорта", AgencyKind.POLICE),
                ("Трудоустройство", "Направление на вакансии, в том числе с предоставлением жилья",
                 AgencyKind.LABOUR_OFFICE),
            ),
        ),
    ),
    "bereavement": (
        (
            "Смерть кормильца, тяжёлое эмоциональное состояние членов семьи",
            "",
            (
                ("Психологическая поддержка семьи", "Консультации психолога СПЦ", AgencyKind.SPC),
                ("Оформление пенсии по случаю потери кормильца", "Помощь в сборе документов",
                 AgencyKind.LABOUR_OFFICE),
            ),
        ),
    ),
    "damage": (
        (
            "Пожар в жилом доме, утрата имущества",
            "",
            (
                ("Восстановление жилья", "Содействие в выделении строительных материалов",
                 AgencyKind.VILLAGE_COMMITTEE),
                ("Материальная помощь", "Оформление единовременной материальной помощи",
                 AgencyKind.LABOUR_OFFICE),
                ("Гуманитарная помощь", "Одежда, постельные принадлежности, предметы быта",
                 AgencyKind.PUBLIC_ASSOCIATION),
            ),
        ),
    ),
    "other": (
        (
            "Трудности в ведении домашнего хозяйства и планировании семейного бюджета",
            "adult",
            (
                ("Формирование навыков ведения бюджета", "Занятия по планированию семейного бюджета", None),
                ("Пожарная безопасность жилья", "Установка автономного пожарного извещателя",
                 AgencyKind.OTHER),
            ),
        ),
    ),
}  # fmt: skip

GROUNDS_BY_COMPOSITION: dict[str, tuple[tuple[str, int], ...]] = {
    "single_mother": (("unemployment", 4), ("dysfunction", 5), ("no_relatives", 1), ("no_abode", 1),
                      ("bereavement", 1), ("damage", 1), ("other", 2)),
    "couple": (("dysfunction", 6), ("unemployment", 3), ("multiple_birth", 1), ("damage", 1), ("no_abode", 1),
               ("other", 2)),
    "elderly": (("no_self_care", 6), ("no_relatives", 4), ("damage", 1), ("bereavement", 1)),
    "guardian": (("orphanhood", 8), ("no_relatives", 1), ("bereavement", 1)),
    "adult_alone": (("lost_ties", 4), ("unemployment", 3), ("no_abode", 2), ("dysfunction", 1), ("other", 1)),
    "single_father": (("bereavement", 3), ("unemployment", 2), ("dysfunction", 2), ("other", 1)),
}  # fmt: skip

# -- texts ----------------------------------------------------------------------------------------------

TYPE_START_REASONS = {
    E: (
        "Установлен экстренный патронат: угроза жизни и здоровью детей, необходимо интенсивное сопровождение",
        "Установлен экстренный патронат по решению координационного совета",
        "Установлен экстренный патронат: острая кризисная ситуация в семье",
    ),
    P: (
        "Установлен плановый патронат по результатам оценки проблем семьи",
        "Установлен плановый патронат при заключении договора",
    ),
    C: ("Установлен контрольный патронат: ситуация стабильна, необходим периодический контроль",),
}
TYPE_CHANGE_REASONS = {
    (E, P): (
        "Острая ситуация снята, семья выполняет мероприятия плана",
        "Угроза жизни и здоровью детей устранена, родители трудоустроены",
    ),
    (P, C): (
        "Положительная динамика: большая часть мероприятий плана выполнена",
        "Семья справляется самостоятельно, сохраняется контроль",
    ),
    (P, E): (
        "Ухудшение ситуации: сообщение ИДН о конфликте в семье",
        "Ухудшение ситуации: родители возобновили употребление алкоголя",
    ),
    (E, C): ("Кризис преодолён, достаточно периодического контроля",),
    (C, P): ("Снижение уровня благополучия семьи, требуется более частое сопровождение",),
}
VISIT_NOTES = {
    VisitKind.HOME: (
        "Посещение семьи на дому. Санитарное состояние жилья удовлетворительное, дети опрятны",
        "Посещение на дому: беседа с родителями о режиме дня детей",
        "Посещение на дому: проверено наличие продуктов питания и топлива",
        "Посещение на дому совместно с медицинским работником ФАП",
        "Посещение на дому: помощь в заполнении документов",
        "Посещение на дому: дома чисто, в холодильнике продукты, дети накормлены",
        "Посещение на дому: беседа о выполнении мероприятий плана",
    ),
    VisitKind.OFFICE: (
        "Беседа в центре: консультация по вопросам оформления пособий",
        "Беседа в центре: обсуждение выполнения плана сопровождения",
        "Заявитель обратился в центр за консультацией психолога",
    ),
    VisitKind.PHONE: (
        "Телефонный звонок: уточнение ситуации в семье",
        "Телефонный звонок: напоминание о приёме у врача",
        "Телефонный звонок: согласование даты посещения",
    ),
    VisitKind.JOINT: (
        "Совместный выезд с инспектором ИДН",
        "Совместный выезд с педагогом социальным школы",
        "Совместный выезд с представителем сельисполкома",
    ),
}
VISIT_RESULTS = (
    "Ситуация стабильная",
    "Рекомендации даны, семья настроена на сотрудничество",
    "Выявлены нарушения, с родителями проведена беседа",
    "Мероприятие плана выполнено",
    "Семья нуждается в дальнейшем сопровождении",
)
VISIT_NEXT_STEPS = (
    "Повторное посещение по графику",
    "Проконтролировать посещение врача",
    "Направить запрос в УТЗСЗ",
    "Проверить посещаемость школы",
    "",
)
HOUSING_CONDITION = {
    HousingType.OWN_HOUSE: (
        "Жилой дом деревянный, печное отопление, требует косметического ремонта",
        "Жилой дом кирпичный, в удовлетворительном состоянии",
        "Жилой дом деревянный, крыша протекает, требуется ремонт",
    ),
    HousingType.OWN_FLAT: (
        "Квартира в двухэтажном доме, состояние удовлетворительное",
        "Благоустроенная квартира, требуется косметический ремонт",
    ),
    HousingType.RENTED: ("Съёмный дом, состояние удовлетворительное", "Съёмная комната, тесно"),
    HousingType.SOCIAL: ("Арендное жильё сельисполкома, состояние удовлетворительное",),
    HousingType.DORMITORY: ("Комната в общежитии, условия удовлетворительные",),
    HousingType.RELATIVES: ("Проживают в доме родственников, выделена одна комната",),
    HousingType.NONE: ("Постоянного жилья нет, временно проживает у знакомых",),
}
AMENITIES = (
    "печное отопление, вода — колодец, удобства во дворе",
    "печное отопление, водопровод в доме, газ баллонный",
    "центральное отопление, водопровод, канализация, газ",
    "местное отопление (котёл), водопровод, септик",
)
SANITARY = (
    "Санитарное состояние удовлетворительное.",
    "Санитарное состояние удовлетворительное, у детей есть спальные места и место для занятий.",
    "Санитарное состояние неудовлетворительное: беспорядок, запах табачного дыма.",
    "Продукты питания в наличии, запас топлива на зиму недостаточный.",
)
CONCLUSIONS = (
    "Семья находится в трудной жизненной ситуации и нуждается в социальном патронате.",
    "Выявлены обстоятельства, объективно нарушающие жизнедеятельность семьи; "
    "рекомендован социальный патронат.",
    "Семья нуждается в социальной поддержке и межведомственном сопровождении.",
)
DYNAMICS = {
    Outcome.OVERCOME: (
        "Положительная динамика: родители трудоустроены, бытовые условия улучшены, дети посещают школу.",
        "Ситуация нормализована, семья справляется самостоятельно.",
    ),
    Outcome.PARTLY: (
        "Динамика частично положительная: часть проблем решена, сохраняются трудности с трудоустройством.",
        "Бытовые условия улучшены, однако семья нуждается в периодической поддержке.",
    ),
    Outcome.NOT_OVERCOME: ("Динамика отсутствует: семья не выполняет мероприятия плана.",),
    Outcome.REFUSED: ("Семья отозвала согласие на социальный патронат.",),
    Outcome.TRANSFERRED: ("Семья передана для сопровождения в другую организацию.",),
}
RESULT_TEXT = {
    PlanItemStatus.DONE: "выполнено в полном объёме",
    PlanItemStatus.PARTLY: "выполнено частично",
    PlanItemStatus.NOT_DONE: "не выполнено: семья не проявила инициативы",
    PlanItemStatus.CANCELLED: "мероприятие утратило актуальность",
    PlanItemStatus.PLANNED: "не завершено на дату закрытия",
}
REQUEST_SUBJECTS = {
    AgencyKind.LABOUR_OFFICE: "О содействии в трудоустройстве и назначении ГАСП",
    AgencyKind.HEALTH: "О состоянии здоровья детей и посещении врачей",
    AgencyKind.EDUCATION: "О посещаемости и успеваемости ребёнка",
    AgencyKind.SPC: "О проведении консультаций психолога",
    AgencyKind.POLICE: "О сведениях о правонарушениях членов семьи",
    AgencyKind.VILLAGE_COMMITTEE: "О выдаче справки о составе семьи и характеристики",
    AgencyKind.PUBLIC_ASSOCIATION: "Об оказании гуманитарной помощи",
    AgencyKind.OTHER: "Об обследовании жилья на предмет пожарной безопасности",
}

# Home visits above the norm's minimum in a window, and phone calls per window (weights spelled out as
# repetitions: 20 equally likely entries).
EXTRA_VISITS: dict[PatronageType, tuple[int, ...]] = {
    E: (0,) * 9 + (1,) * 9 + (2,) * 2,
    P: (0,) * 5 + (1,) * 9 + (2,) * 5 + (3,) * 1,
    C: (0,) * 5 + (1,) * 8 + (2,) * 5 + (3,) * 2,
}
PHONE_CALLS = (0,) * 9 + (1,) * 8 + (2,) * 3

STAGE_WEIGHTS: tuple[tuple[Stage, int], ...] = (
    (Stage.APPLICATION, 5),
    (Stage.SURVEY, 5),
    (Stage.ASSESSMENT, 5),
    (Stage.PLAN, 5),
    (Stage.CONTRACT, 5),
    (Stage.PATRONAGE, 55),
    (Stage.CLOSED, 20),
)
_STAGE_INDEX = {stage: i for i, stage in enumerate(Stage)}


@dataclass(frozen=True)
class DemoSummary:
    """What ``load_demo`` created."""

    families: int
    members: int
    workers: int
    agencies: int
    settlements: int
    applications: int
    consents: int
    survey_acts: int
    problems: int
    plans: int
    plan_versions: int
    plan_items: int
    contracts: int
    type_periods: int
    visits: int
    agency_requests: int
    closing_summaries: int
    goal_results: int
    centre_id: uuid.UUID
    by_stage: dict[str, int] = field(default_factory=dict)

    def as_text(self) -> str:
        """One Russian line for the console."""
        return (
            f"семей: {self.families}, членов семей: {self.members}, посещений: {self.visits}, "
            f"специалистов: {self.workers}, организаций: {self.agencies}, "
            f"населённых пунктов: {self.settlements}, планов: {self.plans}, договоров: {self.contracts}"
        )


# -- the generator --------------------------------------------------------------------------------------


@dataclass
class _Person:
    row: Row
    age: int


@dataclass
class _Timeline:
    app: date
    survey: date | None = None
    assessment: date | None = None
    plan: date | None = None
    contract: date | None = None
    closure: date | None = None
    segments: list[tuple[PatronageType, date, date | None, str]] = field(default_factory=list)


def _feminine(surname: str) -> str:
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    if surname.endswith(("ов", "ёв", "ев", "ин", "ын")):
        return surname + "а"
    return surname


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


def _fmt(d: date) -> str:
    return d.strftime("%d.%m.%Y")


class _Builder:
    def __init__(self, session: Session, families: int, seed: int, today: date) -> None:
        self.session = session
        self.n = families
        self.rng = random.Random(seed)
        self.seed = seed
        self.today = today
        self.cal = WorkCalendar()
        first = today - timedelta(days=HISTORY_DAYS + 400)
        self.working: list[int] = [
            o
            for o in range(first.toordinal(), today.toordinal() + 1)
            if self.cal.is_working_day(date.fromordinal(o))
        ]
        self._stamps: dict[date, datetime] = {}
        tables = (
            "family member family_ground application consent survey_act problem plan plan_version plan_item "
            "contract type_period visit visit_member agency_request closing_summary goal_result"
        )
        self.rows: dict[str, list[Row]] = {name: [] for name in tables.split()}
        self.plan_keys: list[tuple[date, int, Row]] = []
        self.contract_keys: list[tuple[date, int, int, Row]] = []
        self.family_keys: list[tuple[date, int, Row, Row]] = []

    # -- small helpers --------------------------------------------------------------------------------

    def uid(self) -> uuid.UUID:
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def stamp(self, d: date) -> datetime:
        s = self._stamps.get(d)
        if s is None:
            s = datetime(d.year, d.month, d.day, 7, 0, tzinfo=UTC)
            self._stamps[d] = s
        return s

    def weighted(self, items: Sequence[tuple[Any, int]]) -> Any:
        total = sum(w for _, w in items)
        x = self.rng.randrange(total)
        for item, w in items:
            x -= w
            if x < 0:
                return item
        raise AssertionError("unreachable")

    def pick(self, seq: Sequence[Any]) -> Any:
        """A random element (cheaper than ``Random.choice`` in the hot loops)."""
        return seq[int(self.rng.random() * len(seq))]

    def awd(self, d: date, n: int) -> date:
        return self.cal.add_working_days(d, n)

    def working_on_or_before(self, d: date) -> date:
        return d if self.cal.is_working_day(d) else self.cal.add_working_days(d, -1)

    def pick_days(self, lo: date, hi: date, n: int) -> list[date]:
        """``n`` days in ``lo..hi``, distinct working days when there are enough."""
        if n <= 0 or hi < lo:
            return []
        a, b = lo.toordinal(), hi.toordinal()
        i, j = bisect_left(self.working, a), bisect_right(self.working, b)
        rnd = self.rng.random
        if j - i >= n:
            picked: set[int] = set()
            while len(picked) < n:
                picked.add(i + int(rnd() * (j - i)))
            chosen = [self.working[k] for k in picked]
        else:
            chosen = self.working[i:j] + [a + int(rnd() * (b - a + 1)) for _ in range(n - (j - i))]
        return [date.fromordinal(o) for o in sorted(chosen)]

    def phone(self) -> str:
        r = self.rng
        if r.random() < 0.1:
            return ""
        if r.random() < 0.2:
            return f"+375 1719 {r.randint(2, 7)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
        op = r.choice(("29", "29", "33", "44", "25"))
        return f"+375 {op} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"

    def person_name(self, sex: Sex, birth_year: int) -> str:
        gen = 0 if birth_year < 1966 else (1 if birth_year < 1996 else 2)
        return self.rng.choice(MALE_NAMES[gen] if sex is Sex.MALE else FEMALE_NAMES[gen])

    def father_name(self, child_birth_year: int) -> str:
        return self.person_name(Sex.MALE, child_birth_year - self.rng.randint(20, 40))

    # -- reference rows -------------------------------------------------------------------------------

    def build_reference(self) -> None:
        r = self.rng
        now = self.stamp(self.today - timedelta(days=HISTORY_DAYS + 30))
        self.created = now
        self.centre_id = self.uid()
        director = self.worker_name()
        self.centre_row: Row = {
            "id": self.centre_id,
            "name": CENTRE_NAME,
            "short_name": CENTRE_SHORT,
            "region": REGION,
            "district": DISTRICT,
            "address": "223927, Минская обл., г. Копыль, ул. Трудовая, 14",
            "phone": "+375 1719 5-21-46",
            "head_name": f"{director[0]} {director[1]} {director[2]}",
            "created_at": now,
            "updated_at": now,
        }
        n_workers = max(MIN_WORKERS, min(MAX_WORKERS, round(self.n / FAMILIES_PER_WORKER)))
        self.worker_rows: list[Row] = []
        for i in range(n_workers):
            surname, name, patronymic = self.worker_name()
            head = i == 0
            self.worker_rows.append(
                {
                    "id": self.uid(),
                    "centre_id": self.centre_id,
                    "login": "head" if head else f"sw{i:02d}",
                    "surname": surname,
                    "name": name,
                    "patronymic": patronymic,
                    "position": HEAD_POSITION if head else CASEWORKER_POSITION,
                    "role": WorkerRole.HEAD if head else WorkerRole.CASEWORKER,
                    "phone": f"+375 1719 5-{r.randint(20, 29)}-{r.randint(10, 99)}",
                    "active": True,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        self.head = self.worker_rows[0]
        caseworkers = self.worker_rows[1:]
        # Zones: each council, and the town counted three times (a quarter of the families live there).
        zones: list[str] = [c.adjective for c in COUNCILS] + [TOWN] * 3
        self.zone_workers: dict[str, list[Row]] = {}
        for j, zone in enumerate(zones):
            if len(caseworkers) >= len(zones):
                ws = [w for i, w in enumerate(caseworkers) if i % len(zones) == j]
            else:
                ws = [caseworkers[j % len(caseworkers)]]
            self.zone_workers.setdefault(zone, []).extend(ws)
        self.build_agencies()

    def worker_name(self) -> tuple[str, str, str]:
        r = self.rng
        year = self.today.year - r.randint(24, 58)
        female = r.random() < 0.85  # the profession is mostly female
        sex = Sex.FEMALE if female else Sex.MALE
        base = r.choice(SURNAMES)
        father = PATRONYMICS[self.father_name(year)]
        return (
            _feminine(base) if female else base,
            self.person_name(sex, year),
            father[1] if female else father[0],
        )

    def agency(self, name: str, kind: AgencyKind, address: str, contact: str) -> Row:
        r = self.rng
        surname, name_, patronymic = self.worker_name()
        row: Row = {
            "id": self.uid(),
            "centre_id": self.centre_id,
            "name": name,
            "kind": kind,
            "address": address,
            "phone": f"+375 1719 {r.randint(2, 7)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
            "contact_person": f"{contact} {surname} {name_[0]}.{patronymic[0]}.",
            "active": True,
            "created_at": self.created,
            "updated_at": self.created,
        }
        self.agency_rows.append(row)
        return row

    def build_agencies(self) -> None:
        self.agency_rows: list[Row] = []
        a = self.agency
        town = "г. Копыль"
        self.labour = a(
            "Управление по труду, занятости и социальной защите Копыльского райисполкома",
            AgencyKind.LABOUR_OFFICE,
            town,
            "главный специалист",
        )
        self.polyclinic = a(
            "УЗ «Копыльская центральная районная больница», поликлиника",
            AgencyKind.HEALTH,
            town,
            "заведующий поликлиникой",
        )
        self.education = a(
            "Отдел по образованию Копыльского райисполкома", AgencyKind.EDUCATION, town, "методист"
        )
        self.spc = a(
            "ГУО «Социально-педагогический центр Копыльского района»",
            AgencyKind.SPC,
            town,
            "педагог-психолог",
        )
        self.police = a(
            "Копыльский РОВД, инспекция по делам несовершеннолетних", AgencyKind.POLICE, town, "инспектор ИДН"
        )
        self.public = [
            a(
                "Копыльская районная организация ОО «БРСМ»",
                AgencyKind.PUBLIC_ASSOCIATION,
                town,
                "первый секретарь",
            ),
            a(
                "Копыльская районная организация Белорусского Общества Красного Креста",
                AgencyKind.PUBLIC_ASSOCIATION,
                town,
                "председатель",
            ),
        ]
        self.other = [
            a("Копыльский районный отдел по чрезвычайным ситуациям", AgencyKind.OTHER, town, "инспектор"),
            a(
                "Комиссия по делам несовершеннолетних Копыльского райисполкома",
                AgencyKind.OTHER,
                town,
                "секретарь",
            ),
        ]
        self.town_schools = [
            a("ГУО «Средняя школа № 1 г. Копыля»", AgencyKind.EDUCATION, town, "педагог социальный"),
            a("ГУО «Средняя школа № 2 г. Копыля»", AgencyKind.EDUCATION, town, "педагог социальный"),
        ]
        self.council_school: dict[str, Row] = {}
        self.council_health: dict[str, Row] = {}
        self.council_committee: dict[str, Row] = {}
        for i, c in enumerate(COUNCILS):
            place = c.centre or c.villages[0]
            if c.centre:
                self.council_school[c.adjective] = a(
                    f"ГУО «{c.feminine} средняя школа»", AgencyKind.EDUCATION, place, "педагог социальный"
                )
                if i % 2 == 0:
                    name = f"{c.feminine} амбулатория врача общей практики УЗ «Копыльская ЦРБ»"
                else:
                    name = f"Фельдшерско-акушерский пункт {c.centre}"
                self.council_health[c.adjective] = a(name, AgencyKind.HEALTH, place, "фельдшер")
            self.council_committee[c.adjective] = a(
                f"{c.adjective} сельский исполнительный комитет",
                AgencyKind.VILLAGE_COMMITTEE,
                place,
                "председатель",
            )

    def agency_for(self, kind: AgencyKind, zone: str, child: bool) -> Row:
        r = self.rng
        if kind is AgencyKind.LABOUR_OFFICE:
            return self.labour
        if kind is AgencyKind.HEALTH:
            local = self.council_health.get(zone)
            return local if local is not None and r.random() < 0.6 else self.polyclinic
        if kind is AgencyKind.EDUCATION:
            if child and r.random() < 0.7:
                return self.council_school.get(zone) or r.choice(self.town_schools)
            return self.education
        if kind is AgencyKind.SPC:
            return self.spc
        if kind is AgencyKind.POLICE:
            return self.police
        if kind is AgencyKind.VILLAGE_COMMITTEE:
            return self.council_committee.get(zone) or self.council_committee[COUNCILS[5].adjective]
        if kind is AgencyKind.PUBLIC_ASSOCIATION:
            return r.choice(self.public)
        return self.other[0]

    # -- stages and timelines -------------------------------------------------------------------------

    def stage_list(self) -> list[Stage]:
        quotas = [self.n * w / 100 for _, w in STAGE_WEIGHTS]
        counts = [int(q) for q in quotas]
        order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i] - counts[i]), i))
        for i in order[: self.n - sum(counts)]:
            counts[i] += 1
        if self.n >= len(STAGE_WEIGHTS):
            big = max(range(len(counts)), key=lambda i: counts[i])
            for i in range(len(counts)):
                if counts[i] == 0:
                    counts[i] += 1
                    counts[big] -= 1
        stages = [stage for (stage, _), k in zip(STAGE_WEIGHTS, counts, strict=True) for _ in range(k)]
        self.rng.shuffle(stages)
        return stages

    def timeline(self, stage: Stage, forced: PatronageType | None) -> _Timeline:
        r = self.rng
        today = self.today
        s_off = r.choice((0, 1, 1, 2, 2, 3, 3, 3)) if r.random() < 0.88 else r.randint(4, 8)
        a_off = r.randint(0, 3)
        p_off = r.randint(1, 7)
        c_off = r.randint(0, 4)
        idx = _STAGE_INDEX[stage]
        if stage is Stage.APPLICATION:
            back = r.randint(0, 2) if r.random() < 0.75 else r.randint(4, 12)
            if back == 0 and not self.cal.is_working_day(today):
                back = 1
            return _Timeline(app=self.awd(today, -back))
        if idx <= _STAGE_INDEX[Stage.CONTRACT]:
            offsets = (s_off, a_off, p_off, c_off)[:idx]
            back = sum(offsets) + r.randint(0, 10 if idx <= 2 else 6)
            if back == 0 and not self.cal.is_working_day(today):
                back = 1
            app = self.awd(today, -back)
        elif stage is Stage.PATRONAGE:
            if forced is E:
                span = r.randint(10, 40)
            elif forced is C:
                span = r.randint(250, 700)
            elif forced is P:
                span = r.randint(60, 400)
            else:
                span = int(14 + 886 * r.random() ** 1.35)
            app = self.working_on_or_before(today - timedelta(days=span + 45))
        else:  # closed
            early = r.random() < 0.25
            duration = r.randint(20, 200) if early else r.randint(90, 600)
            latest = today.toordinal() - duration - 50
            earliest = (today - timedelta(days=HISTORY_DAYS)).toordinal()
            if latest < earliest:
                duration = max(20, duration - (earliest - latest))
                latest = today.toordinal() - duration - 50
            app = self.working_on_or_before(date.fromordinal(r.randint(earliest, max(earliest, latest))))
        t = _Timeline(app=app)
        t.survey = self.awd(app, s_off)
        if idx >= 2:
            t.assessment = self.awd(t.survey, a_off)
        if idx >= 3:
            assert t.assessment is not None
            t.plan = self.awd(t.assessment, p_off)
        if idx >= 4:
            assert t.plan is not None
            t.contract = self.awd(t.plan, c_off)
        if stage is Stage.PATRONAGE:
            assert t.contract is not None
            t.segments = self.segments(t.contract, (today - t.contract).days + 1, forced, closed=False)
        elif stage is Stage.CLOSED:
            assert t.contract is not None
            t.closure = min(today - timedelta(days=1), t.contract + timedelta(days=duration))
            t.closure = max(t.closure, t.contract)
            t.segments = self.segments(t.contract, (t.closure - t.contract).days + 1, forced, closed=True)
        return t

    def segments(
        self, start: date, total: int, forced: PatronageType | None, closed: bool
    ) -> list[tuple[PatronageType, date, date | None, str]]:
        r = self.rng
        patterns: list[tuple[tuple[PatronageType, ...], int]]
        if total < 45:
            patterns = [((E,), 6), ((P,), 4)]
        elif total < 120:
            patterns = [((P,), 4), ((E, P), 5), ((E,), 1)]
        elif total < 240:
            patterns = [((P,), 3), ((E, P), 4), ((P, C), 2), ((P, E), 1)]
        else:
            patterns = [((P,), 2), ((E, P), 2), ((P, C), 3), ((E, P, C), 3), ((P, E, P), 1)]
        if forced is not None:
            patterns = [p for p in patterns if p[0][-1] is forced] or [((forced,), 1)]
        pattern: tuple[PatronageType, ...] = self.weighted(patterns)
        lengths: list[int] = []
        remaining = total
        for ptype in pattern[:-1]:
            length = r.randint(14, 56) if ptype is E else int(remaining * r.uniform(0.35, 0.65))
            length = min(length, remaining - 21)
            if length < 7:
                pattern, lengths = pattern[-1:], []
                break
            lengths.append(length)
            remaining -= length
        out: list[tuple[PatronageType, date, date | None, str]] = []
        day = start
        for i, ptype in enumerate(pattern):
            if i == 0:
                reason = r.choice(TYPE_START_REASONS[ptype])
            else:
                reason = r.choice(
                    TYPE_CHANGE_REASONS.get((pattern[i - 1], ptype), ("Изменение ситуации в семье",))
                )
            if i < len(lengths):
                end: date | None = day + timedelta(days=lengths[i] - 1)
            else:
                end = start + timedelta(days=total - 1) if closed else None
            out.append((ptype, day, end, reason))
            if end is not None:
                day = end + timedelta(days=1)
        return out

    # -- one family -----------------------------------------------------------------------------------

    def family(self, index: int, stage: Stage, forced: PatronageType | None) -> None:
        r = self.rng
        t = self.timeline(stage, forced)
        limit = t.closure or self.today
        fam_id = self.uid()

        if r.random() < 0.25:
            zone, council, settlement = TOWN, None, TOWN
        else:
            council = r.choice(COUNCILS)
            zone = council.adjective
            if council.centre and r.random() < 0.45:
                settlement = council.centre
            else:
                settlement = r.choice(council.villages)
        worker = r.choice(self.zone_workers[zone])
        if settlement == TOWN:
            street, house = r.choice(TOWN_STREETS), str(r.randint(1, 90))
            flat = str(r.randint(1, 60)) if r.random() < 0.5 else ""
        elif settlement.startswith("аг."):
            street, house = r.choice(VILLAGE_STREETS), str(r.randint(1, 70))
            flat = str(r.randint(1, 16)) if r.random() < 0.15 else ""
        else:
            street = r.choice(VILLAGE_STREETS) if r.random() < 0.4 else ""
            house, flat = str(r.randint(1, 60)), ""

        composition = self.weighted(
            (
                ("single_mother", 28),
                ("couple", 40),
                ("elderly", 8),
                ("guardian", 6),
                ("adult_alone", 8),
                ("single_father", 4),
            )
        )
        people = self.members(fam_id, t.app, composition, zone, settlement)
        applicant = next(p for p in people if p.row["is_applicant"])
        children = [p for p in people if p.age < 18]
        adults = [p for p in people if p.age >= 18]
        disabled = [p for p in people if p.row["disability"] is not Disability.NONE]

        grounds = self.grounds(composition, t.app, bool(disabled))
        if "unemployment" in grounds:
            self.make_unemployed(adults)
        referral = self.weighted(
            (
                (ReferralSource.SELF, 30),
                (ReferralSource.COORDINATION_COUNCIL, 15 if children else 2),
                (ReferralSource.SCHOOL_COUNCIL, 10 if children else 0),
                (ReferralSource.KDN, 8 if children else 0),
                (ReferralSource.HEALTH_CARE, 12),
                (ReferralSource.POLICE, 8),
                (ReferralSource.VILLAGE_COMMITTEE, 12),
                (ReferralSource.OTHER, 5),
            )
        )
        referral_note = ""
        if referral in (ReferralSource.COORDINATION_COUNCIL, ReferralSource.SCHOOL_COUNCIL):
            body = (
                "координационного совета Копыльского райисполкома"
                if referral is ReferralSource.COORDINATION_COUNCIL
                else "совета профилактики учреждения образования"
            )
            referral_note = (
                f"Рекомендация {body} от {_fmt(self.awd(t.app, -r.randint(1, 3)))} № {r.randint(1, 60)}"
            )
        elif referral is ReferralSource.KDN:
            referral_note = (
                f"Постановление КДН от {_fmt(self.awd(t.app, -r.randint(2, 10)))} № {r.randint(1, 90)}"
            )

        last_event = max(d for d in (t.app, t.survey, t.assessment, t.plan, t.contract, t.closure) if d)
        fam: Row = {
            "id": fam_id,
            "centre_id": self.centre_id,
            "case_year": t.app.year,
            "case_seq": 0,
            "case_number": "",
            "region": REGION,
            "district": DISTRICT,
            "village_council": council.name if council else "",
            "settlement": settlement,
            "street": street,
            "house": house,
            "flat": flat,
            "phone": self.phone(),
            "referral_source": referral,
            "referral_note": referral_note,
            "responsible_worker_id": worker["id"],
            "stage": stage,
            "notes": "",
            "created_at": self.stamp(t.app),
            "updated_at": self.stamp(last_event),
        }
        self.rows["family"].append(fam)
        app_row: Row = {
            "id": self.uid(),
            "family_id": fam_id,
            "number": "",
            "date": t.app,
            "applicant_id": applicant.row["id"],
            "request_text": "Прошу оказать социальные услуги в форме социального патроната в связи с трудной "
            "жизненной ситуацией (основания: "
            + "; ".join(self.ground_names[g][:1].lower() + self.ground_names[g][1:] for g in grounds)
            + ").",
            "received_by_id": worker["id"] if r.random() < 0.8 else self.head["id"],
            "created_at": self.stamp(t.app),
            "updated_at": self.stamp(t.app),
        }
        self.rows["application"].append(app_row)
        self.family_keys.append((t.app, index, fam, app_row))
        for g in grounds:
            self.rows["family_ground"].append({"family_id": fam_id, "ground_id": self.ground_ids[g]})

        closing_reason: ClosureReason | None = None
        outcome: Outcome | None = None
        if stage is Stage.CLOSED:
            assert t.closure is not None and t.contract is not None
            short = (t.closure - t.contract).days < 210
            closing_reason = self.weighted(
                (
                    (ClosureReason.COMPLETED, 40 if short else 85),
                    (ClosureReason.CONSENT_WITHDRAWN, 25 if short else 4),
                    (ClosureReason.MOVED_AWAY, 25 if short else 6),
                    (ClosureReason.TRANSFERRED, 7 if short else 3),
                    (ClosureReason.OTHER, 3 if short else 2),
                )
            )
            outcome = {
                ClosureReason.CONSENT_WITHDRAWN: Outcome.REFUSED,
                ClosureReason.TRANSFERRED: Outcome.TRANSFERRED,
                ClosureReason.MOVED_AWAY: Outcome.TRANSFERRED if r.random() < 0.5 else Outcome.PARTLY,
                ClosureReason.OTHER: Outcome.PARTLY,
            }.get(closing_reason) or self.weighted(
                ((Outcome.OVERCOME, 60), (Outcome.PARTLY, 33), (Outcome.NOT_OVERCOME, 7))
            )

        for p in adults:
            self.rows["consent"].append(
                {
                    "id": self.uid(),
                    "member_id": p.row["id"],
                    "purpose": "Обработка персональных данных в целях оказания социальных услуг "
                    "(социальный патронат) и межведомственного взаимодействия",
                    "given_on": t.app,
                    "given_by": f"{p.row['surname']} {p.row['name']} {p.row['patronymic']}".strip(),
                    "withdrawn_on": t.closure if closing_reason is ClosureReason.CONSENT_WITHDRAWN else None,
                    "created_at": self.stamp(t.app),
                    "updated_at": self.stamp(t.closure or t.app),
                }
            )

        worker_short = f"{worker['surname']} {worker['name'][0]}.{worker['patronymic'][0]}."
        # A phone call when the family applied (about half of the families), then the survey visit.
        if r.random() < 0.5:
            self.visit(fam_id, t.app, VisitKind.PHONE, worker["id"], None)
        if t.survey is None:
            return

        self.survey(fam_id, t.survey, people, worker_short, zone)
        self.visit(fam_id, t.survey, VisitKind.HOME, worker["id"], applicant.row["id"], "Обследование "
                   "материально-бытового положения семьи, составлен акт")  # fmt: skip
        if t.assessment is None:
            return

        problems = self.problems(fam_id, t.assessment, grounds, people, children, adults, disabled)
        if t.plan is None:
            return

        revisions = self.revision_dates(t, limit)
        a = applicant.row
        agreed_by = f"{a['surname']} {a['name'][0]}.{a['patronymic'][:1] + '.' if a['patronymic'] else ''}"
        items = self.plan(
            fam_id,
            index,
            t.plan,
            revisions,
            problems,
            worker,
            zone,
            bool(children),
            limit,
            outcome,
            agreed_by,
        )
        if t.contract is not None:
            self.contracts(fam_id, index, t, limit, applicant)
        if t.segments:
            self.patronage(fam_id, t, limit, worker, applicant)
        if r.random() < 0.45:
            self.requests(fam_id, t.survey, limit, problems, zone, bool(children))
        if stage is Stage.CLOSED:
            assert t.closure is not None and closing_reason is not None and outcome is not None
            self.closing(fam_id, t.closure, closing_reason, outcome, items)

    def members(
        self, fam_id: uuid.UUID, app: date, composition: str, zone: str, settlement: str
    ) -> list[_Person]:
        r = self.rng
        people: list[_Person] = []

        def add(
            sex: Sex,
            age: int,
            relation: Relation,
            surname_base: str,
            patronymic_from: str,
            applicant: bool = False,
            birth: date | None = None,
        ) -> _Person:
            if birth is None:
                birth = _years_before(app, age) - timedelta(days=r.randrange(365))
            else:
                age = age_on(birth, app)
            name = self.person_name(sex, birth.year)
            pat = PATRONYMICS[patronymic_from]
            disability = Disability.NONE
            x = r.random()
            if age < 18:
                if x < 0.04:
                    disability = Disability.CHILD
                elif x < 0.09:
                    disability = Disability.SPECIAL_NEEDS
            elif x < (0.2 if age >= 60 else 0.06):
                disability = r.choice(
                    (Disability.GROUP_1, Disability.GROUP_2, Disability.GROUP_2, Disability.GROUP_3)
                )
            row: Row = {
                "id": self.uid(),
                "family_id": fam_id,
                "surname": surname_base if sex is Sex.MALE else _feminine(surname_base),
                "name": name,
                "patronymic": pat[0] if sex is Sex.MALE else pat[1],
                "birth_date": birth,
                "sex": sex,
                "relation": relation,
                "is_applicant": applicant,
                "disability": disability,
                "school_or_work": self.occupation(sex, age, disability, zone, settlement),
                "notes": "",
                "created_at": self.stamp(app),
                "updated_at": self.stamp(app),
            }
            person = _Person(row, age)
            people.append(person)
            return person

        births: list[date] = []

        def child_birth(min_age: int, max_age: int) -> date:
            """A birth date of a child of the family: siblings at least 10 months apart, else twins."""
            for _ in range(20):
                age = r.randint(min_age, max(min_age, max_age))
                birth = _years_before(app, age) - timedelta(days=r.randrange(365))
                if all(abs((birth - b).days) >= 300 for b in births):
                    break
            else:
                birth = r.choice(births)
            births.append(birth)
            return birth

        def children(
            n: int,
            parent_age: int,
            surname: str,
            father: str,
            other_surname: str | None = None,
            other_relation: Relation = Relation.CHILD,
        ) -> None:
            """``n`` children of ``father``; with ``other_surname``, some are half-siblings from a previous
            partner (his patronymic, that surname, ``other_relation`` to the applicant)."""
            max_age = max(0, min(17, parent_age - 18))
            other_father = self.father_name(app.year - parent_age + r.randint(20, 30))
            for _ in range(n):
                sex = Sex.MALE if r.random() < 0.51 else Sex.FEMALE
                birth = child_birth(0, max_age)
                if other_surname is not None and r.random() < 0.15:
                    add(sex, 0, other_relation, other_surname, other_father, birth=birth)
                else:
                    add(sex, 0, Relation.CHILD, surname, father, birth=birth)

        def parent_of(applicant_age: int, surname: str, sex: Sex) -> None:
            age = min(90, applicant_age + r.randint(20, 32))
            add(sex, age, Relation.PARENT, surname, self.father_name(app.year - age))

        if composition == "single_mother":
            age = r.randint(20, 45)
            base = r.choice(SURNAMES)
            add(Sex.FEMALE, age, Relation.SELF, base, self.father_name(app.year - age), applicant=True)
            kids = self.weighted(((1, 20), (2, 33), (3, 27), (4, 13), (5, 7)))
            father_surname = base if r.random() < 0.6 else r.choice(SURNAMES)
            children(kids, age, father_surname, self.father_name(app.year - age), other_surname=base)
            if r.random() < 0.25:
                parent_of(age, base, Sex.FEMALE)
        elif composition == "couple":
            mother_age = r.randint(20, 50)
            father_age = min(60, max(20, mother_age + r.randint(-3, 8)))
            married = r.random() < 0.7
            husband = r.choice(SURNAMES)
            wife = husband if married else r.choice(SURNAMES)
            mother_first = r.random() < 0.75
            father_first = self.person_name(Sex.MALE, app.year - father_age)
            partner_relation = Relation.SPOUSE if married else Relation.PARTNER
            add(
                Sex.FEMALE,
                mother_age,
                Relation.SELF if mother_first else partner_relation,
                wife,
                self.father_name(app.year - mother_age),
                applicant=mother_first,
            )
            father = add(
                Sex.MALE,
                father_age,
                partner_relation if mother_first else Relation.SELF,
                husband,
                self.father_name(app.year - father_age),
                applicant=not mother_first,
            )
            father.row["name"] = father_first
            kids = self.weighted(((1, 10), (2, 25), (3, 30), (4, 18), (5, 11), (6, 6)))
            children(
                kids,
                min(mother_age, father_age),
                husband,
                father_first,
                other_surname=r.choice(SURNAMES) if married else wife,
                other_relation=Relation.CHILD if mother_first else Relation.STEPCHILD,
            )
            if r.random() < 0.12 and mother_age >= 38:
                add(
                    Sex.MALE if r.random() < 0.5 else Sex.FEMALE,
                    0,
                    Relation.CHILD,
                    husband,
                    father_first,
                    birth=child_birth(18, min(22, mother_age - 18)),
                )
            if r.random() < 0.25:
                parent_of(
                    mother_age if mother_first else father_age, wife if mother_first else husband, Sex.FEMALE
                )
        elif composition == "elderly":
            sex = Sex.FEMALE if r.random() < 0.7 else Sex.MALE
            age = r.randint(60, 90)
            base = r.choice(SURNAMES)
            add(sex, age, Relation.SELF, base, self.father_name(app.year - age), applicant=True)
            if r.random() < 0.35:
                other = Sex.MALE if sex is Sex.FEMALE else Sex.FEMALE
                spouse_age = min(92, max(58, age + r.randint(-5, 5)))
                add(other, spouse_age, Relation.SPOUSE, base, self.father_name(app.year - spouse_age))
            if r.random() < 0.15:
                child_age = r.randint(max(18, age - 45), max(18, age - 20))
                add(Sex.MALE, child_age, Relation.CHILD, base, self.father_name(app.year - age))
        elif composition == "guardian":
            age = r.randint(45, 70)
            base = r.choice(SURNAMES)
            add(Sex.FEMALE, age, Relation.SELF, base, self.father_name(app.year - age), applicant=True)
            if r.random() < 0.3:
                add(
                    Sex.MALE,
                    min(75, age + r.randint(0, 5)),
                    Relation.SPOUSE,
                    base,
                    self.father_name(app.year - age),
                )
            kids = self.weighted(((1, 40), (2, 40), (3, 20)))
            # The grandchildren are siblings: one surname and one father.
            kids_surname = base if r.random() < 0.6 else r.choice(SURNAMES)
            kids_father = self.father_name(app.year - 10)
            for _ in range(kids):
                sex = Sex.MALE if r.random() < 0.5 else Sex.FEMALE
                birth = child_birth(0, 17)
                add(sex, 0, Relation.GRANDCHILD, kids_surname, kids_father, birth=birth)
        elif composition == "adult_alone":
            sex = Sex.MALE if r.random() < 0.65 else Sex.FEMALE
            age = r.randint(20, 59)
            base = r.choice(SURNAMES)
            add(sex, age, Relation.SELF, base, self.father_name(app.year - age), applicant=True)
            if r.random() < 0.35:
                parent_of(age, base, Sex.FEMALE)
        else:  # single father
            age = r.randint(22, 55)
            base = r.choice(SURNAMES)
            add(Sex.MALE, age, Relation.SELF, base, self.father_name(app.year - age), applicant=True)
            dad = people[0].row["name"]
            children(self.weighted(((1, 40), (2, 40), (3, 20))), age, base, dad)
        people = people[:8]
        self.rows["member"].extend(p.row for p in people)
        return people

    def occupation(self, sex: Sex, age: int, disability: Disability, zone: str, settlement: str) -> str:
        r = self.rng
        if age < 3:
            return ""
        if age < 6:
            if r.random() < 0.25:
                return "не посещает учреждение дошкольного образования"
            if zone == TOWN:
                return f"ГУО «Ясли-сад № {r.randint(1, 4)} г. Копыля»"
            return f"ГУО «{zone} детский сад»"
        if age < 18:
            if disability is Disability.SPECIAL_NEEDS and r.random() < 0.5:
                return "ГУО «Копыльский районный центр коррекционно-развивающего обучения и реабилитации»"
            if age >= 16 and r.random() < 0.4:
                return "УО «Копыльский государственный колледж», учащийся"
            school = self.council_school.get(zone)
            name = school["name"] if school is not None else r.choice(self.town_schools)["name"]
            return f"{name}, {min(11, age - 5)} класс"
        if age >= (58 if sex is Sex.FEMALE else 63):
            return "пенсионер" if sex is Sex.MALE else "пенсионерка"
        if disability in (Disability.GROUP_1, Disability.GROUP_2):
            return "не работает (инвалидность)"
        if r.random() < 0.45:
            options = NOT_WORKING if sex is Sex.FEMALE and age < 45 else NOT_WORKING[:2] + NOT_WORKING[3:]
            unemployed = "безработный" if sex is Sex.MALE else "безработная"
            return r.choice(options).replace("безработный(ая)", unemployed)
        return r.choice(JOBS)

    def make_unemployed(self, adults: list[_Person]) -> None:
        """Unemployment is a ground: make sure an able-bodied adult of the family is out of work."""
        able = [
            p
            for p in adults
            if p.age < (58 if p.row["sex"] is Sex.FEMALE else 63)
            and p.row["disability"] in (Disability.NONE, Disability.GROUP_3)
        ]
        if not able or any(p.row["school_or_work"].startswith(("безработн", "не работает")) for p in able):
            return
        person = self.pick(able)
        unemployed = "безработный" if person.row["sex"] is Sex.MALE else "безработная"
        person.row["school_or_work"] = f"{unemployed}, состоит на учёте в УТЗСЗ"

    def grounds(self, composition: str, app: date, disabled: bool) -> list[str]:
        r = self.rng
        options = [
            (code, w) for code, w in GROUNDS_BY_COMPOSITION[composition] if self.ground_valid(code, app)
        ]
        chosen = [self.weighted(options)]
        if r.random() < 0.35:
            extra = self.weighted(options)
            if extra not in chosen:
                chosen.append(extra)
        if (
            disabled
            and "disability" not in chosen
            and r.random() < 0.7
            and self.ground_valid("disability", app)
        ):
            chosen.append("disability")
        order = list(self.ground_ids)
        return sorted(chosen, key=order.index)

    def ground_valid(self, code: str, day: date) -> bool:
        valid_from, valid_to = self.ground_validity[code]
        return valid_from <= day and (valid_to is None or day <= valid_to)

    def survey(
        self, fam_id: uuid.UUID, day: date, people: list[_Person], worker_short: str, zone: str
    ) -> None:
        r = self.rng
        if zone == TOWN:
            housing = self.weighted(
                ((HousingType.OWN_FLAT, 45), (HousingType.OWN_HOUSE, 20), (HousingType.RENTED, 15),
                 (HousingType.SOCIAL, 8), (HousingType.DORMITORY, 7), (HousingType.RELATIVES, 4),
                 (HousingType.NONE, 1))
            )  # fmt: skip
        else:
            housing = self.weighted(
                ((HousingType.OWN_HOUSE, 60), (HousingType.SOCIAL, 15), (HousingType.OWN_FLAT, 8),
                 (HousingType.RENTED, 8), (HousingType.RELATIVES, 7), (HousingType.NONE, 2))
            )  # fmt: skip
        per_capita = Decimal(r.randint(15000, 70000)) / 100
        total = per_capita * len(people)
        sources = ["заработная плата"] if any(p.row["school_or_work"] in JOBS for p in people) else []
        if any(p.age < 3 for p in people):
            sources.append("пособие по уходу за ребёнком в возрасте до 3 лет")
        if any(3 <= p.age < 18 for p in people):
            sources.append("пособие на детей старше 3 лет")
        if any(p.row["school_or_work"].startswith("пенсион") for p in people):
            sources.append("пенсия")
        if r.random() < 0.3:
            sources.append("государственная адресная социальная помощь")
        if r.random() < 0.15:
            sources.append("алименты")
        surveyors = f"{worker_short}, специалист по социальной работе ТЦСОН"
        if r.random() < 0.4:
            surveyors += "; " + r.choice(
                ("инспектор ИДН Копыльского РОВД", "педагог социальный школы", "фельдшер ФАП",
                 "представитель сельисполкома")
            )  # fmt: skip
        self.rows["survey_act"].append(
            {
                "id": self.uid(),
                "family_id": fam_id,
                "date": day,
                "surveyors": surveyors,
                "housing_type": housing,
                "housing_condition": f"{r.choice(HOUSING_CONDITION[housing])}. {r.choice(SANITARY)}",
                "amenities": r.choice(AMENITIES),
                "income_sources": ", ".join(sources) or "доходов нет",
                "total_income": total.quantize(Decimal("0.01")),
                "per_capita_income": per_capita.quantize(Decimal("0.01")),
                "conclusion": r.choice(CONCLUSIONS),
                "created_at": self.stamp(day),
                "updated_at": self.stamp(day),
            }
        )

    def problems(
        self,
        fam_id: uuid.UUID,
        day: date,
        grounds: list[str],
        people: list[_Person],
        children: list[_Person],
        adults: list[_Person],
        disabled: list[_Person],
    ) -> list[tuple[Row, _ProblemSpec]]:
        r = self.rng
        specs: list[_ProblemSpec] = []
        disabled_children = [p for p in disabled if p.age < 18]
        disabled_adults = [p for p in disabled if p.age >= 18]
        for code in grounds:
            if code == "disability":
                specs.append(PROBLEMS[code][0 if disabled_children else 1])
                continue
            options = [s for s in PROBLEMS[code] if s[1] not in ("child", "parent") or children]
            if options:
                specs.append(r.choice(options))
        if r.random() < 0.3:
            extra = r.choice(PROBLEMS["other"])
            if extra not in specs:
                specs.append(extra)
        specs = specs[:4]
        out: list[tuple[Row, _ProblemSpec]] = []
        for pos, spec in enumerate(specs):
            unemployed = [
                p for p in adults if p.row["school_or_work"].startswith(("безработн", "не работает"))
            ]
            who = {
                "unemployed": unemployed or adults,
                "child": children,
                "adult": adults,
                "parent": adults,
                "disabled_child": disabled_children,
                "disabled_adult": disabled_adults,
            }.get(spec[1], [])
            row: Row = {
                "id": self.uid(),
                "family_id": fam_id,
                "description": spec[0],
                "identified_on": day,
                "member_id": r.choice(who).row["id"] if who else None,
                "position": pos,
                "created_at": self.stamp(day),
                "updated_at": self.stamp(day),
            }
            self.rows["problem"].append(row)
            out.append((row, spec))
        return out

    def revision_dates(self, t: _Timeline, limit: date) -> list[tuple[date, str]]:
        r = self.rng
        assert t.plan is not None
        out: list[tuple[date, str]] = []
        if not t.segments:
            return out
        extra = self.weighted(((0, 55), (1, 32), (2, 13)))
        for ptype, start, _end, _reason in t.segments[1:]:
            if len(out) < extra and start > t.plan:
                out.append((start, f"Изменение вида патроната на {ptype_label(ptype)}"))
        while len(out) < extra:
            lo = t.plan.toordinal() + 30
            hi = limit.toordinal() - 1
            if hi <= lo:
                break
            day = date.fromordinal(r.randint(lo, hi))
            if all(day != d for d, _ in out):
                out.append((day, r.choice(("Выполнение части мероприятий, уточнение сроков",
                                           "Выявлены новые проблемы семьи"))))  # fmt: skip
        return sorted(out)

    def plan(
        self,
        fam_id: uuid.UUID,
        index: int,
        drawn_up: date,
        revisions: list[tuple[date, str]],
        problems: list[tuple[Row, _ProblemSpec]],
        worker: Row,
        zone: str,
        child: bool,
        limit: date,
        outcome: Outcome | None,
        agreed_by: str,
    ) -> list[Row]:
        r = self.rng
        plan_id = self.uid()
        plan_row: Row = {
            "id": plan_id,
            "family_id": fam_id,
            "centre_id": self.centre_id,
            "plan_year": drawn_up.year,
            "plan_seq": 0,
            "number": "",
            "created_at": self.stamp(drawn_up),
            "updated_at": self.stamp(revisions[-1][0] if revisions else drawn_up),
        }
        self.rows["plan"].append(plan_row)
        self.plan_keys.append((drawn_up, index, plan_row))
        versions = [(drawn_up, ""), *revisions]
        # The rows of the plan, each with its responsible (a worker XOR an agency), kept across versions.
        measures: list[tuple[Row, str, str, uuid.UUID | None, uuid.UUID | None]] = []
        for problem, spec in problems:
            chosen = list(spec[2])
            r.shuffle(chosen)
            for goal, measure, kind in chosen[: r.randint(1, min(2, len(chosen)))]:
                if kind is None:
                    resp = worker["id"] if r.random() < 0.9 else self.head["id"]
                    measures.append((problem, goal, measure, resp, None))
                else:
                    measures.append((problem, goal, measure, None, self.agency_for(kind, zone, child)["id"]))
        items: list[Row] = []
        closed = outcome is not None
        for vno, (day, reason) in enumerate(versions, start=1):
            current = vno == len(versions)
            next_day = None if current else versions[vno][0]
            version_id = self.uid()
            self.rows["plan_version"].append(
                {
                    "id": version_id,
                    "plan_id": plan_id,
                    "version_no": vno,
                    "drawn_up_on": day,
                    "revision_reason": reason,
                    "agreed_with_family": True,
                    "agreed_on": day,
                    "agreed_by": agreed_by,
                    "author_id": worker["id"],
                    # signed on paper the day it was agreed; the fingerprint is computed when printed
                    "signed_on": day,
                    "signed_by": agreed_by,
                    "fingerprint": "",
                    "created_at": self.stamp(day),
                    "updated_at": self.stamp(day),
                }
            )
            items = []
            for pos, (problem, goal, measure, resp_worker, resp_agency) in enumerate(measures):
                deadline = day + timedelta(days=r.randint(14, 180))
                if current:
                    status, completed = self.item_status(day, deadline, limit, closed, outcome)
                    note = ""
                else:
                    assert next_day is not None
                    if deadline < next_day:
                        status = self.weighted(
                            (
                                (PlanItemStatus.DONE, 75),
                                (PlanItemStatus.PARTLY, 15),
                                (PlanItemStatus.NOT_DONE, 10),
                            )
                        )
                        completed = self.completion_day(day, deadline, next_day)
                        note = ""
                    else:
                        status, completed = PlanItemStatus.CANCELLED, next_day
                        note = f"Перенесено в редакцию плана № {vno + 1}"
                item: Row = {
                    "id": self.uid(),
                    "version_id": version_id,
                    "position": pos,
                    "problem_id": problem["id"],
                    "goal": goal,
                    "measure": measure,
                    "responsible_worker_id": resp_worker,
                    "responsible_agency_id": resp_agency,
                    "deadline": deadline,
                    "status": status,
                    "completed_on": completed,
                    "completion_note": note,
                    "created_at": self.stamp(day),
                    "updated_at": self.stamp(completed or day),
                }
                self.rows["plan_item"].append(item)
                items.append(item)
        return items

    def completion_day(self, start: date, deadline: date, limit: date) -> date:
        lo = max(start, deadline - timedelta(days=30)).toordinal()
        hi = min(deadline + timedelta(days=10), limit).toordinal()
        return date.fromordinal(self.rng.randint(lo, max(lo, hi)))

    def item_status(
        self, drawn_up: date, deadline: date, limit: date, closed: bool, outcome: Outcome | None
    ) -> tuple[PlanItemStatus, date | None]:
        r = self.rng
        if closed:
            if deadline <= limit or outcome is Outcome.OVERCOME:
                status = self.weighted(
                    ((PlanItemStatus.DONE, 65), (PlanItemStatus.PARTLY, 20), (PlanItemStatus.NOT_DONE, 15))
                )
            else:
                status = self.weighted(
                    (
                        (PlanItemStatus.PARTLY, 40),
                        (PlanItemStatus.NOT_DONE, 30),
                        (PlanItemStatus.CANCELLED, 30),
                    )
                )
            if status in (PlanItemStatus.DONE, PlanItemStatus.PARTLY):
                return status, self.completion_day(drawn_up, deadline, limit)
            return status, limit if status is PlanItemStatus.CANCELLED else None
        if deadline < limit:
            status = self.weighted(
                ((PlanItemStatus.DONE, 70), (PlanItemStatus.PARTLY, 10), (PlanItemStatus.NOT_DONE, 5),
                 (PlanItemStatus.PLANNED, 15))
            )  # fmt: skip
            if status in (PlanItemStatus.DONE, PlanItemStatus.PARTLY):
                return status, self.completion_day(drawn_up, deadline, limit)
            return status, None
        if r.random() < 0.15 and drawn_up < limit:
            return PlanItemStatus.DONE, date.fromordinal(r.randint(drawn_up.toordinal(), limit.toordinal()))
        return PlanItemStatus.PLANNED, None

    def contracts(self, fam_id: uuid.UUID, index: int, t: _Timeline, limit: date, applicant: _Person) -> None:
        r = self.rng
        assert t.contract is not None
        first_type = t.segments[0][0] if t.segments else None
        urgent = first_type is E and r.random() < 0.5
        signed = f"{applicant.row['surname']} {applicant.row['name'][0]}.{applicant.row['patronymic'][0]}."
        day, start, k = t.contract, t.contract, 0
        while True:
            form = ContractForm.URGENT if urgent and k == 0 else ContractForm.NON_STATIONARY
            months = r.choice((1, 3)) if form is ContractForm.URGENT else r.choice((6, 12, 12))
            end = add_months(start, months) - timedelta(days=1)
            row: Row = {
                "id": self.uid(),
                "family_id": fam_id,
                "centre_id": self.centre_id,
                "contract_year": day.year,
                "contract_seq": 0,
                "number": "",
                "date": day,
                "form": form,
                "term_start": start,
                "term_end": end,
                "signed_by": signed,
                "version_no": 1,
                "signed_on": day,
                "fingerprint": "",
                "created_at": self.stamp(day),
                "updated_at": self.stamp(day),
            }
            self.rows["contract"].append(row)
            self.contract_keys.append((day, index, k, row))
            if not t.segments or end >= limit:
                return
            start = end + timedelta(days=1)
            day = max(self.awd(start, -r.randint(1, 5)), day)
            k += 1

    def patronage(
        self, fam_id: uuid.UUID, t: _Timeline, limit: date, worker: Row, applicant: _Person
    ) -> None:
        r = self.rng
        for ptype, start, end, reason in t.segments:
            self.rows["type_period"].append(
                {
                    "id": self.uid(),
                    "family_id": fam_id,
                    "type": ptype,
                    "start": start,
                    "end": end,
                    "reason": reason,
                    "created_at": self.stamp(start),
                    "updated_at": self.stamp(end or start),
                }
            )
            for ws, we, required in self.windows(ptype, start, end):
                visible_end = min(we, limit)
                if visible_end < ws:
                    continue
                if r.random() < 0.06:
                    n = int(r.random() * required)  # the norm of this window is missed
                else:
                    n = required + self.pick(EXTRA_VISITS[ptype])
                phones = self.pick(PHONE_CALLS)
                office = 1 if r.random() < 0.12 else 0
                joint = 1 if r.random() < 0.05 else 0
                if we > limit:  # the window is still running: only the part up to today has happened
                    share = ((visible_end - ws).days + 1) / ((we - ws).days + 1)
                    n, phones = (int(x * share + r.random()) for x in (n, phones))
                for day in self.pick_days(ws, visible_end, n):
                    self.visit(fam_id, day, VisitKind.HOME, worker["id"], applicant.row["id"])
                for kind, count in (
                    (VisitKind.PHONE, phones),
                    (VisitKind.OFFICE, office),
                    (VisitKind.JOINT, joint),
                ):
                    for day in self.pick_days(ws, visible_end, count):
                        self.visit(fam_id, day, kind, worker["id"], None)

    def windows(self, ptype: PatronageType, start: date, end: date | None) -> list[tuple[date, date, int]]:
        """Norm windows of one type period (as in domain.norms: calendar weeks, calendar months, 3 months from
        the type's start), clipped to the period, with the pro-rated number of visits required."""
        last = end if end is not None else self.today
        out: list[tuple[date, date, int]] = []
        if ptype is E:
            ws = start - timedelta(days=start.weekday())
            full = 2
        elif ptype is P:
            ws = start.replace(day=1)
            full = 1
        else:
            ws = start
            full = 1
        k = 0
        while ws <= last:
            if ptype is E:
                nxt = ws + timedelta(days=7)
            elif ptype is P:
                nxt = add_months(ws, 1)
            else:
                k += 1
                nxt = add_months(start, 3 * k)
            we = nxt - timedelta(days=1)
            cs = max(ws, start)
            ce = we if end is None else min(we, end)
            required = full
            if cs != ws or ce != we:
                days, covered = (we - ws).days + 1, (ce - cs).days + 1
                required = (2 * full * covered + days) // (2 * days)
            if required > 0:
                out.append((cs, ce, required))
            ws = nxt
        return out

    def visit(
        self,
        fam_id: uuid.UUID,
        day: date,
        kind: VisitKind,
        worker_id: uuid.UUID,
        present: uuid.UUID | None,
        notes: str | None = None,
    ) -> None:
        r = self.rng
        visit_id = self.uid()
        stamp = self.stamp(day)
        self.rows["visit"].append(
            {
                "id": visit_id,
                "family_id": fam_id,
                "date": day,
                "kind": kind,
                "counts_toward_norm": kind is VisitKind.HOME,
                "worker_id": worker_id,
                "notes": notes or self.pick(VISIT_NOTES[kind]),
                "result": self.pick(VISIT_RESULTS),
                "next_steps": self.pick(VISIT_NEXT_STEPS),
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        if present is not None and r.random() < 0.3:
            self.rows["visit_member"].append({"visit_id": visit_id, "member_id": present})

    def requests(
        self,
        fam_id: uuid.UUID,
        start: date,
        limit: date,
        problems: list[tuple[Row, _ProblemSpec]],
        zone: str,
        child: bool,
    ) -> None:
        r = self.rng
        kinds = [m[2] for _, spec in problems for m in spec[2] if m[2] is not None] or [
            AgencyKind.VILLAGE_COMMITTEE
        ]
        for _ in range(r.randint(1, 3)):
            kind = r.choice(kinds)
            agency = self.agency_for(kind, zone, child)
            sent = date.fromordinal(r.randint(start.toordinal(), limit.toordinal()))
            answered: date | None = sent + timedelta(days=r.randint(3, 25))
            if answered is not None and (answered > limit or r.random() < 0.08):
                answered = None
            self.rows["agency_request"].append(
                {
                    "id": self.uid(),
                    "family_id": fam_id,
                    "agency_id": agency["id"],
                    "sent_on": sent,
                    "subject": REQUEST_SUBJECTS[kind],
                    "answered_on": answered,
                    "answer": "Информация предоставлена" if answered else "",
                    "created_at": self.stamp(sent),
                    "updated_at": self.stamp(answered or sent),
                }
            )

    def closing(
        self, fam_id: uuid.UUID, day: date, reason: ClosureReason, outcome: Outcome, items: list[Row]
    ) -> None:
        r = self.rng
        summary_id = self.uid()
        decision = {
            Outcome.OVERCOME: "Снять семью с социального патроната в связи с преодолением ТЖС",
            Outcome.PARTLY: "Снять семью с социального патроната; продолжить наблюдение в рамках "
            "межведомственного взаимодействия",
            Outcome.NOT_OVERCOME: "Снять семью с социального патроната; информировать координационный совет",
            Outcome.REFUSED: "Прекратить социальный патронат в связи с отказом семьи",
            Outcome.TRANSFERRED: "Прекратить социальный патронат, документы передать по новому месту "
            "жительства",
        }[outcome]
        note = {
            ClosureReason.CONSENT_WITHDRAWN: "Письменное заявление об отказе от социального патроната",
            ClosureReason.MOVED_AWAY: "Семья переехала в г. Слуцк",
            ClosureReason.TRANSFERRED: "Передана для сопровождения в СПЦ",
            ClosureReason.OTHER: "Истечение срока договора",
        }.get(reason, "")
        self.rows["closing_summary"].append(
            {
                "id": summary_id,
                "family_id": fam_id,
                "date": day,
                "reason": reason,
                "dynamics": r.choice(DYNAMICS[outcome]),
                "outcome": outcome,
                "decision": decision,
                "reason_note": note,
                "created_at": self.stamp(day),
                "updated_at": self.stamp(day),
            }
        )
        for item in items:
            self.rows["goal_result"].append(
                {
                    "id": self.uid(),
                    "summary_id": summary_id,
                    "plan_item_id": item["id"],
                    "result": f"{item['goal']}: {RESULT_TEXT[item['status']]}",
                }
            )

    # -- numbering and writing ------------------------------------------------------------------------

    def number(self) -> None:
        seq: dict[int, int] = {}
        for day, _i, fam, app in sorted(self.family_keys, key=lambda k: (k[0], k[1])):
            n = seq[day.year] = seq.get(day.year, 0) + 1
            fam["case_seq"] = n
            fam["case_number"] = f"{day.year}/{n:03d}"
            app["number"] = str(n)
        seq = {}
        for day, _i, plan in sorted(self.plan_keys, key=lambda k: (k[0], k[1])):
            n = seq[day.year] = seq.get(day.year, 0) + 1
            plan["plan_seq"] = n
            plan["number"] = f"{day.year}/{n:03d}"
        seq = {}
        for day, _i, _k, contract in sorted(self.contract_keys, key=lambda k: (k[0], k[1], k[2])):
            n = seq[day.year] = seq.get(day.year, 0) + 1
            contract["contract_seq"] = n
            contract["number"] = f"{day.year}/{n:03d}"

    def run(self) -> DemoSummary:
        session = self.session
        ensure_grounds(session)
        grounds = session.execute(
            select(Ground.code, Ground.id, Ground.name_ru, Ground.valid_from, Ground.valid_to).order_by(
                Ground.position
            )
        ).all()
        self.ground_ids: dict[str, uuid.UUID] = {g.code: g.id for g in grounds}
        self.ground_names: dict[str, str] = {g.code: g.name_ru for g in grounds}
        self.ground_validity: dict[str, tuple[date, date | None]] = {
            g.code: (g.valid_from, g.valid_to) for g in grounds
        }
        self.build_reference()

        stages = self.stage_list()
        forced: dict[int, PatronageType] = {}
        patronage_idx = [i for i, s in enumerate(stages) if s is Stage.PATRONAGE]
        for i, ptype in zip(patronage_idx, (E, P, C), strict=False):
            forced[i] = ptype
        for i, stage in enumerate(stages):
            self.family(i, stage, forced.get(i))
        self.number()

        w = self.rows
        cache_pragma = None
        if session.connection().dialect.name == "sqlite":
            # Random UUID keys land all over the indexes: a page cache that holds them saves most of the I/O.
            cache_pragma = session.execute(text("PRAGMA cache_size")).scalar()
            session.execute(text(f"PRAGMA cache_size=-{SQLITE_LOAD_CACHE_KIB}"))
        # One executemany per table.  (The ORM bulk path would split the rows into a statement per run of rows
        # with the same None columns: thousands of statements.)
        bulk_insert(session, Centre.__table__, [self.centre_row])
        bulk_insert(session, Worker.__table__, self.worker_rows)
        bulk_insert(session, Agency.__table__, self.agency_rows)
        for model, key in (
            (Family, "family"),
            (Member, "member"),
            (Application, "application"),
            (Consent, "consent"),
            (SurveyAct, "survey_act"),
            (ProblemRow, "problem"),
            (Plan, "plan"),
            (PlanVersion, "plan_version"),
            (PlanItem, "plan_item"),
            (Contract, "contract"),
            (TypePeriod, "type_period"),
            (Visit, "visit"),
            (AgencyRequest, "agency_request"),
            (ClosingSummary, "closing_summary"),
            (GoalResult, "goal_result"),
        ):
            bulk_insert(session, model.__table__, w[key])
            if key == "member":
                bulk_insert(session, family_ground, w["family_ground"])
            if key == "visit":
                bulk_insert(session, visit_member, w["visit_member"])

        if cache_pragma is not None:
            session.execute(text(f"PRAGMA cache_size={int(cache_pragma)}"))

        by_stage = {s.value: 0 for s in Stage}
        for fam in w["family"]:
            by_stage[fam["stage"].value] += 1
        settlements = {fam["settlement"] for fam in w["family"]}
        summary = DemoSummary(
            families=len(w["family"]),
            members=len(w["member"]),
            workers=len(self.worker_rows),
            agencies=len(self.agency_rows),
            settlements=len(settlements),
            applications=len(w["application"]),
            consents=len(w["consent"]),
            survey_acts=len(w["survey_act"]),
            problems=len(w["problem"]),
            plans=len(w["plan"]),
            plan_versions=len(w["plan_version"]),
            plan_items=len(w["plan_item"]),
            contracts=len(w["contract"]),
            type_periods=len(w["type_period"]),
            visits=len(w["visit"]),
            agency_requests=len(w["agency_request"]),
            closing_summaries=len(w["closing_summary"]),
            goal_results=len(w["goal_result"]),
            centre_id=self.centre_id,
            by_stage=by_stage,
        )
        session.execute(
            insert(AuditEntry),
            [
                {
                    "id": self.uid(),
                    "at": datetime.now(UTC),
                    "worker_id": self.head["id"],
                    "action": "demo.load",
                    "entity": "centre",
                    "entity_id": self.centre_id,
                    "family_id": None,
                    "changes": {
                        "seed": self.seed,
                        "today": self.today.isoformat(),
                        "families": summary.families,
                        "members": summary.members,
                        "visits": summary.visits,
                    },
                }
            ],
        )
        return summary


def _memo(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """A bind processor remembering its results (for dates, enums and the like: few distinct values)."""
    cache: dict[Any, Any] = {}

    def run(value: Any) -> Any:
        try:
            return cache[value]
        except KeyError:
            out = cache[value] = process(value)
            return out

    return run


def bulk_insert(session: Session, table: FromClause | Table, rows: list[Row]) -> None:
    """INSERT ``rows`` (dicts with the same keys, one per column given) into ``table`` in one executemany.

    Same SQL and the same type conversions as ``session.execute(insert(table), rows)`` (the statement is
    compiled for the session's dialect and every value goes through its column type's bind processor), but
    applied column by column instead of through SQLAlchemy's per-row parameter machinery, which is several
    times slower for hundreds of thousands of rows.
    """
    if not rows:
        return
    table = cast(Table, table)
    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
    if sorted(names) != sorted(keys):  # defaults or expressions the fast path does not evaluate
        session.execute(insert(table), rows)
        return
    processors: list[Callable[[Any], Any] | None] = []
    for name in names:
        column_type = table.c[name].type
        process: Callable[[Any], Any] | None = column_type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None and not isinstance(column_type, Uuid):
            process = _memo(process)
        processors.append(process)
    for first in range(0, len(rows), BULK_CHUNK):
        chunk = rows[first : first + BULK_CHUNK]
        columns: list[list[Any]] = []
        for name, process in zip(names, processors, strict=True):
            values = [row[name] for row in chunk]
            if process is not None:
                values = [None if v is None else process(v) for v in values]
            columns.append(values)
        params: list[Any] = list(zip(*columns, strict=True))
        if not compiled.positional:
            params = [dict(zip(names, values, strict=True)) for values in params]
        conn.exec_driver_sql(compiled.string, params)


def ptype_label(ptype: PatronageType) -> str:
    return {E: "экстренный", P: "плановый", C: "контрольный"}[ptype]


def check_family_count(families: int) -> None:
    """Refuse a number of demo families outside 1..MAX_FAMILIES."""
    if isinstance(families, bool) or not isinstance(families, int) or not 1 <= families <= MAX_FAMILIES:
        raise DomainError(
            Problem(
                "families",
                f"Число семей: допустимо от 1 до {MAX_FAMILIES}, указано {families}.",
                "demo_families_range",
            )
        )


def load_demo(session: Session, families: int, seed: int, today: date | None = None) -> DemoSummary:
    """Fill an empty database with a demo district of ``families`` families (deterministic for ``seed``
    and ``today``); runs in the caller's transaction."""
    check_family_count(families)
    existing = session.scalar(select(func.count()).select_from(Family)) or 0
    if existing:
        raise DomainError(
            Problem(
                "families",
                f"Семьи: база данных не пуста (семей в ней: {existing}); демонстрационные данные "
                "загружаются только в пустую базу.",
                "demo_not_empty",
            )
        )
    return _Builder(session, families, seed, today or date.today()).run()
