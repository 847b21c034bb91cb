"""Annexe 3's blocks are laid out where a KeepTogether around a one-row table puts them.

The oracle is the construction the statement used before (reportlab's ``KeepTogether`` and a
``plain_table`` title row): for any mix of block sizes, every paragraph and every rule lands on
the same page at the same place.
"""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from mutualisation.reporting.kept_block import KeptBlock, TitleRow
from mutualisation.reporting.layout import CONTENT_WIDTH, RULE, markup, para, plain_table, rich, styles
from mutualisation.reporting.pages import PageInfo, build_pdf

from .report_data import pages_text

WIDTHS = (CONTENT_WIDTH - 35 * mm, 35 * mm)
INFO = PageInfo(title="Annexe 3", author="Pays du bassin de Briey")


def _parts(label: str, sentences: list[str]) -> tuple[Paragraph, Paragraph, list]:
    s = styles()
    body = [para("Clé : Quotité 20 % = 20,00 %", s.detail_key)]
    body += [Paragraph(markup(sentence, s.detail.fontSize), s.detail, bulletText="–") for sentence in sentences]
    return rich([("b", label)], s.cell), rich([("b", "1 677,49 €")], s.cell_right), body


def _new(label: str, sentences: list[str]):
    left, right, body = _parts(label, sentences)
    title = TitleRow(left, right, WIDTHS, bottom_padding=1.5, rule_width=0.25, rule_color=RULE)
    return KeptBlock([title, Spacer(1, 1.2 * mm), *body, Spacer(1, 3.5 * mm)])


def _old(label: str, sentences: list[str]):
    left, right, body = _parts(label, sentences)
    title = plain_table(
        [[left, right]], WIDTHS,
        [("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE),
         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
    )  # fmt: skip
    return KeepTogether([title, Spacer(1, 1.2 * mm), *body, Spacer(1, 3.5 * mm)])


def _placements(story) -> list[tuple]:
    """(page, x, y, what) of every paragraph drawn and every line stroked, in page space."""
    seen: list[tuple] = []
    draw, line = Paragraph.draw, Canvas.line

    def where(canvas, x=0.0, y=0.0) -> tuple[int, float, float]:
        a, b, c, d, e, f = canvas._currentMatrix
        return canvas.getPageNumber(), round(a * x + c * y + e, 3), round(b * x + d * y + f, 3)

    def drawn(self):
        seen.append((*where(self.canv), (self.text or "(a split part)")[:30], self.height))
        return draw(self)

    def stroked(self, x1, y1, x2, y2):
        seen.append((*where(self, x1, y1), *where(self, x2, y2)[1:], "line"))
        return line(self, x1, y1, x2, y2)

    with patch.object(Paragraph, "draw", drawn), patch.object(Canvas, "line", stroked):
        build_pdf(story, INFO)
    return seen


_SENTENCE = st.sampled_from([
    "Paie de janvier 2025 : 2 808,42 € sur 31 j d'emploi, dont 31 j dans la période.",
    "Total exact 8 387,4600 €, arrondi à 8 387,46 €.",
    "Du 01/01/2025 au 31/03/2025 (90 j) : 18 499,2000 € réparti selon ST2B Quotité 10 % (10,00 %) et une "
    "longue suite de mots qui passe à la ligne dans la largeur de l'annexe, puis encore une fois pour voir.",
])  # fmt: skip
_LABEL = st.sampled_from(["Chloé Girard", "Amortissement — Ordinateurs portables " * 4, "Loyer"])
_BLOCKS = st.lists(st.tuples(_LABEL, st.lists(_SENTENCE, min_size=0, max_size=40)), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None)
@given(blocks=_BLOCKS, lead=st.integers(min_value=0, max_value=60))
def test_blocks_land_where_keep_together_and_a_table_put_them(blocks, lead):
    def opening():  # moves the blocks down the page; flowables are made anew for each build
        return [para(f"Ligne d'ouverture {n}", styles().body) for n in range(lead)]

    old = _placements([*opening(), *(_old(label, sentences) for label, sentences in blocks)])
    new = _placements([*opening(), *(_new(label, sentences) for label, sentences in blocks)])
    assert new == old


def test_a_block_taller_than_a_page_is_cut_across_pages_like_keep_together():
    sentences = [f"Phrase {n} du détail, assez longue pour occuper sa ligne." for n in range(160)]
    old = _placements([_old("Chloé Girard", sentences)])
    new = _placements([_new("Chloé Girard", sentences)])
    assert new == old
    assert {place[0] for place in new} == {1, 2, 3}


def test_a_title_taller_than_a_page_is_cut_as_its_table_would_be():
    label = "mot " * 3000
    old = _placements([_old(label, ["Total exact 1,00 €."])])
    new = _placements([_new(label, ["Total exact 1,00 €."])])
    assert new == old
    text = " ".join(pages_text(build_pdf([_new(label, ["Total exact 1,00 €."])], INFO)))
    assert text.count("mot") == 3000 and "Total exact 1,00 €." in text
