"""The statement PDF of worked example 2: VAT per rate, its mentions and the free block, read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.domain.documents import document_from_dict, document_to_dict
from mutualisation.domain.periods import Period
from mutualisation.reporting.statement_pdf import render_statement
from mutualisation.services.costs import find_convention, preview
from mutualisation.services.documents import build_document, convention_statement
from mutualisation.storage import models as m
from mutualisation.storage.database import open_database

from ..services.worked_example_2_db import record_worked_example_2
from .test_statement_pdf import pages_text


@pytest.fixture(scope="module")
def document(tmp_path_factory):
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('we2') / 'base.sqlite'}")
    try:
        with database.session() as session, session.begin():
            record_worked_example_2(session)
        with database.session() as session:
            convention = find_convention(session, "ST2B")
            st2b = session.scalars(select(m.Party).where(m.Party.code == "ST2B")).one()
            period = Period.quarter(2025, 2)
            figures = convention_statement(convention, preview(session, convention, period), st2b.id)
            return build_document(convention, st2b, period, "statement", "2025-0004", dt.date(2025, 7, 8), figures)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def text(document) -> str:
    return " ".join(pages_text(render_statement(document)))


@pytest.mark.parametrize(
    "expected",
    [
        "Frais de gestion 5 % 5 835,48 Frais de gestion 5 % × 5 835,48 € = 291,77 € 5,00 % 291,77",
        "Kilométrage (km × prix unitaire) 495,00 1 100 km × 0,45 € 100,00 % 495,00",
        "Sous-total Personnel 6 127,25",
        "Total hors taxes 8 720,54 €",
        "Hors champ de la TVA, art. 256 B du CGI",
        "Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-F)",
        "TVA à 20 % sur 6 127,25 € 1 225,45 €",
        "Total TTC — net à payer 9 945,99 €",
        "Mise à disposition à titre gratuit (pour mémoire)",
        "Valeur totale, non facturée 242,28",
        "neuf mille neuf cent quarante-cinq euros et quatre-vingt-dix-neuf centimes",
    ],
)
def test_the_statement_says(text: str, expected: str) -> None:
    assert expected in text


def test_the_free_block_is_not_in_the_amount_due(document) -> None:
    assert document.total == Decimal("9945.99")
    assert document.figures.free_total == Decimal("242.28")


def test_an_issued_document_keeps_its_vat_lines_and_free_block(document) -> None:
    again = document_from_dict(document_to_dict(document))
    assert again.figures.totals == document.figures.totals
    assert again.figures.free == document.figures.free
    assert render_statement(again) == render_statement(document)


def test_the_totals_read_in_order_then_the_free_block_then_the_closing_block(text: str) -> None:
    """Each VAT rate, then the mentions of the untaxed sums it leaves; what is provided free
    after the amount due and before the amount in words, the bank details and the signature."""
    order = [
        "Total hors taxes 8 720,54 €",
        "TVA à 20 % sur 6 127,25 € 1 225,45 €",
        "Hors champ de la TVA, art. 256 B du CGI",
        "Total TTC — net à payer 9 945,99 €",
        "Mise à disposition à titre gratuit (pour mémoire)",
        "Valeur totale, non facturée 242,28",
        "Arrêté le présent état à la somme de",
        "Paiement à",
        "Fait le 8 juillet 2025",
        "Annexe 1",
    ]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)
    assert text.index("TVA à 20 %") < text.index("Exonération de TVA, art. 261 D 2° du CGI")
    assert text.index("Exonération de TVA, art. 261 D 2° du CGI") < text.index("Total TTC")
