"""Personnel: the staff register and monthly payroll, both editable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton, QTabWidget

from ...services import registers
from ...services.editing import payroll, staff
from ...services.workspace import Unit
from .. import formatting
from ..dialogs.payroll_grid import PayrollGridDialog
from ..dialogs.staff_dialog import StaffDialog
from ..models.staff import PayrollTableModel, StaffTableModel
from ..widgets.register_table import RegisterTable
from .base import EditBar, Page, delete_record, open_form, register_panel, select_record


class StaffPage(Page):
    """Staff made available and what they cost each month."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
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
            empty_text=self.tr("Aucun agent n'est enregistré. « Nouvel agent… » pour commencer."),
        )
        self.payroll_table = RegisterTable(
            PayrollTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer par personne, mois, montant…"),
            empty_text=self.tr("Aucun coût de paie n'est enregistré. « Saisir la paie… » pour commencer."),
            total_column=PayrollTableModel.TOTAL,
            flex_column=PayrollTableModel.PERSON,
        )
        self.staff_bar = EditBar(self.staff_table, self, add_text=self.tr("Nouvel agent…"))
        self.staff_bar.add_button_widget(QPushButton(self.tr("Saisir la paie…"), self)).clicked.connect(
            self.on_payroll_grid_clicked
        )
        self.staff_bar.add_requested.connect(self.on_staff_add_requested)
        self.staff_bar.edit_requested.connect(self.on_staff_edit_requested)
        self.staff_bar.delete_requested.connect(self.on_staff_delete_requested)
        self.payroll_bar = EditBar(self.payroll_table, self, add_text=self.tr("Saisir la paie…"))
        self.payroll_bar.edit_button.setText(self.tr("Ouvrir l'année…"))
        self.payroll_bar.delete_button.setText(self.tr("Effacer le mois"))
        self.payroll_bar.add_requested.connect(self.on_payroll_grid_clicked)
        self.payroll_bar.edit_requested.connect(self.on_payroll_edit_requested)
        self.payroll_bar.delete_requested.connect(self.on_payroll_delete_requested)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(register_panel(self.staff_table, self.staff_bar, self), self.tr("Agents"))
        self.tabs.addTab(register_panel(self.payroll_table, self.payroll_bar, self), self.tr("Paie mensuelle"))
        self.content.addWidget(self.tabs, 1)
        self.grid_dialog: PayrollGridDialog | None = None

    def load(self, run: Unit) -> None:
        self.staff_table.set_rows(run(registers.staff))
        self.payroll_table.set_rows(run(registers.payroll))

    def show_record(self, item_kind: str, item_id: int) -> None:
        if item_kind in ("staff", "planned_cost"):
            self.ensure_loaded()
            self.tabs.setCurrentIndex(0)
            select_record(self.staff_table, item_id)
        if item_kind == "planned_cost":  # a forecast lacks it: open the form where it is entered
            dialog = open_form(self, StaffDialog(self.workspace, item_id, parent=self), self.staff_table)
            dialog.tabs.setCurrentWidget(dialog.planned)

    def show_entry(self, place: str, item_id: int, day) -> None:
        if place != "payroll":
            self.show_record(place, item_id)
            if place == "staff":  # shares over 100 %: corrected in the person's form
                open_form(self, StaffDialog(self.workspace, item_id, parent=self), self.staff_table)
            return
        # A missing month of payroll: the year's grid, on that person and month, ready to type.
        self.ensure_loaded()
        self.tabs.setCurrentIndex(1)
        month = day or dt.date.today()
        self.open_payroll_grid(month.year).select_cell(item_id, month)

    # -- staff -----------------------------------------------------------------------------------

    def on_staff_add_requested(self) -> None:
        open_form(self, StaffDialog(self.workspace, parent=self), self.staff_table)

    def on_staff_edit_requested(self, row) -> None:
        open_form(self, StaffDialog(self.workspace, row.id, parent=self), self.staff_table)

    def on_staff_delete_requested(self, row) -> None:
        delete_record(
            self,
            self.tr("Supprimer {name}, avec son temps de travail, ses quotités et toute sa paie ?\n"
                    "Pour un départ, indiquez plutôt la date de sortie.").format(name=row.name),  # fmt: skip
            lambda run: run(staff.delete_staff, row.id),
        )

    # -- payroll ---------------------------------------------------------------------------------

    def open_payroll_grid(self, year: int) -> PayrollGridDialog:
        self.grid_dialog = PayrollGridDialog(self.workspace, year, self)
        self.grid_dialog.payroll_changed.connect(self.on_payroll_changed)
        self.grid_dialog.open()
        return self.grid_dialog

    def on_payroll_grid_clicked(self) -> None:
        latest = max((row.month for row in self.payroll_table.model.rows), default=dt.date.today())
        self.open_payroll_grid(latest.year)

    def on_payroll_edit_requested(self, row) -> None:
        self.open_payroll_grid(row.month.year)

    def on_payroll_changed(self) -> None:
        self.refresh()
        self.records_changed.emit()

    def on_payroll_delete_requested(self, row) -> None:
        month = formatting.month(row.month)
        delete_record(
            self,
            self.tr("Effacer la paie de {person} pour {month} ?").format(person=row.person, month=month),
            lambda run: run(
                payroll.set_payroll, [payroll.PayrollChange(row.staff_id, row.month, c, None) for c in payroll.COMPONENTS]
            ),
        )
