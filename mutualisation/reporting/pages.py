"""The page frame of every PDF: running header, footer with « page n/N », watermark, metadata.

The builders of :mod:`.statement_pdf`, :mod:`.forecast_pdf`, :mod:`.summary_pdf` and
:mod:`.convention_pdf` lay out their flowables with :mod:`.layout`, then hand them to
:func:`build_pdf` with a :class:`PageInfo`, which returns the bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .fonts import BOLD, REGULAR, register_fonts
from .layout import (
    CONTENT_WIDTH,
    CONTROL,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    RULE,
)


@dataclass(frozen=True)
class PageInfo:
    """What the page frame says around the content, and the PDF's metadata.

    ``running_header`` is printed at the top of pages 2 and later; ``footer`` at the bottom
    left of every page, « page n/N » at the bottom right; ``watermark`` (e.g. « APERÇU »)
    across every page when not empty; ``last_footer`` under the footer of the last page only
    (an issued document's chain hashes, where a partner looks for them). ``created`` is the
    document's date in its metadata (creation and modification dates; an issued statement's
    issue date); without it the metadata carries ReportLab's fixed invariant date.
    """

    title: str
    author: str
    subject: str = ""
    running_header: str = ""
    footer: str = ""
    watermark: str = ""
    last_footer: str = ""
    created: dt.date | None = None


def _numbered_canvas(info: PageInfo) -> type[Canvas]:
    """A canvas that holds its pages until the end, to write « page n/N » on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            if info.created is not None:
                # The document's own date, not the time of rendering: the same document still
                # gives the same bytes (issued PDFs are chained by their SHA-256).
                stamp = f"D:{info.created:%Y%m%d}000000+00'00'"
                self.setDateFormatter(lambda *_now: stamp)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                _draw_frame(self, info, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_frame(canvas: Canvas, info: PageInfo, page: int, total: int) -> None:
    width, height = PAGE_SIZE
    left, right = MARGIN_LEFT, width - MARGIN_RIGHT
    canvas.saveState()
    if info.watermark:
        canvas.setFillColor(colors.Color(0.12, 0.31, 0.47, alpha=0.07))
        # As large as fits along the page's diagonal (« PROJET — NON ÉMIS » is longer than « APERÇU »).
        size = min(96, 0.8 * (width**2 + height**2) ** 0.5 / max(1, canvas.stringWidth(info.watermark, BOLD, 1)))
        canvas.setFont(BOLD, size)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -30, info.watermark)
        canvas.rotate(-50)
        canvas.translate(-width / 2, -height / 2)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    footer_y = MARGIN_BOTTOM - 10 * mm
    canvas.line(left, footer_y + 3.6 * mm, right, footer_y + 3.6 * mm)
    canvas.setFillColor(MUTED)
    canvas.setFont(REGULAR, 7.5)
    if info.footer:
        canvas.drawString(left, footer_y, _fit(info.footer, REGULAR, 7.5, right - left - 25 * mm))
    canvas.drawRightString(right, footer_y, f"page {page}/{total}")
    if page == total and info.last_footer:
        canvas.drawString(left, footer_y - 3.6 * mm, _fit(info.last_footer, REGULAR, 7.5, right - left))
    if page > 1 and info.running_header:
        header_y = height - MARGIN_TOP + 5 * mm
        size, lines = _header_lines(info.running_header, right - left)
        canvas.setFont(REGULAR, size)
        for index, line in enumerate(lines):  # top line first, so that its text reads in order
            canvas.drawString(left, header_y + (len(lines) - 1 - index) * (size + 1.5), line)
        canvas.line(left, header_y - 2 * mm, right, header_y - 2 * mm)
    canvas.restoreState()


# The running header is never cut: it names the document, the recipient and the period, and a
# draft's title (« … (PROJET — non émis) ») is what makes it longest. It shrinks a little, then
# takes a second line above the first, in the top margin, broken at one of its « — ».
_HEADER_SIZE, _HEADER_MIN_SIZE = 7.5, 6.5


def _header_lines(text: str, width: float) -> tuple[float, list[str]]:
    """The font size and the lines (one or two) that print ``text`` whole within ``width``."""
    text = CONTROL.sub("", text.replace("\n", " "))
    natural = stringWidth(text, REGULAR, _HEADER_SIZE)
    if natural <= width:
        return _HEADER_SIZE, [text]
    size = _HEADER_SIZE * width / natural
    if size >= _HEADER_MIN_SIZE:
        return size, [text]
    size = _HEADER_MIN_SIZE
    parts = text.split(" — ")
    for cut in range(len(parts) - 1, 0, -1):
        first, second = " — ".join(parts[:cut]), " — ".join(parts[cut:])
        if stringWidth(first, REGULAR, size) <= width and stringWidth(second, REGULAR, size) <= width:
            return size, [first + " —", second]
    lines = [""]  # no « — » to break at: word by word (a name longer than two lines goes on a third)
    for word in text.split(" "):
        candidate = f"{lines[-1]} {word}".strip()
        if lines[-1] and stringWidth(candidate, REGULAR, size) > width:
            lines.append(word)
        else:
            lines[-1] = candidate
    return size, lines


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, shortened with « … » if it would overflow ``width``."""
    text = CONTROL.sub("", text.replace("\n", " "))
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def build_pdf(story: list[Flowable], info: PageInfo) -> bytes:
    """Lay out the flowables on A4 pages with the house frame; return the PDF bytes.

    The output is invariant (no creation time, fixed document id): the same content gives
    the same bytes, which issued documents rely on for their chained SHA-256.
    """
    register_fonts()
    buffer = io.BytesIO()
    top = MARGIN_TOP + 3 * mm  # room for the running header on later pages
    document = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=top,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator="Mutualisation",
        producer="Mutualisation (ReportLab)",
        lang="fr-FR",
        displayDocTitle=True,
        pageCompression=1,
        invariant=True,
        initialFontName=REGULAR,
    )
    # Frame without inner padding: tables of CONTENT_WIDTH fill it exactly, edge to edge
    # with the header and footer rules.
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_SIZE[1] - top - MARGIN_BOTTOM,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="content",
    )  # fmt: skip
    document.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=PAGE_SIZE)])
    document.build(story, canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()
