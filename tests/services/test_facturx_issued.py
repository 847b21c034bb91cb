"""Every document kind issued from the demonstration data is a valid Factur-X file.

Statements (outside the scope of VAT in 2025, VAT on lent staff from 2026), a corrective
statement and a credit note on the demo; an advance call and a settlement on the worked example
in advance mode (the demo bills per period). For each: the XSD and the EN 16931 schematron, the
XML's totals equal to the stored document's and to the total printed on its pages, the PDF/A
markers, and ``verify`` still passing on the sealed files.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain.periods import Period, billing_periods
from mutualisation.reporting.pdfa import embedded_xml
from mutualisation.services.advances import issue_advance, issue_settlement
from mutualisation.services.corrections import issue_correction
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.demo import load_demo
from mutualisation.services.issuing import issue_statement
from mutualisation.services.ledger_checks import RESTORE_ADVICE, pdf_text, printed_money
from mutualisation.services.verification import verify
from mutualisation.storage import models as m
from mutualisation.storage.database import database_url as resolve_url
from mutualisation.storage.database import open_database
from tests.reporting.einvoice_checks import (
    TOTALS,
    amount,
    is_valid_xsd,
    pdfa_findings,
    pdfa_markers,
    schematron_failures,
    tree,
    values,
)

from .test_advances import db  # noqa: F401 (the worked example in advance mode, both backends)

TYPE_CODES = {"statement": "380", "corrective": "384", "credit_note": "381", "advance": "386", "settlement": "380"}


@pytest.fixture(scope="module")
def demo_issued(tmp_path_factory):
    """The demo with ST2B's and SCoT's 2025-T1 statements, a corrective statement and a credit
    note after a bill changed twice, and ST2B's 2026-T1 statement (VAT on lent staff)."""
    database = open_database(resolve_url(tmp_path_factory.mktemp("demo") / "demo.sqlite"))
    with database.session() as session, session.begin():
        load_demo(session)
    with database.session() as session:
        convention = find_convention(session, "ST2B")
        for code in ("ST2B", "SCOT"):
            issue_statement(session, convention, find_party(session, code), Period.quarter(2025, 1), dt.date(2025, 4, 10))
        first = session.scalars(select(m.Statement).order_by(m.Statement.id)).first()
        bill_id = max((l for l in first.lines if l.source_kind == "bill"), key=lambda l: l.amount).source_id
    for change, day in ((Decimal("300.00"), dt.date(2025, 5, 2)), (Decimal("-900.00"), dt.date(2025, 6, 2))):
        with database.session() as session, session.begin():
            session.get(m.Bill, bill_id).amount += change
        with database.session() as session:
            issue_correction(session, first.number, day)
    with database.session() as session:
        convention = find_convention(session, "ST2B")
        issue_statement(session, convention, find_party(session, "ST2B"), Period.quarter(2026, 1), dt.date(2026, 4, 10))
    yield database
    database.dispose()


def _documents(database):
    with database.session() as session:
        return [
            (s.number, s.kind, s.total_excl_vat, s.vat, s.total, s.corrects_id and session.get(m.Statement, s.corrects_id).number, s.pdf)
            for s in session.scalars(select(m.Statement).order_by(m.Statement.id))
        ]  # fmt: skip


