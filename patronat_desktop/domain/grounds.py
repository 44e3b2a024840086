"""The reference list of grounds of a difficult life situation (ТЖС), with validity dates.

The list was reworded in 2017 (Minlabour resolution № 84 of 01.12.2017); grounds are kept with valid-from
and valid-to so that old cases keep the wording they were opened under.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

REWORDED_ON = date(2017, 12, 1)
LAW_START = date(2013, 1, 1)


@dataclass(frozen=True)
class GroundSpec:
    code: str
    name_ru: str
    name_be: str
    name_en: str
    valid_from: date
    valid_to: date | None = None


GROUNDS: tuple[GroundSpec, ...] = (
    GroundSpec("orphanhood", "Сиротство", "Сіроцтва", "Orphanhood", LAW_START),
    GroundSpec(
        "no_abode",
        "Отсутствие определённого места жительства",
        "Адсутнасць пэўнага месца жыхарства",
        "No fixed abode",
        LAW_START,
    ),
    GroundSpec("unemployment", "Безработица", "Беспрацоўе", "Unemployment", LAW_START),
    GroundSpec(
        "disability",
        "Инвалидность в семье, в том числе ребёнок-инвалид или ребёнок с особенностями "
        "психофизического развития",
        "Інваліднасць у сям'і, у тым ліку дзіця-інвалід або дзіця з асаблівасцямі псіхафізічнага развіцця",
        "Disability in the family",
        LAW_START,
    ),
    GroundSpec(
        "no_self_care",
        "Неспособность к самообслуживанию",
        "Няздольнасць да самаабслугоўвання",
        "Inability to care for oneself",
        LAW_START,
    ),
    GroundSpec(
        "dysfunction",
        "Неблагополучие в семье, конфликты и насилие в семье",
        "Неспрыяльнае становішча ў сям'і, канфлікты і гвалт у сям'і",
        "Family dysfunction, conflicts and domestic violence",
        REWORDED_ON,
    ),
    GroundSpec(
        "dysfunction_old",
        "Конфликты и жестокое обращение в семье",
        "Канфлікты і жорсткае абыходжанне ў сям'і",
        "Conflicts and abuse in the family",
        LAW_START,
        date(2017, 11, 30),
    ),
    GroundSpec(
        "no_relatives",
        "Отсутствие трудоспособных родственников, обязанных по закону содержать",
        "Адсутнасць працаздольных сваякоў, абавязаных па законе ўтрымліваць",
        "No able-bodied relatives obliged to support",
        LAW_START,
    ),
    GroundSpec(
        "multiple_birth",
        "Рождение одновременно двух и более детей",
        "Нараджэнне адначасова дваіх і больш дзяцей",
        "Birth of several children at once",
        LAW_START,
    ),
    GroundSpec(
        "lost_ties",
        "Утрата социальных связей после освобождения из мест лишения свободы, ЛТП, "
        "специальных учебно-воспитательных учреждений",
        "Страта сацыяльных сувязяў пасля вызвалення з месцаў пазбаўлення волі, ЛПП, спецыяльных "
        "навучальна-выхаваўчых устаноў",
        "Loss of social ties after prison, ЛТП or special schools",
        LAW_START,
    ),
    GroundSpec(
        "bereavement",
        "Смерть близкого родственника",
        "Смерць блізкага сваяка",
        "Death of a close relative",
        REWORDED_ON,
    ),
    GroundSpec(
        "damage",
        "Причинение ущерба в результате пожара, стихийного бедствия, аварии, военных "
        "действий, террористического акта, насилия, торговли людьми или иных противоправных действий",
        "Прычыненне шкоды ў выніку пажару, стыхійнага бедства, аварыі, ваенных дзеянняў, "
        "тэрарыстычнага акта, гвалту, гандлю людзьмі або іншых процiпраўных дзеянняў",
        "Damage from fire, disaster, accident, hostilities, terrorism, violence or trafficking",
        LAW_START,
    ),
    GroundSpec(
        "other",
        "Иные обстоятельства, которые гражданин не может преодолеть самостоятельно",
        "Іншыя абставіны, якія грамадзянін не можа пераадолець самастойна",
        "Other circumstances the citizen cannot overcome alone",
        LAW_START,
    ),
)
