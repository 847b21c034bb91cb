"""The legal mentions printed on issued demo documents, read back from the PDF, and frozen with them."""

import datetime as dt
import io
import json

from pypdf import PdfReader
from sqlalchemy import select

from mutualisation.domain.documents import document_from_dict
from mutualisation.domain.documents.legal_mentions import LATE_PAYMENT
from mutualisation.domain.periods import parse_period
from mutualisation.services.corrections import issue_correction
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m

SIRENS = "SIREN de l'émetteur : 448 217 398 — SIREN du destinataire : 255 409 179."


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _issue(db, period, day):
    with db.session() as session:
        statement = issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"),
                                    parse_period(period), day)  # fmt: skip
        return statement.number, statement.pdf, json.loads(statement.document_json)


def test_a_statement_prints_and_freezes_late_payment_siren_and_each_vat_basis(demo_db):
    number, pdf, frozen = _issue(demo_db, "2026-T1", dt.date(2026, 4, 10))
    text = _text(pdf)
    for mention in LATE_PAYMENT:
        assert " ".join(mention.split()) in text, mention
    assert SIRENS in text
    # 2026: lent staff taxed, the other sections exempt with their own basis and code.
    assert "Exonération de TVA, art. 261 B du CGI (VATEX-EU-132-1F)" in text
    assert "Code service : FINANCES" in text and "N° d'engagement : EJ-2026-000412" in text
    assert frozen["legal_mentions"] == [*LATE_PAYMENT, SIRENS]
    assert frozen["recipient"]["engagement_number"] == "EJ-2026-000412"
    document = document_from_dict(frozen)
    assert document.legal_mentions == (*LATE_PAYMENT, SIRENS)
    assert document.header.service_code == "FINANCES" and document.header.engagement_number == "EJ-2026-000412"


def test_2025_says_not_subject_without_an_exemption_article(demo_db):
    _number, pdf, frozen = _issue(demo_db, "2025-T1", dt.date(2025, 4, 10))
    text = _text(pdf)
    assert "TVA non applicable : association non assujettie à la TVA" in text
    assert "261-7-1" not in text
    assert frozen["recipient"]["engagement_number"] == "EJ-2025-000318"


def test_a_credit_note_has_no_late_payment_mention(demo_db):
    number, _pdf, _frozen = _issue(demo_db, "2025-T1", dt.date(2025, 4, 10))
    with demo_db.session() as session, session.begin():
        bill = session.scalars(select(m.Bill).where(m.Bill.date <= dt.date(2025, 3, 31)).order_by(m.Bill.amount.desc())).first()
        bill.amount = bill.amount / 2
    with demo_db.session() as session:
        credit = issue_correction(session, number, dt.date(2025, 5, 2))
        assert credit.kind == "credit_note"
        text, frozen = _text(credit.pdf), json.loads(credit.document_json)
    assert SIRENS in text and "intérêts moratoires" not in text
    assert frozen["legal_mentions"] == [SIRENS]


def test_a_document_issued_before_the_mentions_reads_back_without_them():
    from tests.domain.test_documents import _statement
    from mutualisation.domain.documents import document_to_dict

    data = document_to_dict(_statement())
    assert "legal_mentions" not in data
    assert document_from_dict(data).legal_mentions == ()
