"""A public beneficiary's Chorus Pro references per budget year, edited as a short list.

The engagement number usually changes each budget year: a new year is a new line, and each
document takes the line of its billed period's year. Nothing is saved here: the party's
form saves the list with the party.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal

from ...domain.chorus import FIRST_YEAR, LAST_YEAR, ChorusYear
from ..models.table_model import CENTER, Column, RowTableModel, text_column
from ..widgets.fields import IntegerField, TextField
from .form_dialog import hint_label
from .list_editor import ListEditor


class ChorusYearTableModel(RowTableModel[ChorusYear]):
    YEAR, SERVICE_CODE, ENGAGEMENT = range(3)
    columns = (
        Column(QT_TRANSLATE_NOOP("ChorusYearTableModel", "Année"), lambda r: r.year, str, alignment=CENTER),
        text_column(QT_TRANSLATE_NOOP("ChorusYearTableModel", "Code service"), lambda r: r.service_code),
        text_column(QT_TRANSLATE_NOOP("ChorusYearTableModel", "N° d'engagement"), lambda r: r.engagement_number),
    )


class ChorusYearEditor(ListEditor):
    """One line per budget year: service code and engagement number."""

    #: The list changed (not yet saved).
    entries_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(ChorusYearTableModel(), 80, parent)
        self.year_field = IntegerField(minimum=FIRST_YEAR, maximum=LAST_YEAR, required=True)
        self.year_field.setText(str(dt.date.today().year))
        self.service_code_field = TextField()
        self.service_code_field.setMaxLength(100)
        self.engagement_field = TextField()
        self.engagement_field.setMaxLength(100)
        self.lay_out(
            [(self.tr("Année"), self.year_field), (self.tr("Code service"), self.service_code_field),
             (self.tr("N° d'engagement"), self.engagement_field)],
            self.tr("Ajouter l'année"), self.tr("Corriger la ligne choisie"), self.tr("Retirer la ligne choisie"),
            hint_label(self.tr("Communiqués par le bénéficiaire pour chaque exercice budgétaire ; chaque état "
                               "reprend ceux de l'année de sa période."), self),
        )  # fmt: skip
        for field in (self.service_code_field, self.engagement_field):
            field.textChanged.connect(self.update_buttons)

    def entries(self) -> list[ChorusYear]:
        return list(self.model.rows)

    def set_entries(self, entries) -> None:
        self.model.set_rows(sorted(entries, key=lambda e: e.year))
        self.update_buttons()

    def _form_entry(self) -> ChorusYear:
        return ChorusYear(self.year_field.value(), self.service_code_field.text().strip(),
                          self.engagement_field.text().strip())  # fmt: skip

    def form_valid(self) -> bool:
        entry = self._form_entry()
        return entry.year is not None and bool(entry.service_code or entry.engagement_number)

    def show_in_form(self, item: ChorusYear) -> None:
        self.year_field.setText(str(item.year))
        self.service_code_field.setText(item.service_code)
        self.engagement_field.setText(item.engagement_number)

    def _set(self, entries: list[ChorusYear], message: str = "") -> None:
        self.set_entries(entries)
        self.show_message(message)
        self.entries_changed.emit()

    def on_add_clicked(self) -> None:
        entry = self._form_entry()
        if any(e.year == entry.year for e in self.model.rows):
            self.show_message(self.tr("L'année {0} figure déjà : choisissez sa ligne et corrigez-la.").format(entry.year))
            return
        self._set([*self.model.rows, entry])

    def on_correct_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        entry = self._form_entry()
        if any(e is not old and e.year == entry.year for e in self.model.rows):
            self.show_message(self.tr("Une autre ligne a déjà l'année {0}.").format(entry.year))
            return
        self._set([entry if e is old else e for e in self.model.rows])

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is not None:
            self._set([e for e in self.model.rows if e is not old])
