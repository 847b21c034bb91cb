"""Readings of one meter for a year as a grid: one row per billing period, one column per party."""

from __future__ import annotations

from decimal import Decimal

from ...domain import french
from ...domain.parsing import ParseError, parse_amount
from ...services.editing.readings import ReadingChange, ReadingsYear
from .grid_model import Cell, EditableGridModel


class ReadingsGridModel(EditableGridModel):
    """Quantities (km, copies…) with up to three decimals, never negative."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.places = 3
        self.year_data: ReadingsYear | None = None

    def show(self, data: ReadingsYear) -> None:
        self.beginResetModel()
        self.year_data = data
        self.row_labels = [p.label.capitalize() if "/" not in p.code else p.label for p in data.periods]
        self.column_labels = [p.code for p in data.parties]
        self.values = {
            (r, c): data.quantities[(period.start, party.id)]
            for r, period in enumerate(data.periods)
            for c, party in enumerate(data.parties)
            if (period.start, party.id) in data.quantities
        }
        self.endResetModel()

    def parse(self, text: str) -> Decimal:
        try:
            value = parse_amount(text, 3)
        except ParseError:
            raise ParseError(self.tr("Quantité « {0} » illisible : écrivez par exemple 1 100 ou 2,5.").format(text)) from None
        if value < 0:
            raise ParseError(self.tr("Une quantité ne peut pas être négative."))
        return value

    def format(self, value: Decimal | None) -> str:
        return "" if value is None else french.quantity(value)

    def changes(self, cells: dict[Cell, Decimal | None]) -> list[ReadingChange]:
        return [
            ReadingChange(self.year_data.periods[r], self.year_data.parties[c].id, value)
            for (r, c), value in sorted(cells.items())
        ]
