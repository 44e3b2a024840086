"""Labels of the domain's closed vocabularies as the UI shows them, translated from their Russian source."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import Stage, label_ru

CONTEXT = "vocab"

# domain.vocab.LABELS_RU has no entry for the patronage type (it lives in domain.norms); these are the
# glossary's words (DOMAIN.md), used as the Russian source text.
PATRONAGE_TYPE_LABELS_RU: dict[PatronageType, str] = {
    PatronageType.EMERGENCY: "экстренный",
    PatronageType.PLANNED: "плановый",
    PatronageType.CONTROL: "контрольный",
}

# The Russian labels are the source strings of the "vocab" context. lupdate only sees literals, so every
# label the UI can show is spelled out here once; tests/ui/test_vocab_labels.py keeps this list in step with
# domain.vocab.LABELS_RU.
EXTRACTED_SOURCES: tuple[object, ...] = (  # QT_TRANSLATE_NOOP returns its source text unchanged
    QT_TRANSLATE_NOOP("vocab", "Заявление"),
    QT_TRANSLATE_NOOP("vocab", "Обследование"),
    QT_TRANSLATE_NOOP("vocab", "Оценка проблем"),
    QT_TRANSLATE_NOOP("vocab", "План"),
    QT_TRANSLATE_NOOP("vocab", "Договор"),
    QT_TRANSLATE_NOOP("vocab", "Патронат"),
    QT_TRANSLATE_NOOP("vocab", "Закрыт"),
    QT_TRANSLATE_NOOP("vocab", "экстренный"),
    QT_TRANSLATE_NOOP("vocab", "плановый"),
    QT_TRANSLATE_NOOP("vocab", "контрольный"),
)

_translate = QCoreApplication.translate


def stage_label(stage: Stage) -> str:
    """The stage's name in the UI language."""
    return _translate(CONTEXT, label_ru(stage))


def patronage_type_label(patronage_type: PatronageType) -> str:
    """The patronage type's name in the UI language."""
    return _translate(CONTEXT, PATRONAGE_TYPE_LABELS_RU[patronage_type])
