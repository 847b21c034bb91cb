"""services.registers: the read-only views the pages show (kept with the UI tests that use them)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event

from mutualisation.services import registers
from mutualisation.domain.periods import add_months
from mutualisation.services.registers import ConventionRow, convention_key_dates
from mutualisation.storage.models import Party, Payment, Statement


def test_an_empty_database_is_empty(db):
    with db.session() as session:
        assert registers.is_empty(session)
        counts = registers.counts(session)
        assert counts.bills == counts.staff == counts.statements == 0
        assert counts.latest_bill_date is None
        for fetch in (
            registers.parties, registers.conventions, registers.articles, registers.amendments,
            registers.staff, registers.payroll, registers.equipment, registers.sites,
            registers.site_surfaces, registers.allocation_keys, registers.categories,
            registers.recurring_charges, registers.bills, registers.own_headcount,
            registers.meter_readings, registers.statements,
        ):
            assert fetch(session) == []
        assert registers.own_organisation(session) is None


def test_one_party_is_enough_to_be_not_empty(db):
    with db.session() as session, session.begin():
        session.add(Party(code="X", name="X"))
    with db.session() as session:
        assert not registers.is_empty(session)


def test_demo_registers(demo_db):
    with demo_db.session() as session:
        assert not registers.is_empty(session)
        counts = registers.counts(session)
        assert counts.parties == 3 and counts.conventions == 1
        assert len(registers.bills(session)) == counts.bills > 100
        assert len(registers.payroll(session)) == counts.payroll_entries
        assert counts.latest_bill_date == max(b.date for b in registers.bills(session))

        parties = registers.parties(session)
        assert [p.role for p in parties] == ["provider", "beneficiary", "beneficiary"]
        assert [p.code for p in parties] == ["PAYS", "ST2B", "SCOT"]
        assert registers.own_organisation(session).code == "PAYS"

        (convention,) = registers.conventions(session)
        assert convention.provider_code == "PAYS"
        assert len(convention.beneficiaries) == 2
        assert "ST2b" in convention.beneficiaries[0]  # convention order
        articles = registers.articles(session, convention.id)
        assert [a.position for a in articles] == sorted(a.position for a in articles)
        assert all(a.body for a in articles)
        assert [a.number for a in registers.amendments(session, convention.id)] == [1, 2]


def test_bills_carry_their_attachment_and_override_names(demo_db):
    with demo_db.session() as session:
        bills = registers.bills(session)
        assert bills == sorted(bills, key=lambda b: (b.date, b.id), reverse=True)
        assert {b.attached_kind for b in bills} <= {"site", "equipment", "category"}
        assert all(b.attached_to for b in bills)
        assert any(b.key_override for b in bills)
        assert all(isinstance(b.amount, Decimal) for b in bills)
        spread = [b for b in bills if b.service_start]
        assert spread and all(b.service_end >= b.service_start for b in spread)


def test_dated_values_are_those_in_force_on_the_day(demo_db):
    with demo_db.session() as session:
        before = {s.name: s for s in registers.staff(session, on=dt.date(2025, 2, 1))}
        after = {s.name: s for s in registers.staff(session, on=dt.date(2025, 3, 1))}
        alice_before = {s.party_code: s.value for s in before["Alice Moreau"].shares}
        alice_after = {s.party_code: s.value for s in after["Alice Moreau"].shares}
        assert alice_before["ST2B"] == Decimal("0.4")  # amendment 1 raises it on 1 March
        assert alice_after["ST2B"] == Decimal("0.5")
        assert all(s.working_time is not None for s in after.values() if s.employed)

        sites_2025 = {s.name: s for s in registers.sites(session, on=dt.date(2025, 6, 1))}
        sites_2026 = {s.name: s for s in registers.sites(session, on=dt.date(2026, 6, 1))}
        briey_2025 = {s.party_code: s.value for s in sites_2025["Bureaux de Briey"].surfaces}
        briey_2026 = {s.party_code: s.value for s in sites_2026["Bureaux de Briey"].surfaces}
        assert briey_2025["ST2B"] == Decimal("36") and briey_2026["ST2B"] == Decimal("48")
        assert [s.party_code for s in sites_2026["Bureaux de Briey"].surfaces][0] == "PAYS"

        assert all(e.key_name for e in registers.equipment(session, on=dt.date(2026, 1, 1)))
        assert all(c.key_name for c in registers.categories(session, on=dt.date(2026, 1, 1)))
        assert all(c.key_name is None for c in registers.categories(session, on=dt.date(2000, 1, 1)))


def test_bills_are_read_in_one_query_whatever_their_number(demo_db):
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(demo_db.engine, "before_cursor_execute", count)
    try:
        with demo_db.session() as session:
            rows = registers.bills(session)
            bills_queries = len(statements)
            statements.clear()
            registers.staff(session)
            registers.sites(session)
            registers.allocation_keys(session)
            other_queries = len(statements)
    finally:
        event.remove(demo_db.engine, "before_cursor_execute", count)
    assert len(rows) > 100
    assert bills_queries == 1
    assert other_queries <= 12  # a few per register, never one per row


def test_statements_with_payments(demo_db):
    with demo_db.session() as session, session.begin():
        pays, st2b = (session.query(Party).filter_by(code=c).one() for c in ("PAYS", "ST2B"))
        from mutualisation.storage.models import Convention

        convention = session.query(Convention).one()
        statement = Statement(
            number="2025-0001", issuer_id=pays.id, year=2025, sequence=1,
            convention_id=convention.id, beneficiary_id=st2b.id,
            period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 3, 31),
            issue_date=dt.date(2025, 4, 5), due_date=dt.date(2025, 5, 5),
            total_excl_vat=Decimal("9855.75"), total=Decimal("9855.75"),
        )
        session.add(statement)
        session.flush()
        session.add_all([
            Payment(statement_id=statement.id, date=dt.date(2025, 5, 2), amount=Decimal("5000.00")),
            Payment(statement_id=statement.id, date=dt.date(2025, 5, 20), amount=Decimal("1000.10")),
        ])
    with demo_db.session() as session:
        (row,) = registers.statements(session)
        assert row.paid == Decimal("6000.10")
        assert row.outstanding == Decimal("3855.65")
        assert "ST2b" in row.beneficiary


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2025, 1, 1), 12, dt.date(2026, 1, 1)),
        (dt.date(2025, 1, 1), -3, dt.date(2024, 10, 1)),
    ],
)
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


def _convention(**changes) -> ConventionRow:
    values = dict(
        id=1, reference="C", title="T", provider_code="P", provider_name="P", beneficiaries=("B",),
        signature_date=None, start_date=dt.date(2025, 1, 1), end_date=dt.date(2027, 12, 31),
        duration_months=None, tacit_renewal=True, renewal_months=12, notice_months=3,
        billing_frequency="quarterly", payment_term_days=30, vat_regime="not_subject",
        vat_mention="", vat_rate=Decimal(0), advance_mode=False,
    )
    values.update(changes)
    return ConventionRow(**values)


def test_key_dates_before_the_end():
    dates = convention_key_dates(_convention(), on=dt.date(2026, 11, 26))
    assert dates.current_term_end == dt.date(2027, 12, 31)
    assert dates.notice_deadline == dt.date(2027, 9, 30)
    assert dates.renewals == 0


def test_key_dates_after_tacit_renewals():
    dates = convention_key_dates(_convention(), on=dt.date(2029, 3, 1))
    assert dates.current_term_end == dt.date(2029, 12, 31)
    assert dates.notice_deadline == dt.date(2029, 9, 30)
    assert dates.renewals == 2


def test_key_dates_without_renewal_or_end():
    ended = convention_key_dates(_convention(tacit_renewal=False), on=dt.date(2029, 3, 1))
    assert ended.current_term_end == dt.date(2027, 12, 31) and ended.renewals == 0
    by_duration = _convention(end_date=None, duration_months=36, tacit_renewal=False)
    assert by_duration.term_end == dt.date(2027, 12, 31)
    open_ended = convention_key_dates(_convention(end_date=None), on=dt.date(2029, 3, 1))
    assert open_ended.current_term_end is None and open_ended.notice_deadline is None


def test_bills_read_raw_on_either_backend_are_the_bills_as_mapped(database_url):
    """Days as ISO text and amounts in cents (SQLite's text, PostgreSQL's to_char), the
    attachment chosen in SQL: each bill made back is the one the mapped records give."""
    from sqlalchemy import select

    from mutualisation.services.demo import load_demo
    from mutualisation.services.registers import BillRow
    from mutualisation.storage.database import open_database
    from mutualisation.storage.models import Bill

    database = open_database(database_url)
    try:
        with database.session() as session, session.begin():
            load_demo(session)
        with database.session() as session:
            rows = registers.bills(session)
            assert all(isinstance(raw[1], str) and isinstance(raw[5], int) for raw in rows.raw)
            expected = [
                BillRow(b.id, b.date, b.supplier, b.reference, b.label, b.amount, b.service_start,
                        b.service_end, *((("site", b.site.name) if b.site else ("equipment", b.equipment.name)
                                          if b.equipment else ("category", b.category.name))),
                        b.key_override.name if b.key_override else None)  # fmt: skip
                for b in session.scalars(select(Bill))
            ]
        expected.sort(key=lambda b: (b.date, b.id), reverse=True)
        assert list(rows) == expected
        assert [str(b.amount) for b in rows] == [str(b.amount) for b in expected]  # the same places too
    finally:
        database.dispose()
