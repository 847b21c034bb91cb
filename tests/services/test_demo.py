"""The demonstration data set: loaded once, coherent, and never mixed with existing data."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from mutualisation import cli
from mutualisation.services.demo import DemoNotEmptyError, load_demo
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

START = dt.date(2025, 1, 1)
QUARTERS = [
    (dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
    (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
    (dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
    (dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
    (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    (dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
    (dt.date(2026, 7, 1), dt.date(2026, 9, 30)),
]


@pytest.fixture
def database(tmp_path):
    db = open_database(tmp_path / "demo.sqlite")
    yield db
    db.dispose()


@pytest.fixture
def summary(database):
    with database.session() as session, session.begin():
        return load_demo(session)


@pytest.fixture
def loaded(database, summary):
    with database.session() as session:
        yield session


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _all_counts(session) -> dict[str, int]:
    return {table.name: _count(session, table) for table in m.Base.metadata.sorted_tables}


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def _in_force(rows, day):
    """The value of the last row of a dated series whose effective date is on or before ``day``."""
    current = [row for row in rows if row.effective_date <= day]
    return max(current, key=lambda row: row.effective_date) if current else None


def test_loading_twice_is_refused_and_changes_nothing(loaded, database):
    before = _all_counts(loaded)
    with pytest.raises(DemoNotEmptyError, match="déjà des données"):
        with database.session() as session, session.begin():
            load_demo(session)
    with database.session() as session:
        assert _all_counts(session) == before


def test_summary_gives_the_counts(loaded, summary):
    assert summary.startswith("3 parties, 1 convention (11 articles, 2 avenants), 6 agents")
    assert f"{_count(loaded, m.Bill)} factures" in summary


def test_counts_are_as_specified(loaded):
    assert _count(loaded, m.Party) == 3
    assert _count(loaded, m.Convention) == 1
    assert _count(loaded, m.StaffMember) == 6
    assert _count(loaded, m.Site) == 2
    assert _count(loaded, m.Meter) == 2
    assert _count(loaded, m.MeterReading) == 2 * 7 * 3
    assert _count(loaded, m.PlannedMeterUse) == 2 * 3
    assert _count(loaded, m.ExpenseCategory) >= 8
    assert _count(loaded, m.RecurringCharge) >= 8
    assert 100 <= _count(loaded, m.Bill) <= 500
    kinds = set(loaded.scalars(select(m.AllocationKey.kind)))
    assert kinds == {"fixed", "surface", "headcount", "metered", "direct"}
    assert set(loaded.scalars(select(m.Equipment.kind))) >= {"vehicle", "it", "copier"}


def test_parties_and_identifiers_are_well_formed(loaded):
    parties = {p.code: p for p in loaded.scalars(select(m.Party))}
    assert set(parties) == {"PAYS", "ST2B", "SCOT"}
    own = [p for p in parties.values() if p.is_own_organisation]
    assert [p.code for p in own] == ["PAYS"]
    pays = parties["PAYS"]
    assert pays.signatory_title == "Président" and "54150" in pays.address
    assert pays.iban.startswith("FR76") and _iban_ok(pays.iban)
    assert len(pays.bic) in (8, 11)
    for party in parties.values():
        assert len(party.siret) == 14 and _luhn_ok(party.siret) and _luhn_ok(party.siret[:9])
    for code in ("ST2B", "SCOT"):
        assert parties[code].is_public_body
        references = {r.year: r for r in parties[code].chorus_references}
        assert sorted(references) == [2025, 2026]
        assert all(r.service_code and r.engagement_number for r in references.values())
        assert references[2025].engagement_number != references[2026].engagement_number
    assert not parties["PAYS"].is_public_body


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def test_convention_terms(loaded):
    convention = loaded.scalar(select(m.Convention))
    assert convention.reference == "CAM-2024-01"
    assert convention.provider.code == "PAYS"
    beneficiaries = [(b.position, b.party.code) for b in convention.beneficiaries]
    assert beneficiaries == [(1, "ST2B"), (2, "SCOT")]
    assert convention.start_date == START and convention.duration_months == 36
    assert convention.tacit_renewal and convention.renewal_months == 12
    assert convention.notice_months == 3 and convention.payment_term_days == 30
    assert convention.billing_frequency == "quarterly"
    assert convention.vat_regime == "not_subject"
    # The Pays is not subject to VAT in 2025: no exemption article (that would say « exonéré »).
    assert convention.vat_mention == "TVA non applicable : association non assujettie à la TVA"
    assert convention.signature_date < START
    articles = convention.articles
    assert len(articles) >= 6
    assert [a.number for a in articles] == [str(n) for n in range(1, len(articles) + 1)]
    assert all(a.title and a.body.count("\n\n") >= 1 for a in articles)
    assert [(a.number, a.effective_date) for a in convention.amendments] == [
        (1, dt.date(2025, 3, 1)),
        (2, dt.date(2026, 1, 1)),
    ]
    assert all(a.signature_date < a.effective_date and a.summary for a in convention.amendments)


def test_staff_shares_never_exceed_the_whole_person(loaded):
    beneficiaries = set(loaded.scalars(select(m.Party.id).where(m.Party.code != "PAYS")))
    for member in loaded.scalars(select(m.StaffMember)):
        by_party = defaultdict(list)
        for share in member.shares:
            by_party[share.party_id].append(share)
        assert set(by_party) == beneficiaries
        for day in sorted({share.effective_date for share in member.shares}):
            in_force = [_in_force(rows, day) for rows in by_party.values()]
            assert sum(row.share for row in in_force if row) <= 1, (member.full_name, day)


def test_staff_have_working_time_and_the_expected_changes(loaded):
    staff = {s.first_name: s for s in loaded.scalars(select(m.StaffMember))}
    for member in staff.values():
        assert member.working_times[0].effective_date <= max(member.employment_start, START)
    assert any(w.fraction == Decimal("0.8") for w in staff["Chloé"].working_times)
    assert any(s.employment_start > START for s in staff.values())  # an arrival in 2025
    assert any(s.employment_end and s.employment_end.year == 2026 for s in staff.values())
    st2b = loaded.scalar(select(m.Party.id).where(m.Party.code == "ST2B"))
    alice = [s for s in staff["Alice"].shares if s.party_id == st2b]
    assert _in_force(alice, dt.date(2025, 2, 28)).share == Decimal("0.4")
    assert _in_force(alice, dt.date(2025, 3, 1)).share == Decimal("0.5")


def test_payroll_for_every_month_of_employment(loaded):
    last = dt.date(2026, 10, 31)
    for member in loaded.scalars(select(m.StaffMember)):
        first = max(member.employment_start, START)
        end = min(member.employment_end or last, last)
        expected = _months(first, end)
        months = [p.month for p in member.payroll]
        assert months == expected, member.full_name
        for pay in member.payroll:
            assert pay.month.day == 1
            assert Decimal("0.40") <= pay.employer_charges / pay.gross_salary <= Decimal("0.46")
            assert 0 < pay.other_costs < pay.gross_salary / 5
        assert {p.year for p in member.planned_costs} == (
            {2026, 2027} if member.employment_end is None else {2026}
        )


def test_payroll_rises_in_2026(loaded):
    alice = loaded.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
    by_month = {p.month: p.gross_salary for p in alice.payroll}
    raised = by_month[dt.date(2025, 1, 1)] * Decimal("1.015")
    assert by_month[dt.date(2026, 1, 1)] == raised.quantize(Decimal("0.01"))


def test_readings_for_each_quarter_party_and_meter(loaded):
    parties = set(loaded.scalars(select(m.Party.id)))
    for meter in loaded.scalars(select(m.Meter)):
        assert meter.equipment_id is not None
        for start, end in QUARTERS:
            readings = loaded.scalars(
                select(m.MeterReading).where(
                    m.MeterReading.meter_id == meter.id, m.MeterReading.period_start == start
                )
            ).all()
            assert {r.party_id for r in readings} == parties, (meter.name, start)
            assert all(r.period_end == end for r in readings)
            assert sum(r.quantity for r in readings) > 0


def test_every_bill_is_attached_to_exactly_one_thing(loaded):
    for bill in loaded.scalars(select(m.Bill)):
        attached = [bill.site_id, bill.equipment_id, bill.category_id]
        assert sum(a is not None for a in attached) == 1, bill.label
        assert START <= bill.date <= dt.date(2026, 6, 30)
        assert (bill.service_start is None) == (bill.service_end is None)
        assert bill.amount == bill.amount.quantize(Decimal("0.01")) and bill.amount != 0
    for charge in loaded.scalars(select(m.RecurringCharge)):
        attached = [charge.site_id, charge.equipment_id, charge.category_id]
        assert sum(a is not None for a in attached) == 1, charge.label


def test_bills_cover_the_cases_a_user_meets(loaded):
    bills = loaded.scalars(select(m.Bill)).all()
    assert any(b.amount < 0 for b in bills)  # a supplier refund
    direct = set(loaded.scalars(select(m.AllocationKey.id).where(m.AllocationKey.kind == "direct")))
    assert sum(b.key_override_id in direct for b in bills) >= 3
    crossing = [
        b for b in bills
        if b.service_start and (b.service_start.month - 1) // 3 != (b.service_end.month - 1) // 3
    ]  # fmt: skip
    assert crossing  # service periods straddling a quarter
    vehicle = loaded.scalar(select(m.Equipment).where(m.Equipment.kind == "vehicle"))
    assert sum(b.equipment_id == vehicle.id for b in bills) >= 12
    assert any(b.service_start is None and b.category_id for b in bills)


def test_every_category_has_a_key_from_the_start(loaded):
    for category in loaded.scalars(select(m.ExpenseCategory)):
        # Dated keys never lapse: one in force on the first day stays in force afterwards.
        assert category.keys and category.keys[0].effective_date <= START, category.name
        # Parking spaces are a recurring charge (provided free to the ST2b): no budget for bills.
        assert [b.year for b in category.budgets] == ([] if category.code == "STATION" else [2027]), category.name
    for item in loaded.scalars(select(m.Equipment)):
        first_day = max(START, item.in_service_date)
        assert item.keys and item.keys[0].effective_date <= first_day, item.name


def test_keys_have_what_their_kind_needs(loaded):
    for key in loaded.scalars(select(m.AllocationKey)):
        if key.kind == "fixed":
            assert key.fixed_shares
            for day in {s.effective_date for s in key.fixed_shares}:
                by_party = defaultdict(list)
                for share in key.fixed_shares:
                    by_party[share.party_id].append(share)
                assert sum(_in_force(rows, day).share for rows in by_party.values()) <= 1
    for site in loaded.scalars(select(m.Site)):
        for day in {s.effective_date for s in site.surfaces}:
            by_party = defaultdict(list)
            for surface in site.surfaces:
                by_party[surface.party_id].append(surface)
            assert sum(_in_force(rows, day).area for rows in by_party.values()) > 0


def test_changes_cite_their_amendment(loaded):
    amendments = {a.id: a for a in loaded.scalars(select(m.Amendment))}
    series = defaultdict(list)
    for row in loaded.scalars(select(m.StaffShare)):
        series["share", row.staff_id, row.party_id].append(row)
    for row in loaded.scalars(select(m.FixedKeyShare)):
        series["fixed", row.key_id, row.party_id].append(row)
    for row in loaded.scalars(select(m.SiteSurface)):
        series["surface", row.site_id, row.party_id].append(row)
    for row in loaded.scalars(select(m.CategoryKey)):
        series["category", row.category_id].append(row)
    for row in loaded.scalars(select(m.EquipmentKey)):
        series["equipment", row.equipment_id].append(row)
    cited = set()
    for name, rows in series.items():
        rows.sort(key=lambda row: row.effective_date)
        for row in rows[1:]:  # the first value of a series is the initial term, not a change
            assert row.amendment_id in amendments, name
            assert amendments[row.amendment_id].effective_date == row.effective_date
            cited.add(row.amendment_id)
    assert cited == set(amendments)  # each amendment changes something
    for model in (m.WorkingTime, m.OwnHeadcount):
        assert all(
            row.amendment_id is None or row.amendment_id in amendments
            for row in loaded.scalars(select(model))
        )


def test_own_headcount_of_the_beneficiaries(loaded):
    codes = {
        row.party.code for row in loaded.scalars(select(m.OwnHeadcount))
        if row.effective_date == START
    }  # fmt: skip
    assert codes == {"ST2B", "SCOT"}


def test_the_data_set_is_deterministic(tmp_path):
    rows = []
    for name in ("a.sqlite", "b.sqlite"):
        db = open_database(tmp_path / name)
        with db.session() as session, session.begin():
            load_demo(session)
        with db.session() as session:
            rows.append(
                session.execute(
                    select(m.Bill.date, m.Bill.reference, m.Bill.amount).order_by(m.Bill.id)
                ).all()
                + session.execute(
                    select(m.PayrollCost.month, m.PayrollCost.other_costs)
                    .order_by(m.PayrollCost.id)
                ).all()
            )
        db.dispose()
    assert rows[0] == rows[1]


def test_demo_command_loads_once(tmp_path, capsys):
    path = tmp_path / "cli.sqlite"
    assert cli.main(["--db", str(path), "demo"]) == 0
    assert "Données de démonstration chargées : 3 parties" in capsys.readouterr().out
    assert cli.main(["--db", str(path), "demo"]) == 1
    assert "déjà des données" in capsys.readouterr().err
