"""The payroll of a year as a grid: one row per month, one column per person."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.editing.payroll import COMPONENTS, PayrollChange, PayrollYear
from .. import formatting
from .grid_model import Cell, EditableGridModel

#: What the grid shows: one of the three parts of a month's cost, or their total (read only).
VIEWS = {
    "gross_salary": QT_TRANSLATE_NOOP("PayrollGridModel", "Salaire brut"),
    "employer_charges": QT_TRANSLATE_NOOP("PayrollGridModel", "Charges patronales"),
    "other_costs": QT_TRANSLATE_NOOP("PayrollGridModel", "Autres éléments"),
    "total": QT_TRANSLATE_NOOP("PayrollGridModel", "Coût total (lecture seule)"),
}


class PayrollGridModel(EditableGridModel):
    """Amounts in euros; months a person was not employed are closed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.year_data: PayrollYear | None = None
        self.view = "gross_salary"

    def show(self, data: PayrollYear, view: str | None = None) -> None:
        """Show ``data`` (re-read after a save) in ``view``."""
        self.beginResetModel()
        self.year_data = data
        if view is not None:
            self.view = view
        months = (formatting.month(dt.date(data.year, m, 1)) for m in range(1, 13))  # in the interface language
        self.row_labels = [label[:1].upper() + label[1:] for label in months]
        self.column_labels = [p.name for p in data.people]
        self.values = {}
        for c, person in enumerate(data.people):
            for r in range(12):
                month = data.months.get((person.id, r + 1))
                if month is not None:
                    self.values[(r, c)] = month.total if self.view == "total" else getattr(month, self.view)
        self.endResetModel()

    def month(self, row: int) -> dt.date:
        return dt.date(self.year_data.year, row + 1, 1)

    def is_open(self, row: int, column: int) -> bool:
        if self.view == "total" or self.year_data is None:
            return False
        return self.year_data.people[column].employed_in(self.month(row))

    def closed_reason(self, row: int, column: int) -> str:
        if self.year_data is None or self.view == "total":
            return ""
        if not self.year_data.people[column].employed_in(self.month(row)):
            return QCoreApplication.translate("PayrollGridModel", "Pas employé(e) ce mois-ci")
        return ""

    def changes(self, cells: dict[Cell, Decimal | None]) -> list[PayrollChange]:
        """The services' form of edited cells."""
        assert self.view in COMPONENTS
        return [
            PayrollChange(self.year_data.people[c].id, self.month(r), self.view, value)
            for (r, c), value in sorted(cells.items())
        ]
