"""Your organisation, as printed on the statements it issues: name, SIRET, logo, signatory, bank."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services import registers
from ...services.editing import parties
from ...services.workspace import Unit
from ..widgets.fields import BicField, ChoiceField, IbanField, SiretField, TextField
from .party_dialog import PartyForm, address_edit

IMAGE_FILTER = QT_TRANSLATE_NOOP("OrganisationDialog", "Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg);;Tous les fichiers (*)")
LOGO_SIZE = (180, 96)


def image_as_png(content: bytes) -> bytes | None:
    """Any image Qt reads, as PNG (what the PDF embeds); None if it is not an image."""
    image = QImage.fromData(content)
    if image.isNull():
        return None
    if content.startswith((b"\x89PNG", b"\xff\xd8\xff")):
        return content
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


class OrganisationDialog(PartyForm):
    """The party flagged as your organisation (chosen among the parties, or a new one)."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(workspace, self.tr("Votre organisation"), parent)
        with workspace.reading() as run:
            own = run(registers.own_organisation)
            self.party_choices = [(f"{p.code} — {p.name}", p.id) for p in run(registers.parties)]
        self.party = ChoiceField(self.party_choices, empty_text=self.tr("Nouvelle partie"))
        self.code = TextField(required=True, placeholder="PAYS")
        self.code.setMaxLength(20)
        self.name = TextField(required=True)
        self.legal_form = TextField(placeholder=self.tr("Association loi 1901"))
        self.address = address_edit(self)
        self.siret = SiretField(required=True)
        self.email = TextField()
        self.phone = TextField()
        self.signatory_name = TextField(placeholder=self.tr("Prénom Nom"))
        self.signatory_title = TextField(placeholder=self.tr("Président"))
        self.iban = IbanField()
        self.bic = BicField()
        self.logo: bytes | None = None
        self.logo_preview = QLabel(self)
        self.logo_preview.setFixedSize(*LOGO_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid palette(mid); background: white;")
        self.choose_logo_button = QPushButton(self.tr("Choisir une image…"), self)
        self.remove_logo_button = QPushButton(self.tr("Retirer"), self)
        self.choose_logo_button.clicked.connect(self.on_choose_logo_clicked)
        self.remove_logo_button.clicked.connect(self.on_remove_logo_clicked)
        logo = QWidget(self)
        logo_box = QHBoxLayout(logo)
        logo_box.setContentsMargins(0, 0, 0, 0)
        logo_box.addWidget(self.logo_preview)
        side = QVBoxLayout()
        side.addWidget(self.choose_logo_button)
        side.addWidget(self.remove_logo_button)
        side.addStretch(1)
        logo_box.addLayout(side)
        logo_box.addStretch(1)

        self.add_field(self.tr("Partie"), self.party).setToolTip(
            self.tr("La partie enregistrée qui est votre organisation, ou une nouvelle")
        )
        self.add_field(self.tr("Code"), self.code)
        self.add_field(self.tr("Nom"), self.name)
        self.add_field(self.tr("Forme juridique"), self.legal_form)
        self.form.addRow(self.tr("Adresse"), self.address)
        self.add_field(self.tr("SIRET"), self.siret)
        self.add_field(self.tr("Courriel"), self.email)
        self.add_field(self.tr("Téléphone"), self.phone)
        self.form.addRow(self.tr("Logo"), logo)
        self.add_field(self.tr("Signataire"), self.signatory_name)
        self.add_field(self.tr("Qualité du signataire"), self.signatory_title)
        self.add_field(self.tr("IBAN"), self.iban)
        self.add_field(self.tr("BIC"), self.bic)
        self.version: int | None = None
        self.party.currentIndexChanged.connect(self.on_party_changed)
        self.party.set_value(own.id if own else None)
        self.finish()
        self.resize(640, 0)

    def on_party_changed(self, *_args) -> None:
        party_id = self.party.value()
        if party_id is None:
            values, logo = parties.PartyValues("", ""), None
        else:
            with self.workspace.reading() as run:
                values, logo = run(parties.load_party, party_id), run(parties.party_logo, party_id)
        self.version = values.version
        self.show_identity(values)
        self.signatory_name.setText(values.signatory_name)
        self.signatory_title.setText(values.signatory_title)
        self.iban.set_value(values.iban or None)
        self.bic.set_value(values.bic or None)
        self.set_logo(logo)

    # -- logo ------------------------------------------------------------------------------------

    def set_logo(self, content: bytes | None) -> None:
        self.logo = content
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            self.logo_preview.setPixmap(
                pixmap.scaled(LOGO_SIZE[0] - 8, LOGO_SIZE[1] - 8, Qt.AspectRatioMode.KeepAspectRatio,
                              Qt.TransformationMode.SmoothTransformation)  # fmt: skip
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("Aucun logo"))
        self.remove_logo_button.setEnabled(content is not None)

    def on_choose_logo_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Choisir le logo"), "", self.tr(IMAGE_FILTER))
        if not path:
            return
        try:
            png = image_as_png(Path(path).read_bytes())
        except OSError as exc:
            self.show_problem(self.tr("Le fichier n'a pas pu être lu : {0}").format(exc.strerror or exc))
            return
        if png is None:
            self.show_problem(self.tr("Ce fichier n'est pas une image lisible : choisissez un PNG ou un JPEG."))
            return
        self.show_problem("")
        self.set_logo(png)

    def on_remove_logo_clicked(self) -> None:
        self.set_logo(None)

    # -- saving ----------------------------------------------------------------------------------

    def store(self, run: Unit) -> int:
        party_id = self.party.value()
        old = run(parties.load_party, party_id) if party_id is not None else None
        values = parties.PartyValues(
            **self.identity(), is_public_body=old.is_public_body if old else False,
            signatory_name=self.signatory_name.value() or "", signatory_title=self.signatory_title.value() or "",
            iban=self.iban.value() or "", bic=self.bic.value() or "", version=self.version,
        )  # fmt: skip
        return run(parties.save_organisation, party_id, values, self.logo)
