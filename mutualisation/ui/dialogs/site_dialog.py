"""A site (premises): name, address, common area, each party's dated exclusive area and its free
provision to a beneficiary (R17)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QPlainTextEdit, QTabWidget

from ...services.editing import premises, resource_clauses
from ...services.workspace import Unit
from .. import formatting
from ..widgets.fields import DecimalField, TextField
from . import choices
from .form_dialog import FormDialog
from .free_provision_editor import FreeProvisionEditor
from .history_editor import HistoryEditor
from .staff_dialog import removal_refusal


class SiteDialog(FormDialog):
    """Create or correct a site and its surfaces."""

    def __init__(self, workspace, site_id: int | None = None, parent=None) -> None:
        super().__init__(workspace, self.tr("Nouveau site") if site_id is None else self.tr("Modifier le site"), parent)
        self.site_id = site_id
        with workspace.reading() as run:
            loaded = run(premises.load_site, site_id) if site_id is not None else None
            parties = choices.parties(run)
            amendments = choices.amendments(run)
            beneficiaries = run(resource_clauses.free_provision_beneficiaries)
            free = run(resource_clauses.load_free_provisions, "site", site_id) if site_id is not None else []
        values = loaded[0] if loaded else None
        self.version = values.version if values else None
        self.name = TextField(required=True)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.common = DecimalField(places=2)
        self.common.setPlaceholderText("0 m²")
        self.add_field(self.tr("Nom du site"), self.name)
        self.form.addRow(self.tr("Adresse"), self.address)
        self.add_field(self.tr("Parties communes (m²)"), self.common).setToolTip(
            self.tr("Pour information : les parties communes suivent le prorata des surfaces exclusives")
        )
        self.surfaces = HistoryEditor(
            self.tr("Surface exclusive (m²)"), DecimalField(places=2, required=True), formatting.area,
            parties=parties, amendments=amendments, refusal=removal_refusal(workspace, "surface"), parent=self,
        )  # fmt: skip
        self.free = FreeProvisionEditor(beneficiaries, amendments, self)
        self.free.set_entries(free)
        self.free.entries_changed.connect(self.revalidate)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.surfaces, self.tr("Surfaces exclusives par partie, datées"))
        self.tabs.addTab(self.free, self.tr("Mise à disposition gratuite"))
        self.body.addWidget(self.tabs, 1)
        if values is not None:
            self.name.setText(values.name)
            self.address.setPlainText(values.address)
            self.common.set_value(values.common_area)
            self.surfaces.set_entries(loaded[1])
        self.finish(self.free.problem)
        self.resize(720, 600)

    def store(self, run: Unit) -> int:
        values = premises.SiteValues(
            self.name.value(), self.address.toPlainText(), self.common.value() or Decimal(0), self.version
        )
        site_id = run(premises.save_site, self.site_id, values, self.surfaces.entries())
        run(resource_clauses.save_free_provisions, "site", site_id, self.free.entries())
        return site_id
