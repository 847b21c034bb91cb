"""The own headcount of one party: FTE recorded outside the staff register, from a date on."""

from __future__ import annotations


from ...domain import french
from ...services.editing import headcount
from ...services.workspace import Unit
from ..widgets.fields import ChoiceField, DecimalField
from . import choices
from .form_dialog import FormDialog
from .history_editor import HistoryEditor
from .staff_dialog import removal_refusal


class HeadcountDialog(FormDialog):
    """The dated FTE of a party (for headcount keys), edited as a history."""

    def __init__(self, workspace, party_id: int | None = None, parent=None) -> None:
        super().__init__(workspace, self.tr("Effectifs propres d'une partie"), parent)
        with workspace.reading() as run:
            parties = choices.parties(run)
            amendments = choices.amendments(run)
        self.party = ChoiceField(parties, required=True)
        self.add_field(self.tr("Partie"), self.party)
        self.entries = HistoryEditor(
            self.tr("Équivalents temps plein"), DecimalField(places=3, required=True),
            lambda v: french.quantity(v), amendments=amendments,
            refusal=removal_refusal(workspace, "headcount"), parent=self,
        )  # fmt: skip
        self.add_section(self.tr("Effectif hors registre du personnel, daté"), self.entries)
        self.party.currentIndexChanged.connect(self.on_party_changed)
        self.party.set_value(party_id)
        self.party.setEnabled(party_id is None)
        self.finish()
        self.resize(620, 480)

    def on_party_changed(self, *_args) -> None:
        party_id = self.party.value()
        if party_id is None:
            self.entries.set_entries([])
            return
        with self.workspace.reading() as run:
            self.entries.set_entries(run(headcount.load_headcount, party_id))

    def store(self, run: Unit) -> int:
        party_id = self.party.value()
        run(headcount.save_headcount, party_id, self.entries.entries())
        return party_id
