"""The Paragraph every document draws with: reportlab's, read and laid out by shorter paths.

Reportlab reads a paragraph's text with an HTML parser into *fragments* (runs of text with
their font, size and color), then breaks the fragments into lines each time a table or a
frame asks for its size. Most paragraphs of a document need neither: a label, a date or an
amount is plain text, or plain text with the few tags :func:`.layout.markup` and
:func:`.layout.rich` write (bold, italics, the narrow no-break space's ``<font size>``), and it
fits on one line. This module builds those fragments and that one line exactly as reportlab
would, attribute for attribute, so the PDF is the same byte for byte
(``tests/reporting/test_pdf_speed.py`` compares the fragments for any text, the one-line
layouts for any width, and whole documents both ways); anything else (a line break, an
entity, a text wider than its cell) goes through reportlab's own code.
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.platypus import Paragraph as _ReportlabParagraph
from reportlab.platypus.paragraph import (
    _handleBulletWidth,
    cleanBlockQuotedText,
    split,
    strip,
    textTransformFrags,
)
from reportlab.platypus.paraparser import ParaFrag, _num
from reportlab.rl_config import _FUZZ, paraFontSizeHeightOffset

# The only tags the documents write (layout.markup, layout.rich, article_text.inline_tags),
# as they write them. Any other tag, an entity or a line break goes to reportlab's parser.
_TAG = re.compile(r'<(/?)(b|i|font)(?: size="([0-9.]+)")?>')
_SOFT_HYPHEN = "\xad"
# What reportlab's cleaning (cleanBlockQuotedText) would change: a space at either end, two
# in a row, or another blank (a line break, a tab, U+202F…) that it folds into one space; the
# no-break space U+00A0 it keeps. A text without any of these comes out of it unchanged.
_UNCLEAN = re.compile("[\t\n\x0b\x0c\r\x1c-\x1f\x85\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]|  |^ | $")

# Word widths by font and size: the same words (amounts, dates, « € », « Clé ») come back in
# every row and every document; reportlab measures each through three Python calls.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_MAX_WIDTHS = 50_000


class Paragraph(_ReportlabParagraph):
    """A reportlab Paragraph whose fragments are built without the markup parser when its text
    uses only the documents' own tags, laid out on one line without the line breaker when it
    fits there, and which keeps its last layout.

    A table lays each cell out to size its rows and again to draw it, at the same width, and
    a frame lays a paragraph out before it splits or draws it: breaking a paragraph into lines
    is most of a document's rendering. A paragraph's lines depend only on the width (its text
    and style never change once built), so a layout at the width of the last one is that one,
    as long as reportlab kept it (a split that finds no room drops it).
    """

    _laid_out: tuple[float, tuple[float, float]] | None = None
    _one_frag = False  # one fragment of plain text: the one-line layout may apply
    _one_line_laid_out = False  # the last layout was the one-line one: so may the drawing be

    def __init__(self, text, style=None, bulletText=None, frags=None, caseSensitive=1, encoding="utf8"):  # noqa: N803
        if frags is None and style is not None and "&" not in text:
            cleaned = cleaned_text(text)
            frags = fragments(cleaned, style) if cleaned else None
            if frags is not None:
                text = cleaned
                textTransformFrags(frags, style)
                self._one_frag = len(frags) == 1 and _SOFT_HYPHEN not in cleaned
        super().__init__(text, style, bulletText, frags, caseSensitive, encoding)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (reportlab's names)
        laid_out = self._laid_out
        if laid_out is not None and laid_out[0] == availWidth and "blPara" in self.__dict__:
            return laid_out[1]
        size = self._one_line(availWidth) if self._one_frag else None
        self._one_line_laid_out = size is not None
        if size is None:
            size = super().wrap(availWidth, availHeight)
        self._laid_out = (availWidth, size)
        return size

    def _one_line(self, width: float) -> tuple[float, float] | None:
        """What ``wrap`` gives when the text fits on one line: the same attributes, set as
        ``wrap`` and ``breakLines`` set them (its widths summed word by word, in the same
        order, so that the spare width is the same float); None otherwise."""
        style = self.style
        if (width < _FUZZ or style.wordWrap or style.endDots or style.shaping
                or getattr(self, "autoLeading", getattr(style, "autoLeading", "")) in ("max", "min")):  # fmt: skip
            return None
        frag = self.frags[0]
        text = strip(frag.text)
        if not text:
            return None
        first = width - (style.leftIndent + style.firstLineIndent) - style.rightIndent
        later = width - style.leftIndent - style.rightIndent
        widths = [first, later]
        _handleBulletWidth(self.bulletText, style, widths)
        font, size = frag.fontName, frag.fontSize
        measured = _WIDTHS.get((font, size))
        if measured is None or len(measured) > _MAX_WIDTHS:
            measured = _WIDTHS[(font, size)] = {}
        space = measured.get(" ")
        if space is None:
            space = measured[" "] = stringWidth(" ", font, size, self.encoding)
        words = split(text)
        current = -space
        for word in words:
            word_width = measured.get(word)
            if word_width is None:
                word_width = measured[word] = stringWidth(word, font, size, self.encoding)
            current = current + space + word_width
        if current > widths[0]:
            return None
        ascent, descent = getAscentDescent(font, size)
        self.width = width
        self._wrapWidths = widths  # as breakLines leaves them: the bullet's room taken off the first
        self._width_max = current if current > 0 else 0
        self._splitLongWordCount = self._hyphenations = 0
        self.blPara = frag.clone(kind=0, lines=[(widths[0] - current, words)], ascent=ascent, descent=descent,
                                 fontSize=size)  # fmt: skip
        self.height = style.leading
        return width, self.height

    def draw(self) -> None:
        """A paragraph laid out on one line is drawn as ``drawPara`` draws it, operator for
        operator, without its text object: the canvas's state saved, the fill color set, then
        one ``BT … ET`` block (origin, offset for the alignment, each font subset's run of
        glyphs, the same numbers written by the same ``fp_str``), and the state restored."""
        if not self._one_line_laid_out:
            super().draw()
            return
        style = self.style
        frag = self.blPara
        alignment = style.alignment
        if (self.bulletText or alignment not in (TA_LEFT, TA_RIGHT, TA_CENTER)
                or style.backColor or (style.borderColor and style.borderWidth) or frag.us_lines or frag.link
                or getattr(self, "_offsets", None) or self.debug or not self.canv.bottomup):  # fmt: skip
            super().draw()
            return
        canvas = self.canv
        font = getFont(frag.fontName)
        if not font._dynamicFont:
            super().draw()
            return
        spare, words = frag.lines[0]
        offset = style.firstLineIndent
        if alignment == TA_RIGHT:
            offset += spare
        elif alignment == TA_CENTER:
            offset += 0.5 * spare
        size = frag.fontSize
        top = self.height - size if paraFontSizeHeightOffset else self.height - getattr(frag, "ascent", size)
        code = ["BT", f"1 0 0 1 {fp_str(style.leftIndent, top)} Tm"]
        moved = offset > 1e-6 or offset < -1e-6
        if moved:
            code.append(f"{fp_str(offset, 0)} Td")
        document = canvas._doc
        escape = canvas._escape
        run = []
        subset_font = -1
        for subset, glyphs in font.splitString(" ".join(words), document):
            if subset != subset_font:
                run.append(f"{font.getSubsetInternalName(subset, document)} {fp_str(size)} Tf {fp_str(style.leading)} TL")
                subset_font = subset
            run.append(f"({escape(glyphs)}) Tj")
        code.append(" ".join(run) + " T*")
        if moved:
            code.append(f"{fp_str(-offset, 0)} Td")
        code.append("ET")
        canvas.saveState()
        canvas.setFillColor(frag.textColor)
        canvas._code.append(" ".join(code))
        canvas.restoreState()


def cleaned_text(text: str) -> str:
    """``cleanBlockQuotedText(text)``, which most texts leave as they are, without its splits
    and joins for those."""
    return cleanBlockQuotedText(text) if _UNCLEAN.search(text) else text


def fragments(text: str, style: ParagraphStyle) -> list[ParaFrag] | None:
    """The fragments reportlab's parser makes of ``<para>text</para>`` in ``style`` when the
    text (already cleaned, without entities) holds only ``<b>``, ``<i>`` and ``<font size>``,
    well nested; None when it holds anything else, for the parser to read (and refuse)."""
    if "<" not in text:
        return [plain_fragment(text, style)]
    stack = [_initial_fragment(style)]
    out: list[ParaFrag] = []
    position = 0
    for tag in _TAG.finditer(text):
        if tag.start() > position:
            data = text[position : tag.start()]
            if "<" in data:  # another tag (a line break): the parser's
                return None
            out.append(_data_fragment(stack[-1], data))
        position = tag.end()
        closing, name, size = tag.groups()
        if closing:
            if size is not None or len(stack) == 1 or stack[-1].__tag__ != name:
                return None
            stack.pop()
            continue
        if (name == "font") != (size is not None):
            return None
        frag = ParaFrag()
        frag.__dict__.update(stack[-1].__dict__)
        frag.__tag__ = name
        if name == "b":
            frag.bold = 1
        elif name == "i":
            frag.italic = 1
        else:
            frag.fontSize = _num(size)
        stack.append(frag)
    rest = text[position:]
    if "<" in rest or len(stack) != 1:
        return None
    if rest:
        out.append(_data_fragment(stack[-1], rest))
    return out


def _initial_fragment(style: ParagraphStyle) -> ParaFrag:
    """The parser's ``_initial_frag`` for ``<para>`` in ``style``."""
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    frag.fontName, frag.bold, frag.italic = ps2tt(style.fontName)
    frag.fontSize = style.fontSize
    frag.textColor = style.textColor
    frag.us_lines = []
    frag.__tag__ = "para"
    return frag


def _data_fragment(top: ParaFrag, data: str) -> ParaFrag:
    """The parser's ``handle_data``: a copy of the innermost tag's fragment holding ``data``."""
    frag = ParaFrag()
    frag.__dict__.update(top.__dict__)
    frag.fontName = tt2ps(frag.fontName, frag.bold, frag.italic)
    frag.text = data
    return frag


def plain_fragment(text: str, style: ParagraphStyle) -> ParaFrag:
    """The one fragment reportlab's parser makes of ``<para>text</para>`` (text without tags or
    entities) in ``style``: its ``_initial_frag``, then ``handle_data``, attribute for attribute."""
    return _data_fragment(_initial_fragment(style), text)
