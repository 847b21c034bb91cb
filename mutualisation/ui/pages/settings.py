"""Paramètres: the user's organisation and where the data is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout
from sqlalchemy.engine import make_url

from ...services import registers
from ...services.registers import PartyRow
from ..widgets.value_label import ValueLabel
from .base import Page


def database_location(url: str) -> tuple[str, str]:
    """(engine name, location) of a database URL; a password is never shown."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return "SQLite", parsed.database or ":memory:"
    names = {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}
    return names.get(backend, backend), parsed.render_as_string(hide_password=True)


class SettingsPage(Page):
    """The organisation that issues the statements, and the database in use."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
            self.tr("Paramètres"),
            self.tr(
                "Votre organisation, telle qu'elle figure sur les états de refacturation qu'elle émet, "
                "et la base de données utilisée."
            ),
            parent,
        )
        self.organisation_box = QGroupBox(self.tr("Organisation"), self)
        self.none_label = QLabel(
            self.tr("Aucune partie n'est enregistrée comme votre organisation."), self.organisation_box
        )
        self.none_label.setObjectName("noneLabel")
        self.organisation_form = QFormLayout()
        self.organisation_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.organisation_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, ValueLabel] = {}
        for key, caption in (
            ("name", self.tr("Nom")),
            ("code", self.tr("Code")),
            ("legal_form", self.tr("Forme juridique")),
            ("address", self.tr("Adresse")),
            ("siret", self.tr("SIRET")),
            ("email", self.tr("Courriel")),
            ("phone", self.tr("Téléphone")),
            ("signatory", self.tr("Signataire")),
            ("iban", self.tr("IBAN")),
            ("bic", self.tr("BIC")),
        ):
            self.fields[key] = ValueLabel(parent=self.organisation_box)
            self.organisation_form.addRow(caption, self.fields[key])
        box = QVBoxLayout(self.organisation_box)
        box.addWidget(self.none_label)
        box.addLayout(self.organisation_form)

        self.database_box = QGroupBox(self.tr("Base de données"), self)
        database_form = QFormLayout(self.database_box)
        database_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        database_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        engine, location = database_location(database.url)
        self.engine_value = ValueLabel(engine, self.database_box)
        self.location_value = ValueLabel(location, self.database_box)
        database_form.addRow(self.tr("Type"), self.engine_value)
        database_form.addRow(self.tr("Emplacement"), self.location_value)

        self.content.addWidget(self.organisation_box)
        self.content.addWidget(self.database_box)
        self.content.addStretch(1)

    def load(self, session) -> None:
        self._show_organisation(registers.own_organisation(session))

    def _show_organisation(self, party: PartyRow | None) -> None:
        self.none_label.setVisible(party is None)
        for row in range(self.organisation_form.rowCount()):
            self.organisation_form.setRowVisible(row, party is not None)
        if party is None:
            return
        f = self.fields
        f["name"].setText(party.name)
        f["code"].setText(party.code)
        f["legal_form"].setText(party.legal_form)
        f["address"].setText(party.address)
        f["siret"].setText(_siret(party.siret))
        f["email"].setText(party.email)
        f["phone"].setText(party.phone)
        signatory = party.signatory_name
        if party.signatory_title:
            signatory = f"{signatory}, {party.signatory_title}" if signatory else party.signatory_title
        f["signatory"].setText(signatory)
        f["iban"].setText(" ".join(party.iban[i : i + 4] for i in range(0, len(party.iban), 4)))
        f["bic"].setText(party.bic)


def _siret(siret: str) -> str:
    """``448 217 398 00024``: SIREN in threes, then the NIC."""
    if len(siret) != 14 or not siret.isdigit():
        return siret
    return f"{siret[0:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"
