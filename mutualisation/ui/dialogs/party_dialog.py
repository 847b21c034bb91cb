"""A party: identity, SIRET, contacts and, for a public beneficiary, its Chorus Pro references."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QPlainTextEdit

from ...services.editing import chorus, parties
from ...services.workspace import Unit
from ..widgets.fields import SiretField, TextField
from .chorus_years import ChorusYearEditor
from .form_dialog import FormDialog


def address_edit(parent) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


class PartyForm(FormDialog):
    """A form with a party's identity fields: ``code``, ``name``, ``legal_form``, ``address``,
    ``siret``, ``email`` and ``phone``, made by the subclass (placeholders and what is required
    differ); here they are filled and read the same way."""

    def show_identity(self, values: parties.PartyValues) -> None:
        self.code.setText(values.code)
        self.name.setText(values.name)
        self.legal_form.setText(values.legal_form)
        self.address.setPlainText(values.address)
        self.siret.set_value(values.siret or None)
        self.email.setText(values.email)
        self.phone.setText(values.phone)

    def identity(self) -> dict[str, str]:
        """The identity fields, as arguments of :class:`PartyValues` ("" for an empty one)."""
        return {
            "code": self.code.value(), "name": self.name.value(), "legal_form": self.legal_form.value() or "",
            "address": self.address.toPlainText(), "siret": self.siret.value() or "",
            "email": self.email.value() or "", "phone": self.phone.value() or "",
        }  # fmt: skip


class PartyDialog(PartyForm):
    """Create or correct a party (the user's own organisation has its own form)."""

    def __init__(self, workspace, party_id: int | None = None, parent=None) -> None:
        super().__init__(workspace, self.tr("Nouvelle partie") if party_id is None else self.tr("Modifier la partie"),
                         parent)  # fmt: skip
        self.party_id = party_id
        with workspace.reading() as run:
            self.values = run(parties.load_party, party_id) if party_id is not None else None
            years = run(chorus.load_chorus_years, party_id) if party_id is not None else []
        self.code = TextField(required=True, placeholder="ST2B")
        self.code.setMaxLength(20)
        self.name = TextField(required=True)
        self.legal_form = TextField(placeholder=self.tr("Syndicat mixte, association loi 1901…"))
        self.address = address_edit(self)
        self.siret = SiretField()
        self.email = TextField(placeholder="contact@exemple.fr")
        self.phone = TextField()
        self.public_body = QCheckBox(self.tr("Entité publique : ses factures sont déposées sur Chorus Pro"), self)
        self.chorus_years = ChorusYearEditor(self)
        self.add_field(self.tr("Code"), self.code).setToolTip(self.tr("Court et unique : il désigne la partie partout"))
        self.add_field(self.tr("Nom"), self.name)
        self.add_field(self.tr("Forme juridique"), self.legal_form)
        self.form.addRow(self.tr("Adresse"), self.address)
        self.add_field(self.tr("SIRET"), self.siret)
        self.add_field(self.tr("Courriel"), self.email)
        self.add_field(self.tr("Téléphone"), self.phone)
        self.form.addRow("", self.public_body)
        self.form.addRow(self.tr("Chorus Pro"), self.chorus_years)
        if self.values is not None:
            self.show_identity(self.values)
            self.public_body.setChecked(self.values.is_public_body)
            self.chorus_years.set_entries(years)
        self.finish()
        self.resize(600, 0)

    def store(self, run: Unit) -> int:
        old = self.values
        values = parties.PartyValues(
            **self.identity(), is_public_body=self.public_body.isChecked(),
            # Kept as they are: they are edited in the organisation's form.
            signatory_name=old.signatory_name if old else "", signatory_title=old.signatory_title if old else "",
            iban=old.iban if old else "", bic=old.bic if old else "", version=old.version if old else None,
        )  # fmt: skip
        if self.party_id is None:
            party_id = run(parties.create_party, values)
        else:
            run(parties.update_party, self.party_id, values)
            party_id = self.party_id
        run(chorus.save_chorus_years, party_id, self.chorus_years.entries())
        return party_id
