"""Every model survives a trip through a real database — a SQLite file and a PostgreSQL
database — with the same values and the same Python types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
import pytest
from sqlalchemy import inspect, text

from mutualisation.storage import models as m
from mutualisation.storage.database import open_database
from mutualisation.storage.models import Base

D = Decimal
LOGO = bytes(range(256)) * 8  # every byte value, NUL included
PDF = b"%PDF-1.7\n\x00\x01\xff\xfe binary body \x00" + bytes(range(255, -1, -1))
SCAN = b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(128))

# (model, every column value). Rows are inserted in this order, so a row only refers to
# rows above it. Every column of every model must be listed, even when it is None.
RECORDS: list[tuple[type[Base], dict]] = [
    (m.Party, dict(
        version=1, id=1, code="CCAS", name="Centre communal d'action sociale", legal_form="Établissement public",
        address="1 place de la Mairie\n69001 Lyon", siret="21690123400018", email="ccas@example.fr",
        phone="04 72 00 00 00", is_own_organisation=True, logo=LOGO, signatory_name="Anne Dupré",
        signatory_title="Directrice", iban="FR7630001007941234567890185", bic="BDFEFRPPCCT",
        is_public_body=True,
    )),
    (m.ChorusReference, dict(
        version=1, id=1, party_id=1, year=2025, service_code="SERV-01", engagement_number="EJ-2025-0042",
    )),
    (m.Party, dict(
        version=1, id=2, code="EHPAD", name="EHPAD Les Tilleuls", legal_form="", address="", siret="",
        email="", phone="", is_own_organisation=False, logo=None, signatory_name="",
        signatory_title="", iban="", bic="", is_public_body=False,
    )),
    (m.Party, dict(
        version=1, id=3, code="SSIAD", name="Service de soins à domicile", legal_form="Association",
        address="3 rue Haute", siret="78912345600021", email="ssiad@example.fr", phone="",
        is_own_organisation=False, logo=b"", signatory_name="", signatory_title="", iban="",
        bic="", is_public_body=False,
    )),
    (m.Site, dict(version=1, id=1, name="Siège", address="1 place de la Mairie", common_area=D("12.50"))),
    (m.Equipment, dict(
        version=1, id=1, name="Renault Clio", kind="vehicle", acquisition_value=D("18990.99"),
        in_service_date=dt.date(2023, 2, 1), useful_life_years=5,
    )),
    (m.ExpenseCategory, dict(version=1, id=1, code="TEL", name="Téléphonie")),
    (m.Meter, dict(version=1, id=1, name="Kilomètres Clio", unit="km", equipment_id=1)),
    (m.AllocationKey, dict(version=1, id=1, name="Clé fixe", kind="fixed", site_id=1, meter_id=1, party_id=2)),
    (m.AllocationKey, dict(version=1, id=2, name="Surfaces siège", kind="surface", site_id=1, meter_id=None, party_id=None)),
    (m.Convention, dict(
        version=1, id=1, reference="CONV-2025-01", title="Convention de mise à disposition de moyens",
        provider_id=1, signature_date=dt.date(2024, 12, 18), start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2027, 12, 31), duration_months=36, tacit_renewal=True,
        renewal_months=12, notice_months=6, billing_frequency="half_yearly",
        payment_term_days=45, vat_regime="subject", vat_mention="TVA 20 %",
        vat_rate=D("0.2"), advance_mode=True, transparency=True,
    )),
    (m.ConventionBeneficiary, dict(id=1, convention_id=1, party_id=2, position=1)),
    (m.ConventionBeneficiary, dict(id=2, convention_id=1, party_id=3, position=2)),
    (m.Article, dict(
        version=1, id=1, convention_id=1, position=1, number="3.1", title="Répartition des coûts",
        body="Les coûts sont répartis\nau prorata des surfaces — « exclusives ».",
    )),
    (m.Amendment, dict(
        version=1, id=1, convention_id=1, number=1, signature_date=dt.date(2025, 6, 2),
        effective_date=dt.date(2025, 7, 1), summary="Nouvelle répartition du personnel",
    )),
    (m.FixedKeyShare, dict(
        version=1, id=1, key_id=1, party_id=2, effective_date=dt.date(2025, 1, 1), share=D("0.4"), amendment_id=1,
    )),
    (m.FixedKeyShare, dict(
        version=1, id=2, key_id=1, party_id=3, effective_date=dt.date(2025, 1, 1), share=D("0.600000"), amendment_id=None,
    )),
    (m.OwnHeadcount, dict(
        version=1, id=1, party_id=2, effective_date=dt.date(2025, 1, 1), fte=D("12.5"), amendment_id=1,
    )),
    (m.MeterReading, dict(
        version=1, id=1, meter_id=1, period_start=dt.date(2025, 1, 1), period_end=dt.date(2025, 6, 30),
        party_id=2, quantity=D("1234.567"),
    )),
    (m.PlannedMeterUse, dict(version=1, id=1, meter_id=1, year=2026, party_id=2, quantity=D("15000.5"))),
    (m.EquipmentKey, dict(
        version=1, id=1, equipment_id=1, effective_date=dt.date(2025, 1, 1), key_id=1, amendment_id=1,
    )),
    (m.SiteSurface, dict(
        version=1, id=1, site_id=1, party_id=2, effective_date=dt.date(2025, 1, 1), area=D("84.25"), amendment_id=1,
    )),
    (m.CategoryKey, dict(
        version=1, id=1, category_id=1, effective_date=dt.date(2025, 1, 1), key_id=1, amendment_id=1,
    )),
    (m.CategoryBudget, dict(version=1, id=1, category_id=1, year=2026, amount=D("9999999999.99"))),
    (m.StaffMember, dict(
        version=1, id=1, first_name="Léa", last_name="Martin", job_title="Secrétaire",
        employment_start=dt.date(2020, 9, 1), employment_end=dt.date(2030, 8, 31),
    )),
    (m.WorkingTime, dict(
        version=1, id=1, staff_id=1, effective_date=dt.date(2025, 1, 1), fraction=D("0.8"), amendment_id=1,
    )),
    (m.StaffShare, dict(
        version=1, id=1, staff_id=1, party_id=2, effective_date=dt.date(2025, 1, 1), share=D("0.4"), amendment_id=1,
    )),
    (m.PayrollCost, dict(
        version=1, id=1, staff_id=1, month=dt.date(2025, 3, 1), gross_salary=D("2450.37"),
        employer_charges=D("1102.67"), other_costs=D("-35.10"),
    )),
    (m.PlannedStaffCost, dict(version=1, id=1, staff_id=1, year=2026, amount=D("42000.00"))),
    (m.RecurringCharge, dict(
        version=1, id=1, label="Loyer", amount=D("1450.00"), frequency="month", start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2025, 12, 31), site_id=1, equipment_id=None, category_id=None,
    )),
    (m.RecurringCharge, dict(
        version=1, id=2, label="Location longue durée", amount=D("289.9"), frequency="quarter",
        start_date=dt.date(2025, 1, 1), end_date=None, site_id=None, equipment_id=1, category_id=None,
    )),
    (m.RecurringCharge, dict(
        version=1, id=3, label="Abonnement", amount=D("0.01"), frequency="year", start_date=dt.date(2025, 1, 1),
        end_date=None, site_id=None, equipment_id=None, category_id=1,
    )),
    (m.Bill, dict(
        version=1, id=1, date=dt.date(2025, 2, 3), supplier="EDF", reference="F-0001", label="Électricité",
        amount=D("1234.56"), service_start=dt.date(2024, 12, 1), service_end=dt.date(2025, 1, 31),
        site_id=1, equipment_id=None, category_id=None, key_override_id=2, notes="Relevé réel",
    )),
    (m.Bill, dict(
        version=1, id=2, date=dt.date(2025, 3, 4), supplier="Garage", reference="", label="Révision",
        amount=D("312.40"), service_start=None, service_end=None, site_id=None, equipment_id=1,
        category_id=None, key_override_id=None, notes="",
    )),
    (m.Bill, dict(
        version=1, id=3, date=dt.date(2025, 4, 5), supplier="Orange", reference="AV-77", label="Avoir",
        amount=D("-89.90"), service_start=None, service_end=None, site_id=None, equipment_id=None,
        category_id=1, key_override_id=None, notes="Remboursement",
    )),
    (m.ManagementFee, dict(
        version=1, id=1, convention_id=1, effective_date=dt.date(2025, 7, 1), rate=D("0.055"), amendment_id=1,
    )),
    (m.ManagementFeeSection, dict(id=1, fee_id=1, section="personnel")),
    (m.SectionVat, dict(
        version=1, id=1, convention_id=1, section="locaux", effective_date=dt.date(2025, 7, 1),
        treatment="exempt", rate=D("0"), legal_basis="art. 261 D 2° du CGI", exemption_code="VATEX-EU-F",
        amendment_id=1,
    )),
    (m.AbsenceRule, dict(
        version=1, id=1, convention_id=1, kind="formation", effective_date=dt.date(2025, 1, 1),
        kept_by_provider=True, amendment_id=1,
    )),
    (m.FreeProvision, dict(
        version=1, id=1, convention_id=1, party_id=2, site_id=None, equipment_id=None, category_id=1,
        start_date=dt.date(2025, 7, 1), end_date=dt.date(2025, 12, 31), amendment_id=1,
    )),
    (m.FreeProvision, dict(
        version=1, id=2, convention_id=1, party_id=3, site_id=1, equipment_id=None, category_id=None,
        start_date=dt.date(2025, 1, 1), end_date=None, amendment_id=None,
    )),
    (m.FreeProvision, dict(
        version=1, id=3, convention_id=1, party_id=3, site_id=None, equipment_id=1, category_id=None,
        start_date=dt.date(2026, 1, 1), end_date=None, amendment_id=None,
    )),
    (m.MeterPrice, dict(
        version=1, id=1, meter_id=1, effective_date=dt.date(2025, 1, 1), unit_price=D("0.004512"), amendment_id=1,
    )),
    (m.ChargeAmount, dict(
        version=1, id=1, charge_id=1, effective_date=dt.date(2025, 7, 1), amount=D("1490.00"), amendment_id=1,
    )),
    (m.ChargeRevaluation, dict(
        version=1, id=1, charge_id=2, rate=D("-0.015"), reference_date=dt.date(2024, 2, 29), amendment_id=1,
    )),
    (m.StaffAbsence, dict(
        version=1, id=1, staff_id=1, start_date=dt.date(2025, 5, 5), end_date=dt.date(2025, 5, 9),
        kind="maladie", note="Arrêt « initial »",
    )),
    (m.PayrollReimbursement, dict(
        version=1, id=1, staff_id=1, month=dt.date(2025, 5, 1), kind="ijss", amount=D("300.00"),
    )),
    (m.BillAttachment, dict(id=1, bill_id=1, filename="facture EDF.pdf", content=SCAN)),
    (m.Statement, dict(
        id=1, number="2025-0001", issuer_id=1, year=2025, sequence=1, kind="statement",
        convention_id=1, beneficiary_id=2, period_start=dt.date(2025, 1, 1),
        period_end=dt.date(2025, 6, 30), issue_date=dt.date(2025, 7, 10),
        due_date=dt.date(2025, 8, 24), corrects_id=None, total_excl_vat=D("1234.56"),
        vat_rate=D("0.2"), vat=D("246.91"), total=D("1481.47"), inputs_json='{"a": 1}',
        document_json='{"number": "2025-0001"}', pdf=PDF, previous_hash="", content_hash="a" * 64,
        seal="d" * 64,
    )),
    (m.Statement, dict(
        id=2, number="2025-0002", issuer_id=1, year=2025, sequence=2, kind="corrective",
        convention_id=1, beneficiary_id=2, period_start=dt.date(2025, 1, 1),
        period_end=dt.date(2025, 6, 30), issue_date=dt.date(2025, 7, 20),
        due_date=dt.date(2025, 9, 3), corrects_id=1, total_excl_vat=D("-100.00"),
        vat_rate=D("0.055"), vat=D("-5.50"), total=D("-105.50"), inputs_json="{}",
        document_json="{}", pdf=PDF[::-1], previous_hash="a" * 64, content_hash="b" * 64,
        seal=None,
    )),
    (m.StatementLine, dict(
        id=1, statement_id=1, position=1, section="Personnel", label="Léa Martin",
        basis=D("3517.94"), key_description="40 % du temps", ratio="2/5", amount=D("1407.18"),
        explanation_json='{"why": "…"}', source_kind="staff", source_id=1,
    )),
    (m.StatementSequence, dict(issuer_id=1, year=2025, last_number=2)),
    (m.Payment, dict(version=1, id=1, statement_id=1, date=dt.date(2025, 8, 20), amount=D("1481.47"), reference="VIR 42",
                      previous_hash="a" * 64, content_hash="c" * 64)),
    (m.AuditEntry, dict(
        id=1, at=dt.datetime(2025, 3, 14, 9, 26, 53, 589793), user="anne", action="update",
        table_name="bill", record_id=1, before_json='{"amount": "1200.00"}',
        after_json='{"amount": "1234.56"}',
    )),
]


def _identity(model: type[Base], values: dict) -> tuple:
    return tuple(values[column.key] for column in inspect(model).primary_key)


def _column_keys(model: type[Base]) -> set[str]:
    return {attr.key for attr in inspect(model).column_attrs}


def test_records_cover_every_mapped_model_and_column():
    """A new model or column fails here until it is added to RECORDS."""
    mapped = {mapper.class_ for mapper in Base.registry.mappers}
    assert mapped == {model for model, _ in RECORDS}
    for model in mapped:
        rows = [values for cls, values in RECORDS if cls is model]
        for values in rows:
            assert set(values) == _column_keys(model), model.__name__
        never_set = {key for key in _column_keys(model) if all(row[key] is None for row in rows)}
        assert not never_set, f"{model.__name__}: no row sets {sorted(never_set)}"


def _write_all(url: str) -> None:
    database = open_database(url)
    try:
        with database.session() as session:
            session.info["audit"] = False  # RECORDS holds its own audit_log row, and only it
            for model, values in RECORDS:
                session.add(model(**values))
                session.flush()
            session.commit()
    finally:
        database.dispose()


def test_every_model_round_trips_through_a_real_database(database_url):
    _write_all(database_url)

    reopened = open_database(database_url)  # a new Database, a new engine: nothing cached
    try:
        with reopened.session() as session:
            for model, values in RECORDS:
                row = session.get(model, _identity(model, values))
                assert row is not None, (model.__name__, values)
                for key, expected in values.items():
                    actual = getattr(row, key)
                    where = f"{model.__name__}#{_identity(model, values)}.{key}"
                    assert type(actual) is type(expected), (where, actual)
                    assert actual == expected, where
                    if isinstance(expected, Decimal):
                        places = inspect(model).columns[key].type.places
                        assert actual.as_tuple().exponent == -places, where
            for model in {model for model, _ in RECORDS}:
                expected_count = sum(1 for cls, _ in RECORDS if cls is model)
                assert session.query(model).count() == expected_count
    finally:
        reopened.dispose()


def test_relationships_read_back(database_url):
    _write_all(database_url)
    reopened = open_database(database_url)
    try:
        with reopened.session() as session:
            convention = session.get(m.Convention, 1)
            assert [b.party.code for b in convention.beneficiaries] == ["EHPAD", "SSIAD"]
            assert [a.number for a in convention.amendments] == [1]
            assert convention.provider.code == "CCAS"
            bill = session.get(m.Bill, 1)
            assert bill.attachment.content == SCAN
            assert bill.key_override.kind == "surface"
            assert session.get(m.Bill, 2).attachment is None
            key = session.get(m.AllocationKey, 1)
            assert [s.share for s in key.fixed_shares] == [D("0.4"), D("0.6")]
            statement = session.get(m.Statement, 1)
            assert [line.amount for line in statement.lines] == [D("1407.18")]
            assert [p.amount for p in statement.payments] == [D("1481.47")]
            assert session.get(m.PayrollCost, 1).total == D("3517.94")
            assert session.get(m.StaffMember, 1).full_name == "Léa Martin"
    finally:
        reopened.dispose()


@pytest.mark.parametrize(
    ("table", "column", "row_id", "stored"),
    [
        ("bill", "amount", 3, -8990),  # cents
        ("bill", "amount", 1, 123456),
        ("fixed_key_share", "share", 1, 400000),  # millionths
        ("convention", "vat_rate", 1, 200000),
        ("site_surface", "area", 1, 8425),  # hundredths of m²
        ("meter_reading", "quantity", 1, 1234567),  # thousandths
        ("category_budget", "amount", 1, 999999999999),
    ],
)
def test_exact_values_are_stored_as_scaled_integers(database_url, backend, table, column, row_id, stored):
    _write_all(database_url)
    reopened = open_database(database_url)
    type_of, integer = {"sqlite": ("typeof", "integer"), "postgresql": ("pg_typeof", "bigint")}[backend]
    try:
        with reopened.engine.connect() as connection:
            value, kind = connection.execute(
                text(f"SELECT {column}, CAST({type_of}({column}) AS TEXT) FROM {table} WHERE id = :id"),
                {"id": row_id},
            ).one()
        assert (value, kind) == (stored, integer)
    finally:
        reopened.dispose()
