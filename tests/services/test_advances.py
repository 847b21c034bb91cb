"""Advance mode: calls from the forecast, the last absorbing rounding, and the settlement (SQLite and PostgreSQL)."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain.periods import Period, billing_periods
from mutualisation.services.advances import issue_advance, issue_settlement
from mutualisation.services.costs import find_convention, find_party, forecast_preview, preview
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .worked_example_db import record_worked_example


@pytest.fixture
def db(database_url):
    """The worked example completed for all of 2025, with planned inputs, in advance mode."""
    database = open_database(database_url)
    with database.session() as session, session.begin():
        convention = record_worked_example(session)
        convention.advance_mode = True
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
        for month in range(4, 13):
            alice.payroll.append(m.PayrollCost(month=dt.date(2025, month, 1), gross_salary=Decimal("4900.00")))
        alice.planned_costs.append(m.PlannedStaffCost(year=2025, amount=Decimal("57000.00")))
        pays, st2b = (session.scalar(select(m.Party).where(m.Party.code == c)) for c in ("PAYS", "ST2B"))
        for meter in session.scalars(select(m.Meter)):
            first = session.scalars(select(m.MeterReading).where(m.MeterReading.meter_id == meter.id)).all()
            for quarter in billing_periods(2025, "quarterly")[1:]:
                for reading in first:
                    session.add(m.MeterReading(meter=meter, party_id=reading.party_id,
                                               period_start=quarter.start, period_end=quarter.end,
                                               quantity=reading.quantity))  # fmt: skip
            for party, quantity in ((pays, 3), (st2b, 1)):
                session.add(m.PlannedMeterUse(meter_id=meter.id, year=2025, party_id=party.id,
                                              quantity=Decimal(quantity)))  # fmt: skip
        for category in session.scalars(select(m.ExpenseCategory)):
            category.budgets.append(m.CategoryBudget(year=2025, amount=Decimal("1000.00")))
    yield database
    database.dispose()


def _context(session):
    return find_convention(session, "ST2B"), find_party(session, "ST2B")


def test_four_calls_add_up_to_the_forecast_then_the_settlement_is_actual_minus_calls(db):
    with db.session() as session:
        convention, st2b = _context(session)
        forecast = forecast_preview(session, convention, 2025).total(st2b.id)
        calls = [
            issue_advance(session, convention, st2b, quarter, dt.date(2025, 3 * i + 1, 5))
            for i, quarter in enumerate(billing_periods(2025, "quarterly"))
        ]
    assert [c.number for c in calls] == ["2025-0001", "2025-0002", "2025-0003", "2025-0004"]
    assert sum(c.total for c in calls) == forecast
    assert calls[0].total == calls[1].total == calls[2].total
    with db.session() as session:
        convention, st2b = _context(session)
        with pytest.raises(ServiceError, match="déjà été émis"):
            issue_advance(session, convention, st2b, Period.quarter(2025, 2))
        actual = preview(session, convention, Period.year(2025)).total(st2b.id)
        settlement = issue_settlement(session, convention, st2b, 2025, dt.date(2026, 1, 15))
    assert settlement.total == actual - forecast
    assert settlement.kind == ("settlement" if actual >= forecast else "credit_note")
    assert settlement.number == "2026-0001"


def test_advances_need_advance_mode_and_a_billing_period(db):
    with db.session() as session:
        convention, st2b = _context(session)
        with pytest.raises(ServiceError, match="pas une période de facturation"):
            issue_advance(session, convention, st2b, Period.month(2025, 1))
    with db.session() as session, session.begin():
        session.scalar(select(m.Convention)).advance_mode = False
    with db.session() as session:
        convention, st2b = _context(session)
        with pytest.raises(ServiceError, match="pas en mode appels de fonds"):
            issue_advance(session, convention, st2b, Period.quarter(2025, 1))
