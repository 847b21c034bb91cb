"""The payroll of a year typed or pasted as a month × person grid, saved cell by cell."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel

from ...services.editing import payroll
from ..models.payroll_grid import VIEWS, PayrollGridModel
from ..widgets.fields import ChoiceField
from .grid_dialog import GridDialog


class PayrollGridDialog(GridDialog):
    """Monthly payroll of everyone employed during a year; each edit is saved at once."""

    #: Payroll amounts were recorded.
    payroll_changed = Signal()

    def __init__(self, workspace, year: int | None = None, parent=None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Saisie de la paie"))
        self.year = self.year_box(year)
        self.part = ChoiceField(
            [(QCoreApplication.translate("PayrollGridModel", text), key) for key, text in VIEWS.items()], parent=self
        )
        self.part.set_value("gross_salary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année"), self))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Montant saisi"), self))
        top.addWidget(self.part)
        top.addStretch(1)
        hint = self.tr(
            "Montants en euros (1 234,56). Entrée descend, Tab passe à droite, Suppr efface ; "
            "Ctrl+V colle un bloc copié d'un tableur. Les cases grisées sont des mois sans "
            "emploi. Chaque saisie est enregistrée aussitôt."
        )
        self.set_grid(PayrollGridModel(self), top, hint, self.tr("Fermer"))

        self.year.valueChanged.connect(self.reload)
        self.part.currentIndexChanged.connect(self.reload)
        self.reload()
        self.resize(1000, 560)

    def reload(self, *_args) -> None:
        with self.workspace.reading() as run:
            data = run(payroll.payroll_year, self.year.value())
        self.model.show(data, self.part.value())
        self.message.hide()

    def select_cell(self, staff_id: int, month) -> None:
        """Put the cursor on ``staff_id``'s ``month`` (a date in the grid's year), ready to type."""
        people = self.model.year_data.people if self.model.year_data else ()
        column = next((c for c, person in enumerate(people) if person.id == staff_id), None)
        if column is not None and month.year == self.year.value():
            self.grid.move_to(month.month - 1, column)
            self.grid.setFocus()

    def store(self, cells) -> None:
        with self.workspace.writing() as run:
            run(payroll.set_payroll, self.model.changes(cells))

    def on_model_cells_saved(self) -> None:
        super().on_model_cells_saved()
        self.payroll_changed.emit()
