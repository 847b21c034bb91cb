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


@functools.cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) and return the family name.

    Idempotent. Bold oblique maps to bold: the documents never need both at once, and
    the wheel ships one file fewer.
    """
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD)
    # <b>/<i> inside a Paragraph whose style uses one of the faces resolve through this mapping.
    for name in (REGULAR, BOLD, ITALIC):
        addMapping(name, 0, 0, REGULAR)
        addMapping(name, 1, 0, BOLD)
        addMapping(name, 0, 1, ITALIC)
        addMapping(name, 1, 1, BOLD)
    rl_config.canvas_basefontname = REGULAR
    return FAMILY
