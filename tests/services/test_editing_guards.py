"""Deleting what an issued statement used is refused with its number; correcting stays allowed."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from mutualisation.domain.periods import Period
from mutualisation.services.corrections import drift
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.editing import bills, charges, history, payroll, readings
from mutualisation.services.editing.guards import dated_span, deletion_refusal
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m


@pytest.fixture
def issued(demo_db):
    """The demonstration data with 2025-T1 issued for ST2B (number 2025-0001)."""
    with demo_db.session() as session:
        convention = find_convention(session, "ST2B")
        issue_statement(session, convention, find_party(session, "ST2B"), Period.quarter(2025, 1),
                        dt.date(2025, 4, 10))  # fmt: skip
    return demo_db


def _bill(session, label_start):
    return session.scalar(select(m.Bill).where(m.Bill.label.startswith(label_start)))


def test_a_bill_of_an_issued_quarter_is_not_deleted_and_the_message_names_the_statement(issued):
    with issued.session() as session, session.begin():
        bill = _bill(session, "Téléphonie fixe et accès internet — janvier 2025")
        with pytest.raises(ServiceError) as refused:
            bills.delete_bill(session, bill.id)
    message = str(refused.value)
    assert "2025-0001" in message and "1er trimestre 2025" in message and "le 05/01/2025" in message
    assert "Corrigez plutôt" in message
    with issued.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Bill)) == 142


def test_a_bill_spread_over_the_year_is_refused_and_a_later_bill_is_deleted(issued):
    with issued.session() as session, session.begin():
        insurance = _bill(session, "Assurance du véhicule — cotisation 2025")
        assert "du 01/01/2025 au 31/12/2025" in deletion_refusal(session, dt.date(2025, 1, 1),
                                                                 dt.date(2025, 12, 31), "la facture")
        with pytest.raises(ServiceError, match="2025-0001"):
            bills.delete_bill(session, insurance.id)
        bills.delete_bill(session, _bill(session, "Téléphonie fixe et accès internet — juillet 2025").id)
    with issued.session() as session:
        assert session.scalar(select(func.count()).select_from(m.Bill)) == 141


def test_correcting_an_issued_bill_is_allowed_and_shows_as_drift(issued):
    with issued.session() as session, session.begin():
        bill = _bill(session, "Téléphonie fixe et accès internet — janvier 2025")
        values = bills.load_bill(session, bill.id)
        bills.save_bill(session, bill.id, values.__class__(**{**_asdict(values), "amount": Decimal("485.65")}))
    with issued.session() as session:
        statement = session.scalar(select(m.Statement))
        changed = drift(session, statement).changed
    assert len(changed) == 1 and changed[0].difference > 0


def _asdict(values):
    return {name: getattr(values, name) for name in values.__slots__}


def test_a_charge_running_in_an_issued_period_is_refused_one_starting_later_is_deleted(issued):
    with issued.session() as session, session.begin():
        rent = session.scalar(select(m.RecurringCharge).where(m.RecurringCharge.label == "Loyer des bureaux"))
        with pytest.raises(ServiceError, match="du 01/01/2025 au 31/12/2025"):
            charges.delete_charge(session, rent.id)
        revised = session.scalar(select(m.RecurringCharge).where(m.RecurringCharge.start_date == dt.date(2026, 1, 1)))
        charges.delete_charge(session, revised.id)


def test_clearing_an_issued_month_of_payroll_is_refused_a_later_month_is_removed(issued):
    with issued.session() as session, session.begin():
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
        clear = [payroll.PayrollChange(alice.id, dt.date(2025, 2, 1), c, None) for c in payroll.COMPONENTS]
        with pytest.raises(ServiceError, match="la paie de Alice Moreau en février 2025.*2025-0001"):
            payroll.set_payroll(session, clear)
    with issued.session() as session, session.begin():
        later = [payroll.PayrollChange(alice.id, dt.date(2025, 7, 1), c, None) for c in payroll.COMPONENTS]
        payroll.set_payroll(session, later)
        months = session.scalars(select(m.PayrollCost.month).where(m.PayrollCost.staff_id == alice.id)).all()
    assert dt.date(2025, 2, 1) in months and dt.date(2025, 7, 1) not in months


def test_removing_an_issued_reading_is_refused(issued):
    with issued.session() as session, session.begin():
        meter = session.scalar(select(m.Meter).where(m.Meter.name == "Kilométrage véhicule"))
        st2b = find_party(session, "ST2B")
        with pytest.raises(ServiceError, match="le relevé Kilométrage véhicule de ST2B"):
            readings.set_readings(session, meter.id, [readings.ReadingChange(Period.quarter(2025, 1), st2b.id, None)])
        readings.set_readings(session, meter.id, [readings.ReadingChange(Period.quarter(2025, 3), st2b.id, None)])
        left = session.scalars(select(m.MeterReading.period_start).where(
            m.MeterReading.meter_id == meter.id, m.MeterReading.party_id == st2b.id)).all()  # fmt: skip
    assert dt.date(2025, 1, 1) in left and dt.date(2025, 7, 1) not in left


def test_a_dated_value_is_in_force_until_the_next_one(issued):
    assert dated_span(dt.date(2025, 1, 1), [dt.date(2024, 1, 1), dt.date(2026, 1, 1)]) == (
        dt.date(2025, 1, 1), dt.date(2025, 12, 31))  # fmt: skip
    assert dated_span(dt.date(2026, 1, 1), [dt.date(2025, 1, 1)]) == (dt.date(2026, 1, 1), None)
    with issued.session() as session:
        site = session.scalar(select(m.Site).where(m.Site.name == "Bureaux de Briey"))
        first, later = [s for s in site.surfaces if s.party.code == "ST2B"]
        message = history.removal_refusal(session, "surface", first.id)
        assert "cette surface de ST2B (du 01/01/2025 au 31/12/2025)" in message and "2025-0001" in message
        assert history.removal_refusal(session, "surface", later.id) == ""


def test_every_document_kind_but_the_advance_call_guards_the_records_of_its_period():
    from mutualisation.services.editing.guards import ACTUAL_KINDS

    assert ACTUAL_KINDS == ("statement", "corrective", "credit_note", "settlement")
