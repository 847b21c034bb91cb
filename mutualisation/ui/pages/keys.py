"""Clés et relevés: allocation keys, expense categories, own headcount, meter readings."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ...services import registers
from ..models.keys import (
    AllocationKeyTableModel,
    CategoryTableModel,
    HeadcountTableModel,
    MeterReadingTableModel,
)
from ..widgets.register_table import RegisterTable
from .base import Page


class KeysPage(Page):
    """How costs are split, and the figures the keys are computed from."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
            self.tr("Clés et relevés"),
            self.tr(
                "Clés de répartition, clé de chaque catégorie de dépenses, effectifs des parties hors "
                "registre du personnel et relevés de compteurs par période."
            ),
            parent,
        )
        self.keys_table = RegisterTable(
            AllocationKeyTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les clés…"),
            empty_text=self.tr("Aucune clé de répartition n'est enregistrée."),
        )
        self.categories_table = RegisterTable(
            CategoryTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les catégories…"),
            empty_text=self.tr("Aucune catégorie de dépenses n'est enregistrée."),
            flex_column=CategoryTableModel.NAME,
        )
        self.headcount_table = RegisterTable(
            HeadcountTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les effectifs…"),
            empty_text=self.tr("Aucun effectif propre n'est enregistré."),
            flex_column=HeadcountTableModel.PARTY,
        )
        self.readings_table = RegisterTable(
            MeterReadingTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer par compteur, partie, période…"),
            empty_text=self.tr("Aucun relevé de compteur n'est enregistré."),
            flex_column=MeterReadingTableModel.PARTY,
        )
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.keys_table, self.tr("Clés de répartition"))
        self.tabs.addTab(self.categories_table, self.tr("Catégories de dépenses"))
        self.tabs.addTab(self.headcount_table, self.tr("Effectifs propres"))
        self.tabs.addTab(self.readings_table, self.tr("Relevés de compteurs"))
        self.content.addWidget(self.tabs, 1)

    def load(self, session) -> None:
        self.keys_table.set_rows(registers.allocation_keys(session))
        self.categories_table.set_rows(registers.categories(session))
        self.headcount_table.set_rows(registers.own_headcount(session))
        self.readings_table.set_rows(registers.meter_readings(session))
