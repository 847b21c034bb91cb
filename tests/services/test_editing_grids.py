"""Payroll and readings as grids: the year's cells, typed or pasted, all or nothing."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain.periods import Period
from mutualisation.services.costs import find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.editing import payroll, readings
from mutualisation.storage import models as m

D = Decimal


def _person(session, first_name):
    return session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == first_name))


def test_the_payroll_year_lists_who_was_employed_and_their_months(demo_db):
    with demo_db.session() as session:
        year = payroll.payroll_year(session, 2025)
        alice, farid = _person(session, "Alice"), _person(session, "Farid")
    assert [p.name for p in year.people] == [
        "Chloé Girard", "Farid Haddad", "Bruno Lambert", "Alice Moreau", "David Schmitt", "Émilie Thiriet",
    ]  # fmt: skip
    january = year.months[(alice.id, 1)]
    assert (january.gross_salary, january.total) == (D("2920.00"), january.gross_salary + january.employer_charges + january.other_costs)
    person = next(p for p in year.people if p.id == farid.id)
    assert not person.employed_in(dt.date(2025, 5, 1)) and person.employed_in(dt.date(2025, 6, 1))
    assert (farid.id, 5) not in year.months


def test_typed_cells_are_recorded_and_a_new_month_starts_from_zero(demo_db):
    with demo_db.session() as session, session.begin():
        alice = _person(session, "Alice")
        payroll.set_payroll(session, [
            payroll.PayrollChange(alice.id, dt.date(2026, 11, 1), "gross_salary", D("4321.50")),
            payroll.PayrollChange(alice.id, dt.date(2025, 1, 1), "other_costs", D("-12.40")),
        ])  # fmt: skip
    with demo_db.session() as session:
        november = session.scalar(select(m.PayrollCost).where(
            m.PayrollCost.staff_id == alice.id, m.PayrollCost.month == dt.date(2026, 11, 1)))  # fmt: skip
        january = session.scalar(select(m.PayrollCost).where(
            m.PayrollCost.staff_id == alice.id, m.PayrollCost.month == dt.date(2025, 1, 1)))  # fmt: skip
    assert (november.gross_salary, november.employer_charges, november.other_costs) == (D("4321.50"), D("0"), D("0"))
    assert january.other_costs == D("-12.40") and january.gross_salary == D("2920.00")


def test_refused_cells_write_nothing(demo_db):
    with demo_db.session() as session, session.begin():
        alice, farid = _person(session, "Alice"), _person(session, "Farid")
        with pytest.raises(ServiceError, match="Farid Haddad n'est pas employé\\(e\\) en janvier 2025"):
            payroll.set_payroll(session, [
                payroll.PayrollChange(alice.id, dt.date(2026, 12, 1), "gross_salary", D("100")),
                payroll.PayrollChange(farid.id, dt.date(2025, 1, 1), "gross_salary", D("100")),
            ])  # fmt: skip
        with pytest.raises(ServiceError, match="Salaire brut de Alice Moreau en mars 2025 ne peut pas être négatif"):
            payroll.set_payroll(session, [payroll.PayrollChange(alice.id, dt.date(2025, 3, 1), "gross_salary", D("-1"))])
        with pytest.raises(ServiceError, match="2 décimales au plus"):
            payroll.set_payroll(session, [payroll.PayrollChange(alice.id, dt.date(2025, 3, 1), "gross_salary", D("1.234"))])
    with demo_db.session() as session:
        assert session.scalar(select(m.PayrollCost).where(m.PayrollCost.month == dt.date(2026, 12, 1))) is None


def test_the_readings_year_has_the_convention_parties_as_columns(demo_db):
    with demo_db.session() as session:
        meter_id = session.scalar(select(m.Meter.id).where(m.Meter.unit == "km"))
        year = readings.readings_year(session, meter_id, 2025)
        pays, st2b = find_party(session, "PAYS"), find_party(session, "ST2B")
    assert [p.code for p in year.parties] == ["PAYS", "ST2B", "SCOT"]
    assert [p.code for p in year.periods] == ["2025-T1", "2025-T2", "2025-T3", "2025-T4"]
    assert year.quantities[(dt.date(2025, 1, 1), pays.id)] == D("2900.000")
    assert year.quantities[(dt.date(2025, 1, 1), st2b.id)] == D("1100.000") and year.unit == "km"


def test_readings_are_added_corrected_and_removed(demo_db):
    with demo_db.session() as session, session.begin():
        meter_id = session.scalar(select(m.Meter.id).where(m.Meter.unit == "km"))
        pays, st2b = find_party(session, "PAYS"), find_party(session, "ST2B")
        q4 = Period.quarter(2026, 4)
        readings.set_readings(session, meter_id, [
            readings.ReadingChange(q4, pays.id, D("3010")),
            readings.ReadingChange(q4, st2b.id, D("1204.5")),
            readings.ReadingChange(Period.quarter(2025, 2), pays.id, D("2870")),
            readings.ReadingChange(Period.quarter(2025, 3), st2b.id, None),
        ])  # fmt: skip
        with pytest.raises(ServiceError, match="ne peut pas être négatif"):
            readings.set_readings(session, meter_id, [readings.ReadingChange(q4, pays.id, D("-1"))])
    with demo_db.session() as session:
        year = readings.readings_year(session, meter_id, 2026)
        earlier = readings.readings_year(session, meter_id, 2025)
    assert year.quantities[(dt.date(2026, 10, 1), pays.id)] == D("3010.000")
    assert year.quantities[(dt.date(2026, 10, 1), st2b.id)] == D("1204.500")
    assert earlier.quantities[(dt.date(2025, 4, 1), pays.id)] == D("2870.000")
    assert (dt.date(2025, 7, 1), st2b.id) not in earlier.quantities
