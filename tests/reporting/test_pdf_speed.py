"""What keeps rendering fast without changing a byte of the PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import rl_accel

from mutualisation.domain.documents import DocumentLine


def test_reportlab_draws_with_its_c_accelerator():
    # Without rl-accel reportlab silently falls back to Python for every text width and
    # number it writes: the same bytes, about half as fast again.
    assert rl_accel._py_funcs == {}
    assert {"fp_str", "instanceStringWidthTTF"} <= set(rl_accel._c_funcs)


@pytest.mark.parametrize("name", ["sample", "long", "credit", "huge label"])
def test_a_paragraph_laid_out_once_draws_the_same_bytes(monkeypatch, name):
    from reportlab import rl_config
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from mutualisation.reporting import layout
    from mutualisation.reporting.statement_pdf import render_statement

    from .sample import credit_note, long_statement, sample_statement

    huge = DocumentLine("depenses", "mot " * 3000, Decimal("1.00"), "k", "1 %", Decimal("1.00"), ("x " * 4000,))
    document = {
        "sample": sample_statement,
        "long": long_statement,
        "credit": credit_note,
        "huge label": lambda: sample_statement(lines=sample_statement().lines + (huge,)),
    }[name]()
    monkeypatch.setattr(rl_config, "invariant", 1)  # no date nor random id in the file
    kept = render_statement(document)
    monkeypatch.setattr(layout.Paragraph, "wrap", ReportlabParagraph.wrap)  # every layout done again
    assert render_statement(document) == kept


@pytest.mark.parametrize("name", ["sample", "long", "credit", "huge label"])
def test_plain_paragraphs_read_without_the_parser_draw_the_same_bytes(monkeypatch, name):
    from reportlab import rl_config
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from mutualisation.reporting import layout
    from mutualisation.reporting.statement_pdf import render_statement

    from .sample import credit_note, long_statement, sample_statement

    huge = DocumentLine("depenses", "mot  \n " * 3000, Decimal("1.00"), "k", "1 %", Decimal("1.00"), ("x " * 4000,))
    document = {
        "sample": sample_statement,
        "long": long_statement,
        "credit": credit_note,
        "huge label": lambda: sample_statement(lines=sample_statement().lines + (huge,)),
    }[name]()
    monkeypatch.setattr(rl_config, "invariant", 1)
    fast = render_statement(document)
    monkeypatch.setattr(layout.Paragraph, "__init__", ReportlabParagraph.__init__)  # every text parsed
    assert render_statement(document) == fast


# Texts as paragraphs receive them: escaped, so without « < » nor « & », but with any other
# character, runs of spaces, line breaks and tabs that reportlab's cleaning folds.
_PLAIN_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<&\x00")
    | st.sampled_from(" \n\t\r\u00a0\u202f«»’€é>\"'"),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_PLAIN_TEXT, st.sampled_from(["body", "cell_right", "caption", "detail", "mention", "detail_key"]),
       st.sampled_from([None, "–"]))
def test_a_plain_text_gives_the_fragments_the_parser_gives(text, style_name, bullet):
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from mutualisation.reporting.layout import Paragraph, styles

    style = getattr(styles(), style_name)
    fast = Paragraph(text, style, bulletText=bullet)
    parsed = ReportlabParagraph(text, style, bulletText=bullet)
    assert fast.text == parsed.text
    assert fast.style is parsed.style and fast.bulletText == parsed.bulletText
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    assert [type(f) for f in fast.frags] == [type(f) for f in parsed.frags]


# Pieces as layout.rich receives them: plain, bold or italic, any text (French thousands
# included, which markup writes as a smaller no-break space in a <font size> tag).
_PIECES = st.lists(st.tuples(st.sampled_from(["", "b", "i"]), _PLAIN_TEXT | st.sampled_from(["1\u202f234,56 €", "Total"])),
                   min_size=1, max_size=4)  # fmt: skip
_STYLES = st.sampled_from(["body", "cell", "cell_right", "cell_bold", "caption", "detail", "mention", "total_label"])


@settings(max_examples=300, deadline=None)
@given(_PIECES, _STYLES, st.booleans())
def test_a_text_with_the_documents_tags_gives_the_fragments_the_parser_gives(pieces, style_name, nested):
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from mutualisation.reporting.layout import Paragraph, rich, styles

    style = getattr(styles(), style_name)
    text = rich(pieces, style).text
    if nested:  # as article_text.inline_tags may write them
        text = f"<i>{text}</i>" if "<i>" not in text else f"<b>{text}</b>"
    fast = Paragraph(text, style)
    parsed = ReportlabParagraph(text, style)
    assert fast.text == parsed.text
    assert [f.__dict__ for f in fast.frags] == [f.__dict__ for f in parsed.frags]
    assert [type(f) for f in fast.frags] == [type(f) for f in parsed.frags]


@settings(max_examples=400, deadline=None)
@given(_PLAIN_TEXT | st.sampled_from(["1\u202f234,56", "Clé fixe 20 %", "x" * 80, "mot " * 30]), _STYLES,
       st.sampled_from([None, "–"]), st.floats(min_value=0, max_value=600))  # fmt: skip
def test_a_paragraph_laid_out_on_one_line_is_laid_out_as_reportlab_lays_it_out(text, style_name, bullet, width):
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from mutualisation.reporting.layout import Paragraph, markup, styles

    style = getattr(styles(), style_name)
    text = markup(text, style.fontSize)
    fast, slow = Paragraph(text, style, bulletText=bullet), Paragraph(text, style, bulletText=bullet)
    assert fast.wrap(width, 1000) == ReportlabParagraph.wrap(slow, width, 1000)
    kept = ("width", "height", "_wrapWidths", "_width_max", "_splitLongWordCount", "_hyphenations")
    assert {k: getattr(fast, k, None) for k in kept} == {k: getattr(slow, k, None) for k in kept}
    lines = [repr(getattr(getattr(p, "blPara", None), "__dict__", None)) for p in (fast, slow)]  # fragments have no ==
    assert lines[0] == lines[1]


@settings(max_examples=300, deadline=None)
@given(_PIECES, _STYLES, st.sampled_from([None, "–"]), st.floats(min_value=1, max_value=600))
def test_a_paragraph_drawn_on_one_line_writes_the_operators_reportlab_writes(pieces, style_name, bullet, width):
    import io

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph as ReportlabParagraph

    from mutualisation.reporting.layout import Paragraph, rich, styles

    style = getattr(styles(), style_name)
    text = rich(pieces, style).text
    written = []
    for draw in (Paragraph.draw, ReportlabParagraph.draw):
        paragraph = Paragraph(text, style, bulletText=bullet)
        paragraph.draw = draw.__get__(paragraph)
        canvas = Canvas(io.BytesIO())
        paragraph.wrap(width, 1000)
        paragraph.drawOn(canvas, 20, 30)
        written.append((canvas._code, canvas._fillColorObj, len(canvas.state_stack)))
    assert written[0] == written[1]


@settings(max_examples=500, deadline=None)
@given(_PLAIN_TEXT | st.text(alphabet=st.sampled_from(" \u00a0\u202f\u200b\u3000\x1c\x85\tab\n"), max_size=12))
def test_a_text_is_cleaned_as_reportlab_cleans_it(text):
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    from mutualisation.reporting.paragraph import cleaned_text

    assert cleaned_text(text) == cleanBlockQuotedText(text)
