"""Dépenses: bills and recurring charges, editable."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ...services import registers
from ...services.editing import bills, charges
from ...services.workspace import Unit
from .. import formatting
from ..dialogs.bill_dialog import BillDialog
from ..dialogs.charge_dialog import ChargeDialog
from ..models.expenses import BillTableModel, RecurringChargeTableModel
from ..widgets.register_table import RegisterTable
from .base import EditBar, Page, delete_record, open_form, register_panel, select_record


class ExpensesPage(Page):
    """Shared expenses: bills and recurring charges."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
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
            empty_text=self.tr("Aucune facture n'est enregistrée. « Nouvelle facture… » pour commencer."),
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
        self.bills_bar = EditBar(self.bills_table, self, add_text=self.tr("Nouvelle facture…"))
        self.bills_bar.add_requested.connect(self.on_bill_add_requested)
        self.bills_bar.edit_requested.connect(self.on_bill_edit_requested)
        self.bills_bar.delete_requested.connect(self.on_bill_delete_requested)
        self.charges_bar = EditBar(self.charges_table, self, add_text=self.tr("Nouvelle charge…"))
        self.charges_bar.add_requested.connect(self.on_charge_add_requested)
        self.charges_bar.edit_requested.connect(self.on_charge_edit_requested)
        self.charges_bar.delete_requested.connect(self.on_charge_delete_requested)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(register_panel(self.bills_table, self.bills_bar, self), self.tr("Factures"))
        self.tabs.addTab(register_panel(self.charges_table, self.charges_bar, self), self.tr("Charges récurrentes"))
        self.content.addWidget(self.tabs, 1)

    def load(self, run: Unit) -> None:
        self.bills_table.set_rows(run(registers.bills))
        self.charges_table.set_rows(run(registers.recurring_charges))

    def show_record(self, item_kind: str, item_id: int) -> None:
        self.ensure_loaded()
        if item_kind == "bill":
            self.tabs.setCurrentIndex(0)
            select_record(self.bills_table, item_id)
        elif item_kind == "charge":
            self.tabs.setCurrentIndex(1)
            select_record(self.charges_table, item_id)

    def show_entry(self, place: str, item_id: int, day) -> None:
        self.show_record(place, item_id)
        if place == "bill":  # what a bill lacks (its key) is typed in its form
            open_form(self, BillDialog(self.workspace, item_id, parent=self), self.bills_table)
        elif place == "charge":
            open_form(self, ChargeDialog(self.workspace, item_id, parent=self), self.charges_table)

    # -- bills -----------------------------------------------------------------------------------

    def on_bill_add_requested(self) -> None:
        open_form(self, BillDialog(self.workspace, parent=self), self.bills_table)

    def on_bill_edit_requested(self, row) -> None:
        open_form(self, BillDialog(self.workspace, row.id, parent=self), self.bills_table)

    def on_bill_delete_requested(self, row) -> None:
        delete_record(
            self,
            self.tr("Supprimer la facture « {label} » de {supplier} du {day} ({amount}) ?").format(
                label=row.label, supplier=row.supplier, day=formatting.date(row.date),
                amount=formatting.money(row.amount),
            ),  # fmt: skip
            lambda run: run(bills.delete_bill, row.id),
        )

    # -- recurring charges -----------------------------------------------------------------------

    def on_charge_add_requested(self) -> None:
        open_form(self, ChargeDialog(self.workspace, parent=self), self.charges_table)

    def on_charge_edit_requested(self, row) -> None:
        open_form(self, ChargeDialog(self.workspace, row.id, parent=self), self.charges_table)

    def on_charge_delete_requested(self, row) -> None:
        delete_record(
            self,
            self.tr("Supprimer la charge « {label} » ?\nPour une charge qui s'arrête, indiquez plutôt sa "
                    "date de fin.").format(label=row.label),  # fmt: skip
            lambda run: run(charges.delete_charge, row.id),
        )
