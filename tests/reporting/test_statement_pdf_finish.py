"""The statement PDF's finish: the closing block stays with the totals, and the document's
metadata (title, author, creation date) says what it is, who issued it and when."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

from pypdf import PdfReader

from mutualisation.reporting.statement_pdf import render_statement

from .sample import long_statement, replace_fields, sample_statement
from .test_statement_pdf import pages_text

SETTLED = "Arrêté le présent état à la somme de"


def test_the_closing_block_never_starts_a_page_without_the_totals():
    """Whatever the number of lines, the page where the amount in words is printed also
    carries the amount due; the bank details and the signature follow on that page."""
    for count in range(1, 24):  # the first page boundaries, at every possible position
        pages = pages_text(render_statement(long_statement(count)))
        (closing,) = [page for page in pages if SETTLED in page]
        assert "Net à payer" in closing, f"{count} lignes : les totaux sont sur une autre page"
        assert closing.index("Net à payer") < closing.index(SETTLED)
        assert "IBAN" in closing[closing.index(SETTLED):], count


def test_the_metadata_names_the_document_its_issuer_and_its_issue_date():
    doc = sample_statement()
    metadata = PdfReader(io.BytesIO(render_statement(doc))).metadata
    assert metadata.title == "État de refacturation n° 2026-0007"
    assert metadata.author == doc.issuer.name
    assert metadata.creation_date.date() == dt.date(2025, 4, 15)
    assert metadata.modification_date.date() == dt.date(2025, 4, 15)


def test_the_creation_date_follows_the_issue_date_and_the_bytes_stay_reproducible():
    later = sample_statement(issue_date=dt.date(2026, 1, 5))
    pdf = render_statement(later)
    assert PdfReader(io.BytesIO(pdf)).metadata.creation_date.date() == dt.date(2026, 1, 5)
    assert render_statement(later) == pdf  # the chained SHA-256 of issued documents relies on it


def _running_header(page: str, footer: str) -> str:
    """The text printed after a page's footer: its running header (pypdf reads the frame last)."""
    return page[page.index(footer) + len(footer):].strip()


def test_a_drafts_running_header_is_printed_whole():
    """« (PROJET — non émis) » lengthens the title: the header shrinks or takes two lines, never
    « … »; the shortest recipient keeps the usual one line."""
    for name in ("ST2b", "Syndicat mixte des transports du Pays du bassin de Briey (ST2b)",
                 "Syndicat mixte intercommunal d'études, de programmation et de gestion du schéma de "
                 "cohérence territoriale et des mobilités du Pays du bassin de Briey et du Jarnisy (ST2b)"):
        draft = long_statement(40)
        draft = replace_fields(draft, number="", recipient=dataclasses.replace(draft.recipient, name=name))
        expected = f"État de refacturation (PROJET — non émis) — {name} — 1er trimestre 2025"
        pages = pages_text(render_statement(draft))
        assert len(pages) > 2
        for number, page in enumerate(pages[1:], 2):
            header = _running_header(page, f"page {number}/{len(pages)}")
            assert "…" not in header
            assert " ".join(header.split()) == expected, number
