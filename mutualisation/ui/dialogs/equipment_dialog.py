"""An item of equipment: value, date in service, useful life, the dated key its costs follow and
its free provision to a beneficiary (R17)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ...services.editing import equipment, resource_clauses
from ...services.workspace import Unit
from ..widgets.fields import ChoiceField, DateField, IntegerField, MoneyField, TextField
from . import choices
from .form_dialog import FormDialog
from .free_provision_editor import FreeProvisionEditor
from .history_editor import HistoryEditor
from .staff_dialog import removal_refusal


class EquipmentDialog(FormDialog):
    """Create or correct an item and its key history."""

    def __init__(self, workspace, equipment_id: int | None = None, parent=None) -> None:
        super().__init__(
            workspace, self.tr("Nouveau matériel") if equipment_id is None else self.tr("Modifier le matériel"), parent
        )
        self.equipment_id = equipment_id
        with workspace.reading() as run:
            loaded = run(equipment.load_equipment, equipment_id) if equipment_id is not None else None
            key_choices = choices.keys(run)
            amendments = choices.amendments(run)
            beneficiaries = run(resource_clauses.free_provision_beneficiaries)
            free = (run(resource_clauses.load_free_provisions, "equipment", equipment_id)
                    if equipment_id is not None else [])  # fmt: skip
        values = loaded[0] if loaded else None
        self.version = values.version if values else None
        self.name = TextField(required=True)
        self.kind = ChoiceField(choices.equipment_kinds(), required=True)
        self.kind.set_value("other")
        self.value = MoneyField(required=True)
        self.in_service = DateField(required=True)
        self.life = IntegerField(minimum=1, maximum=100, required=True)
        self.add_field(self.tr("Désignation"), self.name)
        self.add_field(self.tr("Type"), self.kind)
        self.add_field(self.tr("Valeur d'acquisition"), self.value)
        self.add_field(self.tr("Mise en service"), self.in_service)
        self.add_field(self.tr("Durée d'amortissement (ans)"), self.life)
        key_names = {key_id: label for label, key_id in key_choices}
        self.keys = HistoryEditor(
            self.tr("Clé de répartition"), ChoiceField(key_choices, required=True), lambda k: key_names.get(k, ""),
            amendments=amendments, refusal=removal_refusal(workspace, "equipment_key"), parent=self,
        )  # fmt: skip
        self.keys.entries_changed.connect(self.revalidate)
        self.free = FreeProvisionEditor(beneficiaries, amendments, self)
        self.free.set_entries(free)
        self.free.entries_changed.connect(self.revalidate)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.keys, self.tr("Clé de répartition, datée"))
        self.tabs.addTab(self.free, self.tr("Mise à disposition gratuite"))
        self.body.addWidget(self.tabs, 1)
        if values is not None:
            self.name.setText(values.name)
            self.kind.set_value(values.kind)
            self.value.set_value(values.acquisition_value)
            self.in_service.set_value(values.in_service_date)
            self.life.setText(str(values.useful_life_years))
            self.keys.set_entries(loaded[1])
        self.in_service.edit.textChanged.connect(self.on_in_service_text_changed)
        self.finish(self.form_problem)
        self.resize(700, 600)

    def on_in_service_text_changed(self, _text: str) -> None:
        if self.in_service.value() is not None and not self.keys.entries():
            self.keys.date_field.set_value(self.in_service.value())

    def form_problem(self) -> str:
        if not self.keys.entries():
            return self.tr("Indiquez la clé de répartition que suivent les coûts de ce matériel, puis « Ajouter cette valeur ».")
        return self.free.problem()

    def store(self, run: Unit) -> int:
        values = equipment.EquipmentValues(
            self.name.value(), self.kind.value(), self.value.value(), self.in_service.value(),
            self.life.value(), self.version,
        )  # fmt: skip
        equipment_id = run(equipment.save_equipment, self.equipment_id, values, self.keys.entries())
        run(resource_clauses.save_free_provisions, "equipment", equipment_id, self.free.entries())
        return equipment_id
