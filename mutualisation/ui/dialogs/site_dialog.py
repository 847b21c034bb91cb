"""A site (premises): name, address, common area, and each party's dated exclusive area."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QPlainTextEdit

from ...services.editing import premises
from ...services.workspace import Unit
from .. import formatting
from ..widgets.fields import DecimalField, TextField
from . import choices
from .form_dialog import FormDialog
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
        self.add_section(self.tr("Surfaces exclusives par partie, datées"), self.surfaces)
        if values is not None:
            self.name.setText(values.name)
            self.address.setPlainText(values.address)
            self.common.set_value(values.common_area)
            self.surfaces.set_entries(loaded[1])
        self.finish()
        self.resize(720, 600)

    def store(self, run: Unit) -> int:
        values = premises.SiteValues(
            self.name.value(), self.address.toPlainText(), self.common.value() or Decimal(0), self.version
        )
        return run(premises.save_site, self.site_id, values, self.surfaces.entries())
