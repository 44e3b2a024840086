"""The "Основания ТЖС" tab: the law's list of grounds of a difficult life situation, read only."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QLabel, QVBoxLayout, QWidget

from patronat_desktop.ui.directories.records import GroundRecord, list_grounds
from patronat_desktop.ui.directories.rows_table_model import RowsTableModel, TableRow
from patronat_desktop.ui.directories.widgets import fit_columns, format_date, make_table

if TYPE_CHECKING:
    from patronat_desktop.ui.context import AppContext

NAME_COLUMN = 1


class GroundsTab(QWidget):
    """The grounds change only by law (with a program update), so there is nothing to edit here."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        intro = QLabel(
            self.tr(
                "Основания признания трудной жизненной ситуации установлены законодательством, "
                "их список не редактируется. В 2017 году перечень изменён (постановление Минтруда и "
                "соцзащиты от 01.12.2017 № 84): основание, которое перестало действовать, в новых делах "
                "не выбирается, а в делах, открытых при нём, сохраняется."
            )
        )
        intro.setWordWrap(True)
        self.model = RowsTableModel(
            (
                self.tr("№"),
                self.tr("Основание"),
                self.tr("Действует с"),
                self.tr("Действует по"),
                self.tr("Состояние"),
            ),
            self,
        )
        self.table = make_table(self.model, stretch_column=NAME_COLUMN)
        # Some grounds are two lines long: rows take the height of their text (13 rows, measured once).
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        grounds = self.context.read(list_grounds)
        self.model.set_rows([self._row(number, g) for number, g in enumerate(grounds, start=1)])
        fit_columns(self.table, skip=NAME_COLUMN)

    def _row(self, number: int, ground: GroundRecord) -> TableRow:
        today = self.context.today()
        if ground.valid_from > today:
            state = self.tr("действует с {date}").format(date=format_date(ground.valid_from))
        elif ground.valid_to is not None and ground.valid_to < today:
            ended = ground.valid_to + timedelta(days=1)
            state = self.tr("не действует с {date}").format(date=format_date(ended))
        else:
            state = self.tr("действует")
        valid = ground.valid_from <= today and (ground.valid_to is None or today <= ground.valid_to)
        return TableRow(
            ground.position,
            (
                str(number),
                ground.name,
                format_date(ground.valid_from),
                format_date(ground.valid_to) if ground.valid_to else self.tr("бессрочно"),
                state,
            ),
            dimmed=not valid,
        )
