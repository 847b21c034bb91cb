"""The engine's inputs, one loader per register, on the worked example of DESIGN.md §4."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from mutualisation.domain.periods import Period
from mutualisation.services import cost_inputs
from mutualisation.services.costs import find_convention, load_cost_data
from mutualisation.storage import models as m

from .worked_example_db import record_worked_example

Q1 = Period.quarter(2025, 1)


def test_each_loader_reads_what_the_period_can_use(db):
    with db.session() as session, session.begin():
        record_worked_example(session)
    with db.session() as session:
        labels = cost_inputs.amendment_labels(session)
        assert list(labels.values()) == ["avenant n° 1"]
        bills = cost_inputs.load_bills(session, Q1)
        # by date, then in the order recorded; spread bills (service period) read by their own query
        assert [b.label for b in bills] == [
            "Téléphone", "Assurance du véhicule", "Entretien du véhicule", "Carburant",
            "Assurance des locaux", "Électricité", "Frais de déplacement",
        ]  # fmt: skip
        assert bills[4].amount == Decimal("300.00") and bills[4].service_start == dt.date(2025, 1, 1)
        assert cost_inputs.load_bills(session, Period.quarter(2025, 3)) == ()
        charges = cost_inputs.load_charges(session, Q1)
        assert [c.label for c in charges] == ["Charges locatives", "Location du copieur", "Loyer", "Ménage"]
        assert [c.attachment.kind for c in charges] == ["site", "category", "site", "site"]
        staff = cost_inputs.load_staff(session, Q1, labels, actuals=True)
        assert [p.name for p in staff] == ["Alice", "Bruno", "Chloé", "David"]
        assert staff[0].payroll == {(2025, 1): Decimal("4200.00"), (2025, 2): Decimal("4200.00"),
                                    (2025, 3): Decimal("4900.00")}  # fmt: skip
        assert all(p.payroll == {} for p in cost_inputs.load_staff(session, Q1, labels, actuals=False))
        assert {k.kind for k in cost_inputs.load_keys(session, labels).values()} >= {"metered", "headcount", "direct"}
        assert all(not meter.periods for meter in cost_inputs.load_meters(session, Q1, actuals=False).values())


def test_the_loaders_together_are_the_engine_data(db):
    with db.session() as session, session.begin():
        record_worked_example(session)
    with db.session() as session:
        convention = find_convention(session, "ST2B")
        data = load_cost_data(session, convention, Q1)
        planned = load_cost_data(session, convention, Q1, actuals=False)
    assert data.provider.code == "PAYS" and [p.code for p in data.beneficiaries] == ["ST2B"]
    assert len(data.bills) == 7 and planned.bills == ()
    assert data.equipment[0].in_service == dt.date(2023, 7, 1)


def test_the_planned_inputs_are_those_of_the_year_asked(db):
    with db.session() as session, session.begin():
        record_worked_example(session)
        alice = session.scalars(select(m.StaffMember).order_by(m.StaffMember.id)).first()
        category = session.scalars(select(m.ExpenseCategory)).first()
        meter = session.scalars(select(m.Meter)).first()
        party = session.scalar(select(m.Party).where(m.Party.code == "ST2B"))
        session.add_all([
            m.PlannedStaffCost(staff_id=alice.id, year=2026, amount=Decimal("52000.00")),
            m.PlannedStaffCost(staff_id=alice.id, year=2027, amount=Decimal("99.00")),
            m.CategoryBudget(category_id=category.id, year=2026, amount=Decimal("1200.50")),
            m.PlannedMeterUse(meter_id=meter.id, party_id=party.id, year=2026, quantity=Decimal("3000")),
        ])  # fmt: skip
        ids = alice.id, category.id, meter.id, party.id
    alice_id, category_id, meter_id, party_id = ids
    with db.session() as session:
        planned = cost_inputs.load_planned(session, 2026)
        assert planned.staff_costs == {alice_id: Decimal("52000.00")}
        assert planned.budgets == {category_id: Decimal("1200.50")}
        assert planned.meter_use == {meter_id: {party_id: Decimal("3000")}}
        assert cost_inputs.load_planned(session, 2025) == ({}, {}, {})
