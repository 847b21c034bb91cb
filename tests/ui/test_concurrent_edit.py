"""Two people on one database: the second to save the same bill is told, and keeps what they typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database
from mutualisation.ui.pages.expenses import ExpensesPage

from .test_edit_support import click, select_row, type_into


@pytest.fixture
def page(demo_db, qtbot):
    page = ExpensesPage(Workspace(demo_db))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def test_the_second_to_save_a_bill_is_told_and_keeps_the_form(page, qtbot, demo_db):
    label = "Téléphonie fixe et accès internet — juillet 2025"
    bill = select_row(page.bills_table, lambda r: r.label == label)
    click(qtbot, page.bills_bar.edit_button)
    form = page.form
    type_into(qtbot, form.amount, "390,00")

    # Meanwhile a colleague, in another instance of the app, corrects the same bill.
    other = open_database(demo_db.url)
    try:
        with other.session() as session, session.begin():
            session.get(m.Bill, bill.id).amount = Decimal("400.00")
    finally:
        other.dispose()

    click(qtbot, form.save_button)
    assert form.isVisible()  # not saved: the form stays open…
    assert "modifié" in form.problem_label.text() and form.problem_label.isVisible()
    assert form.amount.text() == "390,00"  # …with what was typed
    with demo_db.session() as session:
        assert session.scalar(select(m.Bill.amount).where(m.Bill.id == bill.id)) == Decimal("400.00")