def _check_document(number, kind, excl, vat, total, corrects, pdf) -> Decimal:
    """Every check of one issued document; returns the VAT of the XML (to say which regime)."""
    xml_bytes = embedded_xml(pdf)
    assert xml_bytes is not None, number
    assert is_valid_xsd(xml_bytes)
    assert schematron_failures(xml_bytes) == [], number
    # A settlement owed back is a credit note of no earlier invoice, which the French rules want
    # cited (BR-FR-CO-05); EN 16931 does not (docs/einvoice.md).
    expected_fr = ["BR-FR-CO-05_BT-3"] if total < 0 and not corrects else []
    assert [f.split(":")[0] for f in schematron_failures(xml_bytes, "fr-ctc")] == expected_fr, number
    xml = tree(xml_bytes)
    code = values(xml, "rsm:ExchangedDocument/ram:TypeCode")[0]
    assert values(xml, "rsm:ExchangedDocument/ram:ID") == [number]
    sign = -1 if code == "381" else 1
    assert code == ("381" if total < 0 else TYPE_CODES[kind])
    # The XML's totals are the stored document's, and the total printed on its pages.
    assert amount(xml, TOTALS + "TaxBasisTotalAmount") == sign * excl
    assert amount(xml, TOTALS + "TaxTotalAmount") == sign * vat
    assert amount(xml, TOTALS + "GrandTotalAmount") == sign * total >= 0
    assert printed_money(total) in pdf_text(pdf)
    if corrects:
        assert values(xml, ".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == [corrects]
    markers = pdfa_markers(pdf)
    assert (markers["part"], markers["conformance"], markers["fx_level"]) == ("3", "B", "EN 16931")
    assert [s for s, _size in markers["intents"]] == ["/GTS_PDFA1"]
    assert markers["relationship"] == "/Data" and markers["af"] == ["factur-x.xml"]
    assert pdfa_findings(pdf) == []
    return amount(xml, TOTALS + "TaxTotalAmount")


def test_every_document_issued_from_the_demo_is_a_valid_facturx(demo_issued):
    documents = _documents(demo_issued)
    assert [(d[0], d[1]) for d in documents] == [
        ("2025-0001", "statement"), ("2025-0002", "statement"), ("2025-0003", "corrective"),
        ("2025-0004", "credit_note"), ("2026-0001", "statement"),
    ]  # fmt: skip
    taxes = [_check_document(*document) for document in documents]
    # 2025 outside the scope of VAT; 2026-T1 with VAT at 20 % on lent staff (amendment n° 2).
    assert taxes[:4] == [0, 0, 0, 0] and taxes[4] > 0
    assert documents[2][5] == documents[3][5] == "2025-0001"
    with demo_issued.session() as session:
        assert verify(session).ok


def test_the_demo_2026_statement_says_its_vat_by_category(demo_issued):
    *_, (number, _kind, excl, vat, total, _corrects, pdf) = _documents(demo_issued)
    xml = tree(embedded_xml(pdf))
    groups = [
        (values(g, "ram:CategoryCode")[0], amount(g, "ram:BasisAmount"), amount(g, "ram:CalculatedAmount"))
        for g in xml.iterfind(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", {"ram": xml.nsmap["ram"]})
    ]  # fmt: skip
    assert [g[0] for g in groups] == ["S", "E"]
    assert groups[0][2] == vat and groups[0][1] + groups[1][1] == excl
    assert values(xml, ".//ram:BuyerReference") == ["FINANCES"]
    # The engagement number of the billed period's year (2026), not the one of 2025.
    assert values(xml, ".//ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID") == ["EJ-2026-000412"]


def test_advance_calls_and_the_settlement_are_valid_facturx(db):  # noqa: F811
    # The worked example records no SIRET nor e-mail: the French rules want the SIREN of both
    # parties and the seller's electronic address (BR-FR-10, BT-34), as any real convention has.
    with db.session() as session, session.begin():
        for code, siret, email in (("PAYS", "44821739800024", "contact@pays.example"),
                                   ("ST2B", "25540917900017", "finances@st2b.example")):  # fmt: skip
            party = find_party(session, code)
            party.siret, party.email = siret, email
    with db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        for i, quarter in enumerate(billing_periods(2025, "quarterly")[:2]):
            issue_advance(session, convention, st2b, quarter, dt.date(2025, 3 * i + 1, 5))
    with db.session() as session:
        convention, st2b = find_convention(session, "ST2B"), find_party(session, "ST2B")
        for i, quarter in enumerate(billing_periods(2025, "quarterly")[2:], 2):
            issue_advance(session, convention, st2b, quarter, dt.date(2025, 3 * i + 1, 5))
        issue_settlement(session, convention, st2b, 2025, dt.date(2026, 1, 15))
    documents = _documents(db)
    assert [d[1] for d in documents][:4] == ["advance"] * 4
    assert documents[4][1] in ("settlement", "credit_note")
    for document in documents:
        _check_document(*document)
    with db.session() as session:
        assert verify(session).ok


def test_verify_compares_the_embedded_xml_with_the_stored_document():
    from mutualisation.reporting.pdfa import issued_pdf
    from mutualisation.reporting.statement_pdf import render_statement
    from mutualisation.services.ledger_checks import check_einvoice
    from tests.reporting.sample import sample_statement

    doc = sample_statement()
    pdf = issued_pdf(doc, ("0123456789abcdef", "fedcba9876543210"))
    problems: list[str] = []
    check_einvoice(m.Statement(number=doc.number, total=doc.total, pdf=pdf), problems)
    check_einvoice(m.Statement(number=doc.number, total=doc.total, pdf=render_statement(doc)), problems)
    assert problems == []  # a plain PDF, issued before documents were Factur-X, has nothing to compare
    check_einvoice(m.Statement(number="2026-0008", total=doc.total + 1, pdf=pdf), problems)
    check_einvoice(m.Statement(number=doc.number, total=doc.total, pdf=b"%PDF-1.4 damaged"), problems)
    assert problems == [
        "L'état n° 2026-0008 : sa facture électronique (factur-x.xml) porte le n° 2026-0007 pour 9 855,75 €, "
        "pas le numéro et le total enregistrés. " + RESTORE_ADVICE,
        "L'état n° 2026-0007 : la facture électronique (factur-x.xml) de son PDF est illisible. " + RESTORE_ADVICE,
    ]
