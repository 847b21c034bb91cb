"""A person's absences (from, to, kind) edited as a list in the person's form (R15).

Whether a kind of absence is billed is the convention's (sick leave and work accidents
stay with the provider unless it says otherwise): here the manager only records them.
Nothing is saved here; the person's form saves the list with the person.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.editing.absences import kind_choices, AbsenceEntry
from ..models.table_model import RowTableModel, date_column, text_column
from ..widgets.fields import ChoiceField, DateField, TextField
from .form_dialog import hint_label
from .list_editor import ListEditor


class AbsenceTableModel(RowTableModel[AbsenceEntry]):
    def __init__(self, parent=None) -> None:
        super().__init__(parent=parent)
        self.columns = (
            date_column(QT_TRANSLATE_NOOP("AbsenceTableModel", "Du"), lambda a: a.start),
            date_column(QT_TRANSLATE_NOOP("AbsenceTableModel", "Au"), lambda a: a.end),
            text_column(QT_TRANSLATE_NOOP("AbsenceTableModel", "Nature"), lambda a: a.kind_word),
            text_column(QT_TRANSLATE_NOOP("AbsenceTableModel", "Note"), lambda a: a.note),
        )


class AbsenceEditor(ListEditor):
    """The absences, sorted by start, and a form to add, correct or remove one."""

    def __init__(self, parent=None) -> None:
        super().__init__(AbsenceTableModel(), 110, parent)
        self.start_field = DateField(required=True)
        self.end_field = DateField(required=True)
        self.end_field.set_not_before(self.start_field, self.tr("La fin ne peut pas précéder le début."))
        self.kind_field = ChoiceField(kind_choices(), required=True)
        self.note_field = TextField()
        self.hint = hint_label(
            self.tr("Les deux jours sont compris. La convention dit quelles absences restent à la charge "
                    "du prestataire (onglet « Clauses financières » de la convention)."),  # fmt: skip
            self,
        )
        self.rows = self.lay_out(
            [(self.tr("Du"), self.start_field), (self.tr("Au"), self.end_field),
             (self.tr("Nature"), self.kind_field), (self.tr("Note"), self.note_field)],
            self.tr("Ajouter cette absence"), self.tr("Corriger la ligne choisie"),
            self.tr("Retirer la ligne choisie"), self.hint,
        )  # fmt: skip

    def entries(self) -> list[AbsenceEntry]:
        return list(self.model.rows)

    def set_entries(self, entries) -> None:
        self.model.set_rows(sorted(entries, key=lambda a: a.start))
        self.update_buttons()

    def form_entry(self, base: AbsenceEntry | None = None) -> AbsenceEntry:
        return AbsenceEntry(self.start_field.value(), self.end_field.value(), self.kind_field.value(),
                            self.note_field.text().strip(), base.id if base else None)  # fmt: skip

    def form_valid(self) -> bool:
        fields = (self.start_field, self.end_field, self.kind_field)
        return all(f.is_valid() for f in fields) and None not in (
            self.start_field.value(), self.end_field.value(), self.kind_field.value()
        )

    def show_in_form(self, entry: AbsenceEntry) -> None:
        self.start_field.set_value(entry.start)
        self.end_field.set_value(entry.end)
        self.kind_field.set_value(entry.kind)
        self.note_field.setText(entry.note)
