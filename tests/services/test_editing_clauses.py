"""Recording convention clauses: each refusal is a clear French message and writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from mutualisation.services.editing import clauses
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from .worked_example_2_db import record_worked_example_2

D = dt.date


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example_2(session)
    yield database
    database.dispose()


def _ids(session):
    convention = session.scalars(select(m.Convention)).one()
    alice = session.scalars(select(m.StaffMember).where(m.StaffMember.first_name == "Alice")).one()
    st2b = session.scalars(select(m.Party).where(m.Party.code == "ST2B")).one()
    return convention.id, alice.id, st2b.id


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _refused(db, call, message, model):
    with db.session() as session:
        before = _count(session, model)
    with db.session() as session, pytest.raises(ServiceError, match=message):
        with session.begin():
            call(session, *_ids(session))
    with db.session() as session:
        assert _count(session, model) == before


def test_r11_fee_rate_change_refused_mid_period(db):
    _refused(
        db, lambda s, cid, *_: clauses.set_management_fee(s, cid, D(2025, 5, 1), Decimal("0.06"), ["personnel"]),
        "ne peut changer que le premier jour d'une période de facturation", m.ManagementFee,
    )  # fmt: skip
    with db.session() as session, session.begin():
        cid, *_ = _ids(session)
        clauses.set_management_fee(session, cid, D(2025, 7, 1), Decimal("0.06"), ["personnel", "locaux"])
    with db.session() as session:
        rates = session.execute(select(m.ManagementFee.effective_date, m.ManagementFee.rate)
                                .order_by(m.ManagementFee.effective_date)).all()  # fmt: skip
        assert [tuple(r) for r in rates] == [(D(2025, 1, 1), Decimal("0.05")), (D(2025, 7, 1), Decimal("0.06"))]


def test_rates_out_of_range_are_refused(db):
    _refused(
        db, lambda s, cid, *_: clauses.set_management_fee(s, cid, D(2025, 7, 1), Decimal("1.5"), ["personnel"]),
        "entre 0", m.ManagementFee,
    )  # fmt: skip
    _refused(
        db, lambda s, cid, *_: clauses.set_section_vat(s, cid, "personnel", D(2025, 7, 1), "taxable", Decimal("-0.2")),
        "entre 0", m.SectionVat,
    )  # fmt: skip


def test_an_exemption_needs_its_legal_basis_and_en16931_code(db):
    _refused(
        db, lambda s, cid, *_: clauses.set_section_vat(s, cid, "locaux", D(2025, 7, 1), "exempt",
                                                       legal_basis="art. 261 D du CGI"),
        "Code d'exonération", m.SectionVat,
    )  # fmt: skip
    _refused(
        db, lambda s, cid, *_: clauses.set_section_vat(s, cid, "locaux", D(2025, 7, 1), "exempt",
                                                       legal_basis="art. 261 D du CGI", exemption_code="F"),
        "VATEX", m.SectionVat,
    )  # fmt: skip


def test_absences_stay_within_employment_and_never_overlap(db):
    _refused(
        db, lambda s, cid, alice, _: clauses.save_absence(s, alice, D(2025, 5, 9), D(2025, 5, 12), "conge"),
        "se chevauchent", m.StaffAbsence,
    )  # fmt: skip
    _refused(
        db, lambda s, cid, alice, _: clauses.save_absence(s, alice, D(2019, 12, 30), D(2020, 1, 2), "formation"),
        "sort de sa période d'emploi", m.StaffAbsence,
    )  # fmt: skip
    with db.session() as session, session.begin():
        _, alice, _ = _ids(session)
        clauses.save_absence(session, alice, D(2025, 5, 10), D(2025, 5, 12), "conge")


def test_free_provision_is_for_a_beneficiary_on_whole_billing_periods(db):
    _refused(
        db, lambda s, cid, alice, st2b: clauses.add_free_provision(
            s, cid, st2b, site_id=1, start_date=D(2025, 4, 15)),
        "premier jour d'une période de facturation", m.FreeProvision,
    )  # fmt: skip
    _refused(
        db, lambda s, cid, alice, st2b: clauses.add_free_provision(
            s, cid, st2b, site_id=1, start_date=D(2025, 7, 1), end_date=D(2025, 8, 31)),
        "lendemain de la fin", m.FreeProvision,
    )  # fmt: skip
    _refused(
        db, lambda s, cid, alice, st2b: clauses.add_free_provision(
            s, cid, st2b - 1, site_id=1, start_date=D(2025, 7, 1)),
        "bénéficiaire de la convention", m.FreeProvision,
    )  # fmt: skip


def test_a_later_charge_amount_and_a_reimbursement_of_zero(db):
    with db.session() as session, session.begin():
        rent = session.scalars(select(m.RecurringCharge)).one()
        with pytest.raises(ServiceError, match="après le début de la charge"):
            clauses.set_charge_amount(session, rent.id, D(2024, 1, 1), Decimal("2100.00"))
        clauses.set_charge_amount(session, rent.id, D(2025, 10, 1), Decimal("2100.00"))
        _, alice, _ = _ids(session)
        assert clauses.set_reimbursement(session, alice, D(2025, 5, 1), Decimal("0")) is None
    with db.session() as session:
        assert _count(session, m.PayrollReimbursement) == 0
        assert _count(session, m.ChargeAmount) == 1


def test_a_category_provided_free_cannot_be_deleted(db):
    from mutualisation.services.editing.categories import delete_category

    with db.session() as session:
        telecom = session.scalars(select(m.ExpenseCategory)).one()
        session.query(m.Bill).delete()
        with pytest.raises(ServiceError, match="mise\\(s\\) à disposition gratuite\\(s\\)"):
            delete_category(session, telecom.id)
