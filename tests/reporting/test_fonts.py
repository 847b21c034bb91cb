"""The embedded font writes every text with the codes reportlab's own loop gives it."""

from __future__ import annotations

import functools

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfdoc import PDFDocument
from reportlab.pdfbase.ttfonts import TTFont

from mutualisation.paths import resource
from mutualisation.reporting.fonts import SubsetFont

# Enough distinct characters to fill the first subset of 256 codes and start the next, the
# no-break space (written as a space), and characters the font has no glyph for.
_TEXTS = st.lists(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x3FF) | st.sampled_from("\u00a0\u202f€«»’\U0001f600"),
            max_size=40),
    max_size=30,
)  # fmt: skip


@functools.cache
def _fonts() -> tuple[TTFont, SubsetFont]:
    path = str(resource("fonts", "DejaVuSans.ttf"))
    return TTFont("DejaVuSans-reference", path), SubsetFont("DejaVuSans-subset", path)


@settings(max_examples=150, deadline=None)
@given(_TEXTS)
def test_texts_are_coded_as_reportlab_codes_them(texts):
    reference, fast = _fonts()
    documents = PDFDocument(), PDFDocument()
    for text in texts + texts[::-1]:  # each text again once its characters are known
        assert fast.splitString(text, documents[1]) == reference.splitString(text, documents[0])
    assert _codes(fast.state.get(documents[1])) == _codes(reference.state.get(documents[0]))


def _codes(state) -> tuple | None:
    return None if state is None else (state.assignments, state.subsets, state.nextCode)
