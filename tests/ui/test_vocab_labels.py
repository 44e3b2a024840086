"""Every label the UI can show has its Russian source spelled out for lupdate, matching the domain's."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from patronat_desktop.domain.norms import PatronageType
from patronat_desktop.domain.vocab import LABELS_RU, Relation, Stage
from patronat_desktop.ui.vocab_labels import (
    EXTRACTED_SOURCES,
    PATRONAGE_TYPE_LABELS_RU,
    patronage_type_label,
    stage_label,
    vocab_label,
)


def test_extracted_sources_are_exactly_the_labels_the_ui_shows() -> None:
    shown = set(LABELS_RU.values()) | set(PATRONAGE_TYPE_LABELS_RU.values())
    assert set(EXTRACTED_SOURCES) == shown
    assert len(EXTRACTED_SOURCES) == len(shown)


def test_any_value_has_its_label(qapp: QApplication) -> None:
    assert vocab_label(Relation.CHILD) == "сын/дочь"
    assert vocab_label(PatronageType.CONTROL) == "контрольный"


def test_every_patronage_type_has_a_label() -> None:
    assert set(PATRONAGE_TYPE_LABELS_RU) == set(PatronageType)


def test_labels_are_russian_without_a_translation(qapp: QApplication) -> None:
    assert stage_label(Stage.ASSESSMENT) == "Оценка проблем"
    assert patronage_type_label(PatronageType.EMERGENCY) == "экстренный"
