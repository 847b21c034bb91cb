"""Matériel: the equipment register."""

from __future__ import annotations

from ...services import registers
from ..models.equipment import EquipmentTableModel
from ..widgets.register_table import RegisterTable
from .base import Page


class EquipmentPage(Page):
    """Equipment made available and depreciated."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
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
            empty_text=self.tr("Aucun matériel n'est enregistré."),
            total_column=EquipmentTableModel.VALUE,
            flex_column=EquipmentTableModel.NAME,
        )
        self.content.addWidget(self.equipment_table, 1)

    def load(self, session) -> None:
        self.equipment_table.set_rows(registers.equipment(session))
