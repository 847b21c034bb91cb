"""Meter prices, charge amounts and revaluation, reimbursements: lists saved whole with their resource."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.services.editing import resource_clauses as rc
from mutualisation.services.editing.history import DatedEntry
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m

D = Decimal


def _id(session, model, **where):
    query = select(model.id)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return session.scalars(query).first()


def test_meter_prices_replace_the_stored_ones(demo_db):
    with demo_db.session() as session, session.begin():
        meter = _id(session, m.Meter, unit="km")
        rc.save_meter_prices(session, meter, [DatedEntry(dt.date(2025, 1, 1), D("0.45")),
                                              DatedEntry(dt.date(2026, 1, 1), D("0.482"))])  # fmt: skip
    with demo_db.session() as session, session.begin():
        meter = _id(session, m.Meter, unit="km")
        assert [(e.effective_date, e.value) for e in rc.load_meter_prices(session, meter)] == [
            (dt.date(2025, 1, 1), D("0.45")), (dt.date(2026, 1, 1), D("0.482")),
        ]  # fmt: skip
        rc.save_meter_prices(session, meter, rc.load_meter_prices(session, meter)[1:])
    with demo_db.session() as session:
        assert [e.value for e in rc.load_meter_prices(session, _id(session, m.Meter, unit="km"))] == [D("0.482")]


def test_charge_amounts_and_revaluation_round_trip_and_a_refusal_changes_nothing(demo_db):
    with demo_db.session() as session, session.begin():
        charge = _id(session, m.RecurringCharge, label="Loyer des bureaux")
        start = session.get(m.RecurringCharge, charge).start_date
        later = dt.date(start.year, 7, 1)
        rc.save_charge_clauses(session, charge, [DatedEntry(later, D("2100.00"))],
                               rc.Revaluation(D("0.02"), dt.date(2025, 1, 1)))  # fmt: skip
    with demo_db.session() as session:
        assert [(e.effective_date, e.value) for e in rc.load_charge_amounts(session, charge)] == [(later, D("2100.00"))]
        assert rc.load_revaluation(session, charge) == rc.Revaluation(D("0.02"), dt.date(2025, 1, 1))
    with pytest.raises(ServiceError, match="doit tomber après"), demo_db.session() as session, session.begin():
        rc.save_charge_clauses(session, charge, [DatedEntry(start, D("1.00"))], None)
    with demo_db.session() as session:
        assert rc.load_revaluation(session, charge) is not None
        assert [e.value for e in rc.load_charge_amounts(session, charge)] == [D("2100.00")]


def test_reimbursements_replace_the_stored_ones(demo_db):
    with demo_db.session() as session, session.begin():
        person = _id(session, m.StaffMember, last_name="Moreau")
        assert rc.load_reimbursements(session, person) == [rc.ReimbursementEntry(dt.date(2026, 3, 1), "ijss", D("186.60"))]
        rc.save_reimbursements(session, person, [rc.ReimbursementEntry(dt.date(2026, 4, 1), "subrogation", D("90.00"))])
    with demo_db.session() as session:
        assert rc.load_reimbursements(session, person) == [
            rc.ReimbursementEntry(dt.date(2026, 4, 1), "subrogation", D("90.00"))
        ]
