"""One sentence of Annexe 3: a dash, then the sentence, drawn directly when it fits its line.

Annexe 3 prints some 250 sentences per statement, most with amounts whose groups of thousands
are set apart by the narrow no-break space, which a Paragraph writes as a smaller no-break
space (:func:`.layout.markup`). Such a sentence is three fragments or more, and reportlab reads,
breaks and draws fragments through its general code: a fifth of a statement's rendering. A
sentence of plain text that fits on its line is measured and drawn here instead, glyph for
glyph where the Paragraph puts them: the dash where its bullet goes, then each run of text in
the style's font and size, each narrow space as that smaller no-break space. Any other sentence
(one that wraps, or with a character the markup escapes) is the Paragraph itself.
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable
from reportlab.platypus.paragraph import _drawBullet, _handleBulletWidth

from .layout import NARROW_SPACE, NBSP, Paragraph, markup
from .paragraph import cleaned_text

_SOFT_HYPHEN = "\xad"
# Room kept below the line's width: a sentence this close to filling its line is left to
# reportlab, which adds the same widths in another order.
_MARGIN = 0.01


class DetailSentence(Flowable):
    """``sentence`` with ``bullet`` before it, in ``style`` (left-aligned, one font)."""

    def __init__(self, sentence: str, style: ParagraphStyle, bullet: str) -> None:
        super().__init__()
        self._text = markup(sentence, style.fontSize)
        self._style = style
        self._bullet = bullet
        self._runs = _runs(self._text, style)
        self._paragraph: Paragraph | None = None  # the sentence as a Paragraph, once it is needed

    def _as_paragraph(self) -> Paragraph:
        if self._paragraph is None:
            self._paragraph = Paragraph(self._text, self._style, bulletText=self._bullet)
        return self._paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        style = self._style
        if self._runs is not None and self._paragraph is None:
            room = [availWidth - style.leftIndent - style.firstLineIndent - style.rightIndent]
            _handleBulletWidth(self._bullet, style, room)  # the bullet may overrun the indent
            width = sum(stringWidth(text, style.fontName, size) for text, size in self._runs)
            if width <= room[0] - _MARGIN:
                self.width, self.height = availWidth, style.leading
                return self.width, self.height
        self.width, self.height = self._as_paragraph().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        return self._as_paragraph().split(availWidth, availHeight) if self._paragraph is not None else []

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self._style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self._style.spaceAfter

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        style, canvas = self._style, self.canv
        baseline = self.height - style.fontSize  # a Paragraph's first line (paraFontSizeHeightOffset)
        canvas.saveState()
        # The dash drawn by the Paragraph's own code, which says where the text then starts.
        text_start = _drawBullet(canvas, style.firstLineIndent, baseline, self._bullet, style, rtl=False)
        line = canvas.beginText(style.leftIndent + text_start, baseline)
        line.setFillColor(style.textColor)
        for text, size in self._runs:
            line.setFont(style.fontName, size, style.leading)
            line.textOut(text)
        line.textLine("")  # the line's end, as a Paragraph ends its lines (text extraction reads it)
        canvas.drawText(line)
        canvas.restoreState()


def _runs(text: str, style: ParagraphStyle) -> tuple[tuple[str, float], ...] | None:
    """The text's runs as (text, font size): the markup's narrow spaces at their smaller size,
    the rest at the style's; None for an empty text, a text the markup made anything else of
    (a tag, an entity), one with a soft hyphen (drawn by a Paragraph only where a line breaks)
    or one that reportlab's cleaning would change."""
    if not text or "&" in text or _SOFT_HYPHEN in text or cleaned_text(text) != text:
        return None  # nothing to show, an entity, a hyphen shown only at a break, blanks to fold
    pieces = NARROW_SPACE.split(text)  # text, size, text, size, …, text
    if any("<" in piece for piece in pieces[::2]):
        return None
    return tuple(
        (NBSP, float(piece)) if odd else (piece, style.fontSize)
        for odd, piece in ((index % 2, piece) for index, piece in enumerate(pieces))
        if odd or piece
    )
