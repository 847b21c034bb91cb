"""The three documents rendered on the demonstration data, read back with pypdf."""

from __future__ import annotations

import datetime as dt

import pytest

from mutualisation.domain import french
from mutualisation.reporting.convention_pdf import render_convention
from mutualisation.reporting.forecast_pdf import render_forecast
from mutualisation.reporting.summary_pdf import render_summary
from mutualisation.reporting.words import amount_in_words
from mutualisation.services.costs import find_convention, find_party, forecast_preview
from mutualisation.services.convention_summaries import convention_summary
from mutualisation.services.summaries import annual_summary, forecast_document
from mutualisation.storage.database import open_database

from .report_data import REFUND_SUPPLIER, documents_database, font_names, normalise, pages_text, pdf_text

D = dt.date


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    database = open_database(documents_database(tmp_path_factory.mktemp("reports") / "demo.sqlite"))
    yield database
    database.dispose()


@pytest.fixture
def session(database):
    with database.session() as session:
        yield session


def _st2b(session):
    party = find_party(session, "ST2B")
    return find_convention(session, party.code), party


def _check_fonts(pdf: bytes) -> None:
    assert b"Helvetica" not in pdf
    assert all("DejaVu" in name for name in font_names(pdf))


def test_the_forecast_pdf_prints_the_forecast_preview(session):
    convention, st2b = _st2b(session)
    result = forecast_preview(session, convention, 2027)
    document = forecast_document(session, convention, st2b, 2027, D(2027, 1, 15))
    pdf = render_forecast(document)
    text = pdf_text(pdf)
    # Amendment n° 2 makes lent staff subject to VAT from 2026: the forecast is TTC.
    assert document.totals.excl_vat == result.total(st2b.id)
    assert f"Total prévisionnel hors taxes {normalise(french.money(result.total(st2b.id)))}" in text
    assert "TVA à 20 % sur" in text and "Exonération de TVA, art. 261 B du CGI (VATEX-EU-132-1F)" in text
    assert f"Montant prévisionnel TTC {normalise(french.money(document.total))}" in text
    assert f"Montant prévisionnel : {amount_in_words(document.total)}." in text
    for line in result.lines_for(st2b.id)[:6]:
        basis = normalise(french.number(line.basis(st2b.id), 2))  # a fee's basis: ST2b's subtotal
        assert f"{normalise(line.label)} {basis}" in text, line.label
    assert "Sous-total Personnel" in text and "Sous-total Dépenses partagées" in text
    assert "à voter avant le 15 avril 2027" in text
    assert "Alice Moreau Chargée de mission mobilité" in text  # planned inputs
    assert "Copies copieur (copies) 15 500 60 700 25,54 %" in text
    assert "incomplet" not in text.casefold()
    _check_fonts(pdf)


def test_an_incomplete_demo_forecast(session):
    convention, st2b = _st2b(session)
    pages = pages_text(render_forecast(forecast_document(session, convention, st2b, 2030)))
    assert "Prévisionnel incomplet" in pages[0]
    assert "Coût prévisionnel 2030 manquant pour Alice Moreau" in pages[0]


def test_the_annual_summary_pdf(session):
    convention, st2b = _st2b(session)
    pdf = render_summary(annual_summary(session, convention, st2b, 2025, D(2026, 3, 15)))
    text = pdf_text(pdf)
    for expected in (
        "Bilan annuel 2025",
        "1er trimestre 2025", "2e trimestre 2025", "3e trimestre 2025", "4e trimestre 2025 21 496,77 non émis",
        "État de refacturation n° 2025-0001 du 10/04/2025",
        "Avoir n° 2025-0004 du 05/11/2025 ; rectifie le n° 2025-0001",
        "État de refacturation n° 2025-0002",
        "payé (trop-perçu)", "en retard", "à émettre",
        "02/05/2025 n° 2025-0001 VIR 2025-118 15 845,42",
        "05/08/2025 n° 2025-0002 Mandat 2025-0456 10 000,00",
        "Total encaissé 25 845,42",
        "Prévisionnel et réalisé",
        "Prévisionnel incomplet",
    ):  # fmt: skip
        assert expected in text, expected
    chart = text[text.index("Prévisionnel et réalisé 2025 par section — ST2B"):]
    for label in ("Prévisionnel", "Réalisé", "Personnel", "Matériel", "Locaux", "Dépenses partagées"):
        assert label in chart
    _check_fonts(pdf)


def _alice_row(text: str) -> str:
    start = text.index("Alice Moreau Chargée de mission mobilité")
    return text[start:text.index("David Schmitt", start)]


def test_the_convention_pdf_shows_the_share_in_force_before_and_after_amendment_1(session):
    convention, _ = _st2b(session)
    before = pdf_text(render_convention(convention_summary(session, convention, D(2025, 2, 1))))
    after = pdf_text(render_convention(convention_summary(session, convention, D(2025, 4, 1))))
    assert _alice_row(before).strip() == "Alice Moreau Chargée de mission mobilité 100 % 40 % 0 % 60 %"
    assert _alice_row(after).strip() == (
        "Alice Moreau Chargée de mission mobilité 100 % 50 % depuis le 01/03/2025 (avenant n° 1) 0 % 50 %"
    )
    assert "Situation au 1er février 2025" in before and "Situation au 1er avril 2025" in after
    assert "Préavis à surveiller" not in after


def test_the_convention_pdf_warns_of_the_notice_deadline_and_lists_articles(session):
    convention, _ = _st2b(session)
    pdf = render_convention(convention_summary(session, convention, D(2027, 8, 15)), full_text=True)
    pages = pages_text(pdf)
    assert "Préavis à surveiller Date limite de préavis dans 46 jours" in pages[0]
    text = " ".join(pages)
    assert "Article 11 Litiges" in text
    assert "Annexe — Texte des articles" in text and "Article 9 — Résiliation" in text
    assert "avenant n° 2" in text  # ST2b's 48 m² of amendment 2, in force since 2026
    _check_fonts(pdf)


def test_bills_typed_with_markup_never_break_a_document(session):
    # The refund bill's supplier is « <b>Orange & Cie »: it is in the 2025 data behind every document.
    convention, st2b = _st2b(session)
    assert REFUND_SUPPLIER.startswith("<b>")
    for pdf in (render_summary(annual_summary(session, convention, st2b, 2025)),
                render_forecast(forecast_document(session, convention, st2b, 2026))):  # fmt: skip
        assert pdf.startswith(b"%PDF")


def test_the_convention_pdf_words_the_financial_clauses(session):
    convention, _ = _st2b(session)
    text = pdf_text(render_convention(convention_summary(session, convention, D(2026, 4, 1))))
    assert "Clauses financières À partir du 01/01/2026 : frais de gestion de 5 % sur Personnel." in text
    assert "À partir du 01/01/2026 : TVA de la section Personnel taxable à 20 %." in text
    assert "À partir du 01/01/2026 : TVA de la section Matériel exonérée (art. 261 B du CGI, code VATEX-EU-132-1F)." in text
