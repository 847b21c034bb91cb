"""A statement taxed at several rates (R14): its stored ``vat_rate`` column is 0 (the ledger seals
it as it always was), and no reader prints that 0 as a rate. The PDF, the XLSX export and the
Factur-X XML each give one line per rate with its basis (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from mutualisation.domain import french
from mutualisation.domain.documents import document_from_dict
from mutualisation.domain.periods import Period
from mutualisation.reporting.pdfa import embedded_xml
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.editing import clauses
from mutualisation.services.exporting import export_statement
from mutualisation.services.issuing import issue_statement
from mutualisation.storage.database import open_database
from tests.reporting.einvoice_checks import amount, schematron_failures, tree, values

from ..reporting.report_data import pages_text
from .worked_example_2_db import record_worked_example_2

T2 = Period.quarter(2025, 2)


@pytest.fixture
def issued(database_url, tmp_path):
    """Worked example 2 with Matériel (the priced kilometres, 495,00 €) taxed at 5,5 %, and
    Personnel at 20 % as before: ST2b's statement of T2 2025, issued and exported."""
    database = open_database(database_url)
    try:
        with database.session() as session, session.begin():
            convention = record_worked_example_2(session)
            clauses.set_section_vat(session, convention.id, "materiel", dt.date(2025, 1, 1), "taxable",
                                    Decimal("0.055"))  # fmt: skip
        with database.session() as session:
            statement = issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"), T2,
                                        dt.date(2025, 7, 8))  # fmt: skip
            number, column, pdf = statement.number, statement.vat_rate, statement.pdf
            document = document_from_dict(json.loads(statement.document_json))
        with database.session() as session:
            export_statement(session, number, tmp_path / "etat.xlsx")
        sheet = load_workbook(tmp_path / "etat.xlsx")["État"]
        yield column, document, pdf, {row[0]: row[1] for row in sheet.iter_rows(values_only=True)}
    finally:
        database.dispose()


def test_the_column_stays_0_and_the_document_has_no_single_rate(issued):
    column, document, _pdf, _rows = issued
    assert column == 0  # as every row issued with several rates: sealed, never rewritten
    assert document.vat_rate is None
    assert [(v.rate, v.basis, v.amount) for v in document.totals.vat_lines] == [
        (Decimal("0.055"), Decimal("495.00"), Decimal("27.23")),
        (Decimal("0.2"), Decimal("6127.25"), Decimal("1225.45")),
    ]


def test_the_pdf_prints_each_rate_on_its_basis_and_no_0_rate(issued):
    _column, document, pdf, _rows = issued
    text = " ".join(" ".join(page.split()) for page in pages_text(pdf))
    assert "TVA à 5,5 % sur 495,00 € 27,23 €" in text
    assert "TVA à 20 % sur 6 127,25 € 1 225,45 €" in text
    assert "TVA à 0 %" not in text and "TVA non applicable" not in text
    assert " ".join(f"Total TTC — net à payer {french.money(document.total)}".split()) in text


def test_the_export_lists_each_rate_and_no_rate_row(issued):
    _column, document, _pdf, rows = issued
    assert "Taux de TVA" not in rows
    assert rows["TVA à 5,5\u00a0% sur 495,00\u00a0€"] == 27.23
    assert rows["TVA à 20\u00a0% sur 6\u202f127,25\u00a0€"] == 1225.45
    assert rows["TVA"] == float(document.vat) == 1252.68


def test_the_facturx_xml_has_one_group_per_rate_and_no_0_rate(issued):
    _column, document, pdf, _rows = issued
    xml_bytes = embedded_xml(pdf)
    xml = tree(xml_bytes)
    ns = {"ram": xml.nsmap["ram"]}
    groups = [
        (values(g, "ram:CategoryCode")[0], values(g, "ram:RateApplicablePercent"), amount(g, "ram:BasisAmount"),
         amount(g, "ram:CalculatedAmount"))
        for g in xml.iterfind(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", ns)
    ]  # fmt: skip
    taxed = sorted((rate[0], basis, vat) for code, rate, basis, vat in groups if code == "S")
    assert taxed == [("20.00", Decimal("6127.25"), Decimal("1225.45")), ("5.50", Decimal("495.00"), Decimal("27.23"))]
    assert all(rate in ([], ["0.00"]) for code, rate, _b, _v in groups if code != "S")
    assert sum(basis for _c, _r, basis, _v in groups) == document.total_excl_vat
    # The worked example's provider has no SIRET, hence no VAT number for BR-S-02/BR-E-02; the
    # rules on the rates and their sums (BR-S-08, BR-CO-17…) all pass.
    others = [f for f in schematron_failures(xml_bytes) if not f.startswith(("BR-S-02", "BR-E-02"))]
    assert others == []
