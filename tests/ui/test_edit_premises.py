"""Locaux and Matériel: sites with dated surfaces, equipment with its dated key, through the forms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mutualisation.services.editing import equipment as equipment_service
from mutualisation.services.editing.history import DatedEntry
from mutualisation.services.workspace import Workspace
from mutualisation.ui.dialogs.equipment_dialog import EquipmentDialog
from mutualisation.ui.dialogs.site_dialog import SiteDialog
from mutualisation.ui.pages.equipment import EquipmentPage
from mutualisation.ui.pages.premises import PremisesPage

from .test_edit_support import choose, choose_text, click, issued_db, questions, rows, select_row, type_into, warnings  # noqa: F401

D = Decimal


def _page(page_class, database, qtbot):
    page = page_class(Workspace(database))
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def premises(demo_db, qtbot):
    return _page(PremisesPage, demo_db, qtbot)


@pytest.fixture
def equipment(demo_db, qtbot):
    return _page(EquipmentPage, demo_db, qtbot)


def _add_surface(qtbot, form: SiteDialog, code: str, day: str, area: str) -> None:
    choose_text(form.surfaces.party_field, code)
    type_into(qtbot, form.surfaces.date_field, day)
    type_into(qtbot, form.surfaces.value_field, area)
    click(qtbot, form.surfaces.add_button)


def test_a_site_is_added_with_surfaces_then_corrected_then_deleted(premises, qtbot, questions):
    click(qtbot, premises.sites_bar.add_button)
    form = premises.form
    assert isinstance(form, SiteDialog)
    type_into(qtbot, form.name, "Maison de l'habitat")
    qtbot.keyClicks(form.address, "2 rue Clemenceau, Jarny")
    type_into(qtbot, form.common, "12,5")
    _add_surface(qtbot, form, "PAYS", "01/01/2026", "40")
    _add_surface(qtbot, form, "ST2B", "01/01/2026", "20,25")
    click(qtbot, form.save_button)
    site = premises.sites_table.current_row()
    assert (site.name, site.exclusive_area, site.common_area) == ("Maison de l'habitat", D("60.25"), D("12.50"))
    surfaces = [r for r in rows(premises.surfaces_table) if r.site == "Maison de l'habitat"]
    assert sorted((r.area, r.effective_date) for r in surfaces) == [(D("20.25"), dt.date(2026, 1, 1)),
                                                                   (D("40.00"), dt.date(2026, 1, 1))]  # fmt: skip
    # A correction of a typing error replaces its line.
    click(qtbot, premises.sites_bar.edit_button)
    form = premises.form
    form.surfaces.select_entry(next(e for e in form.surfaces.entries() if e.value == D("20.25")))
    type_into(qtbot, form.surfaces.value_field, "22")
    click(qtbot, form.surfaces.correct_button)
    click(qtbot, form.save_button)
    assert premises.sites_table.current_row().exclusive_area == D("62")
    click(qtbot, premises.sites_bar.delete_button)
    assert "Maison de l'habitat" in questions[0]
    assert all(r.name != "Maison de l'habitat" for r in rows(premises.sites_table))


def test_a_negative_surface_is_refused(premises, qtbot):
    select_row(premises.sites_table, lambda r: r.name == "Bureaux de Briey")
    click(qtbot, premises.sites_bar.edit_button)
    form = premises.form
    choose_text(form.surfaces.party_field, "ST2B")
    type_into(qtbot, form.surfaces.date_field, "01/07/2026")
    type_into(qtbot, form.surfaces.value_field, "-3")
    assert "au moins 0" in form.surfaces.rows[2].message.text()
    assert not form.surfaces.add_button.isEnabled()


def test_a_site_in_use_is_not_deleted(premises, qtbot, questions, warnings):
    select_row(premises.sites_table, lambda r: r.name == "Bureaux de Briey")
    click(qtbot, premises.sites_bar.delete_button)
    assert "charge(s) récurrente(s)" in warnings[0]
    assert any(r.name == "Bureaux de Briey" for r in rows(premises.sites_table))


def test_an_issued_surface_is_not_deleted_from_the_list(issued_db, qtbot, questions, warnings):
    page = _page(PremisesPage, issued_db, qtbot)
    select_row(page.surfaces_table, lambda r: r.site == "Bureaux de Briey" and r.party.startswith("Syndicat mixte des")
               and r.effective_date == dt.date(2025, 1, 1))  # fmt: skip
    before = len(rows(page.surfaces_table))
    click(qtbot, page.surfaces_bar.delete_button)
    assert "2025-0001" in warnings[0] and len(rows(page.surfaces_table)) == before


# -- equipment --------------------------------------------------------------------------------


def test_an_item_is_added_edited_and_deleted(equipment, qtbot, questions):
    click(qtbot, equipment.bar.add_button)
    form = equipment.form
    assert isinstance(form, EquipmentDialog)
    type_into(qtbot, form.name, "Imprimante 3D")
    choose(form.kind, "it")
    type_into(qtbot, form.value, "1 250,40")
    type_into(qtbot, form.in_service, "01/02/2026")
    type_into(qtbot, form.life, "0")
    assert "au moins 1" in form.life.error() and not form.save_button.isEnabled()
    type_into(qtbot, form.life, "3")
    assert not form.save_button.isEnabled() and "clé" in form.problem_label.text()
    assert form.keys.date_field.value() == dt.date(2026, 2, 1)
    choose_text(form.keys.value_field, "Effectifs (ETP)")
    click(qtbot, form.keys.add_button)
    click(qtbot, form.save_button)
    item = equipment.equipment_table.current_row()
    assert (item.name, item.acquisition_value, item.useful_life_years) == ("Imprimante 3D", D("1250.40"), 3)
    click(qtbot, equipment.bar.edit_button)
    type_into(qtbot, equipment.form.life, "4")
    click(qtbot, equipment.form.save_button)
    assert equipment.equipment_table.current_row().useful_life_years == 4
    click(qtbot, equipment.bar.delete_button)
    assert all(r.name != "Imprimante 3D" for r in rows(equipment.equipment_table))


def test_an_item_in_use_or_depreciated_in_an_issued_period_is_not_deleted(issued_db, qtbot, questions, warnings):
    with issued_db.session() as session, session.begin():
        equipment_service.save_equipment(
            session, None, equipment_service.EquipmentValues("Tablette", "it", D("600"), dt.date(2024, 6, 1), 3),
            [DatedEntry(dt.date(2024, 6, 1), 1)],
        )  # fmt: skip
    page = _page(EquipmentPage, issued_db, qtbot)
    select_row(page.equipment_table, lambda r: r.name.startswith("Serveur"))
    click(qtbot, page.bar.delete_button)
    assert "2 facture(s)" in warnings[-1]
    select_row(page.equipment_table, lambda r: r.name == "Tablette")
    click(qtbot, page.bar.delete_button)
    assert "l'amortissement de « Tablette » (du 01/06/2024 au 31/05/2027)" in warnings[-1]
    assert "2025-0001" in warnings[-1]
    assert {"Tablette", "Serveur de fichiers Dell PowerEdge T150"} <= {r.name for r in rows(page.equipment_table)}
