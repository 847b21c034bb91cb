"""A recurring charge: rent, lease or subscription, an amount per month, quarter or year."""

from __future__ import annotations


from ...services.editing import charges
from ...services.workspace import Unit
from ..widgets.fields import ChoiceField, DateField, MoneyField, TextField
from . import choices
from .attachment_picker import AttachmentPicker
from .form_dialog import FormDialog


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
            self.tr("Laisser vide tant que la charge court ; pour un nouveau montant, terminez celle-ci "
                    "et créez-en une autre à partir de la date du changement")  # fmt: skip
        )
        self.add_field(self.tr("Rattachement"), self.attachment)
        if values is not None:
            self.label.setText(values.label)
            self.amount.set_value(values.amount)
            self.frequency.set_value(values.frequency)
            self.start.set_value(values.start_date)
            self.end.set_value(values.end_date)
            self.attachment.set_value(values.site_id, values.equipment_id, values.category_id)
        self.finish()
        self.resize(620, 0)

    def store(self, run: Unit) -> int:
        site_id, equipment_id, category_id = self.attachment.value()
        values = charges.ChargeValues(
            self.label.value(), self.amount.value(), self.frequency.value(), self.start.value(),
            self.end.value(), site_id, equipment_id, category_id, self.version,
        )  # fmt: skip
        return run(charges.save_charge, self.charge_id, values)
