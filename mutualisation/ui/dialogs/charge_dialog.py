"""A recurring charge: rent, lease or subscription, an amount per month, quarter or year."""

from __future__ import annotations


from ...services.editing import charges, resource_clauses
from ...services.workspace import Unit
from .. import formatting
from ..widgets.fields import ChoiceField, DateField, MoneyField, PercentField, TextField
from . import choices
from .attachment_picker import AttachmentPicker
from .form_dialog import FormDialog
from .history_editor import HistoryEditor


class ChargeDialog(FormDialog):
    """Create or correct a recurring charge."""

    def __init__(self, workspace, charge_id: int | None = None, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Nouvelle charge récurrente") if charge_id is None else self.tr("Modifier la charge récurrente"),
            parent,
        )
        self.charge_id = charge_id
        with workspace.reading() as run:
            values = run(charges.load_charge, charge_id) if charge_id is not None else None
            self.attachment = AttachmentPicker(
                choices.sites(run), choices.equipment(run), choices.categories(run), self
            )
            amendments = choices.amendments(run)
            amounts = run(resource_clauses.load_charge_amounts, charge_id) if charge_id is not None else []
            revaluation = run(resource_clauses.load_revaluation, charge_id) if charge_id is not None else None
        self.version = values.version if values else None
        self.label = TextField(required=True, placeholder=self.tr("Loyer des bureaux"))
        self.amount = MoneyField(required=True)
        self.frequency = ChoiceField(choices.charge_frequencies(), required=True)
        self.frequency.set_value("month")
        self.start = DateField(required=True)
        self.end = DateField()
        self.end.set_not_before(self.start, self.tr("La fin ne peut pas précéder le début."))
        self.add_field(self.tr("Libellé"), self.label)
        self.add_field(self.tr("Montant"), self.amount)
        self.add_field(self.tr("Périodicité"), self.frequency)
        self.add_field(self.tr("Début"), self.start)
        self.add_field(self.tr("Fin"), self.end).setToolTip(
            self.tr("Laisser vide tant que la charge court ; un nouveau montant s'ajoute dans « Montants "
                    "suivants », à partir de sa date")  # fmt: skip
        )
        self.add_field(self.tr("Rattachement"), self.attachment)
        # R16: a yearly revaluation on each anniversary of the reference date, and later amounts.
        self.revaluation_rate = PercentField()
        self.revaluation_date = DateField()
        self.add_field(self.tr("Revalorisation annuelle"), self.revaluation_rate).setToolTip(
            self.tr("Laisser vide sans revalorisation ; le taux s'applique à chaque anniversaire de la date "
                    "de référence")  # fmt: skip
        )
        self.add_field(self.tr("Date de référence"), self.revaluation_date)
        self.amounts = HistoryEditor(self.tr("Montant"), MoneyField(required=True), formatting.money,
                                     amendments=amendments, parent=self)  # fmt: skip
        self.amounts.set_entries(amounts)
        self.add_section(self.tr("Montants suivants (remplacent le montant à partir de leur date)"), self.amounts)
        # The amendment that set the revaluation stays cited while its terms are kept.
        self.revaluation_amendment = revaluation.amendment_id if revaluation is not None else None
        if revaluation is not None:
            self.revaluation_rate.set_value(revaluation.rate)
            self.revaluation_date.set_value(revaluation.reference_date)
        for edit in (self.revaluation_rate, self.revaluation_date.edit):
            edit.textChanged.connect(self.revalidate)
        if values is not None:
            self.label.setText(values.label)
            self.amount.set_value(values.amount)
            self.frequency.set_value(values.frequency)
            self.start.set_value(values.start_date)
            self.end.set_value(values.end_date)
            self.attachment.set_value(values.site_id, values.equipment_id, values.category_id)
        self.finish(self.revaluation_problem)
        self.resize(620, 640)

    def revaluation_problem(self) -> str:
        if (self.revaluation_rate.value() is None) != (self.revaluation_date.value() is None):
            return self.tr("Revalorisation : indiquez le taux et la date de référence, ou ni l'un ni l'autre.")
        return ""

    def store(self, run: Unit) -> int:
        site_id, equipment_id, category_id = self.attachment.value()
        values = charges.ChargeValues(
            self.label.value(), self.amount.value(), self.frequency.value(), self.start.value(),
            self.end.value(), site_id, equipment_id, category_id, self.version,
        )  # fmt: skip
        charge_id = run(charges.save_charge, self.charge_id, values)
        rate, reference = self.revaluation_rate.value(), self.revaluation_date.value()
        revaluation = resource_clauses.Revaluation(rate, reference, self.revaluation_amendment) if rate is not None else None
        run(resource_clauses.save_charge_clauses, charge_id, self.amounts.entries(), revaluation)
        return charge_id
