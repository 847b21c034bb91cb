"""Personnel: the staff register and monthly payroll."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ...services import registers
from ..models.staff import PayrollTableModel, StaffTableModel
from ..widgets.register_table import RegisterTable
from .base import Page


class StaffPage(Page):
    """Staff made available and what they cost each month."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
            self.tr("Personnel"),
            self.tr(
                "Agents du prestataire dont le temps de travail peut être mis à disposition, avec le "
                "temps de travail et les quotités en vigueur aujourd'hui, et leur coût mensuel."
            ),
            parent,
        )
        self.staff_table = RegisterTable(
            StaffTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les agents…"),
            empty_text=self.tr("Aucun agent n'est enregistré."),
        )
        self.payroll_table = RegisterTable(
            PayrollTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer par personne, mois, montant…"),
            empty_text=self.tr("Aucun coût de paie n'est enregistré."),
            total_column=PayrollTableModel.TOTAL,
            flex_column=PayrollTableModel.PERSON,
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.staff_table, self.tr("Agents"))
        self.tabs.addTab(self.payroll_table, self.tr("Paie mensuelle"))
        self.content.addWidget(self.tabs, 1)

    def load(self, session) -> None:
        self.staff_table.set_rows(registers.staff(session))
        self.payroll_table.set_rows(registers.payroll(session))
