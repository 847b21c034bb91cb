"""Each missing-data alert, on the dashboard or under the États preview, opens the place where
that data is typed: the payroll grid at the month, the readings grid at the period, the year's
Prévisions at the meter, the person's planned cost."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from mutualisation.domain.periods import parse_period
from mutualisation.services.alerts import entry_place
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.payroll_grid import PayrollGridDialog
from mutualisation.ui.dialogs.planned_use_grid import PlannedUseDialog
from mutualisation.ui.dialogs.readings_grid import ReadingsGridDialog
from mutualisation.ui.models.alerts import AlertTableModel
from mutualisation.ui.models.table_model import ROW_ROLE

pytestmark = pytest.mark.usefixtures("no_thread_left")
SHOTS = "/tmp/d12shots"


def dashboard(window, qtbot):
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    qtbot.waitUntil(lambda: page.figures is not None and not page.task.is_busy(), timeout=30000)
    return page


def click_alert(qtbot, page, predicate):
    """Click, as a person would, the first alert matching ``predicate``; return it."""
    proxy = page.alerts_proxy
    row = next(r for r in range(proxy.rowCount()) if predicate(proxy.index(r, 0).data(ROW_ROLE)))
    alert = proxy.index(row, 0).data(ROW_ROLE)
    view = page.alerts_view
    view.scrollTo(proxy.index(row, 0))
    rect = view.visualRect(proxy.index(row, AlertTableModel.MESSAGE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return alert


def person(db, first_name: str) -> int:
    with db.session() as session:
        return session.scalar(select(m.StaffMember.id).where(m.StaffMember.first_name == first_name))


def meter(db, unit: str) -> int:
    with db.session() as session:
        return session.scalar(select(m.Meter.id).where(m.Meter.unit == unit))


def test_the_place_of_each_missing_datum():
    assert entry_place("missing_payroll", "staff") == "payroll"
    assert entry_place("missing_readings", "meter") == "readings"
    assert entry_place("zero_key_total", "meter") == "readings"
    assert entry_place("zero_key_total", "site") == "site"
    assert entry_place("missing_planned_use", "meter") == "planned_use"
    assert entry_place("missing_planned_cost", "staff") == "planned_cost"
    assert entry_place("shares_over_100", "staff") == "staff"


def test_a_missing_payroll_alert_opens_the_payroll_grid_at_the_month(window, qtbot):
    page = dashboard(window, qtbot)
    alert = click_alert(qtbot, page, lambda a: a.kind == "missing_data" and a.code == "missing_payroll")
    assert "Paie manquante" in alert.message and alert.place == "payroll"
    assert window.current_page_key() == "staff"
    staff = window.pages["staff"]
    dialog = staff.grid_dialog
    assert isinstance(dialog, PayrollGridDialog) and dialog.isVisible()
    assert dialog.year.value() == alert.day.year
    current = dialog.grid.currentIndex()
    assert current.row() == alert.day.month - 1
    people = dialog.model.year_data.people
    assert people[current.column()].id == alert.item_id
    assert dialog.model.flags(current) & Qt.ItemFlag.ItemIsEditable
    dialog.grab().save(f"{SHOTS}/alert_payroll_grid.png")
    dialog.close()


def test_a_missing_readings_alert_opens_the_meter_grid_at_the_period(window, qtbot):
    page = dashboard(window, qtbot)
    alert = click_alert(qtbot, page, lambda a: a.kind == "missing_data" and a.code == "missing_readings")
    assert alert.place == "readings"
    assert window.current_page_key() == "keys"
    keys = window.pages["keys"]
    dialog = keys.grid_dialog
    assert isinstance(dialog, ReadingsGridDialog) and dialog.isVisible()
    assert dialog.meter.value() == alert.item_id and dialog.year.value() == alert.day.year
    row = dialog.grid.currentIndex().row()
    assert alert.day in dialog.model.year_data.periods[row]
    dialog.grab().save(f"{SHOTS}/alert_readings_grid.png")
    dialog.close()


def test_a_missing_planned_use_alert_opens_the_previsions_of_the_year(window, qtbot, demo_db):
    # In advance mode, the year's advance calls need its forecast, which lacks the planned use.
    with demo_db.session() as session, session.begin():
        for convention in session.scalars(select(m.Convention)):
            convention.advance_mode = True
    window.invalidate_pages()
    page = dashboard(window, qtbot)
    page.refresh()
    qtbot.waitUntil(lambda: not page.task.is_busy(), timeout=30000)
    vehicle = meter(demo_db, "km")
    alert = click_alert(qtbot, page, lambda a: a.code == "missing_planned_use" and a.item_id == vehicle)
    assert "Prévisions" in alert.message and "Relevés" not in alert.message
    assert window.current_page_key() == "keys"
    dialog = window.pages["keys"].planned_dialog
    assert isinstance(dialog, PlannedUseDialog) and dialog.isVisible()
    assert dialog.year.value() == dt.date.today().year
    assert dialog.model.year_data.meters[dialog.grid.currentIndex().row()].id == vehicle
    dialog.grab().save(f"{SHOTS}/alert_planned_use.png")
    dialog.close()


def test_the_statements_page_problem_opens_the_payroll_grid_and_the_readings_grid(window, qtbot, demo_db):
    window.show_page("statements")
    page = window.pages["statements"]
    idle = lambda: not any(t.is_busy() for t in (page.preview_task, page.issue_task, page.drift_task))  # noqa: E731
    qtbot.waitUntil(idle, timeout=30000)
    period = parse_period("2026-T4")
    combo = page.period_picker.period_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == period))
    qtbot.waitUntil(lambda: idle() and page._result is not None and page._result.period == period, timeout=30000)
    problems = page.preview.problems_table
    codes = [problems.proxy.index(r, 0).data(ROW_ROLE).code for r in range(problems.proxy.rowCount())]

    row = codes.index("missing_payroll")
    problem = problems.proxy.index(row, 0).data(ROW_ROLE)
    problems.view.setCurrentIndex(problems.proxy.index(row, 0))
    qtbot.mouseClick(page.preview.fix_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "staff"
    grid = window.pages["staff"].grid_dialog
    assert isinstance(grid, PayrollGridDialog) and grid.isVisible()
    assert (grid.year.value(), grid.grid.currentIndex().row()) == (problem.day.year, problem.day.month - 1)
    assert grid.model.year_data.people[grid.grid.currentIndex().column()].id == problem.item_id
    grid.close()

    window.show_page("statements")
    row = codes.index("missing_readings")
    problem = problems.proxy.index(row, 0).data(ROW_ROLE)
    problems.view.setCurrentIndex(problems.proxy.index(row, 0))
    qtbot.mouseClick(page.preview.fix_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "keys"
    readings = window.pages["keys"].grid_dialog
    assert isinstance(readings, ReadingsGridDialog) and readings.isVisible()
    assert readings.meter.value() == problem.item_id
    assert problem.day in readings.model.year_data.periods[readings.grid.currentIndex().row()]
    readings.close()


@pytest.mark.parametrize(
    ("code", "kind", "model", "page_key", "dialog_module", "dialog_class"),
    [
        ("zero_key_total", "site", m.Site, "premises", "site_dialog", "SiteDialog"),
        ("missing_key", "equipment", m.Equipment, "equipment", "equipment_dialog", "EquipmentDialog"),
        ("missing_key", "category", m.ExpenseCategory, "keys", "category_dialog", "CategoryDialog"),
        ("unknown_party", "key", m.AllocationKey, "keys", "key_dialog", "KeyDialog"),
        ("zero_key_total", "key", m.AllocationKey, "keys", "headcount_dialog", "HeadcountDialog"),
        ("shares_over_100", "staff", m.StaffMember, "staff", "staff_dialog", "StaffDialog"),
        ("missing_key", "bill", m.Bill, "expenses", "bill_dialog", "BillDialog"),
    ],
)
def test_a_record_that_lacks_a_value_opens_its_form(window, qtbot, demo_db, code, kind, model, page_key,
                                                    dialog_module, dialog_class):  # fmt: skip
    import importlib

    from mutualisation.services.alerts import page_of

    with demo_db.session() as session:
        ident = session.scalar(select(model.id).order_by(model.id).limit(1))
    place = entry_place(code, kind)
    assert page_of(place) == page_key
    window.on_page_entry_requested(page_of(place), place, ident, dt.date(2026, 10, 1))
    assert window.current_page_key() == page_key
    form = window.pages[page_key].form
    assert isinstance(form, getattr(importlib.import_module(f"mutualisation.ui.dialogs.{dialog_module}"), dialog_class))
    assert form.isVisible()
    form.reject()


def test_a_convention_lacking_a_section_vat_opens_its_clauses(window, qtbot, demo_db):
    from mutualisation.ui.dialogs.convention_dialog import ConventionDialog

    with demo_db.session() as session:
        ident = session.scalar(select(m.Convention.id).limit(1))
    window.on_page_entry_requested("convention", entry_place("missing_vat", "convention"), ident, None)
    assert window.current_page_key() == "convention"
    dialog = window.pages["convention"].dialog
    assert isinstance(dialog, ConventionDialog) and dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.clauses_tab
    dialog.reject()
