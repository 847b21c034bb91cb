"""The schema itself refuses impossible records, whatever code writes them.

Each case comes with a valid twin that differs only in the faulty value, so a failure
proves the constraint under test, not some other missing column. Every case runs on a
SQLite file and on a PostgreSQL database.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from mutualisation.storage import models as m
from mutualisation.storage.database import open_database
from tests.backends import sync_sequences

D = Decimal
JAN = dt.date(2025, 1, 1)


@pytest.fixture
def db(database_url):
    """A fresh, migrated database on each backend (overrides the SQLite-only one of conftest)."""
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def seeded(session):
    """A minimal set of rows the cases refer to (ids 1, parties 1 and 2)."""
    session.add_all([
        m.Party(id=1, code="P1", name="Prestataire"),
        m.Party(id=2, code="P2", name="Bénéficiaire"),
        m.Site(id=1, name="Siège"),
        m.Equipment(id=1, name="Copieur", acquisition_value=D("5000"), in_service_date=JAN, useful_life_years=5),
        m.ExpenseCategory(id=1, code="TEL", name="Téléphonie"),
        m.StaffMember(id=1, first_name="Léa", last_name="Martin", employment_start=JAN),
    ])
    session.flush()
    session.add_all([
        m.Meter(id=1, name="Copies", unit="copies", equipment_id=1),
        m.AllocationKey(id=1, name="Fixe", kind="fixed"),
        m.Convention(id=1, reference="C1", title="Convention", provider_id=1, start_date=JAN),
    ])
    session.commit()  # so that rolling back a refused row keeps these
    sync_sequences(session.get_bind())  # PostgreSQL: new rows must not reuse ids 1
    return session


def surface(area):
    return [m.SiteSurface(site_id=1, party_id=2, effective_date=JAN, area=area)]


def common_area(area):
    return [m.Site(name="Annexe", common_area=area)]


def fixed_share(share):
    return [m.FixedKeyShare(key_id=1, party_id=2, effective_date=JAN, share=share)]


def staff_share(share):
    return [m.StaffShare(staff_id=1, party_id=2, effective_date=JAN, share=share)]


def working_time(fraction):
    return [m.WorkingTime(staff_id=1, effective_date=JAN, fraction=fraction)]


def readings(second_party):
    first = m.MeterReading(meter_id=1, period_start=JAN, period_end=dt.date(2025, 3, 31), party_id=1, quantity=D("10"))
    second = m.MeterReading(
        meter_id=1, period_start=JAN, period_end=dt.date(2025, 6, 30), party_id=second_party, quantity=D("20")
    )
    return [first, second]


def reading(**changes):
    values = dict(meter_id=1, period_start=JAN, period_end=JAN, party_id=1, quantity=D("1"))
    values.update(changes)
    return [m.MeterReading(**values)]


def bill(**changes):
    values = dict(date=JAN, supplier="EDF", label="Électricité", amount=D("-12.34"), site_id=1)
    values.update(changes)
    return [m.Bill(**values)]


def charge(**changes):
    values = dict(label="Loyer", amount=D("100"), start_date=JAN, site_id=1)
    values.update(changes)
    return [m.RecurringCharge(**values)]


def convention(end_date):
    return [m.Convention(reference="C2", title="Autre", provider_id=1, start_date=JAN, end_date=end_date)]


def key(**values):
    return [m.AllocationKey(name="Clé", **values)]


def statement(**changes):
    values = dict(
        number="2025-0001", issuer_id=1, year=2025, sequence=1, convention_id=1, beneficiary_id=2,
        period_start=JAN, period_end=dt.date(2025, 6, 30), issue_date=dt.date(2025, 7, 1),
        due_date=dt.date(2025, 7, 31), total_excl_vat=D("10"), total=D("10"),
    )
    values.update(changes)
    return [m.Statement(**values)]


# (name, rows the schema refuses, the valid twin it accepts)
CASES = [
    ("negative surface", lambda: surface(D("-0.01")), lambda: surface(D("0"))),
    ("negative common area", lambda: common_area(D("-1")), lambda: common_area(D("0"))),
    ("fixed share above 1", lambda: fixed_share(D("1.000001")), lambda: fixed_share(D("1"))),
    ("fixed share below 0", lambda: fixed_share(D("-0.000001")), lambda: fixed_share(D("0"))),
    ("staff share above 1", lambda: staff_share(D("1.000001")), lambda: staff_share(D("1"))),
    ("staff share below 0", lambda: staff_share(D("-0.4")), lambda: staff_share(D("0.4"))),
    ("working time 0", lambda: working_time(D("0")), lambda: working_time(D("0.000001"))),
    ("working time above full time", lambda: working_time(D("1.000001")), lambda: working_time(D("1"))),
    ("duplicate meter reading", lambda: readings(second_party=1), lambda: readings(second_party=2)),
    ("bill on a site and an item", lambda: bill(equipment_id=1), lambda: bill()),
    ("bill on a site and a category", lambda: bill(category_id=1), lambda: bill()),
    ("bill attached to nothing", lambda: bill(site_id=None), lambda: bill(site_id=None, category_id=1)),
    (
        "bill with a service start but no end",
        lambda: bill(service_start=JAN),
        lambda: bill(service_start=JAN, service_end=JAN),
    ),
    ("bill with a service end but no start", lambda: bill(service_end=JAN), lambda: bill()),
    (
        "bill service ending before it starts",
        lambda: bill(service_start=JAN, service_end=dt.date(2024, 12, 31)),
        lambda: bill(service_start=JAN, service_end=dt.date(2025, 1, 31)),
    ),
    ("charge attached to two things", lambda: charge(category_id=1), lambda: charge()),
    ("charge attached to nothing", lambda: charge(site_id=None), lambda: charge(site_id=None, equipment_id=1)),
    ("charge with an unknown frequency", lambda: charge(frequency="week"), lambda: charge(frequency="month")),
    ("convention ending before it starts", lambda: convention(dt.date(2024, 12, 31)), lambda: convention(JAN)),
    ("unknown key kind", lambda: key(kind="random"), lambda: key(kind="headcount")),
    ("surface key without a site", lambda: key(kind="surface"), lambda: key(kind="surface", site_id=1)),
    ("metered key without a meter", lambda: key(kind="metered"), lambda: key(kind="metered", meter_id=1)),
    ("direct key without a party", lambda: key(kind="direct"), lambda: key(kind="direct", party_id=2)),
    ("statement of an unknown kind", lambda: statement(kind="invoice"), lambda: statement(kind="credit_note")),
    ("statement sequence 0", lambda: statement(sequence=0), lambda: statement(sequence=1)),
    # Foreign keys are enforced (PRAGMA foreign_keys=ON on every connection).
    ("bill on a site that does not exist", lambda: bill(site_id=999), lambda: bill(site_id=1)),
    ("reading of a meter that does not exist", lambda: reading(meter_id=999), lambda: reading(meter_id=1)),
    ("reading by a party that does not exist", lambda: reading(party_id=999), lambda: reading(party_id=2)),
]


@pytest.mark.parametrize(("refused", "accepted"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_the_schema_refuses(seeded, refused, accepted):
    with pytest.raises(IntegrityError):
        for row in refused():
            seeded.add(row)
            seeded.flush()
    seeded.rollback()
    for row in accepted():
        seeded.add(row)
        seeded.flush()
    seeded.commit()


def test_a_refused_row_is_refused_at_commit_too(db):
    with db.session() as session:
        session.add(m.Bill(date=JAN, supplier="EDF", label="x", amount=D("1"), site_id=42))
        with pytest.raises(IntegrityError):
            session.commit()
    with db.session() as session:
        assert session.query(m.Bill).count() == 0


def test_foreign_keys_are_on_for_every_connection(db, backend):
    connections = [db.engine.connect() for _ in range(3)]  # three at once: three pool connections
    try:
        for connection in connections:
            if backend == "sqlite":  # off by default in SQLite: set on each new connection
                assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            with pytest.raises(IntegrityError):
                connection.execute(text("INSERT INTO meter (name, unit, equipment_id) VALUES ('x', 'km', 999)"))
            connection.rollback()
    finally:
        for connection in connections:
            connection.close()
