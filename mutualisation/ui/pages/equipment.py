"""Matériel: the equipment register, editable."""

from __future__ import annotations

from ...services import registers
from ...services.editing import equipment
from ...services.workspace import Unit
from ..dialogs.equipment_dialog import EquipmentDialog
from ..models.equipment import EquipmentTableModel
from ..widgets.register_table import RegisterTable
from .base import EditBar, Page, delete_record, open_form, register_panel, select_record


class EquipmentPage(Page):
    """Equipment made available and depreciated."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Matériel"),
            self.tr(
                "Matériel mis à disposition : valeur d'acquisition, date de mise en service, durée "
                "d'amortissement linéaire et clé de répartition en vigueur aujourd'hui."
            ),
            parent,
        )
        self.equipment_table = RegisterTable(
            EquipmentTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer le matériel…"),
            empty_text=self.tr("Aucun matériel n'est enregistré. « Nouveau matériel… » pour commencer."),
            total_column=EquipmentTableModel.VALUE,
            flex_column=EquipmentTableModel.NAME,
        )
        self.bar = EditBar(self.equipment_table, self, add_text=self.tr("Nouveau matériel…"))
        self.bar.add_requested.connect(self.on_add_requested)
        self.bar.edit_requested.connect(self.on_edit_requested)
        self.bar.delete_requested.connect(self.on_delete_requested)
        self.content.addWidget(register_panel(self.equipment_table, self.bar, self), 1)

    def load(self, run: Unit) -> None:
        self.equipment_table.set_rows(run(registers.equipment))

    def show_record(self, item_kind: str, item_id: int) -> None:
        if item_kind == "equipment":
            self.ensure_loaded()
            select_record(self.equipment_table, item_id)

    def show_entry(self, place: str, item_id: int, day) -> None:
        self.show_record(place, item_id)
        if place == "equipment":  # its missing key is chosen in its form
            open_form(self, EquipmentDialog(self.workspace, item_id, parent=self), self.equipment_table)

    def on_add_requested(self) -> None:
        open_form(self, EquipmentDialog(self.workspace, parent=self), self.equipment_table)

    def on_edit_requested(self, row) -> None:
        open_form(self, EquipmentDialog(self.workspace, row.id, parent=self), self.equipment_table)

    def on_delete_requested(self, row) -> None:
        delete_record(
            self,
            self.tr("Supprimer « {name} » et l'historique de sa clé de répartition ?").format(name=row.name),
            lambda run: run(equipment.delete_equipment, row.id),
        )
