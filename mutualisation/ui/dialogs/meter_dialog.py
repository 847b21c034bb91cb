"""A meter: what is counted per party and billing period (km, copies, hours…)."""

from __future__ import annotations


from ...services.editing import keys
from ...services.workspace import Unit
from ..widgets.fields import ChoiceField, TextField
from . import choices
from .form_dialog import FormDialog


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
        self.finish()
        self.resize(520, 0)

    def store(self, run: Unit) -> int:
        values = keys.MeterValues(self.name.value(), self.unit.value(), self.equipment.value(), self.version)
        return run(keys.save_meter, self.meter_id, values)
