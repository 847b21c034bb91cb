"""Personnel: people and their dated histories through the form; payroll typed into the grid."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from sqlalchemy import select

from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.payroll_grid import PayrollGridDialog
from mutualisation.ui.dialogs.staff_dialog import StaffDialog
from mutualisation.ui.pages.staff import StaffPage

from .test_edit_support import choose_text, click, issued_db, questions, rows, select_row, type_into, warnings  # noqa: F401

D = Decimal


@pytest.fixture
def page(demo_db, qtbot):
    page = StaffPage(Workspace(demo_db))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def _shares(database, first_name):
    with database.session() as session:
        return session.execute(
            select(m.Party.code, m.StaffShare.effective_date, m.StaffShare.share)
            .join(m.StaffMember, m.StaffMember.id == m.StaffShare.staff_id)
            .join(m.Party, m.Party.id == m.StaffShare.party_id)
            .where(m.StaffMember.first_name == first_name)
            .order_by(m.StaffShare.effective_date, m.Party.code)
        ).all()


def test_a_new_person_is_added_with_working_time_and_a_share(page, qtbot, demo_db):
    click(qtbot, page.staff_bar.add_button)
    form = page.form
    assert isinstance(form, StaffDialog) and not form.save_button.isEnabled()
    type_into(qtbot, form.first_name, "Hélène")
    type_into(qtbot, form.last_name, "Bauer")
    type_into(qtbot, form.job_title, "Chargée de communication")
    type_into(qtbot, form.start, "01/09/2026")
    assert "temps de travail" in form.problem_label.text()
    # The first values are offered from the day of entry: 100 % of a full time.
    assert form.working_times.date_field.value() == dt.date(2026, 9, 1)
    type_into(qtbot, form.working_times.value_field, "80")
    click(qtbot, form.working_times.add_button)
    form.tabs.setCurrentIndex(1)
    choose_text(form.shares.party_field, "ST2B")
    type_into(qtbot, form.shares.value_field, "30 %")
    click(qtbot, form.shares.add_button)
    click(qtbot, form.save_button)
    assert not form.isVisible()
    person = page.staff_table.current_row()
    assert (person.name, person.employment_start) == ("Hélène Bauer", dt.date(2026, 9, 1))
    assert _shares(demo_db, "Hélène") == [("ST2B", dt.date(2026, 9, 1), D("0.3"))]


def test_a_change_of_share_is_a_new_dated_line_never_an_overwrite(page, qtbot, demo_db):
    select_row(page.staff_table, lambda r: r.name == "Alice Moreau")
    click(qtbot, page.staff_bar.edit_button)
    form = page.form
    assert [(e.effective_date, e.value) for e in form.shares.entries()][:1] == [(dt.date(2025, 1, 1), D("0.4"))]
    choose_text(form.shares.party_field, "ST2B")
    type_into(qtbot, form.shares.date_field, "01/09/2026")
    type_into(qtbot, form.shares.value_field, "60")
    choose_text(form.shares.amendment_field, "n°\u00a02")
    click(qtbot, form.shares.add_button)
    click(qtbot, form.save_button)
    assert _shares(demo_db, "Alice") == [
        ("SCOT", dt.date(2025, 1, 1), D("0")), ("ST2B", dt.date(2025, 1, 1), D("0.4")),
        ("ST2B", dt.date(2025, 3, 1), D("0.5")), ("ST2B", dt.date(2026, 9, 1), D("0.6")),
    ]  # fmt: skip


def test_validation_messages_of_the_staff_form(page, qtbot):
    click(qtbot, page.staff_bar.add_button)
    form = page.form
    type_into(qtbot, form.first_name, "Jean")
    type_into(qtbot, form.last_name, "Petit")
    type_into(qtbot, form.start, "01/03/2026")
    type_into(qtbot, form.end, "01/02/2026")
    assert form.end.parentWidget().message.text() == "La sortie ne peut pas précéder l'entrée."
    click(qtbot, form.working_times.add_button)
    assert not form.save_button.isEnabled()
    type_into(qtbot, form.end, "")
    assert form.save_button.isEnabled()
    type_into(qtbot, form.shares.value_field, "120")
    assert "au plus 100" in form.shares.value_field.error() and not form.shares.add_button.isEnabled()
    # Two shares adding up to more than 100 % are refused before saving.
    for code, value in (("ST2B", "70"), ("SCOT", "40")):
        choose_text(form.shares.party_field, code)
        type_into(qtbot, form.shares.date_field, "01/03/2026")
        type_into(qtbot, form.shares.value_field, value)
        click(qtbot, form.shares.add_button)
    assert "110\u00a0%" in form.problem_label.text() and not form.save_button.isEnabled()


def test_a_new_person_is_deleted_after_confirmation(page, qtbot, demo_db, questions):
    click(qtbot, page.staff_bar.add_button)
    form = page.form
    type_into(qtbot, form.first_name, "Temp")
    type_into(qtbot, form.last_name, "Oraire")
    type_into(qtbot, form.start, "01/09/2026")
    click(qtbot, form.working_times.add_button)
    click(qtbot, form.save_button)
    click(qtbot, page.staff_bar.delete_button)
    assert "Temp Oraire" in questions[0]
    assert all(r.name != "Temp Oraire" for r in rows(page.staff_table))


def test_a_person_of_an_issued_period_is_not_deleted(issued_db, qtbot, questions, warnings):
    page = StaffPage(Workspace(issued_db))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    select_row(page.staff_table, lambda r: r.name == "Alice Moreau")
    click(qtbot, page.staff_bar.delete_button)
    assert "2025-0001" in warnings[0]
    assert any(r.name == "Alice Moreau" for r in rows(page.staff_table))


def test_removing_an_issued_share_from_the_history_is_refused_in_the_form(issued_db, qtbot):
    page = StaffPage(Workspace(issued_db))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    select_row(page.staff_table, lambda r: r.name == "Alice Moreau")
    click(qtbot, page.staff_bar.edit_button)
    form = page.form
    form.tabs.setCurrentIndex(1)
    form.shares.select_entry(form.shares.entries()[0])
    click(qtbot, form.shares.remove_button)
    assert "2025-0001" in form.shares.message.text() and len(form.shares.entries()) == 3


# -- the payroll grid ---------------------------------------------------------------------------


def _grid(page, qtbot, year=2026) -> PayrollGridDialog:
    page.tabs.setCurrentIndex(1)
    select_row(page.payroll_table, lambda r: r.month.year == year)
    click(qtbot, page.payroll_bar.edit_button)
    dialog = page.grid_dialog
    assert dialog.isVisible() and dialog.year.value() == year
    return dialog


def _cell(dialog, month: int, person: str):
    column = dialog.model.column_labels.index(person)
    return dialog.model.index(month - 1, column)


def _gross(database, first_name, month):
    with database.session() as session:
        return session.scalar(
            select(m.PayrollCost.gross_salary)
            .join(m.StaffMember, m.StaffMember.id == m.PayrollCost.staff_id)
            .where(m.StaffMember.first_name == first_name, m.PayrollCost.month == month)
        )


def test_a_cell_typed_in_the_payroll_grid_is_stored_and_enter_goes_down(page, qtbot, demo_db):
    dialog = _grid(page, qtbot)
    grid = dialog.grid
    grid.setFocus()
    grid.setCurrentIndex(_cell(dialog, 11, "Alice Moreau"))
    qtbot.keyClicks(grid, "4")  # typing on a cell opens its editor with that key
    editor = grid.findChild(QLineEdit)
    qtbot.keyClicks(editor, " 321,5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _gross(demo_db, "Alice", dt.date(2026, 11, 1)) == D("4321.50"))
    qtbot.waitUntil(lambda: grid.currentIndex().row() == 11)
    assert grid.currentIndex().column() == _cell(dialog, 11, "Alice Moreau").column()
    assert _cell(dialog, 11, "Alice Moreau").data() == "4\u202f321,50"
    # The payroll list of the page follows.
    assert any(r.person == "Alice Moreau" and r.month == dt.date(2026, 11, 1) for r in rows(page.payroll_table))


def test_a_block_pasted_from_a_spreadsheet_is_stored_at_once(page, qtbot, demo_db):
    dialog = _grid(page, qtbot)
    dialog.grid.setCurrentIndex(_cell(dialog, 11, "Bruno Lambert"))
    assert dialog.grid.paste("4 500,00\t3 100,00\r\n4 510,00\t3 110,00\r\n")
    assert _gross(demo_db, "Bruno", dt.date(2026, 11, 1)) == D("4500.00")
    assert _gross(demo_db, "Alice", dt.date(2026, 12, 1)) == D("3110.00")


def test_a_bad_amount_in_the_grid_is_refused_with_its_reason(page, qtbot, demo_db):
    dialog = _grid(page, qtbot)
    before = _gross(demo_db, "Alice", dt.date(2026, 1, 1))
    dialog.grid.setCurrentIndex(_cell(dialog, 1, "Alice Moreau"))
    dialog.grid.edit(dialog.grid.currentIndex())
    editor = dialog.grid.findChild(QLineEdit)
    editor.clear()
    qtbot.keyClicks(editor, "12,345")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.message.isVisible)
    assert "Janvier 2026, Alice Moreau" in dialog.message.text()
    assert "2 décimales au plus" in dialog.message.text()
    assert _gross(demo_db, "Alice", dt.date(2026, 1, 1)) == before


def test_months_without_employment_are_closed(page, qtbot):
    dialog = _grid(page, qtbot, 2025)
    closed = _cell(dialog, 1, "Farid Haddad")
    assert not (dialog.model.flags(closed) & Qt.ItemFlag.ItemIsEditable)
    assert dialog.model.data(closed, Qt.ItemDataRole.ToolTipRole) == "Pas employé(e) ce mois-ci"
    choose_text(dialog.part, "Coût total")
    assert not (dialog.model.flags(_cell(dialog, 7, "Farid Haddad")) & Qt.ItemFlag.ItemIsEditable)


def test_clearing_an_issued_month_of_payroll_is_refused(issued_db, qtbot, questions, warnings):
    page = StaffPage(Workspace(issued_db))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.tabs.setCurrentIndex(1)
    select_row(page.payroll_table, lambda r: r.person == "Alice Moreau" and r.month == dt.date(2025, 2, 1))
    click(qtbot, page.payroll_bar.delete_button)
    assert "février 2025" in questions[0]
    assert "2025-0001" in warnings[0]
    assert _gross(issued_db, "Alice", dt.date(2025, 2, 1)) == D("2920.00")


def test_before_any_convention_the_shares_tab_says_why_it_is_empty_and_the_person_is_saved(db, qtbot):
    form = StaffDialog(Workspace(db))
    qtbot.addWidget(form)
    form.show()
    form.tabs.setCurrentIndex(1)
    assert form.shares_note.isVisible()
    assert form.shares_note.text().startswith(
        "Aucune convention : créez d'abord la convention et ses bénéficiaires (page Convention) "
        "pour répartir ce poste."
    )
    assert "entièrement à la charge du prestataire" in form.shares_note.text()
    assert form.shares.party_field.count() == 0 and not form.shares.isEnabled()
    type_into(qtbot, form.first_name, "Chloé")
    type_into(qtbot, form.last_name, "Girard")
    type_into(qtbot, form.start, "01/01/2026")
    form.tabs.setCurrentIndex(0)
    click(qtbot, form.working_times.add_button)
    click(qtbot, form.save_button)  # without shares: wholly for the provider
    assert not form.isVisible()
    with db.session() as session:
        assert session.scalar(select(m.StaffMember.last_name)) == "Girard"
        assert session.scalars(select(m.StaffShare)).all() == []


def test_a_person_without_shares_is_said_to_stay_with_the_provider(page, qtbot):
    click(qtbot, page.staff_bar.add_button)
    form = page.form
    form.tabs.setCurrentIndex(1)
    assert form.shares_note.isVisible() and form.shares.isEnabled()
    told = form.shares_note.text()
    assert told.startswith("Aucune quotité : l'agent reste entièrement à la charge du prestataire")
    choose_text(form.shares.party_field, "ST2B")
    type_into(qtbot, form.shares.date_field, "01/09/2026")
    type_into(qtbot, form.shares.value_field, "30")
    click(qtbot, form.shares.add_button)
    assert not form.shares_note.isVisible()


def test_an_empty_new_person_form_names_the_required_fields(page, qtbot):
    click(qtbot, page.staff_bar.add_button)
    form = page.form
    assert form.problem_label.text() == "Champs obligatoires à remplir : Prénom, Nom, Entrée."
    type_into(qtbot, form.first_name, "Jean")
    type_into(qtbot, form.last_name, "Petit")
    assert form.problem_label.text() == "Champ obligatoire à remplir : Entrée."
