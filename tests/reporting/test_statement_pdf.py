"""The statement PDF: what it says (read back with pypdf), its fonts and its pagination."""

from __future__ import annotations

import dataclasses
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader
from pypdf.generic import IndirectObject

from mutualisation.domain.documents import DocumentLine
from mutualisation.reporting.blocks import printed_sign
from mutualisation.reporting.statement_pdf import render_statement

from .sample import IBAN, MARKUP_SUPPLIER, credit_note, long_statement, sample_statement

WORDS = "neuf mille huit cent cinquante-cinq euros et soixante-quinze centimes"


def normalise(text: str) -> str:
    """pypdf's spacing is not the PDF's: compare with single ASCII spaces."""
    return re.sub(r"\s+", " ", text.replace("\u202f", " ").replace("\u00a0", " ")).strip()


def pages_text(pdf: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return render_statement(sample_statement())


@pytest.fixture(scope="module")
def sample_text(sample_pdf: bytes) -> str:
    return " ".join(pages_text(sample_pdf))


def test_it_is_a_pdf_in_a4(sample_pdf: bytes) -> None:
    assert sample_pdf.startswith(b"%PDF-")
    for page in PdfReader(io.BytesIO(sample_pdf)).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


@pytest.mark.parametrize(
    "expected",
    [
        "État de refacturation",
        "N° 2026-0007",
        "Pays du bassin de Briey",
        "SIRET 448 901 234 00027",
        "SIRET 200 045 678 00015",
        "Code service : FIN-COMPTA",
        "N° d'engagement : EJ-2025-000142",
        "Date d'émission 15/04/2025",
        "1er trimestre 2025",
        "du 01/01/2025 au 31/03/2025",
        "Échéance 15/05/2025",
        "Convention CONV-2023-01",
        "signée le 14/12/2023",
        "avenant n° 1 du 01/03/2025",
        "avenant n° 2 du 01/01/2025",
        "PERSONNEL",
        "MATÉRIEL",
        "LOCAUX",
        "DÉPENSES PARTAGÉES",
        "Sous-total Personnel 5 810,00",
        "Sous-total Matériel 448,25",
        "Sous-total Locaux 2 781,00",
        "Sous-total Dépenses partagées 816,50",
        "Surface 36/140 m² du 01/01 au 14/02",
        "Kilométrage 1 100/4 000 km = 27,50 %",
        "13 300,00",
        "Total hors taxes 9 855,75 €",
        "9 855,75 €",
        "TVA non applicable, art. 261-7-1°-b du CGI",
        f"Arrêté le présent état à la somme de {WORDS}.",
        "Paiement à 30 jours, au plus tard le 15/05/2025, par virement",
        IBAN,
        "CMCIFR2A",
        "Fait à Briey, le 15 avril 2025",
        "Le Président",
        "Jean-Marc Duval",
        "Annexe 1 — Factures",
        "Annexe 2 — Règle d'arrondi",
        "Annexe 3 — Détail des calculs",
        "EDF Collectivités",
        "Total 994,75",
        "au plus fort reste",
        "Total exact 13 300,0000 €, arrondi à 13 300,00 €.",
    ],
)
def test_the_statement_says(sample_text: str, expected: str) -> None:
    assert normalise(expected) in sample_text


def test_no_vat_line_when_not_subject(sample_text: str) -> None:
    assert "TVA à" not in sample_text
    assert "Net à payer 9 855,75 €" in sample_text


def test_vat_when_subject() -> None:
    doc = sample_statement(vat_rate=Decimal("0.20"), vat_mention="")
    text = " ".join(pages_text(render_statement(doc)))
    assert "TVA à 20 % 1 971,15 €" in text
    assert "Total TTC — net à payer 11 826,90 €" in text
    assert "onze mille huit cent vingt-six euros et quatre-vingt-dix centimes" in text
    assert "TVA non applicable" not in text


def test_user_text_prints_literally_never_as_markup(sample_text: str) -> None:
    assert f"Téléphone ({MARKUP_SUPPLIER}, 05/02/2025)" in sample_text
    assert f"{MARKUP_SUPPLIER} RD-2025-017" in sample_text  # the annex row
    doc = sample_statement(
        lines=sample_statement().lines + (
            DocumentLine("depenses", "<b>R&D & co", Decimal("10.00"), "Affectation directe 100 %",
                         "100,00 %", Decimal("10.00")),
        ),
        note='Voir <a href="x">ici</a> & <font size=40>là</font>\x07',
    )  # fmt: skip
    text = " ".join(pages_text(render_statement(doc)))
    assert "<b>R&D & co 10,00" in text
    assert 'Observations : Voir <a href="x">ici</a> & <font size=40>là</font>' in text


def test_every_page_says_page_n_of_total(sample_pdf: bytes) -> None:
    texts = pages_text(sample_pdf)
    total = len(texts)
    assert total >= 3  # the statement, then the annexes on their own pages
    for number, text in enumerate(texts, start=1):
        assert f"page {number}/{total}" in text
        assert text.count(f"/{total}") >= 1


def test_annexes_start_on_a_new_page(sample_pdf: bytes) -> None:
    texts = pages_text(sample_pdf)
    first_annex = next(i for i, text in enumerate(texts) if "Annexe 1 — Factures" in text)
    assert "Net à payer" not in texts[first_annex]
    assert any("Net à payer" in text for text in texts[:first_annex])


def _fonts(pdf: bytes):
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        fonts = page["/Resources"].get_object().get("/Font", {})
        for name, ref in fonts.get_object().items():
            yield number, name, ref.get_object()


def _embedded(font) -> bool:
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if isinstance(descriptor, IndirectObject):
        descriptor = descriptor.get_object()
    return descriptor is not None and "/FontFile2" in descriptor


@pytest.mark.parametrize("build", [sample_statement, credit_note, lambda: sample_statement(number="")])
def test_every_font_is_embedded_dejavu_and_none_is_helvetica(build) -> None:
    pdf = render_statement(build())
    seen = list(_fonts(pdf))
    assert seen
    for number, name, font in seen:
        base = str(font["/BaseFont"])
        assert "Helvetica" not in base, (number, name, base)
        assert "DejaVu" in base, (number, name, base)
        assert _embedded(font), (number, name, base)
    assert b"Helvetica" not in pdf


def test_a_long_statement_paginates_with_the_header_repeated() -> None:
    doc = long_statement(200)
    texts = pages_text(render_statement(doc))
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        assert f"page {number}/{total}" in text
    totals_page = next(i for i, text in enumerate(texts) if "Net à payer" in text)
    # Every page of lines repeats the table's header; the totals follow the last line, on its
    # page or at the top of the next one together with the closing block.
    last_lines_page = max(i for i, text in enumerate(texts[: totals_page + 1]) if "— n° " in text)
    assert last_lines_page >= 3 and totals_page - last_lines_page in (0, 1)
    for text in texts[: last_lines_page + 1]:
        assert "Libellé Base (€) Clé de répartition Taux Montant (€)" in text
    for number in (1, 100, 200):
        assert f"— n° {number} " in " ".join(texts)
    assert normalise(f"Net à payer {_money(doc.total)}") in texts[totals_page]
    # Pages after the first carry the running header.
    assert all("État de refacturation n° 2026-0008 — ST2b" in text for text in texts[1:])


def _money(value: Decimal) -> str:
    from mutualisation.domain import french

    return french.money(value)


def test_a_credit_note_prints_the_credit_in_positive_figures() -> None:
    doc = credit_note()
    assert doc.total == Decimal("-167.23") and printed_sign(doc) == -1
    text = " ".join(pages_text(render_statement(doc)))
    assert "Avoir" in text and "N° 2026-0009" in text
    assert "Rectifie l'état n° 2026-0007." in text
    assert "Montant de l'avoir 167,23 €" in text
    assert "Arrêté le présent avoir à la somme de cent soixante-sept euros et vingt-trois centimes." in text
    assert "-167" not in text and "moins" not in text
    assert "Montant à déduire des sommes dues" in text and "ou à rembourser" in text
    assert "à régler" not in text
    assert "Paiement à" not in text


def test_a_draft_says_so_on_every_page() -> None:
    pages = pages_text(render_statement(sample_statement(number="")))
    assert "PROJET — non émis" in pages[0] and "N° 20" not in pages[0]
    assert all("PROJET — non émis" in page for page in pages)  # the running header names it too


def test_the_same_document_gives_the_same_bytes(sample_pdf: bytes) -> None:
    assert render_statement(sample_statement()) == sample_pdf


def test_logo_is_drawn_and_a_broken_logo_is_left_out(sample_pdf: bytes) -> None:
    first = PdfReader(io.BytesIO(sample_pdf)).pages[0]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in first["/Resources"]["/XObject"].values())
    issuer = dataclasses.replace(sample_statement().issuer, logo=b"not an image")
    text = " ".join(pages_text(render_statement(sample_statement(issuer=issuer))))
    assert "Pays du bassin de Briey" in text


