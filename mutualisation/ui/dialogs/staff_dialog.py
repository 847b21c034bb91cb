"""A person of the staff register: employment, dated working time and shares, planned cost."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...services.errors import ServiceError
from ...services.editing import absences, history, resource_clauses, staff
from ...services.editing.history import DatedEntry
from ...services.workspace import Unit
from .. import formatting
from ..widgets.fields import DateField, PercentField, TextField
from . import choices
from .absence_editor import AbsenceEditor
from .form_dialog import FormDialog, hint_label
from .history_editor import HistoryEditor
from .reimbursement_editor import ReimbursementEditor
from .year_amounts import YearAmountEditor


def removal_refusal(workspace, kind: str):
    """A HistoryEditor ``refusal`` asking the service whether a stored value may go."""

    def refusal(entry: DatedEntry) -> str:
        with workspace.reading() as run:
            return run(history.removal_refusal, kind, entry.id)

    return refusal


class StaffDialog(FormDialog):
    """Create or correct a person; their histories are saved with them, all or nothing."""

    def __init__(self, workspace, staff_id: int | None = None, parent=None) -> None:
        super().__init__(
            workspace, self.tr("Nouvel agent") if staff_id is None else self.tr("Modifier l'agent"), parent
        )
        self.staff_id = staff_id
        with workspace.reading() as run:
            record = run(staff.load_staff, staff_id) if staff_id is not None else None
            beneficiaries = choices.beneficiaries(run)
            amendments = choices.amendments(run)
            stored_absences = run(absences.load_absences, staff_id) if staff_id is not None else []
            received = run(resource_clauses.load_reimbursements, staff_id) if staff_id is not None else []
        self.version = record.values.version if record else None

        self.first_name = TextField(required=True)
        self.last_name = TextField(required=True)
        self.job_title = TextField()
        self.start = DateField(required=True)
        self.end = DateField()
        self.end.set_not_before(self.start, self.tr("La sortie ne peut pas précéder l'entrée."))
        self.add_field(self.tr("Prénom"), self.first_name)
        self.add_field(self.tr("Nom"), self.last_name)
        self.add_field(self.tr("Fonction"), self.job_title)
        self.add_field(self.tr("Entrée"), self.start)
        self.add_field(self.tr("Sortie"), self.end).setToolTip(self.tr("Laisser vide tant que la personne est employée"))

        self.working_times = HistoryEditor(
            self.tr("Temps de travail"), PercentField(required=True, allow_zero=False), formatting.percent,
            amendments=amendments, refusal=removal_refusal(workspace, "working_time"), parent=self,
        )  # fmt: skip
        self.shares = HistoryEditor(
            self.tr("Quotité"), PercentField(required=True), formatting.percent, parties=beneficiaries,
            amendments=amendments, refusal=removal_refusal(workspace, "staff_share"), parent=self,
        )  # fmt: skip
        self.has_beneficiaries = bool(beneficiaries)
        # Without a convention there is nobody to share the post with: say why the list is empty.
        self.shares_note = hint_label("", self)
        shares_tab = QWidget(self)
        shares_box = QVBoxLayout(shares_tab)
        shares_box.setContentsMargins(0, 0, 0, 0)
        shares_box.addWidget(self.shares_note)
        shares_box.addWidget(self.shares, 1)
        self.planned = YearAmountEditor(self.tr("Coût prévu"), self)
        self.absences = AbsenceEditor(self)
        self.reimbursements = ReimbursementEditor(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.working_times, self.tr("Temps de travail"))
        self.tabs.addTab(shares_tab, self.tr("Quotités par bénéficiaire"))
        self.tabs.addTab(self.planned, self.tr("Coût prévisionnel annuel"))
        self.tabs.addTab(self.absences, self.tr("Absences"))
        self.tabs.addTab(self.reimbursements, self.tr("Remboursements"))
        self.body.addWidget(self.tabs, 1)
        self.working_times.entries_changed.connect(self.revalidate)
        self.shares.entries_changed.connect(self.revalidate)
        self.shares.entries_changed.connect(self.on_shares_entries_changed)
        self.absences.entries_changed.connect(self.revalidate)
        # Absences must stay within employment: moving the entry or exit date checks them again.
        for edit in (self.start.edit, self.end.edit, self.first_name, self.last_name):
            edit.textChanged.connect(self.revalidate)

        if record is not None:
            v = record.values
            self.first_name.setText(v.first_name)
            self.last_name.setText(v.last_name)
            self.job_title.setText(v.job_title)
            self.start.set_value(v.employment_start)
            self.end.set_value(v.employment_end)
            self.working_times.set_entries(record.working_times)
            self.shares.set_entries(record.shares)
            self.planned.set_amounts(record.planned_costs)
            self.absences.set_entries(stored_absences)
            self.reimbursements.set_entries(received)
        else:
            self.working_times.value_field.set_value(Decimal(1))
        self.on_shares_entries_changed()
        self.start.edit.textChanged.connect(self.on_start_text_changed)
        self.finish(self.form_problem)
        self.resize(720, 640)

    def on_start_text_changed(self, _text: str) -> None:
        # A new person usually works from the day of entry: offer that date for the first values.
        start = self.start.value()
        for editor in (self.working_times, self.shares):
            if start is not None and not editor.entries():
                editor.date_field.set_value(start)

    def on_shares_entries_changed(self) -> None:
        # Saving without shares is allowed: the post then stays wholly with the provider.
        if not self.has_beneficiaries:
            note = self.tr(
                "Aucune convention : créez d'abord la convention et ses bénéficiaires (page Convention) "
                "pour répartir ce poste. L'agent peut être enregistré sans quotité : il reste alors "
                "entièrement à la charge du prestataire."
            )
        elif not self.shares.entries():
            note = self.tr(
                "Aucune quotité : l'agent reste entièrement à la charge du prestataire, rien n'en est "
                "refacturé. Ajoutez la part de chaque bénéficiaire pour répartir ce poste."
            )
        else:
            note = ""
        self.shares_note.setText(note)
        self.shares_note.setVisible(bool(note))
        self.shares.setEnabled(self.has_beneficiaries or bool(self.shares.entries()))

    def form_problem(self) -> str:
        if not self.working_times.entries():
            return self.tr(
                "Indiquez le temps de travail à l'entrée (onglet « Temps de travail », 100 % pour un "
                "temps plein), puis « Ajouter cette valeur »."
            )
        try:
            history.check_total_at_most_one(self.shares.entries(), self.tr("Quotités"),
                                            self.tr("le prestataire garde le reste"))  # fmt: skip
        except ServiceError as exc:
            return str(exc)
        name = f"{self.first_name.value() or ''} {self.last_name.value() or ''}".strip()
        return absences.absences_problem(self.absences.entries(), self.start.value(), self.end.value(), name)

    def store(self, run: Unit) -> int:
        values = staff.StaffValues(
            self.first_name.value(), self.last_name.value(), self.job_title.value() or "",
            self.start.value(), self.end.value(), self.version,
        )  # fmt: skip
        staff_id = run(staff.save_staff, self.staff_id, values, self.working_times.entries(),
                       self.shares.entries(), self.planned.amounts())  # fmt: skip
        run(absences.save_absences, staff_id, self.absences.entries())
        run(resource_clauses.save_reimbursements, staff_id, self.reimbursements.entries())
        return staff_id
