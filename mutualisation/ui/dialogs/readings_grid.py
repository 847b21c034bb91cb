"""Meter readings of a year typed or pasted as a grid: billing periods × parties."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from ...services.editing import readings
from ..models.readings_grid import ReadingsGridModel
from ..widgets.fields import ChoiceField
from . import choices
from .grid_dialog import GridDialog
from .planned_use_grid import PlannedUseDialog


class ReadingsGridDialog(GridDialog):
    """The readings of one meter, one row per billing period; each edit is saved at once."""

    #: Readings were recorded.
    readings_changed = Signal()

    def __init__(self, workspace, meter_id: int | None = None, year: int | None = None, parent=None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Saisie des relevés de compteurs"))
        self.meter = ChoiceField(parent=self)
        self.meter.setMinimumContentsLength(28)
        self.new_meter_button = QPushButton(self.tr("Nouveau compteur…"), self)
        self.new_meter_button.clicked.connect(self.on_new_meter_clicked)
        self.year = self.year_box(year)
        self.unit_label = QLabel(self)
        self.planned_button = QPushButton(self.tr("Prévisions de l'année…"), self)
        self.planned_button.setToolTip(self.tr("Utilisation prévue de chaque compteur pour l'année choisie, "
                                               "pour le prévisionnel et les appels de fonds"))
        self.planned_button.clicked.connect(self.on_planned_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compteur"), self))
        top.addWidget(self.meter, 1)
        top.addWidget(self.new_meter_button)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Année"), self))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.unit_label, 1)
        top.addWidget(self.planned_button)
        hint = self.tr(
            "Quantité utilisée par chaque partie sur chaque période (1 100 ou 2,5). Entrée descend, "
            "Tab passe à droite, Suppr efface ; Ctrl+V colle un bloc copié d'un tableur. Chaque "
            "saisie est enregistrée aussitôt."
        )
        self.set_grid(ReadingsGridModel(self), top, hint, self.tr("Fermer"))

        self.load_meters(meter_id)
        self.meter.currentIndexChanged.connect(self.reload)
        self.year.valueChanged.connect(self.reload)
        self.reload()
        self.resize(820, 420)

    def load_meters(self, selected: int | None = None) -> None:
        with self.workspace.reading() as run:
            meters = choices.meters(run)
        self.meter.blockSignals(True)
        self.meter.set_choices(meters)
        self.meter.set_value(selected if selected is not None else (meters[0][1] if meters else None))
        self.meter.blockSignals(False)

    def reload(self, *_args) -> None:
        meter_id = self.meter.value()
        self.message.hide()
        if meter_id is None:
            self.grid.setEnabled(False)
            self.unit_label.setText(self.tr("Aucun compteur : créez-en un."))
            return
        with self.workspace.reading() as run:
            data = run(readings.readings_year, meter_id, self.year.value())
        self.grid.setEnabled(True)
        self.unit_label.setText(self.tr("Unité : {unit}").format(unit=data.unit))
        self.model.show(data)

    def select_day(self, day) -> None:
        """Put the cursor on the period containing ``day`` (in the grid's year), first party."""
        data = self.model.year_data
        if day is None or data is None or not self.grid.isEnabled():
            return
        row = next((r for r, period in enumerate(data.periods) if day in period), None)
        if row is not None:
            self.grid.move_to(row, 0)
            self.grid.setFocus()

    def store(self, cells) -> None:
        with self.workspace.writing() as run:
            run(readings.set_readings, self.model.year_data.meter_id, self.model.changes(cells))

    def on_new_meter_clicked(self) -> None:
        from .meter_dialog import MeterDialog

        self.meter_dialog = MeterDialog(self.workspace, parent=self)
        self.meter_dialog.saved.connect(self.on_meter_saved)
        self.meter_dialog.open()

    def on_meter_saved(self, meter_id: int) -> None:
        self.load_meters(meter_id)
        self.reload()
        self.readings_changed.emit()

    def on_planned_clicked(self) -> None:
        self.planned_dialog = PlannedUseDialog(self.workspace, self.year.value(), self.meter.value(), self)
        self.planned_dialog.planned_use_changed.connect(self.readings_changed)
        self.planned_dialog.open()

    def on_model_cells_saved(self) -> None:
        super().on_model_cells_saved()
        self.readings_changed.emit()
