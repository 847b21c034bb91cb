"""Dépenses: bills and recurring charges."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ...services import registers
from ..models.expenses import BillTableModel, RecurringChargeTableModel
from ..widgets.register_table import RegisterTable
from .base import Page


class ExpensesPage(Page):
    """Shared expenses: bills and recurring charges."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
            self.tr("Dépenses"),
            self.tr(
                "Factures et charges récurrentes partagées, chacune rattachée à un site, un matériel "
                "ou une catégorie de dépenses dont elle suit la clé de répartition."
            ),
            parent,
        )
        self.bills_table = RegisterTable(
            BillTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer par fournisseur, libellé, date, montant…"),
            empty_text=self.tr("Aucune facture n'est enregistrée."),
            flex_column=BillTableModel.LABEL,
            total_column=BillTableModel.AMOUNT,
        )
        self.charges_table = RegisterTable(
            RecurringChargeTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les charges…"),
            empty_text=self.tr("Aucune charge récurrente n'est enregistrée."),
            flex_column=RecurringChargeTableModel.LABEL,
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.bills_table, self.tr("Factures"))
        self.tabs.addTab(self.charges_table, self.tr("Charges récurrentes"))
        self.content.addWidget(self.tabs, 1)

    def load(self, session) -> None:
        self.bills_table.set_rows(registers.bills(session))
        self.charges_table.set_rows(registers.recurring_charges(session))
