"""The parties: list them, add one, correct one, delete one that nothing refers to."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from ...services import registers
from ...services.errors import ServiceError
from ...services.editing import parties
from ..models.parties import PartyTableModel
from ..pages.base import EditBar, confirm_delete, select_record
from ..widgets.register_table import RegisterTable
from .form_dialog import hint_label
from .party_dialog import PartyDialog


class PartiesDialog(QDialog):
    """Every party; the roles come from the conventions (Convention page)."""

    #: Parties were added, changed or deleted.
    parties_changed = Signal()

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Parties"))
        intro = hint_label(
            self.tr(
                "Les organisations liées par les conventions : le prestataire, les bénéficiaires et les "
                "autres. Leur rôle se fixe dans la convention ; votre organisation se règle avec "
                "« Modifier l'organisation… »."
            ),
            self,
        )
        self.table = RegisterTable(
            PartyTableModel(), self, filter_placeholder=self.tr("Filtrer les parties…"),
            empty_text=self.tr("Aucune partie n'est enregistrée."), flex_column=PartyTableModel.NAME,
        )  # fmt: skip
        self.bar = EditBar(self.table, self, add_text=self.tr("Nouvelle partie…"))
        self.bar.add_requested.connect(lambda: self.open_party(None))
        self.bar.edit_requested.connect(lambda row: self.open_party(row.id))
        self.bar.delete_requested.connect(self.on_delete_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.form: PartyDialog | None = None
        self.reload()
        self.resize(900, 420)

    def reload(self) -> None:
        with self.workspace.reading() as run:
            self.table.set_rows(run(registers.parties))

    def on_party_saved(self, party_id: int) -> None:
        self.reload()
        select_record(self.table, party_id)
        self.parties_changed.emit()

    def open_party(self, party_id: int | None) -> PartyDialog:
        self.form = PartyDialog(self.workspace, party_id, self)
        self.form.saved.connect(self.on_party_saved)
        self.form.open()
        return self.form

    def on_delete_requested(self, row) -> None:
        if not confirm_delete(self, self.tr("Supprimer la partie {code} — {name} ?").format(code=row.code, name=row.name)):
            return
        try:
            with self.workspace.writing() as run:
                run(parties.delete_party, row.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Suppression impossible"), str(exc))
            return
        self.reload()
        self.parties_changed.emit()
