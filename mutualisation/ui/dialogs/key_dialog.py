"""An allocation key: its kind, what it is based on, and for a fixed key the dated percentages."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...domain.vocabulary import KeyKind
from ...services.errors import ServiceError
from ...services.editing import history, keys
from ...services.workspace import Unit
from .. import formatting, labels
from ..widgets.fields import ChoiceField, FieldRow, PercentField, TextField
from . import choices
from .form_dialog import FormDialog, hint_label
from .history_editor import HistoryEditor
from .staff_dialog import removal_refusal

#: The field each kind needs, besides the name: what the kind points to.
NEEDS = {kind: kind.reference for kind in KeyKind if kind.reference}
#: What each kind does, in a line under the kind (kept with the kinds' names in labels.py).
EXPLAIN = labels.KEY_KIND_EXPLANATIONS


class KeyDialog(FormDialog):
    """Create or correct a key."""

    def __init__(self, workspace, key_id: int | None = None, parent=None) -> None:
        super().__init__(
            workspace, self.tr("Nouvelle clé de répartition") if key_id is None else self.tr("Modifier la clé"), parent
        )
        self.key_id = key_id
        with workspace.reading() as run:
            loaded = run(keys.load_key, key_id) if key_id is not None else None
            sites, meters = choices.sites(run), choices.meters(run)
            parties, beneficiaries = choices.parties(run), choices.beneficiaries(run)
            amendments = choices.amendments(run)
        values = loaded[0] if loaded else None
        self.version = values.version if values else None
        self.name = TextField(required=True)
        self.kind = ChoiceField(choices.key_kinds(), required=True)
        self.site = ChoiceField(sites, required=True)
        self.meter = ChoiceField(meters, required=True)
        self.party = ChoiceField(parties, required=True)
        self.explanation = hint_label("", self)
        self.add_field(self.tr("Nom de la clé"), self.name)
        self.add_field(self.tr("Type"), self.kind)
        self.form.addRow("", self.explanation)
        self.add_field(self.tr("Site"), self.site)
        meter_box = QWidget(self)
        self.meter_row = FieldRow(self.meter, meter_box)
        self.new_meter_button = QPushButton(self.tr("Nouveau compteur…"), meter_box)
        self.new_meter_button.clicked.connect(self.on_new_meter_clicked)
        box = QHBoxLayout(meter_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.meter_row, 1)
        box.addWidget(self.new_meter_button)
        self.form.addRow(self.tr("Compteur") + "\u00a0*", meter_box)
        self.watch([self.meter])
        self.add_field(self.tr("Partie"), self.party)
        self.shares = HistoryEditor(
            self.tr("Pourcentage"), PercentField(required=True), formatting.percent, parties=beneficiaries,
            amendments=amendments, refusal=removal_refusal(workspace, "fixed_share"), parent=self,
        )  # fmt: skip
        self.shares_box = self.add_section(
            self.tr("Pourcentage de chaque bénéficiaire, daté (le prestataire garde le reste)"), self.shares
        )
        self.shares.entries_changed.connect(self.revalidate)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        if values is not None:
            self.name.setText(values.name)
            self.kind.set_value(values.kind)
            self.site.set_value(values.site_id)
            self.meter.set_value(values.meter_id)
            self.party.set_value(values.party_id)
            self.shares.set_entries(loaded[1])
        else:
            self.kind.set_value("fixed")
        self.finish(self.form_problem)
        self.on_kind_changed()

    def on_kind_changed(self, *_args) -> None:
        kind = self.kind.value()
        self.explanation.setText(self.tr(EXPLAIN.get(kind, "")))
        for need, field, row in (("site", self.site, 3), ("meter", self.meter, 4), ("party", self.party, 5)):
            shown = NEEDS.get(kind) == need
            self.form.setRowVisible(row, shown)
            field.required = shown
            field.on_current_index_changed(field.currentIndex())
        self.shares_box.setVisible(kind == "fixed")
        self.revalidate()
        self.resize(720, 600 if kind == "fixed" else self.minimumSizeHint().height())

    def on_new_meter_clicked(self) -> None:
        from .meter_dialog import MeterDialog

        self.meter_dialog = MeterDialog(self.workspace, parent=self)
        self.meter_dialog.saved.connect(self.on_meter_saved)
        self.meter_dialog.open()

    def on_meter_saved(self, meter_id: int) -> None:
        with self.workspace.reading() as run:
            self.meter.set_choices(choices.meters(run))
        self.meter.set_value(meter_id)

    def form_problem(self) -> str:
        if self.kind.value() != "fixed":
            return ""
        if not self.shares.entries():
            return self.tr("Indiquez le pourcentage d'au moins un bénéficiaire, puis « Ajouter cette valeur ».")
        try:
            history.check_total_at_most_one(self.shares.entries(), self.tr("Pourcentages"),
                                            self.tr("le prestataire garde le reste"))  # fmt: skip
        except ServiceError as exc:
            return str(exc)
        return ""

    def store(self, run: Unit) -> int:
        kind = self.kind.value()
        values = keys.KeyValues(self.name.value(), kind, self.site.value(), self.meter.value(),
                                self.party.value(), self.version)  # fmt: skip
        return run(keys.save_key, self.key_id, values, self.shares.entries() if kind == "fixed" else [])
