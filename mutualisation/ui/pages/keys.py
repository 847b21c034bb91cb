"""Clés et relevés: allocation keys, expense categories, own headcount, meter readings, editable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QPushButton, QTabWidget

from ...services import registers
from ...services.editing import categories, history, keys, readings
from ...services.workspace import Unit
from ...domain.periods import Period
from .. import formatting
from ..dialogs.category_dialog import CategoryDialog
from ..dialogs.headcount_dialog import HeadcountDialog
from ..dialogs.key_dialog import KeyDialog
from ..dialogs.meter_dialog import MeterDialog
from ..dialogs.planned_use_grid import PlannedUseDialog
from ..dialogs.readings_grid import ReadingsGridDialog
from ..models.keys import (
    AllocationKeyTableModel,
    CategoryTableModel,
    HeadcountTableModel,
    MeterReadingTableModel,
)
from ..widgets.register_table import RegisterTable
from .base import EditBar, Page, delete_record, open_form, register_panel, select_record


class KeysPage(Page):
    """How costs are split, and the figures the keys are computed from."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Clés et relevés"),
            self.tr(
                "Clés de répartition, clé de chaque catégorie de dépenses, effectifs des parties hors "
                "registre du personnel et relevés de compteurs par période."
            ),
            parent,
        )
        self.keys_table = RegisterTable(
            AllocationKeyTableModel(), self, filter_placeholder=self.tr("Filtrer les clés…"),
            empty_text=self.tr("Aucune clé de répartition n'est enregistrée."),
        )  # fmt: skip
        self.categories_table = RegisterTable(
            CategoryTableModel(), self, filter_placeholder=self.tr("Filtrer les catégories…"),
            empty_text=self.tr("Aucune catégorie de dépenses n'est enregistrée."),
            flex_column=CategoryTableModel.NAME,
        )  # fmt: skip
        self.headcount_table = RegisterTable(
            HeadcountTableModel(), self, filter_placeholder=self.tr("Filtrer les effectifs…"),
            empty_text=self.tr("Aucun effectif propre n'est enregistré."),
            flex_column=HeadcountTableModel.PARTY,
        )  # fmt: skip
        self.readings_table = RegisterTable(
            MeterReadingTableModel(), self, filter_placeholder=self.tr("Filtrer par compteur, partie, période…"),
            empty_text=self.tr("Aucun relevé de compteur n'est enregistré. « Saisir les relevés… » pour commencer."),
            flex_column=MeterReadingTableModel.PARTY,
        )  # fmt: skip
        self.keys_bar = EditBar(self.keys_table, self, add_text=self.tr("Nouvelle clé…"))
        self.keys_bar.add_requested.connect(lambda: self.open_key(None))
        self.keys_bar.edit_requested.connect(lambda row: self.open_key(row.id))
        self.keys_bar.delete_requested.connect(self.on_key_delete_requested)
        self.categories_bar = EditBar(self.categories_table, self, add_text=self.tr("Nouvelle catégorie…"))
        self.categories_bar.add_requested.connect(lambda: self.open_category(None))
        self.categories_bar.edit_requested.connect(lambda row: self.open_category(row.id))
        self.categories_bar.delete_requested.connect(self.on_category_delete_requested)
        self.headcount_bar = EditBar(self.headcount_table, self, add_text=self.tr("Effectifs d'une partie…"))
        self.headcount_bar.add_requested.connect(lambda: self.open_headcount(None))
        self.headcount_bar.edit_requested.connect(lambda row: self.open_headcount(self._party_ids.get(row.party)))
        self.headcount_bar.delete_requested.connect(self.on_headcount_delete_requested)
        self.readings_bar = EditBar(self.readings_table, self, add_text=self.tr("Saisir les relevés…"))
        self.readings_bar.edit_button.setText(self.tr("Ouvrir la grille…"))
        self.readings_bar.add_requested.connect(lambda: self.open_readings(None, None))
        self.readings_bar.edit_requested.connect(
            lambda row: self.open_readings(self._meter_ids.get(row.meter), row.period_start.year)
        )
        self.readings_bar.delete_requested.connect(self.on_reading_delete_requested)
        self.meter_button = self.readings_bar.add_button_widget(QPushButton(self.tr("Modifier le compteur…"), self))
        self.meter_button.clicked.connect(self.on_meter_edit_clicked)
        self.readings_table.current_row_changed.connect(lambda row: self.meter_button.setEnabled(row is not None))
        self.meter_button.setEnabled(False)
        # Planned use (a forecast's readings) sits with the readings, where a manager looks for it.
        self.planned_button = self.readings_bar.add_button_widget(QPushButton(self.tr("Prévisions…"), self))
        self.planned_button.setToolTip(self.tr("Utilisation prévue de chaque compteur pour une année, "
                                               "pour le prévisionnel et les appels de fonds"))
        self.planned_button.clicked.connect(lambda: self.open_planned_use(None, None))

        self.tabs = QTabWidget(self)
        self.tabs.addTab(register_panel(self.keys_table, self.keys_bar, self), self.tr("Clés de répartition"))
        self.tabs.addTab(register_panel(self.categories_table, self.categories_bar, self),
                         self.tr("Catégories de dépenses"))  # fmt: skip
        self.tabs.addTab(register_panel(self.headcount_table, self.headcount_bar, self), self.tr("Effectifs propres"))
        self.tabs.addTab(register_panel(self.readings_table, self.readings_bar, self), self.tr("Relevés de compteurs"))
        self.content.addWidget(self.tabs, 1)
        self._party_ids: dict[str, int] = {}
        self._meter_ids: dict[str, int] = {}
        self.grid_dialog: ReadingsGridDialog | None = None
        self.planned_dialog: PlannedUseDialog | None = None

    def load(self, run: Unit) -> None:
        self._party_ids = {p.name: p.id for p in run(registers.parties)}
        self._meter_ids = {m.name: m.id for m in run(registers.meters)}
        self.keys_table.set_rows(run(registers.allocation_keys))
        self.categories_table.set_rows(run(registers.categories))
        self.headcount_table.set_rows(run(registers.own_headcount))
        self.readings_table.set_rows(run(registers.meter_readings))

    def show_record(self, item_kind: str, item_id: int) -> None:
        self.ensure_loaded()
        if item_kind == "key":
            self.tabs.setCurrentIndex(0)
            select_record(self.keys_table, item_id)
        elif item_kind == "category":
            self.tabs.setCurrentIndex(1)
            select_record(self.categories_table, item_id)
        elif item_kind == "meter":
            self.tabs.setCurrentIndex(3)
            self.open_readings(item_id, None)
        elif item_kind == "planned_use":
            self.tabs.setCurrentIndex(3)
            self.open_planned_use(None, item_id)

    def show_entry(self, place: str, item_id: int, day) -> None:
        """Missing readings open the meter's grid on the period; missing planned use, the
        year's Prévisions on the meter."""
        if place == "key":  # a key giving everything to a party outside the convention
            self.show_record(place, item_id)
            self.open_key(item_id)
            return
        if place == "category":  # a category without a key in force
            self.show_record(place, item_id)
            self.open_category(item_id)
            return
        if place == "headcount":  # a headcount key finds no one: the parties' own headcount
            self.ensure_loaded()
            self.tabs.setCurrentIndex(2)
            self.open_headcount(None)
            return
        if place not in ("readings", "planned_use"):
            self.show_record(place, item_id)
            return
        self.ensure_loaded()
        self.tabs.setCurrentIndex(3)
        year = day.year if day is not None else None
        if place == "planned_use":
            self.open_planned_use(year, item_id)
        else:
            self.open_readings(item_id, year).select_day(day)

    def after_change(self, *_args) -> None:
        self.refresh()
        self.records_changed.emit()

    # -- keys and categories ---------------------------------------------------------------------

    def open_key(self, key_id: int | None) -> None:
        open_form(self, KeyDialog(self.workspace, key_id, parent=self), self.keys_table)

    def on_key_delete_requested(self, row) -> None:
        delete_record(
            self, self.tr("Supprimer la clé « {name} » ?").format(name=row.name),
            lambda run: run(keys.delete_key, row.id),
        )  # fmt: skip

    def open_category(self, category_id: int | None) -> None:
        open_form(self, CategoryDialog(self.workspace, category_id, parent=self), self.categories_table)

    def on_category_delete_requested(self, row) -> None:
        delete_record(
            self, self.tr("Supprimer la catégorie « {name} » et l'historique de sa clé ?").format(name=row.name),
            lambda run: run(categories.delete_category, row.id),
        )  # fmt: skip

    # -- own headcount ---------------------------------------------------------------------------

    def open_headcount(self, party_id: int | None) -> None:
        open_form(self, HeadcountDialog(self.workspace, party_id, parent=self))

    def on_headcount_delete_requested(self, row) -> None:
        delete_record(
            self,
            self.tr("Supprimer l'effectif de {party} à partir du {day} ?").format(
                party=row.party, day=formatting.date(row.effective_date)
            ),
            lambda run: run(history.delete_entry, "headcount", row.id),
        )

    # -- meter readings --------------------------------------------------------------------------

    def open_readings(self, meter_id: int | None, year: int | None) -> ReadingsGridDialog:
        if year is None:
            latest = max((row.period_start for row in self.readings_table.model.rows), default=dt.date.today())
            year = latest.year
        self.grid_dialog = ReadingsGridDialog(self.workspace, meter_id, year, self)
        self.grid_dialog.readings_changed.connect(self.after_change)
        self.grid_dialog.open()
        return self.grid_dialog

    def open_planned_use(self, year: int | None, meter_id: int | None) -> PlannedUseDialog:
        """The planned use of ``year`` (this year by default), on ``meter_id``'s row if given."""
        self.planned_dialog = PlannedUseDialog(self.workspace, year or dt.date.today().year, meter_id, self)
        self.planned_dialog.planned_use_changed.connect(self.after_change)
        self.planned_dialog.open()
        return self.planned_dialog

    def on_reading_delete_requested(self, row) -> None:
        meter_id, party_id = self._meter_ids.get(row.meter), self._party_ids.get(row.party)
        delete_record(
            self,
            self.tr("Supprimer le relevé {meter} de {party} du {start} au {end} ?").format(
                meter=row.meter, party=row.party, start=formatting.date(row.period_start),
                end=formatting.date(row.period_end),
            ),  # fmt: skip
            lambda run: run(
                readings.set_readings, meter_id, [readings.ReadingChange(Period(row.period_start, row.period_end), party_id, None)]
            ),
        )

    def on_meter_edit_clicked(self) -> None:
        row = self.readings_table.current_row()
        meter_id = self._meter_ids.get(row.meter) if row is not None else None
        if meter_id is not None:
            self.meter_dialog = MeterDialog(self.workspace, meter_id, parent=self)
            self.meter_dialog.saved.connect(self.after_change)
            self.meter_dialog.open()
