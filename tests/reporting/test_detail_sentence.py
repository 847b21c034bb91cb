"""Annexe 3's sentences drawn directly land where the bulleted Paragraph puts them.

The oracle is the Paragraph the annex used before (``bulletText="–"`` in the detail style):
same lines, same heights, and every run of text (the dash, the text between narrow spaces)
read back from the PDF at the same place, in the same size, with the same words.
"""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from mutualisation.reporting.detail_sentence import DetailSentence
from mutualisation.reporting.layout import Paragraph, markup, styles
from mutualisation.reporting.pages import PageInfo, build_pdf

INFO = PageInfo(title="Annexe 3", author="Pays du bassin de Briey")
NNBSP = "\u202f"


def _paragraph(sentence: str) -> Paragraph:
    style = styles().detail
    return Paragraph(markup(sentence, style.fontSize), style, bulletText="–")


def _runs(pdf: bytes) -> list[tuple]:
    """(page, text, x, y, size) of every run of text the PDF shows, as a reader reads it."""
    seen = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):

        def visit(text, cm, tm, _font, size, number=number):
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                seen.append((number, text, round(x, 2), round(y, 2), size))

        page.extract_text(visitor_text=visit)
    return seen


_WORD = st.sampled_from([
    "Paie", "de", "janvier", "2025", ":", "sur", "31 j", "d'emploi,", "dont", "dans", "la", "période.",
    f"2{NNBSP}808,42\u00a0€", f"12{NNBSP}962,7600\u00a0€", f"1{NNBSP}404{NNBSP}119/3{NNBSP}240{NNBSP}690",
    "(20,00\u00a0%)", "ST2B", "Quotité", "[avenant n° 1]", "«\u00a0Forfait\u00a0»", "R&D",
    "mi\xadlieu",  # a soft hyphen, pasted from a word processor: shown only where a line breaks
])  # fmt: skip
_SENTENCE = st.lists(_WORD, min_size=1, max_size=45).map(" ".join)


@settings(max_examples=30, deadline=None)
@given(sentences=st.lists(_SENTENCE, min_size=1, max_size=90))
def test_sentences_show_the_same_runs_at_the_same_places_as_the_bulleted_paragraph(sentences):
    style = styles().detail
    drawn = build_pdf([DetailSentence(sentence, style, "–") for sentence in sentences], INFO)
    oracle = build_pdf([_paragraph(sentence) for sentence in sentences], INFO)
    assert _runs(drawn) == _runs(oracle)


def _one_line_width(sentence: str) -> float:
    """The width the Paragraph needs to hold ``sentence`` on one line (its spare room taken off)."""
    paragraph = _paragraph(sentence)
    paragraph.wrap(10_000, 10_000)
    line = paragraph.blPara.lines[0]
    return 10_000 - (line[0] if paragraph.blPara.kind == 0 else line.extraSpace)


@settings(max_examples=200, deadline=None)
@given(sentence=_SENTENCE, width=st.floats(min_value=40, max_value=520))
def test_a_sentence_takes_the_lines_the_paragraph_takes_at_any_width(sentence, width):
    drawn = DetailSentence(sentence, styles().detail, "–")
    assert drawn.wrap(width, 10_000) == _paragraph(sentence).wrap(width, 10_000)


@settings(max_examples=200, deadline=None)
@given(sentence=_SENTENCE, off=st.floats(min_value=-3, max_value=3))
def test_a_sentence_about_as_wide_as_its_line_breaks_where_the_paragraph_breaks(sentence, off):
    width = _one_line_width(sentence) + off
    drawn = DetailSentence(sentence, styles().detail, "–")
    assert drawn.wrap(width, 10_000) == _paragraph(sentence).wrap(width, 10_000)
    if off > 0.02 and "&" not in sentence and "\xad" not in sentence:  # fits with room to spare: drawn directly
        assert drawn._paragraph is None


def test_a_sentence_that_fits_is_drawn_without_a_paragraph_and_one_that_wraps_is_one():
    style = styles().detail
    fits = DetailSentence(f"Total exact 12{NNBSP}962,7600 €, arrondi à 12{NNBSP}962,76 €.", style, "–")
    wraps = DetailSentence("Une phrase longue " * 12, style, "–")
    escaped = DetailSentence("R&D : 1 000 €", style, "–")
    for sentence in (fits, wraps, escaped):
        sentence.wrap(490, 700)
    assert fits._paragraph is None
    assert wraps._paragraph is not None and wraps.height == 2 * style.leading
    assert escaped._paragraph is not None


@pytest.mark.parametrize("sentence", ["", " ", "\u00a0", "Clé fixe « Forfait mi\xadlieu »"])
def test_an_empty_sentence_or_a_soft_hyphen_shows_what_the_paragraph_shows(sentence):
    style = styles().detail
    assert _runs(build_pdf([DetailSentence(sentence, style, "–")], INFO)) == _runs(
        build_pdf([_paragraph(sentence)], INFO)
    )


def test_the_annex_reads_the_same_words_with_its_narrow_spaces():
    style = styles().detail
    text = " ".join(
        run[1] for run in _runs(build_pdf([DetailSentence(f"Paie : 2{NNBSP}808,42 €.", style, "–")], INFO))
    )
    assert text.startswith("– Paie : 2") and "808,42 €." in text
