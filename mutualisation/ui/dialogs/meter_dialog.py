"""A meter: what is counted per party and billing period (km, copies, hours…)."""

from __future__ import annotations


from ...services.editing import keys, resource_clauses
from ...services.workspace import Unit
from .. import formatting
from ..widgets.fields import ChoiceField, DecimalField, TextField
from . import choices
from .form_dialog import FormDialog
from .history_editor import HistoryEditor


class MeterDialog(FormDialog):
    """Create or correct a meter."""

    def __init__(self, workspace, meter_id: int | None = None, parent=None) -> None:
        super().__init__(
            workspace, self.tr("Nouveau compteur") if meter_id is None else self.tr("Modifier le compteur"), parent
        )
        self.meter_id = meter_id
        with workspace.reading() as run:
            values = run(keys.load_meter, meter_id) if meter_id is not None else None
            items = choices.equipment(run)
            amendments = choices.amendments(run)
            prices = run(resource_clauses.load_meter_prices, meter_id) if meter_id is not None else []
        self.version = values.version if values else None
        self.name = TextField(required=True, placeholder=self.tr("Kilométrage véhicule"))
        self.unit = TextField(required=True, placeholder=self.tr("km, copies, heures…"))
        self.equipment = ChoiceField(items, empty_text=self.tr("Aucun"))
        self.add_field(self.tr("Nom"), self.name)
        self.add_field(self.tr("Unité"), self.unit)
        self.add_field(self.tr("Matériel compté"), self.equipment)
        if values is not None:
            self.name.setText(values.name)
            self.unit.setText(values.unit)
            self.equipment.set_value(values.equipment_id)
        # A priced meter bills units × price (R12) instead of sharing a cost by a key.
        self.prices = HistoryEditor(
            self.tr("Prix par unité (€)"), DecimalField(places=6, required=True), lambda v: formatting.number(v, 6),
            amendments=amendments, parent=self,
        )  # fmt: skip
        self.prices.set_entries(prices)
        self.add_section(self.tr("Prix unitaire (facultatif : unités × prix)"), self.prices)
        self.finish()
        self.resize(620, 480)

    def store(self, run: Unit) -> int:
        values = keys.MeterValues(self.name.value(), self.unit.value(), self.equipment.value(), self.version)
        meter_id = run(keys.save_meter, self.meter_id, values)
        run(resource_clauses.save_meter_prices, meter_id, self.prices.entries())
        return meter_id
