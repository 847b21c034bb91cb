"""A meter's unit prices and a recurring charge's later amounts and revaluation, typed in their forms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from mutualisation.services.editing import resource_clauses as rc
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.charge_dialog import ChargeDialog
from mutualisation.ui.dialogs.meter_dialog import MeterDialog

from .test_edit_support import click, type_into

D = Decimal
LANDRES = "Occupation de l'antenne — commune de Landres"


def _id(database, model, **where):
    with database.session() as session:
        query = select(model.id)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return session.scalars(query).first()


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_unit_price_is_added_to_the_meter_and_saved(demo_db, qtbot):
    meter = _id(demo_db, m.Meter, unit="km")
    form = _open(qtbot, MeterDialog(Workspace(demo_db), meter))
    # The demonstration bills the km at 0,39 € from 2026 (amendment n° 2): a new price for 2027.
    assert [(e.effective_date, e.value) for e in form.prices.entries()] == [(dt.date(2026, 1, 1), D("0.39"))]
    type_into(qtbot, form.prices.date_field, "01/01/2027")
    type_into(qtbot, form.prices.value_field, "0,4512345")
    assert form.prices.value_field.error() == "Nombre « 0,4512345 » illisible (6 décimales au plus)."
    assert not form.prices.add_button.isEnabled()
    type_into(qtbot, form.prices.value_field, "0,45")
    click(qtbot, form.prices.add_button)
    click(qtbot, form.save_button)
    assert not form.isVisible()
    with demo_db.session() as session:
        assert [(e.effective_date, e.value) for e in rc.load_meter_prices(session, meter)] == [
            (dt.date(2026, 1, 1), D("0.39")), (dt.date(2027, 1, 1), D("0.45"))
        ]  # fmt: skip


def test_a_later_amount_and_a_new_revaluation_rate_are_saved_with_the_charge(demo_db, qtbot):
    charge = _id(demo_db, m.RecurringCharge, label=LANDRES)
    form = _open(qtbot, ChargeDialog(Workspace(demo_db), charge))
    assert form.revaluation_rate.text() == "1,5 %" and form.revaluation_date.value() == dt.date(2025, 1, 1)
    type_into(qtbot, form.revaluation_rate, "2")
    type_into(qtbot, form.amounts.date_field, "01/01/2027")
    type_into(qtbot, form.amounts.value_field, "1 100,00")
    click(qtbot, form.amounts.add_button)
    click(qtbot, form.save_button)
    assert not form.isVisible()
    with demo_db.session() as session:
        assert [(e.effective_date, e.value) for e in rc.load_charge_amounts(session, charge)] == [
            (dt.date(2027, 1, 1), D("1100.00"))
        ]
        revaluation = rc.load_revaluation(session, charge)
    assert (revaluation.rate, revaluation.reference_date) == (D("0.02"), dt.date(2025, 1, 1))
    assert revaluation.amendment_id is not None  # still cites amendment n° 2


def test_a_rate_without_its_reference_date_blocks_saving(demo_db, qtbot):
    charge = _id(demo_db, m.RecurringCharge, label=LANDRES)
    form = _open(qtbot, ChargeDialog(Workspace(demo_db), charge))
    type_into(qtbot, form.revaluation_date, "")
    assert not form.save_button.isEnabled()
    assert form.problem_label.text() == (
        "Revalorisation : indiquez le taux et la date de référence, ou ni l'un ni l'autre."
    )
    type_into(qtbot, form.revaluation_rate, "")
    assert form.save_button.isEnabled()
    click(qtbot, form.save_button)
    with demo_db.session() as session:
        assert rc.load_revaluation(session, charge) is None


def test_an_amount_dated_on_the_charge_start_is_refused_by_the_service_and_nothing_changes(demo_db, qtbot):
    charge = _id(demo_db, m.RecurringCharge, label=LANDRES)
    form = _open(qtbot, ChargeDialog(Workspace(demo_db), charge))
    type_into(qtbot, form.amounts.date_field, "01/01/2025")
    type_into(qtbot, form.amounts.value_field, "900")
    click(qtbot, form.amounts.add_button)
    type_into(qtbot, form.revaluation_rate, "3")
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert "doit tomber après le début de la charge (01/01/2025)" in form.problem_label.text()
    with demo_db.session() as session:
        assert rc.load_charge_amounts(session, charge) == []
        assert rc.load_revaluation(session, charge).rate == D("0.015")
