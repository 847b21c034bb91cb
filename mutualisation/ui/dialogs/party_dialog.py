"""A party: identity, SIRET, contacts and, for a public beneficiary, its Chorus Pro references."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit
from sqlalchemy.orm import Session

from ...services.editing import parties
from ..widgets.fields import SiretField, TextField
from .form_dialog import FormDialog


def address_edit(parent) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
    return edit


class PartyDialog(FormDialog):
    """Create or correct a party (the user's own organisation has its own form)."""

    def __init__(self, database, party_id: int | None = None, parent=None) -> None:
        super().__init__(database, self.tr("Nouvelle partie") if party_id is None else self.tr("Modifier la partie"),
                         parent)  # fmt: skip
        self.party_id = party_id
        with database.session() as session:
            self.values = parties.load_party(session, party_id) if party_id is not None else None
        self.code = TextField(required=True, placeholder="ST2B")
        self.code.setMaxLength(20)
        self.name = TextField(required=True)
        self.legal_form = TextField(placeholder=self.tr("Syndicat mixte, association loi 1901…"))
        self.address = address_edit(self)
        self.siret = SiretField()
        self.email = TextField(placeholder="contact@exemple.fr")
        self.phone = TextField()
        self.code_service = TextField()
        self.engagement = TextField()
        self.add_field(self.tr("Code"), self.code).setToolTip(self.tr("Court et unique : il désigne la partie partout"))
        self.add_field(self.tr("Nom"), self.name)
        self.add_field(self.tr("Forme juridique"), self.legal_form)
        self.form.addRow(self.tr("Adresse"), self.address)
        self.add_field(self.tr("SIRET"), self.siret)
        self.add_field(self.tr("Courriel"), self.email)
        self.add_field(self.tr("Téléphone"), self.phone)
        self.add_field(self.tr("Code service (Chorus Pro)"), self.code_service)
        self.add_field(self.tr("N° d'engagement"), self.engagement)
        if self.values is not None:
            v = self.values
            self.code.setText(v.code)
            self.name.setText(v.name)
            self.legal_form.setText(v.legal_form)
            self.address.setPlainText(v.address)
            self.siret.set_value(v.siret or None)
            self.email.setText(v.email)
            self.phone.setText(v.phone)
            self.code_service.setText(v.code_service)
            self.engagement.setText(v.engagement_number)
        self.finish()
        self.resize(600, 0)

    def store(self, session: Session) -> int:
        old = self.values
        values = parties.PartyValues(
            code=self.code.value(), name=self.name.value(), legal_form=self.legal_form.value() or "",
            address=self.address.toPlainText(), siret=self.siret.value() or "", email=self.email.value() or "",
            phone=self.phone.value() or "", code_service=self.code_service.value() or "",
            engagement_number=self.engagement.value() or "",
            # Kept as they are: they are edited in the organisation's form.
            signatory_name=old.signatory_name if old else "", signatory_title=old.signatory_title if old else "",
            iban=old.iban if old else "", bic=old.bic if old else "", version=old.version if old else None,
        )  # fmt: skip
        if self.party_id is None:
            return parties.create_party(session, values)
        parties.update_party(session, self.party_id, values)
        return self.party_id
