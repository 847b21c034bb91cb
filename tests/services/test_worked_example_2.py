"""DESIGN.md §4's worked example 2 (the clauses), recorded in a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from mutualisation.domain.clauses import OUTSIDE_SCOPE, VatTreatment
from mutualisation.domain.periods import Period
from mutualisation.domain.vat import vat_summary
from mutualisation.services.costs import find_convention, forecast_preview, preview
from mutualisation.storage.database import open_database

from .worked_example_2_db import record_worked_example_2

T2 = Period.quarter(2025, 2)


@pytest.fixture
def example_db(database_url):
    database = open_database(database_url)
    with database.session() as session, session.begin():
        record_worked_example_2(session)
    yield database
    database.dispose()


def test_worked_example_2_gives_the_table_of_the_design(example_db):
    with example_db.session() as session:
        result = preview(session, find_convention(session, "ST2B"), T2)
    st2b = result.party("ST2B").id
    got = {line.label.split(" (")[0]: str(line.part(st2b)) for line in result.lines_for(st2b)}
    assert got == {
        "Alice": "5835.48",
        "Frais de gestion 5\u00a0%": "291.77",
        "Kilométrage": "495.00",
        "Loyer": "2098.29",
    }
    assert result.total(st2b) == Decimal("8720.54")
    vat = vat_summary(result, st2b, VatTreatment(OUTSIDE_SCOPE))
    assert [(r.rate, r.base, r.vat) for r in vat.rates] == [(Fraction(1, 5), Decimal("6127.25"), Decimal("1225.45"))]
    assert vat.total_incl == Decimal("9945.99")
    assert vat.mentions == (
        "Hors champ de la TVA, art. 256 B du CGI",
        "Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-F)",
    )
    assert [(line.label, line.value(st2b)) for line in result.free_lines(st2b)] == [
        ("Téléphone (Opérateur, 05/05/2025)", Decimal("242.28"))
    ]
    assert result.problems == ()


def test_the_clauses_are_cited_with_their_amendment(example_db):
    with example_db.session() as session:
        result = preview(session, find_convention(session, "ST2B"), T2)
    meter = next(line for line in result.lines if line.source_kind == "meter")
    assert "Prix unitaire 0,45\u00a0€ par km à partir du 01/01/2025 (avenant n° 1)." in meter.explanation.inputs


def test_the_quarter_before_the_clauses_keeps_its_figures(example_db):
    """T4 2024: no fee, no VAT per section yet, the rent not yet revalued — but a missing VAT
    treatment is no problem before the first one, and nothing is free yet."""
    with example_db.session() as session:
        result = preview(session, find_convention(session, "ST2B"), Period.quarter(2024, 4))
    st2b = result.party("ST2B").id
    assert all(line.source_kind not in ("fee", "meter") for line in result.lines)
    rent = next(line for line in result.lines if line.label == "Loyer")
    assert rent.total == Decimal("6000.00") and rent.vat is None
    assert {p.code for p in result.problems} == {"missing_payroll"}  # no 2024 payroll recorded


def test_the_forecast_uses_the_same_clauses(example_db):
    from mutualisation.storage import models as m

    with example_db.session() as session, session.begin():
        meter = session.query(m.Meter).one()
        for party_id, quantity in ((1, 11600), (2, 4400)):
            session.add(m.PlannedMeterUse(meter_id=meter.id, year=2026, party_id=party_id, quantity=Decimal(quantity)))
        for person in session.query(m.StaffMember):
            session.add(m.PlannedStaffCost(staff_id=person.id, year=2026, amount=Decimal("50400.00")))
    with example_db.session() as session:
        result = forecast_preview(session, find_convention(session, "ST2B"), 2026)
    st2b = result.party("ST2B").id
    by_kind = {line.source_kind: line for line in result.lines_for(st2b)}
    assert by_kind["meter"].part(st2b) == Decimal("1980.00")  # 4 400 km × 0,45 €
    assert by_kind["staff"].part(st2b) == Decimal("25200.00")  # no absence in a forecast
    assert by_kind["fee"].part(st2b) == Decimal("1260.00")
    assert by_kind["charge"].total == Decimal("24969.60")  # 2 080,80 € × 12


def test_statement_json_and_table_on_the_command_line(example_db, database_url, capsys):
    import json

    from mutualisation.cli import main

    url = str(database_url)
    assert main(["--db", url, "statement", "--period", "2025-T2", "--beneficiary", "ST2B", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == "8720.54"
    # The totals of the statement itself: one VAT line per rate and the mentions (R14).
    assert data["vat"] == [{"rate": "0.2", "basis": "6127.25", "amount": "1225.45"}]
    assert data["total_incl_vat"] == "9945.99"
    assert data["vat_mentions"] == [
        "Hors champ de la TVA, art. 256 B du CGI", "Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-F)",
    ]  # fmt: skip
    assert data["free_provision"]["total"] == "242.28"
    fee = next(line for line in data["lines"] if line["source"]["kind"] == "fee")
    assert (fee["basis"], fee["amount"]) == ("5835.48", "291.77")
    assert main(["--db", url, "statement", "--period", "2025-T2", "--beneficiary", "ST2B"]) == 0
    out = capsys.readouterr().out
    assert "MISE À DISPOSITION À TITRE GRATUIT" in out and "242,28" in out
    lines = [" ".join(line.split()) for line in out.splitlines()]  # narrow and no-break spaces too
    assert "Total HT 8 720,54 €" in lines
    assert "TVA à 20 % sur 6 127,25 € 1 225,45 €" in lines
    assert "TOTAL TTC ST2B 9 945,99 €" in lines
    assert "Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-F)" in lines


def test_issuing_the_quarter_then_a_correction_keeps_vat_per_rate(example_db):
    """Issued: the VAT per rate and the free block are frozen in the document; a later change
    of the payroll gives a corrective statement whose fee follows the new subtotal."""
    from sqlalchemy import select

    from mutualisation.domain.documents import document_from_dict
    from mutualisation.services.corrections import drift, issue_correction
    from mutualisation.services.costs import find_party
    from mutualisation.services.issuing import issue_statement
    from mutualisation.services.verification import verify
    from mutualisation.storage import models as m

    with example_db.session() as session:
        convention = find_convention(session, "ST2B")
        issued = issue_statement(session, convention, find_party(session, "ST2B"), T2, dt.date(2025, 7, 8))
    assert (issued.total_excl_vat, issued.vat, issued.total) == (
        Decimal("8720.54"), Decimal("1225.45"), Decimal("9945.99")
    )
    with example_db.session() as session:
        stored = session.scalar(select(m.Statement))
        document = document_from_dict(__import__("json").loads(stored.document_json))
        assert document.figures.totals.total == Decimal("9945.99")
        assert document.figures.free_total == Decimal("242.28")
    with example_db.session() as session, session.begin():
        june = session.scalar(select(m.PayrollCost).where(m.PayrollCost.month == dt.date(2025, 6, 1),
                                                          m.PayrollCost.gross_salary == Decimal("4200.00")))
        june.gross_salary = Decimal("4400.00")  # the first person, Alice: +100 for ST2B
    with example_db.session() as session:
        found = drift(session, session.scalar(select(m.Statement)))
        assert [(l.label, l.issued, l.recomputed) for l in found.changed] == [
            ("Alice", Decimal("5835.48"), Decimal("5935.48")),
            ("Frais de gestion 5\u00a0%", Decimal("291.77"), Decimal("296.77")),
        ]
        corrective = issue_correction(session, issued.number, dt.date(2025, 8, 1))
    assert corrective.total_excl_vat == Decimal("105.00")
    assert corrective.vat == Decimal("21.00")
    with example_db.session() as session:
        assert verify(session).ok
        # One rate applies (the other sections are untaxed): the stored column holds it. With several
        # rates it holds 0, and the export reads the per-rate lines where they were frozen.
        assert session.scalar(select(m.Statement).where(m.Statement.number == issued.number)).vat_rate == Decimal("0.2")


def test_the_export_of_an_issued_statement_lists_its_vat_per_rate(example_db, tmp_path):
    from openpyxl import load_workbook

    from mutualisation.services.costs import find_party
    from mutualisation.services.exporting import export_statement
    from mutualisation.services.issuing import issue_statement

    with example_db.session() as session:
        issued = issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"), T2,
                                 dt.date(2025, 7, 8))  # fmt: skip
    with example_db.session() as session:
        export_statement(session, issued.number, tmp_path / "etat.xlsx")
    rows = {row[0]: row[1] for row in load_workbook(tmp_path / "etat.xlsx")["État"].iter_rows(values_only=True)}
    assert "Taux de TVA" not in rows
    assert rows["TVA à 20\u00a0% sur 6\u202f127,25\u00a0€"] == 1225.45
    assert rows["TVA"] == 1225.45 and rows["Total"] == 9945.99
    assert rows["Mention de TVA"] == "Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-F)"
