"""Planned use of a year as a grid: one row per meter, one column per party."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex

from ...domain import french
from ...domain.parsing import ParseError, parse_amount
from ...services.editing.planned_use import PlannedUseChange, PlannedUseYear
from .grid_model import Cell, EditableGridModel


class PlannedUseGridModel(EditableGridModel):
    """Quantities (km, copies…) with up to three decimals, never negative.

    Each row has its own unit, so there is no total row (km and copies do not add up); the
    total column gives each meter's planned use for all parties.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.places = 3
        self.year_data: PlannedUseYear | None = None

    def show(self, data: PlannedUseYear) -> None:
        self.beginResetModel()
        self.year_data = data
        self.row_labels = [f"{meter.name} ({meter.unit})" for meter in data.meters]
        self.column_labels = [p.code for p in data.parties]
        self.values = {
            (r, c): data.quantities[(meter.id, party.id)]
            for r, meter in enumerate(data.meters)
            for c, party in enumerate(data.parties)
            if (meter.id, party.id) in data.quantities
        }
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.column_labels else self.data_rows

    def row_of(self, meter_id: int) -> int | None:
        meters = self.year_data.meters if self.year_data else ()
        return next((r for r, meter in enumerate(meters) if meter.id == meter_id), None)

    def parse(self, text: str) -> Decimal:
        try:
            value = parse_amount(text, 3)
        except ParseError:
            raise ParseError(self.tr("Quantité « {0} » illisible : écrivez par exemple 5 600 ou 2,5.").format(text)) from None
        if value < 0:
            raise ParseError(self.tr("Une quantité ne peut pas être négative."))
        return value

    def format(self, value: Decimal | None) -> str:
        return "" if value is None else french.quantity(value)

    def changes(self, cells: dict[Cell, Decimal | None]) -> list[PlannedUseChange]:
        return [
            PlannedUseChange(self.year_data.meters[r].id, self.year_data.parties[c].id, value)
            for (r, c), value in sorted(cells.items())
        ]
