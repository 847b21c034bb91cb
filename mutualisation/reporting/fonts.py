"""The PDF fonts: DejaVu Sans, embedded, with €, ’, « » and U+202F (French thousands).

:func:`register_fonts` registers the family once with reportlab and makes it the canvas
default (``rl_config.canvas_basefontname``), so that no page refers to the standard,
non-embedded Helvetica. Every PDF builder calls it before building.
"""

from __future__ import annotations

import functools

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


class SubsetFont(TTFont):
    """A TrueType font that writes text already met in the document without reportlab's
    character-by-character loop.

    Reportlab embeds a TrueType font as subsets of 256 glyphs and writes each text drawn as
    the glyphs' codes in their subset (``splitString``), assigning a code to each new
    character as it meets it, one Python step per character of every text. Once all of a
    text's characters have a code in the first subset (almost always: a statement uses about
    a hundred distinct characters), the codes are a translation of the text, done in one call;
    any other text (a new character, one in a later subset) goes through reportlab's loop,
    which assigns its codes as before. Same codes, same bytes (``tests/reporting/test_fonts.py``).
    """

    def splitString(self, text, doc, encoding="utf-8"):  # noqa: N802 (reportlab's name)
        state = self.state.get(doc)
        if state is not None and isinstance(text, str):
            known = getattr(state, "first_subset", None)
            if known is None or known[0] != len(state.assignments):
                known = state.first_subset = _first_subset(state.assignments)
            if known[1].issuperset(text):
                return [(0, text.translate(known[2]).encode("latin-1"))] if text else []
        return super().splitString(text, doc, encoding)


def _first_subset(assignments: dict[int, int]) -> tuple[int, frozenset[str], dict[int, int]]:
    """The characters coded in the first subset and their codes, for ``str.translate``
    (U+00A0 is written as the space, as reportlab writes it)."""
    table = {char: code for char, code in assignments.items() if code < 256}
    if 32 in table:
        table[0xA0] = table[32]
    return len(assignments), frozenset(map(chr, table)), table


@functools.cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) and return the family name.

    Idempotent. Bold oblique maps to bold: the documents never need both at once, and
    the wheel ships one file fewer.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(SubsetFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    # <b>/<i> inside a Paragraph whose style uses one of the faces resolve through this mapping.
    for name in (REGULAR, BOLD, ITALIC):
        addMapping(name, 0, 0, REGULAR)
        addMapping(name, 1, 0, BOLD)
        addMapping(name, 0, 1, ITALIC)
        addMapping(name, 1, 1, BOLD)
    rl_config.canvas_basefontname = REGULAR
    return FAMILY
