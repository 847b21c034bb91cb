"""Parties and your organisation: identifiers checked as typed, logo chosen, parties listed and deleted."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from mutualisation.services import registers
from mutualisation.services.editing import parties
from mutualisation.services.workspace import Workspace
from mutualisation.ui.dialogs.organisation_dialog import OrganisationDialog
from mutualisation.ui.dialogs.parties_dialog import PartiesDialog

from .test_edit_support import click, questions, rows, select_row, type_into, warnings  # noqa: F401


@pytest.fixture
def organisation(demo_db, qtbot):
    dialog = OrganisationDialog(Workspace(demo_db))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_siret_iban_and_bic_are_checked_as_typed(organisation, qtbot):
    form = organisation
    assert form.siret.text() == "448 217 398 00024" and form.save_button.isEnabled()
    type_into(qtbot, form.siret, "448 217 398 00025")
    assert "clé de contrôle fausse" in form.siret.parentWidget().message.text()
    assert not form.save_button.isEnabled()
    type_into(qtbot, form.siret, "448 217 398 0002")
    assert "14 chiffres" in form.siret.error()
    type_into(qtbot, form.siret, "448 217 398 00024")
    type_into(qtbot, form.iban, "FR76 1027 8040 1000 0123 4560 184")
    assert "clé de contrôle fausse" in form.iban.error() and not form.save_button.isEnabled()
    type_into(qtbot, form.iban, "FR76 3000 6000 0112 3456 7890 189")
    type_into(qtbot, form.bic, "AGRI")
    assert "8 ou 11 caractères" in form.bic.error()
    type_into(qtbot, form.bic, "agrifrpp")
    assert form.save_button.isEnabled()


def test_the_organisation_is_saved_with_a_logo_and_signatory(organisation, qtbot, demo_db, tmp_path, monkeypatch):
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    path = tmp_path / "logo.bmp"
    assert image.save(str(path))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    form = organisation
    click(qtbot, form.choose_logo_button)
    assert form.logo.startswith(b"\x89PNG") and not form.logo_preview.pixmap().isNull()
    type_into(qtbot, form.signatory_name, "Marie Durand")
    type_into(qtbot, form.signatory_title, "Présidente")
    click(qtbot, form.save_button)
    with demo_db.session() as session:
        own = registers.own_organisation(session)
        assert (own.code, own.signatory_name, own.signatory_title) == ("PAYS", "Marie Durand", "Présidente")
        assert parties.party_logo(session, own.id).startswith(b"\x89PNG")


def test_a_file_that_is_not_an_image_is_refused_as_logo(organisation, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_text("pas une image")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(qtbot, organisation.choose_logo_button)
    assert "pas une image lisible" in organisation.problem_label.text() and organisation.logo is None


@pytest.fixture
def parties_dialog(demo_db, qtbot):
    dialog = PartiesDialog(Workspace(demo_db))
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_a_party_is_added_corrected_and_deleted(parties_dialog, qtbot, questions):
    dialog = parties_dialog
    click(qtbot, dialog.bar.add_button)
    form = dialog.form
    type_into(qtbot, form.code, "OLC")
    type_into(qtbot, form.name, "Communauté de communes Orne Lorraine Confluences")
    type_into(qtbot, form.siret, "123")
    assert not form.save_button.isEnabled()
    type_into(qtbot, form.siret, "255 409 179 00017")
    click(qtbot, form.save_button)
    assert dialog.table.current_row().code == "OLC"
    click(qtbot, dialog.bar.edit_button)
    click(qtbot, dialog.form.public_body)
    click(qtbot, dialog.form.save_button)
    assert dialog.table.current_row().is_public_body
    click(qtbot, dialog.bar.delete_button)
    assert "OLC" in questions[0]
    assert [r.code for r in rows(dialog.table)] == ["PAYS", "ST2B", "SCOT"]


def test_a_party_of_the_convention_is_not_deleted(parties_dialog, qtbot, questions, warnings):
    select_row(parties_dialog.table, lambda r: r.code == "ST2B")
    click(qtbot, parties_dialog.bar.delete_button)
    assert "convention(s)" in warnings[0]
    assert "ST2B" in [r.code for r in rows(parties_dialog.table)]


def test_a_code_already_taken_is_refused_by_the_service_in_the_form(parties_dialog, qtbot):
    click(qtbot, parties_dialog.bar.add_button)
    form = parties_dialog.form
    type_into(qtbot, form.code, "st2b")
    type_into(qtbot, form.name, "Doublon")
    click(qtbot, form.save_button)
    assert form.isVisible() and "déjà celui d'une autre partie" in form.problem_label.text()
