"""Personnel: a person's absences typed in the « Absences » tab of their form, checked as typed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.pages.staff import StaffPage

from .test_edit_support import choose_text, click, select_row, type_into


@pytest.fixture
def page(demo_db, qtbot):
    page = StaffPage(Workspace(demo_db))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def _absences(database, last_name):
    with database.session() as session:
        return session.execute(
            select(m.StaffAbsence.start_date, m.StaffAbsence.end_date, m.StaffAbsence.kind, m.StaffAbsence.note)
            .join(m.StaffMember, m.StaffMember.id == m.StaffAbsence.staff_id)
            .where(m.StaffMember.last_name == last_name)
            .order_by(m.StaffAbsence.start_date)
        ).all()


def _open_moreau(page, qtbot):
    select_row(page.staff_table, lambda r: r.name == "Alice Moreau")
    click(qtbot, page.staff_bar.edit_button)
    form = page.form
    form.tabs.setCurrentWidget(form.absences)
    return form


def test_the_stored_absence_is_listed_and_a_new_one_is_saved_with_the_person(page, qtbot, demo_db):
    form = _open_moreau(page, qtbot)
    assert [(a.start, a.end, a.kind_word) for a in form.absences.entries()] == [
        (dt.date(2026, 3, 9), dt.date(2026, 3, 13), "maladie")
    ]
    assert not form.absences.add_button.isEnabled()
    type_into(qtbot, form.absences.start_field, "02/06/2026")
    type_into(qtbot, form.absences.end_field, "04/06/2026")
    choose_text(form.absences.kind_field, "formation")
    type_into(qtbot, form.absences.note_field, "Stage CNFPT")
    click(qtbot, form.absences.add_button)
    assert form.save_button.isEnabled()
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert _absences(demo_db, "Moreau") == [
        (dt.date(2026, 3, 9), dt.date(2026, 3, 13), "maladie", ""),
        (dt.date(2026, 6, 2), dt.date(2026, 6, 4), "formation", "Stage CNFPT"),
    ]


def test_an_end_before_the_start_is_refused_next_to_the_field(page, qtbot):
    form = _open_moreau(page, qtbot)
    type_into(qtbot, form.absences.start_field, "10/06/2026")
    type_into(qtbot, form.absences.end_field, "04/06/2026")
    assert form.absences.end_field.error() == "La fin ne peut pas précéder le début."
    assert not form.absences.add_button.isEnabled()


def test_an_overlapping_absence_blocks_saving_with_its_reason_and_changes_nothing(page, qtbot, demo_db):
    form = _open_moreau(page, qtbot)
    type_into(qtbot, form.absences.start_field, "12/03/2026")
    type_into(qtbot, form.absences.end_field, "16/03/2026")
    choose_text(form.absences.kind_field, "congé")
    click(qtbot, form.absences.add_button)
    assert not form.save_button.isEnabled()
    assert form.problem_label.text() == (
        "Deux absences de Alice Moreau se chevauchent : du 09/03/2026 au 13/03/2026 et du 12/03/2026 au "
        "16/03/2026."
    )
    # Correcting the new line so that it starts after the sick leave lets the person be saved.
    type_into(qtbot, form.absences.start_field, "16/03/2026")
    click(qtbot, form.absences.correct_button)
    assert form.problem_label.text() == "" and form.save_button.isEnabled()
    form.reject()
    assert len(_absences(demo_db, "Moreau")) == 1


def test_moving_the_exit_date_before_an_absence_blocks_saving(page, qtbot):
    form = _open_moreau(page, qtbot)
    type_into(qtbot, form.end, "28/02/2026")
    assert not form.save_button.isEnabled()
    assert "sort de sa période d'emploi" in form.problem_label.text()


def test_a_removed_absence_is_deleted_on_saving(page, qtbot, demo_db):
    form = _open_moreau(page, qtbot)
    form.absences.view.selectRow(0)
    click(qtbot, form.absences.remove_button)
    assert form.absences.entries() == []
    click(qtbot, form.save_button)
    assert _absences(demo_db, "Moreau") == []


def test_a_reimbursement_is_typed_for_a_payroll_month_and_saved(page, qtbot, demo_db):
    from decimal import Decimal

    from mutualisation.services.editing.resource_clauses import ReimbursementEntry, load_reimbursements

    form = _open_moreau(page, qtbot)
    form.tabs.setCurrentWidget(form.reimbursements)
    editor = form.reimbursements
    type_into(qtbot, editor.month_field, "mars 2026")
    type_into(qtbot, editor.amount_field, "12,00")
    click(qtbot, editor.add_button)  # IJSS of March exists already: refused, said why
    assert editor.message.text().startswith("Ce mois a déjà un remboursement de cette nature")
    choose_text(editor.kind_field, "subrogation")
    type_into(qtbot, editor.month_field, "04/2026")
    type_into(qtbot, editor.amount_field, "95,40")
    click(qtbot, editor.add_button)
    click(qtbot, form.save_button)
    assert not form.isVisible()
    with demo_db.session() as session:
        person = session.scalars(select(m.StaffMember.id).where(m.StaffMember.last_name == "Moreau")).one()
        assert load_reimbursements(session, person) == [
            ReimbursementEntry(dt.date(2026, 3, 1), "ijss", Decimal("186.60")),
            ReimbursementEntry(dt.date(2026, 4, 1), "subrogation", Decimal("95.40")),
        ]
