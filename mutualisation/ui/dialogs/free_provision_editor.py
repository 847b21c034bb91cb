"""A site's, item's or category's free provision to a beneficiary (R17), edited as a list in its form.

While provided free, the resource's part is still computed, but shown *pour mémoire* and not
billed. Stretches open and close with billing periods, checked as typed. Nothing is saved
here: the resource's form saves the list with the resource.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.editing.resource_clauses import Beneficiary, FreeProvisionEntry, free_provisions_problem
from ..models.table_model import date_column, text_column
from ..models.table_model import RowTableModel
from ..widgets.fields import ChoiceField, DateField
from .form_dialog import hint_label
from .list_editor import ListEditor


class FreeProvisionTableModel(RowTableModel[FreeProvisionEntry]):
    def __init__(self, beneficiary_name, amendment_name, parent=None) -> None:
        super().__init__(parent=parent)
        self.columns = (
            text_column(QT_TRANSLATE_NOOP("FreeProvisionTableModel", "Bénéficiaire"), beneficiary_name),
            date_column(QT_TRANSLATE_NOOP("FreeProvisionTableModel", "Du"), lambda e: e.start),
            date_column(QT_TRANSLATE_NOOP("FreeProvisionTableModel", "Au"), lambda e: e.end),
            text_column(QT_TRANSLATE_NOOP("FreeProvisionTableModel", "Avenant"), amendment_name),
        )


class FreeProvisionEditor(ListEditor):
    """The stretches provided free, by start, and a form to add, correct or remove one."""

    def __init__(self, beneficiaries: list[Beneficiary], amendments, parent=None) -> None:
        self.beneficiaries = beneficiaries
        # The choice's value is the pair's position: a beneficiary may be in several conventions.
        pairs = {(b.convention_id, b.party_id): i for i, b in enumerate(beneficiaries)}
        amendment_names = {ident: label for label, ident in amendments}

        def beneficiary_name(entry: FreeProvisionEntry) -> str:
            index = pairs.get((entry.convention_id, entry.party_id))
            return beneficiaries[index].label if index is not None else ""

        super().__init__(
            FreeProvisionTableModel(beneficiary_name, lambda e: amendment_names.get(e.amendment_id, "")), 90, parent
        )
        self.pairs = pairs
        self.beneficiary_field = ChoiceField([(b.label, i) for i, b in enumerate(beneficiaries)], required=True)
        if beneficiaries:
            self.beneficiary_field.set_value(0)  # most conventions have one beneficiary
        self.start_field = DateField(required=True)
        self.end_field = DateField()
        self.end_field.set_not_before(self.start_field, self.tr("La fin ne peut pas précéder le début."))
        self.amendment_field = ChoiceField(amendments, empty_text=self.tr("Aucun"))
        if not beneficiaries:
            text = self.tr("Aucune convention n'a de bénéficiaire : créez d'abord la convention (page Convention).")
        else:
            text = self.tr(
                "Fourni à titre gratuit : sa part est calculée comme d'habitude, montrée pour mémoire et non "
                "facturée. Du premier jour d'une période de facturation au dernier jour d'une période "
                "(sans fin : jusqu'à nouvel ordre)."
            )
        self.rows = self.lay_out(
            [(self.tr("Bénéficiaire"), self.beneficiary_field), (self.tr("Du"), self.start_field),
             (self.tr("Au (inclus)"), self.end_field), (self.tr("Avenant"), self.amendment_field)],
            self.tr("Ajouter cette mise à disposition"), self.tr("Corriger la ligne choisie"),
            self.tr("Retirer la ligne choisie"), hint_label(text, self),
        )  # fmt: skip
        self.setEnabled(bool(beneficiaries))

    def entries(self) -> list[FreeProvisionEntry]:
        return list(self.model.rows)

    def set_entries(self, entries) -> None:
        self.model.set_rows(sorted(entries, key=lambda e: (e.start, self.pairs.get((e.convention_id, e.party_id), 0))))
        self.update_buttons()

    def problem(self) -> str:
        """Why the list cannot be saved ("" when it can)."""
        return free_provisions_problem(self.entries(), self.beneficiaries)

    def form_entry(self, base: FreeProvisionEntry | None = None) -> FreeProvisionEntry:
        beneficiary = self.beneficiaries[self.beneficiary_field.value()]
        return FreeProvisionEntry(
            beneficiary.convention_id, beneficiary.party_id, self.start_field.value(), self.end_field.value(),
            self.amendment_field.value(), base.id if base else None,
        )  # fmt: skip

    def form_valid(self) -> bool:
        fields = (self.beneficiary_field, self.start_field, self.end_field, self.amendment_field)
        return (all(f.is_valid() for f in fields) and self.beneficiary_field.value() is not None
                and self.start_field.value() is not None)  # fmt: skip

    def show_in_form(self, entry: FreeProvisionEntry) -> None:
        self.beneficiary_field.set_value(self.pairs.get((entry.convention_id, entry.party_id)))
        self.start_field.set_value(entry.start)
        self.end_field.set_value(entry.end)
        self.amendment_field.set_value(entry.amendment_id)

    def replace_entries(self, entries: list[FreeProvisionEntry], current: FreeProvisionEntry | None) -> None:
        # A stretch that breaks the rules is refused here, with its reason, and the list stays as it was.
        problem = free_provisions_problem(entries, self.beneficiaries)
        if problem:
            self.show_message(problem)
            return
        super().replace_entries(entries, current)
