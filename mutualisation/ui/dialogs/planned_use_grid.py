"""Prévisions: each meter's planned use for a year, per party, typed or pasted as a grid.

The forecast and the advance calls bill these quantities instead of readings; a forecast
without them names the meter that lacks them, and its alert opens this dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel

from ...services.editing import planned_use
from ..models.planned_use_grid import PlannedUseGridModel
from .grid_dialog import GridDialog


class PlannedUseDialog(GridDialog):
    """The planned use of every meter for one year; each edit is saved at once."""

    #: Planned quantities were recorded.
    planned_use_changed = Signal()

    def __init__(self, workspace, year: int | None = None, meter_id: int | None = None, parent=None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Prévisions — utilisation prévue des compteurs"))
        self.year = self.year_box(year)
        self.year.setRange(planned_use.FIRST_YEAR, planned_use.LAST_YEAR)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("countLabel")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année"), self))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.empty_label, 1)
        hint = self.tr(
            "Quantité que chaque partie prévoit d'utiliser sur l'année (5 600 km, 15 500 copies…), "
            "pour le prévisionnel et les appels de fonds. Entrée descend, Tab passe à droite, Suppr "
            "efface ; Ctrl+V colle un bloc copié d'un tableur. Chaque saisie est enregistrée aussitôt."
        )
        self.set_grid(PlannedUseGridModel(self), top, hint, self.tr("Fermer"))
        self.year.valueChanged.connect(self.reload)
        self.reload()
        if meter_id is not None:
            self.select_meter(meter_id)
        self.resize(760, 360)

    def reload(self, *_args) -> None:
        self.message.hide()
        with self.workspace.reading() as run:
            data = run(planned_use.planned_use_year, self.year.value())
        self.model.show(data)
        self.grid.setEnabled(bool(data.meters))
        self.empty_label.setText("" if data.meters else self.tr("Aucun compteur : créez-en un (Clés et relevés)."))

    def select_meter(self, meter_id: int) -> None:
        """Put the cursor on ``meter_id``'s first cell, ready to type."""
        row = self.model.row_of(meter_id)
        if row is not None:
            self.grid.move_to(row, 0)
            self.grid.setFocus()

    def store(self, cells) -> None:
        with self.workspace.writing() as run:
            run(planned_use.set_planned_use, self.model.year_data.year, self.model.changes(cells))

    def on_model_cells_saved(self) -> None:
        super().on_model_cells_saved()
        self.planned_use_changed.emit()
