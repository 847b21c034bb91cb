"""Amounts per year (planned staff cost, category budget) edited as a short list, for forecasts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal

from ...services.editing.history import YearAmount
from ..models.history import YearAmountTableModel
from ..widgets.fields import IntegerField, MoneyField
from .list_editor import ListEditor


class YearAmountEditor(ListEditor):
    """One amount per year; saved with the record that holds the editor."""

    #: The list changed (not yet saved).
    amounts_changed = Signal()

    def __init__(self, amount_caption: str, parent=None) -> None:
        super().__init__(YearAmountTableModel(amount_caption), 80, parent)
        self.year_field = IntegerField(minimum=2000, maximum=2100, required=True)
        self.year_field.setText(str(dt.date.today().year + 1))
        self.amount_field = MoneyField(required=True)
        self.lay_out(
            [(self.tr("Année"), self.year_field), (amount_caption, self.amount_field)],
            self.tr("Ajouter l'année"), self.tr("Corriger la ligne choisie"), self.tr("Retirer la ligne choisie"),
        )  # fmt: skip

    def amounts(self) -> list[YearAmount]:
        return self.model.rows

    def set_amounts(self, amounts) -> None:
        self.model.set_rows(sorted(amounts, key=lambda a: a.year))
        self.update_buttons()

    def form_valid(self) -> bool:
        return self.year_field.value() is not None and self.amount_field.value() is not None

    def show_in_form(self, item: YearAmount) -> None:
        self.year_field.setText(str(item.year))
        self.amount_field.set_value(item.amount)

    def _set(self, items: list[YearAmount], message: str = "") -> None:
        self.set_amounts(items)
        self.show_message(message)
        self.amounts_changed.emit()

    def on_add_clicked(self) -> None:
        year = self.year_field.value()
        if any(a.year == year for a in self.model.rows):
            self.show_message(self.tr("L'année {0} figure déjà : corrigez sa ligne.").format(year))
            return
        self._set([*self.model.rows, YearAmount(year, self.amount_field.value())])

    def on_correct_clicked(self) -> None:
        old = self.selected()
        year = self.year_field.value()
        if old is None:
            return
        if any(a.year == year and a is not old for a in self.model.rows):
            self.show_message(self.tr("L'année {0} figure déjà.").format(year))
            return
        self._set([YearAmount(year, self.amount_field.value(), old.id) if a is old else a for a in self.model.rows])

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is not None:
            self._set([a for a in self.model.rows if a is not old])
