"""Clés et relevés: keys, categories, own headcount and the readings grid, through the forms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.key_dialog import KeyDialog
from mutualisation.ui.pages.keys import KeysPage

from .test_edit_support import choose, choose_text, click, issued_db, questions, rows, select_row, type_into, warnings  # noqa: F401

D = Decimal


@pytest.fixture
def page(demo_db, qtbot):
    page = KeysPage(Workspace(demo_db))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def test_a_fixed_key_is_added_with_dated_percentages(page, qtbot, questions):
    click(qtbot, page.keys_bar.add_button)
    form = page.form
    assert isinstance(form, KeyDialog) and form.kind.value() == "fixed"
    type_into(qtbot, form.name, "Forfait communication")
    for code, value in (("ST2B", "30"), ("SCOT", "10")):
        choose_text(form.shares.party_field, code)
        type_into(qtbot, form.shares.date_field, "01/01/2026")
        type_into(qtbot, form.shares.value_field, value)
        click(qtbot, form.shares.add_button)
    click(qtbot, form.save_button)
    key = page.keys_table.current_row()
    assert (key.name, key.kind) == ("Forfait communication", "fixed")
    assert sorted((s.party_code, s.value) for s in key.fixed_shares) == [("SCOT", D("0.1")), ("ST2B", D("0.3"))]
    click(qtbot, page.keys_bar.delete_button)
    assert all(r.name != "Forfait communication" for r in rows(page.keys_table))


def test_each_kind_asks_for_what_it_needs(page, qtbot):
    click(qtbot, page.keys_bar.add_button)
    form = page.form
    type_into(qtbot, form.name, "Surface de Jarny")
    choose(form.kind, "surface")
    assert form.site.isVisible() and not form.meter.isVisible() and not form.shares_box.isVisible()
    assert not form.save_button.isEnabled()
    choose_text(form.site, "Antenne de Landres")
    assert form.save_button.isEnabled()
    choose(form.kind, "fixed")
    choose_text(form.shares.party_field, "ST2B")
    type_into(qtbot, form.shares.date_field, "01/01/2026")
    type_into(qtbot, form.shares.value_field, "100")
    click(qtbot, form.shares.add_button)
    choose_text(form.shares.party_field, "SCOT")
    type_into(qtbot, form.shares.value_field, "5")
    click(qtbot, form.shares.add_button)
    assert "105\u00a0%" in form.problem_label.text() and not form.save_button.isEnabled()


def test_a_key_in_use_is_not_deleted(page, qtbot, questions, warnings):
    select_row(page.keys_table, lambda r: r.name == "Effectifs (ETP)")
    click(qtbot, page.keys_bar.delete_button)
    assert "catégorie(s) de dépenses" in warnings[0]
    assert any(r.name == "Effectifs (ETP)" for r in rows(page.keys_table))


def test_a_category_is_added_given_a_new_key_and_deleted(page, qtbot, questions):
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.categories_bar.add_button)
    form = page.form
    type_into(qtbot, form.code, "com")
    type_into(qtbot, form.name, "Communication")
    type_into(qtbot, form.keys.date_field, "01/01/2026")
    choose_text(form.keys.value_field, "Effectifs (ETP)")
    click(qtbot, form.keys.add_button)
    form.tabs.setCurrentIndex(1)
    type_into(qtbot, form.budgets.year_field, "2027")
    type_into(qtbot, form.budgets.amount_field, "1 800")
    click(qtbot, form.budgets.add_button)
    click(qtbot, form.save_button)
    category = page.categories_table.current_row()
    assert (category.code, category.key_name) == ("COM", "Effectifs (ETP)")
    click(qtbot, page.categories_bar.edit_button)
    form = page.form
    type_into(qtbot, form.keys.date_field, "01/07/2026")
    choose_text(form.keys.value_field, "Direct ST2b")
    click(qtbot, form.keys.add_button)
    click(qtbot, form.save_button)
    assert len(page.form.keys.entries()) == 2
    click(qtbot, page.categories_bar.delete_button)
    assert all(r.code != "COM" for r in rows(page.categories_table))


def test_own_headcount_gets_a_new_dated_value(page, qtbot, demo_db):
    page.tabs.setCurrentIndex(2)
    select_row(page.headcount_table, lambda r: r.party.startswith("Syndicat mixte des") and r.fte == D("3"))
    click(qtbot, page.headcount_bar.edit_button)
    form = page.form
    assert [e.value for e in form.entries.entries()] == [D("2"), D("3")]
    type_into(qtbot, form.entries.date_field, "01/09/2026")
    type_into(qtbot, form.entries.value_field, "3,5")
    click(qtbot, form.entries.add_button)
    click(qtbot, form.save_button)
    ftes = sorted(r.fte for r in rows(page.headcount_table) if r.party.startswith("Syndicat mixte des"))
    assert ftes == [D("2"), D("3"), D("3.5")]


def _quantity(database, unit, code, start):
    with database.session() as session:
        return session.scalar(
            select(m.MeterReading.quantity)
            .join(m.Meter, m.Meter.id == m.MeterReading.meter_id)
            .join(m.Party, m.Party.id == m.MeterReading.party_id)
            .where(m.Meter.unit == unit, m.Party.code == code, m.MeterReading.period_start == start)
        )


def test_the_readings_grid_edits_a_quantity(page, qtbot, demo_db):
    page.tabs.setCurrentIndex(3)
    click(qtbot, page.readings_bar.add_button)
    dialog = page.grid_dialog
    choose_text(dialog.meter, "Kilométrage")
    dialog.year.setValue(2026)
    model = dialog.model
    assert model.column_labels == ["PAYS", "ST2B", "SCOT"] and model.row_labels[3] == "4e trimestre 2026"
    grid = dialog.grid
    grid.setCurrentIndex(model.index(3, 1))
    qtbot.keyClicks(grid, "1")
    editor = grid.findChild(QLineEdit)
    qtbot.keyClicks(editor, " 204,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _quantity(demo_db, "km", "ST2B", dt.date(2026, 10, 1)) == D("1204.5"))
    assert model.index(3, 1).data() == "1\u202f204,5"
    assert any(r.period_start == dt.date(2026, 10, 1) for r in rows(page.readings_table))
    assert not model.setData(model.index(3, 0), "-5") and "négative" in dialog.message.text()


def test_an_issued_reading_is_not_deleted(issued_db, qtbot, questions, warnings):
    page = KeysPage(Workspace(issued_db))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(3)
    select_row(page.readings_table, lambda r: r.period_start == dt.date(2025, 1, 1) and r.unit == "km")
    click(qtbot, page.readings_bar.delete_button)
    assert "2025-0001" in warnings[0]
    assert _quantity(issued_db, "km", "PAYS", dt.date(2025, 1, 1)) is not None


def test_a_key_is_offered_by_its_name_with_its_type_only_when_the_name_does_not_say_it(page, qtbot):
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.categories_bar.add_button)
    combo = page.form.keys.value_field
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert "Effectifs (ETP)" in offered  # not « Effectifs (ETP) (effectifs) »
    assert "Kilomètres du véhicule — relevé de compteur" in offered
    assert "Direct ST2b" in offered and "Forfait fournitures — pourcentage fixe" in offered
    assert not any(") (" in text for text in offered)


def test_the_label_of_a_key():
    from mutualisation.ui.dialogs.choices import key_label

    assert key_label("Effectifs (ETP)", "headcount") == "Effectifs (ETP)"
    assert key_label("Surface — Bureaux de Briey", "surface") == "Surface — Bureaux de Briey"
    assert key_label("ETP", "headcount") == "ETP — effectifs"
    assert key_label("Copies du copieur", "metered") == "Copies du copieur — relevé de compteur"
