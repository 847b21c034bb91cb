"""Locaux: sites and the exclusive floor area of each party."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...services import registers
from ..models.premises import SiteTableModel, SurfaceTableModel
from ..widgets.register_table import RegisterTable
from .base import Page


def _section(title: str, table: RegisterTable, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    label = QLabel(title, box)
    label.setObjectName("sectionTitle")
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 6, 0, 0)
    layout.addWidget(label)
    layout.addWidget(table, 1)
    return box


class PremisesPage(Page):
    """Sites whose costs are shared by floor area."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
            self.tr("Locaux"),
            self.tr(
                "Sites partagés et surface exclusive de chaque partie ; les charges d'un site sont "
                "réparties au prorata de ces surfaces."
            ),
            parent,
        )
        self.sites_table = RegisterTable(
            SiteTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les sites…"),
            empty_text=self.tr("Aucun site n'est enregistré."),
            flex_column=SiteTableModel.ADDRESS,
        )
        self.surfaces_table = RegisterTable(
            SurfaceTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les surfaces…"),
            empty_text=self.tr("Aucune surface n'est enregistrée."),
            flex_column=SurfaceTableModel.PARTY,
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_section(self.tr("Sites"), self.sites_table, splitter))
        splitter.addWidget(
            _section(self.tr("Surfaces exclusives par partie, datées"), self.surfaces_table, splitter)
        )
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.content.addWidget(splitter, 1)

    def load(self, session) -> None:
        self.sites_table.set_rows(registers.sites(session))
        self.surfaces_table.set_rows(registers.site_surfaces(session))