def test_an_address_without_city_signs_with_the_date_only() -> None:
    issuer = dataclasses.replace(sample_statement().issuer, address="Quelque part", signatory_title="")
    text = " ".join(pages_text(render_statement(sample_statement(issuer=issuer))))
    assert "Fait le 15 avril 2025" in text
    assert "Pour Pays du bassin de Briey," in text


def test_no_text_runs_past_the_right_margin() -> None:
    """Long labels and keys wrap inside their cells: no text starts or ends outside the margins."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from mutualisation.reporting.layout import MARGIN_LEFT, MARGIN_RIGHT, PAGE_SIZE

    long_label = "Prestation " + "très longue " * 25 + "X" * 90
    doc = sample_statement(
        lines=sample_statement().lines + (
            DocumentLine("depenses", long_label, Decimal("1234567.89"), "Clé " + "fixe " * 40,
                         "100,00 %", Decimal("1234567.89")),
        ),
    )  # fmt: skip
    pdf = render_statement(doc)
    limit = PAGE_SIZE[0] - MARGIN_RIGHT + 1
    overflows = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        def visit(text, cm, tm, font, size, page=page):
            text = text.split("\n")[0].rstrip()  # pypdf calls once per drawn line, newline included
            if not text or not size:
                return
            x = tm[4] * cm[0] + cm[4]
            scale = (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            base = str(font.get("/BaseFont", "")) if font else ""
            face = next((f for f in ("DejaVuSans-Bold", "DejaVuSans-Oblique") if f in base), "DejaVuSans")
            width = stringWidth(text, face, size * scale)
            if x < MARGIN_LEFT - 1 or x + width > limit:
                overflows.append((round(x), round(x + width), text))

        page.extract_text(visitor_text=visit)
    assert not overflows
    text = normalise(" ".join(pages_text(pdf)))
    assert "1 234 567,89" in text


def test_a_label_taller_than_a_page_still_renders() -> None:
    """Bad input never fails a document: an absurdly long label is cut across pages."""
    huge = DocumentLine("depenses", "mot " * 3000, Decimal("1.00"), "k", "1 %", Decimal("1.00"), ("x " * 4000,))
    text = " ".join(pages_text(render_statement(sample_statement(lines=sample_statement().lines + (huge,)))))
    assert "Net à payer 9 856,75 €" in text
