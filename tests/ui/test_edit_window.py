"""In the main window: a change on one page makes the others read again; pages open at a record."""

from __future__ import annotations

from decimal import Decimal

from mutualisation.services.workspace import Workspace
from mutualisation.ui.main_window import MainWindow

from .test_edit_support import click, select_row, type_into


def test_a_saved_bill_makes_the_other_pages_read_again(demo_db, qtbot):
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    window.show()
    window.show_page("expenses")
    page = window.pages["expenses"]
    for key in ("dashboard", "statements", "keys"):
        window.pages[key].ensure_loaded()
        assert not window.pages[key]._stale
    select_row(page.bills_table, lambda r: r.supplier == "MAIF")
    click(qtbot, page.bills_bar.edit_button)
    type_into(qtbot, page.form.amount, "730,00")
    click(qtbot, page.form.save_button)
    assert page.bills_table.current_row().amount == Decimal("730.00")
    assert all(window.pages[key]._stale for key in ("dashboard", "statements", "keys"))


def test_pages_open_at_the_record_asked_for(demo_db, qtbot):
    window = MainWindow(Workspace(demo_db))
    qtbot.addWidget(window)
    window.show()
    staff = window.pages["staff"]
    staff.ensure_loaded()
    alice = next(r for r in staff.staff_table.model.rows if r.name == "Alice Moreau")
    window.show_page("staff")
    staff.show_record("staff", alice.id)
    assert staff.staff_table.current_row() == alice
    charges = window.pages["expenses"]
    charges.ensure_loaded()
    rent = next(r for r in charges.charges_table.model.rows if r.label == "Loyer des bureaux")
    window.show_page("expenses")
    charges.show_record("charge", rent.id)
    assert charges.tabs.currentIndex() == 1 and charges.charges_table.current_row() == rent
