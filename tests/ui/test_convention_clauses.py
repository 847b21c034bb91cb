"""Convention form, « Clauses financières » tab: fee, VAT per section and absence kinds typed as a person would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from mutualisation.services.editing.convention_clauses import load_convention_clauses
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.convention_dialog import ConventionDialog

from .test_edit_support import choose_text, click, type_into

pytestmark = pytest.mark.usefixtures("no_thread_left")
D = Decimal


@pytest.fixture
def dialog(window, qtbot):
    window.show_page("convention")
    page = window.pages["convention"]
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ConventionDialog) and dialog.isVisible()
    dialog.tabs.setCurrentWidget(dialog.clauses_tab)
    return dialog


def _clauses(database):
    with database.session() as session:
        return load_convention_clauses(session, session.scalars(select(m.Convention.id)).one())


def test_a_fee_change_inside_a_quarter_is_refused_next_to_the_date(dialog, qtbot):
    fees = dialog.clauses_tab.fees
    type_into(qtbot, fees.date_field, "15/02/2027")
    assert fees.date_field.error().startswith(
        "Le taux des frais de gestion ne peut changer que le premier jour d'une période de facturation : "
        "le 15/02/2027 tombe à l'intérieur de la période qui se termine le 31/03/2027."
    )
    assert fees.rows[0].message.isVisible()
    type_into(qtbot, fees.rate_field, "150")
    assert fees.rate_field.error() == "La valeur doit être au plus 100."
    assert not fees.add_button.isEnabled()


def test_a_new_fee_rate_a_vat_exemption_and_an_absence_rule_are_saved_with_the_convention(dialog, qtbot, demo_db):
    tab = dialog.clauses_tab
    type_into(qtbot, tab.fees.date_field, "01/01/2027")
    type_into(qtbot, tab.fees.rate_field, "4")
    assert not tab.fees.add_button.isEnabled()  # no section ticked yet
    click(qtbot, tab.fees.sections_field.boxes["personnel"])
    click(qtbot, tab.fees.sections_field.boxes["locaux"])
    click(qtbot, tab.fees.add_button)

    choose_text(tab.vats.section_field, "Matériel")
    type_into(qtbot, tab.vats.date_field, "01/01/2027")
    choose_text(tab.vats.treatment_field, "exonérée")
    assert not tab.vats.rate_field.isEnabled() and tab.vats.code_field.isEnabled()
    type_into(qtbot, tab.vats.basis_field, "art. 261 B du CGI")
    assert not tab.vats.add_button.isEnabled()  # an exemption needs its code
    type_into(qtbot, tab.vats.code_field, "vatex-eu-f")
    click(qtbot, tab.vats.add_button)

    choose_text(tab.absence_rules.kind_field, "formation")
    type_into(qtbot, tab.absence_rules.date_field, "01/01/2027")
    choose_text(tab.absence_rules.kept_field, "à la charge du prestataire")
    click(qtbot, tab.absence_rules.add_button)

    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    saved = _clauses(demo_db)
    assert [(f.effective_date, f.rate, f.sections) for f in saved.fees] == [
        (dt.date(2026, 1, 1), D("0.05"), ("personnel",)),
        (dt.date(2027, 1, 1), D("0.04"), ("locaux", "personnel")),
    ]
    assert [(v.section, v.treatment, v.legal_basis, v.exemption_code) for v in saved.vats
            if v.effective_date.year == 2027] == [("materiel", "exempt", "art. 261 B du CGI", "VATEX-EU-F")]  # fmt: skip
    assert [(r.kind, r.effective_date, r.kept) for r in saved.absence_rules] == [
        ("formation", dt.date(2027, 1, 1), True)
    ]


def test_a_monthly_change_becomes_wrong_when_the_frequency_turns_quarterly(dialog, qtbot, demo_db):
    before = _clauses(demo_db)
    frequency = dialog.frequency_combo
    frequency.setCurrentIndex(frequency.findData("monthly"))
    tab = dialog.clauses_tab
    type_into(qtbot, tab.fees.date_field, "01/02/2027")
    type_into(qtbot, tab.fees.rate_field, "3")
    click(qtbot, tab.fees.sections_field.boxes["personnel"])
    click(qtbot, tab.fees.add_button)
    assert dialog.save_button.isEnabled()
    frequency.setCurrentIndex(frequency.findData("quarterly"))
    assert not dialog.save_button.isEnabled()
    assert "le 01/02/2027 tombe à l'intérieur de la période qui se termine le 31/03/2027" in dialog.message.text()
    assert "01/02/2027" in tab.fees.date_field.error()
    dialog.reject()
    assert _clauses(demo_db) == before


def test_removing_the_fee_line_deletes_it(dialog, qtbot, demo_db):
    fees = dialog.clauses_tab.fees
    fees.view.selectRow(0)
    click(qtbot, fees.remove_button)
    click(qtbot, dialog.save_button)
    assert _clauses(demo_db).fees == []


def test_the_convention_page_words_the_clauses(window):
    window.show_page("convention")
    text = window.pages["convention"].terms_box.clauses.text()
    assert text.splitlines()[:2] == [
        "À partir du 01/01/2026 : frais de gestion de 5\u00a0% sur Personnel.",
        "À partir du 01/01/2026 : TVA de la section Personnel taxable à 20\u00a0%.",
    ]


def test_transparency_between_beneficiaries_is_ticked_saved_and_shown_on_the_page(dialog, qtbot, demo_db, window):
    check = dialog.clauses_tab.transparency_check
    assert not check.isChecked()  # off by default: each beneficiary sees only its own parts
    click(qtbot, check)
    assert dialog.save_button.isEnabled()
    click(qtbot, dialog.save_button)
    with demo_db.session() as session:
        assert session.scalars(select(m.Convention.transparency)).one() is True
    page = window.pages["convention"]
    assert page.terms_box.values["transparency"].text() == "oui, chaque bénéficiaire voit les parts des autres"
