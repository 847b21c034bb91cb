"""Locaux: sites and the exclusive floor area of each party, editable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services import registers
from ...services.editing import history, premises
from ...services.workspace import Unit
from ..dialogs.site_dialog import SiteDialog
from ..models.premises import SiteTableModel, SurfaceTableModel
from ..widgets.register_table import RegisterTable
from ..widgets.splitter import RememberedSplitter
from .base import EditBar, Page, delete_record, open_form, register_panel, select_record


def _section(title: str, table: QWidget, parent: QWidget) -> QWidget:
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

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
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
            empty_text=self.tr("Aucun site n'est enregistré. « Nouveau site… » pour commencer."),
            flex_column=SiteTableModel.ADDRESS,
        )
        self.surfaces_table = RegisterTable(
            SurfaceTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les surfaces…"),
            empty_text=self.tr("Aucune surface n'est enregistrée."),
            flex_column=SurfaceTableModel.PARTY,
        )
        self.sites_bar = EditBar(self.sites_table, self, add_text=self.tr("Nouveau site…"))
        self.sites_bar.add_requested.connect(self.on_site_add_requested)
        self.sites_bar.edit_requested.connect(self.on_site_edit_requested)
        self.sites_bar.delete_requested.connect(self.on_site_delete_requested)
        # Surfaces are changed in their site's form, as a dated history.
        self.surfaces_bar = EditBar(self.surfaces_table, self, new_shortcut=False)
        self.surfaces_bar.add_button.hide()
        self.surfaces_bar.edit_button.setText(self.tr("Modifier dans le site…"))
        self.surfaces_bar.edit_requested.connect(self.on_surface_edit_requested)
        self.surfaces_bar.delete_requested.connect(self.on_surface_delete_requested)

        splitter = RememberedSplitter(Qt.Orientation.Vertical, "premises", self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(_section(self.tr("Sites"), register_panel(self.sites_table, self.sites_bar), splitter))
        splitter.addWidget(
            _section(self.tr("Surfaces exclusives par partie, datées"),
                     register_panel(self.surfaces_table, self.surfaces_bar), splitter)  # fmt: skip
        )
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.content.addWidget(splitter, 1)
        self._site_ids: dict[str, int] = {}

    def load(self, run: Unit) -> None:
        sites = run(registers.sites)
        self._site_ids = {site.name: site.id for site in sites}
        self.sites_table.set_rows(sites)
        self.surfaces_table.set_rows(run(registers.site_surfaces))

    def show_record(self, item_kind: str, item_id: int) -> None:
        if item_kind == "site":
            self.ensure_loaded()
            select_record(self.sites_table, item_id)

    def show_entry(self, place: str, item_id: int, day) -> None:
        self.show_record(place, item_id)
        if place == "site":  # a site's missing surfaces are typed in its form
            open_form(self, SiteDialog(self.workspace, item_id, parent=self), self.sites_table)

    def on_site_add_requested(self) -> None:
        open_form(self, SiteDialog(self.workspace, parent=self), self.sites_table)

    def on_site_edit_requested(self, row) -> None:
        open_form(self, SiteDialog(self.workspace, row.id, parent=self), self.sites_table)

    def on_site_delete_requested(self, row) -> None:
        delete_record(
            self,
            self.tr("Supprimer le site « {name} » et ses surfaces ?").format(name=row.name),
            lambda run: run(premises.delete_site, row.id),
        )

    def on_surface_edit_requested(self, row) -> None:
        site_id = self._site_ids.get(row.site)
        if site_id is not None:
            dialog = open_form(self, SiteDialog(self.workspace, site_id, parent=self), self.sites_table)
            entry = next((e for e in dialog.surfaces.entries() if e.id == row.id), None)
            if entry is not None:
                dialog.surfaces.select_entry(entry)

    def on_surface_delete_requested(self, row) -> None:
        delete_record(
            self,
            self.tr("Supprimer la surface de {party} sur le site « {site} » à partir du {day} ?").format(
                party=row.party, site=row.site, day=row.effective_date.strftime("%d/%m/%Y")
            ),
            lambda run: run(history.delete_entry, "surface", row.id),
        )
