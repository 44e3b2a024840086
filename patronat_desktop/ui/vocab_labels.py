"""Labels of the domain's closed vocabularies as the UI shows them, translated from their Russian source."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage, label_ru

if TYPE_CHECKING:
    from patronat_desktop.models import Ground

CONTEXT = "vocab"

# domain.vocab.LABELS_RU has no entry for the patronage type (it lives in domain.norms); these are the
# glossary's words (DOMAIN.md), used as the Russian source text.
PATRONAGE_TYPE_LABELS_RU: dict[PatronageType, str] = {
    PatronageType.EMERGENCY: "экстренный",
    PatronageType.PLANNED: "плановый",
    PatronageType.CONTROL: "контрольный",
}

# The Russian labels are the source strings of the "vocab" context. lupdate only sees literals, so every
# label the UI can show is spelled out here once; tests/ui/test_vocab_labels.py keeps this list in step
# with domain.vocab.LABELS_RU.
EXTRACTED_SOURCES: tuple[object, ...] = (  # QT_TRANSLATE_NOOP returns its source text unchanged
    QT_TRANSLATE_NOOP("vocab", "Заявление"),
    QT_TRANSLATE_NOOP("vocab", "Обследование"),
    QT_TRANSLATE_NOOP("vocab", "Оценка проблем"),
    QT_TRANSLATE_NOOP("vocab", "План"),
    QT_TRANSLATE_NOOP("vocab", "Договор"),
    QT_TRANSLATE_NOOP("vocab", "Патронат"),
    QT_TRANSLATE_NOOP("vocab", "Закрыт"),
    QT_TRANSLATE_NOOP("vocab", "Обратилась самостоятельно"),
    QT_TRANSLATE_NOOP("vocab", "Координационный совет (Декрет № 18)"),
    QT_TRANSLATE_NOOP("vocab", "Совет профилактики учреждения образования"),
    QT_TRANSLATE_NOOP("vocab", "КДН"),
    QT_TRANSLATE_NOOP("vocab", "Организация здравоохранения"),
    QT_TRANSLATE_NOOP("vocab", "Органы внутренних дел"),
    QT_TRANSLATE_NOOP("vocab", "Сельский исполнительный комитет"),
    QT_TRANSLATE_NOOP("vocab", "Иное"),
    QT_TRANSLATE_NOOP("vocab", "муж."),
    QT_TRANSLATE_NOOP("vocab", "жен."),
    QT_TRANSLATE_NOOP("vocab", "заявитель"),
    QT_TRANSLATE_NOOP("vocab", "супруг(а)"),
    QT_TRANSLATE_NOOP("vocab", "сожитель(ница)"),
    QT_TRANSLATE_NOOP("vocab", "сын/дочь"),
    QT_TRANSLATE_NOOP("vocab", "пасынок/падчерица"),
    QT_TRANSLATE_NOOP("vocab", "отец/мать"),
    QT_TRANSLATE_NOOP("vocab", "дедушка/бабушка"),
    QT_TRANSLATE_NOOP("vocab", "внук/внучка"),
    QT_TRANSLATE_NOOP("vocab", "брат/сестра"),
    QT_TRANSLATE_NOOP("vocab", "опекун"),
    QT_TRANSLATE_NOOP("vocab", "подопечный"),
    QT_TRANSLATE_NOOP("vocab", "иное"),
    QT_TRANSLATE_NOOP("vocab", "нет"),
    QT_TRANSLATE_NOOP("vocab", "I группа"),
    QT_TRANSLATE_NOOP("vocab", "II группа"),
    QT_TRANSLATE_NOOP("vocab", "III группа"),
    QT_TRANSLATE_NOOP("vocab", "ребёнок-инвалид"),
    QT_TRANSLATE_NOOP("vocab", "ОПФР"),
    QT_TRANSLATE_NOOP("vocab", "собственный дом"),
    QT_TRANSLATE_NOOP("vocab", "собственная квартира"),
    QT_TRANSLATE_NOOP("vocab", "съёмное жильё"),
    QT_TRANSLATE_NOOP("vocab", "социальное жильё"),
    QT_TRANSLATE_NOOP("vocab", "общежитие"),
    QT_TRANSLATE_NOOP("vocab", "у родственников"),
    QT_TRANSLATE_NOOP("vocab", "нет жилья"),
    QT_TRANSLATE_NOOP("vocab", "посещение на дому"),
    QT_TRANSLATE_NOOP("vocab", "беседа в центре"),
    QT_TRANSLATE_NOOP("vocab", "телефонный звонок"),
    QT_TRANSLATE_NOOP("vocab", "совместный выезд"),
    QT_TRANSLATE_NOOP("vocab", "срочное социальное обслуживание"),
    QT_TRANSLATE_NOOP("vocab", "нестационарное социальное обслуживание"),
    QT_TRANSLATE_NOOP("vocab", "запланировано"),
    QT_TRANSLATE_NOOP("vocab", "выполнено"),
    QT_TRANSLATE_NOOP("vocab", "выполнено частично"),
    QT_TRANSLATE_NOOP("vocab", "не выполнено"),
    QT_TRANSLATE_NOOP("vocab", "отменено"),
    QT_TRANSLATE_NOOP("vocab", "ТЖС преодолена"),
    QT_TRANSLATE_NOOP("vocab", "ТЖС преодолена частично"),
    QT_TRANSLATE_NOOP("vocab", "ТЖС не преодолена"),
    QT_TRANSLATE_NOOP("vocab", "отказ семьи"),
    QT_TRANSLATE_NOOP("vocab", "передана в другую организацию"),
    QT_TRANSLATE_NOOP("vocab", "завершение патроната"),
    QT_TRANSLATE_NOOP("vocab", "отзыв согласия семьёй"),
    QT_TRANSLATE_NOOP("vocab", "переезд семьи"),
    QT_TRANSLATE_NOOP("vocab", "передача в другую организацию"),
    QT_TRANSLATE_NOOP("vocab", "иная причина"),
    QT_TRANSLATE_NOOP("vocab", "управление по труду, занятости и социальной защите"),
    QT_TRANSLATE_NOOP("vocab", "здравоохранение"),
    QT_TRANSLATE_NOOP("vocab", "образование"),
    QT_TRANSLATE_NOOP("vocab", "социально-педагогический центр"),
    QT_TRANSLATE_NOOP("vocab", "органы внутренних дел"),
    QT_TRANSLATE_NOOP("vocab", "сельисполком"),
    QT_TRANSLATE_NOOP("vocab", "общественное объединение"),
    QT_TRANSLATE_NOOP("vocab", "специалист по социальной работе"),
    QT_TRANSLATE_NOOP("vocab", "заведующий отделением"),
    QT_TRANSLATE_NOOP("vocab", "администратор"),
    QT_TRANSLATE_NOOP("vocab", "экстренный"),
    QT_TRANSLATE_NOOP("vocab", "плановый"),
    QT_TRANSLATE_NOOP("vocab", "контрольный"),
)

_translate = QCoreApplication.translate


def stage_label(stage: Stage) -> str:
    """The stage's name in the UI language."""
    return _translate(CONTEXT, label_ru(stage))


def vocab_label(value: StrEnum) -> str:
    """Any closed-vocabulary value (stage, relation, visit kind, outcome …) in the UI language."""
    if isinstance(value, PatronageType):
        return patronage_type_label(value)
    return _translate(CONTEXT, label_ru(value))


def patronage_type_label(patronage_type: PatronageType) -> str:
    """The patronage type's name in the UI language."""
    return _translate(CONTEXT, PATRONAGE_TYPE_LABELS_RU[patronage_type])


def ground_name(ground: Ground) -> str:
    """The ground's wording in the UI language (the reference table holds ru, be and en)."""
    language = QLocale().language()
    if language == QLocale.Language.Belarusian and ground.name_be:
        return ground.name_be
    if language == QLocale.Language.English and ground.name_en:
        return ground.name_en
    return ground.name_ru
