"""Translated names of the printed documents, for window titles and buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def document_title(kind: str) -> str:
    titles = {
        "application": QCoreApplication.translate("DocumentTitles", "Заявление"),
        "survey": QCoreApplication.translate("DocumentTitles", "Акт обследования"),
        "plan": QCoreApplication.translate("DocumentTitles", "План сопровождения"),
        "contract": QCoreApplication.translate("DocumentTitles", "Договор"),
        "visits": QCoreApplication.translate("DocumentTitles", "Журнал посещений"),
        "summary": QCoreApplication.translate("DocumentTitles", "Итоговое заключение"),
        "register": QCoreApplication.translate("DocumentTitles", "Журнал учёта семей"),
        "weekly": QCoreApplication.translate("DocumentTitles", "Лист посещений на неделю"),
    }
    return titles[kind]
