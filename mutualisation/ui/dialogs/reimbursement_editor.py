"""What a person's employer received for a payroll month (IJSS, subrogation, aid), edited as a list (R15).

A reimbursement reduces the cost of its month; it is saved with the person, one line per
month and kind. Nothing is saved here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain.parsing import parse_month
from ...domain.vocabulary import ReimbursementKind
from ...services.editing.resource_clauses import reimbursement_choices, ReimbursementEntry
from .. import formatting
from ..models.table_model import Column, RowTableModel, money_column, text_column
from ..widgets.fields import ChoiceField, MoneyField, TextField
from .form_dialog import hint_label
from .list_editor import ListEditor


class ReimbursementTableModel(RowTableModel[ReimbursementEntry]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("ReimbursementTableModel", "Mois de paie"), lambda r: r.month, formatting.month),
            text_column(QT_TRANSLATE_NOOP("ReimbursementTableModel", "Nature"), lambda r: r.kind_word),
            money_column(QT_TRANSLATE_NOOP("ReimbursementTableModel", "Montant reçu"), lambda r: r.amount),
        )


class ReimbursementEditor(ListEditor):

    def __init__(self, parent=None) -> None:
        super().__init__(ReimbursementTableModel(), 110, parent)
        self.month_field = TextField(parse_month, required=True, placeholder=self.tr("03/2026"))
        self.kind_field = ChoiceField(reimbursement_choices(), required=True)
        self.kind_field.set_value(ReimbursementKind.IJSS)
        self.amount_field = MoneyField(required=True)
        self.rows = self.lay_out(
            [(self.tr("Mois de paie"), self.month_field), (self.tr("Nature"), self.kind_field),
             (self.tr("Montant reçu"), self.amount_field)],
            self.tr("Ajouter ce remboursement"), self.tr("Corriger la ligne choisie"),
            self.tr("Retirer la ligne choisie"),
            hint_label(self.tr("Indemnités journalières (IJSS), subrogation ou aide reçues pour un mois : elles "
                               "réduisent le coût de ce mois."), self),
        )  # fmt: skip

    def entries(self) -> list[ReimbursementEntry]:
        return list(self.model.rows)

    def set_entries(self, entries) -> None:
        self.model.set_rows(sorted(entries, key=lambda r: (r.month, r.kind)))
        self.update_buttons()

    def _form_entry(self) -> ReimbursementEntry:
        return ReimbursementEntry(self.month_field.value(), self.kind_field.value(), self.amount_field.value())

    def form_valid(self) -> bool:
        fields = (self.month_field, self.kind_field, self.amount_field)
        return all(f.is_valid() and f.value() is not None for f in fields)

    def show_in_form(self, entry: ReimbursementEntry) -> None:
        self.month_field.setText(formatting.month(entry.month))
        self.kind_field.set_value(entry.kind)
        self.amount_field.set_value(entry.amount)

    def _twin(self, entry, ignore=None):
        return next((r for r in self.model.rows if r is not ignore and (r.month, r.kind) == (entry.month, entry.kind)),
                    None)  # fmt: skip

    def on_add_clicked(self) -> None:
        entry = self._form_entry()
        if self._twin(entry) is not None:
            self.show_message(self.tr("Ce mois a déjà un remboursement de cette nature : choisissez-le et "
                                      "corrigez-le."))  # fmt: skip
            return
        self.replace_entries([*self.model.rows, entry], entry)

    def on_correct_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        entry = self._form_entry()
        if self._twin(entry, old) is not None:
            self.show_message(self.tr("Une autre ligne a déjà ce mois et cette nature."))
            return
        self.replace_entries([entry if r is old else r for r in self.model.rows], entry)

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is not None:
            self.replace_entries([r for r in self.model.rows if r is not old], None)
