"""The shared look of every PDF: colors, page size and margins, paragraph and table styles.

Statements, forecasts, annual summaries and convention summaries all build a list of
flowables with the helpers here and hand it to :func:`.pages.build_pdf`, which draws the
page frame (running header from page 2, footer with « page n/N ») and returns the bytes.

Text from users goes through :func:`markup` (or :func:`para`) before reaching a Paragraph:
it is escaped, so « <b>R&D » prints as typed, never as markup (DESIGN §7).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Table,
    TableStyle,
)

from ..domain.periods import MONTH_NAMES
from .article_text import (
    inline_tags,
    list_item,
    looks_like_markdown,
    paragraphs,
    strip_heading,
)
from .fonts import BOLD, ITALIC, REGULAR, register_fonts
from .paragraph import Paragraph

# One accent color; everything else is ink, grey and light rules.
ACCENT = colors.HexColor("#1f4e79")
INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5a6570")
RULE = colors.HexColor("#c5ced8")
TINT = colors.HexColor("#eef3f8")
WHITE = colors.white
# Warnings (incomplete forecast, notice deadline near): a warm tone, used sparingly.
WARNING = colors.HexColor("#9a3412")
WARNING_TINT = colors.HexColor("#fdf0e6")

PAGE_SIZE = A4
MARGIN_LEFT = MARGIN_RIGHT = 18 * mm
MARGIN_TOP = 17 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

# Rows move whole to the next page; only a row too tall for that (a pasted text as a label)
# is cut, and never into pieces shorter than this (points): bad input must not fail a PDF.
SPLIT_IN_ROW = 120

NNBSP = "\u202f"
NBSP = "\u00a0"
# U+202F (French thousands, from domain.french) is a breaking space for reportlab's
# Paragraph, which would also draw it full width. Inside paragraphs it becomes a no-break
# space shrunk to U+202F's width in the body font (see _narrow_ratio).
# Control characters have no glyph and may upset the Paragraph parser: dropped.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# French typography: no line break after « n° » nor before « : » and « ; ».
_NO_BREAK = re.compile(r"(?<=\b[nN]°) | (?=[:;!?»])|(?<=«) ")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles shared by every document."""

    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    muted: ParagraphStyle
    muted_right: ParagraphStyle
    mention: ParagraphStyle  # legal mentions (VAT), italic grey, right-aligned
    caption: ParagraphStyle  # small caps-like labels above blocks (« DESTINATAIRE »)
    title: ParagraphStyle
    title_right: ParagraphStyle
    number_right: ParagraphStyle
    party_name: ParagraphStyle
    heading: ParagraphStyle  # annex titles
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_small: ParagraphStyle  # dense tables (annexes)
    cell_note: ParagraphStyle  # key descriptions, service periods
    cell_note_right: ParagraphStyle  # the same under a right-aligned figure
    total_label: ParagraphStyle  # « Net à payer »
    signatory: ParagraphStyle
    iban: ParagraphStyle
    header_cell: ParagraphStyle
    header_cell_right: ParagraphStyle
    detail: ParagraphStyle  # explanation sentences in annexes (with a bullet)
    detail_key: ParagraphStyle  # the key above them
    warning_title: ParagraphStyle  # « Prévisionnel incomplet »
    figure: ParagraphStyle  # a key figure, large and bold (summaries)
    figure_label: ParagraphStyle  # its caption


@functools.cache
def styles() -> Styles:
    register_fonts()

    def style(name, size, leading, font=REGULAR, color=INK, align=TA_LEFT, **kw) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, textColor=color, alignment=align,
            splitLongWords=True, **kw,
        )  # fmt: skip

    return Styles(
        body=style("body", 9, 12.5),
        body_right=style("body_right", 9, 12.5, align=TA_RIGHT),
        small=style("small", 8, 10.5),
        small_right=style("small_right", 8, 10.5, align=TA_RIGHT),
        muted=style("muted", 8, 10.5, color=MUTED),
        muted_right=style("muted_right", 8, 10.5, color=MUTED, align=TA_RIGHT),
        mention=style("mention", 8, 10.5, font=ITALIC, color=MUTED, align=TA_RIGHT),
        caption=style("caption", 7, 9, font=BOLD, color=MUTED, spaceAfter=2),
        title=style("title", 17, 21, font=BOLD, color=ACCENT),
        title_right=style("title_right", 17, 21, font=BOLD, color=ACCENT, align=TA_RIGHT),
        number_right=style("number_right", 11.5, 15, font=BOLD, align=TA_RIGHT),
        party_name=style("party_name", 10.5, 13.5, font=BOLD),
        heading=style("heading", 12, 15, font=BOLD, color=ACCENT, spaceBefore=4, spaceAfter=7),
        subheading=style("subheading", 9.5, 12.5, font=BOLD, color=ACCENT, spaceBefore=6, spaceAfter=3),
        cell=style("cell", 8.5, 10.5),
        cell_bold=style("cell_bold", 8.5, 10.5, font=BOLD),
        cell_right=style("cell_right", 8.5, 10.5, align=TA_RIGHT),
        cell_small=style("cell_small", 7.5, 9.5),
        cell_note=style("cell_note", 7.5, 9.5, color=MUTED),
        cell_note_right=style("cell_note_right", 7.5, 9.5, color=MUTED, align=TA_RIGHT),
        total_label=style("total_label", 10, 13, font=BOLD, color=ACCENT, align=TA_RIGHT),
        signatory=style("signatory", 9, 12.5, font=BOLD),
        iban=style("iban", 9, 12.5, font=BOLD),
        header_cell=style("header_cell", 7.5, 9.5, font=BOLD, color=ACCENT),
        header_cell_right=style("header_cell_right", 7.5, 9.5, font=BOLD, color=ACCENT, align=TA_RIGHT),
        detail=style("detail", 7.5, 9.8, leftIndent=5 * mm, bulletIndent=1.5 * mm, bulletFontName=REGULAR),
        detail_key=style("detail_key", 7.5, 9.8, font=ITALIC, color=MUTED, leftIndent=5 * mm, spaceAfter=1),
        warning_title=style("warning_title", 10, 13, font=BOLD, color=WARNING, spaceAfter=2),
        figure=style("figure", 12, 15, font=BOLD, color=ACCENT, align=TA_RIGHT),
        figure_label=style("figure_label", 7, 9, font=BOLD, color=MUTED, align=TA_RIGHT),
    )


# --- text -----------------------------------------------------------------------------------


_MAX_LINE_BREAKS = 12


def markup(text: str, size: float) -> str:
    """User (or computed) text made safe for a Paragraph of font ``size``.

    Escapes ``& < >``, drops control characters, turns line breaks into ``<br/>`` and keeps
    French thousands separators narrow and unbreakable. Only the first few line breaks are
    kept (blank lines dropped); later lines run on after a space, so that a label pasted
    from a long cell still fits a table cell on one page and no word is lost.
    """
    text = CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    lines = [line for line in text.split("\n") if line.strip()] or [""]
    text = "\n".join(lines[:_MAX_LINE_BREAKS]) + "".join(" " + line for line in lines[_MAX_LINE_BREAKS:])
    text = _NO_BREAK.sub(NBSP, text)
    text = escape(text).replace("\n", "<br/>")
    if NNBSP in text:
        text = text.replace(NNBSP, f'<font size="{size * _narrow_ratio():.2f}">{NBSP}</font>')
    return text


#: What :func:`markup` writes for a narrow no-break space, its font size captured.
NARROW_SPACE = re.compile(f'<font size="([0-9]+(?:\\.[0-9]+)?)">{NBSP}</font>')


@functools.cache
def _narrow_ratio() -> float:
    """Width of U+202F over that of U+00A0 in DejaVu Sans (about 0.63)."""
    register_fonts()
    return stringWidth(NNBSP, REGULAR, 10) / stringWidth(NBSP, REGULAR, 10)


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of plain text (escaped)."""
    return Paragraph(markup(text, style.fontSize), style)


def article_body(text: str, style: ParagraphStyle) -> list[Flowable]:
    """An article's text as it reads in the app: one Paragraph per paragraph, its line breaks
    kept, Markdown bold, italics and list items rendered (never the ``**`` markers)."""
    style = ParagraphStyle(f"{style.name}-article", parent=style, spaceAfter=style.leading * 0.5)
    if not looks_like_markdown(text):
        return [Paragraph(markup(block, style.fontSize), style) for block in paragraphs(text)]
    item_style = ParagraphStyle(f"{style.name}-item", parent=style, leftIndent=5 * mm, bulletIndent=1 * mm,
                                spaceAfter=style.leading * 0.15)  # fmt: skip
    story: list[Flowable] = []
    for block in paragraphs(text):
        lines = block.splitlines()
        if not any(list_item(line) for line in lines):
            joined = " ".join(strip_heading(line.strip()) for line in lines)
            story.append(Paragraph(inline_tags(markup(joined, style.fontSize)), style))
            continue
        for line in lines:
            item = list_item(line)
            if item is None:  # a line continuing the item above
                story.append(Paragraph(inline_tags(markup(line.strip(), style.fontSize)), item_style))
            else:
                marker, words = item
                story.append(Paragraph(inline_tags(markup(words, style.fontSize)), item_style, bulletText=marker))
    return story


def rich(parts: Iterable[tuple[str, str]], style: ParagraphStyle) -> Paragraph:
    """A Paragraph from ``(kind, text)`` pieces: kind ``""`` plain, ``"b"`` bold, ``"i"`` italic.

    Every piece is escaped; only the tags added here are markup.
    """
    out = []
    for kind, text in parts:
        piece = markup(text, style.fontSize)
        out.append(f"<{kind}>{piece}</{kind}>" if kind else piece)
    return Paragraph("".join(out), style)


def long_date(day: dt.date) -> str:
    """« 1er avril 2025 », « 15 avril 2025 »."""
    return f"{'1er' if day.day == 1 else day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


# --- tables ---------------------------------------------------------------------------------

# Light rules: a colored line under the header, hairlines between rows, no vertical rules.
BASE_TABLE_STYLE = (
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("LEADING", (0, 0), (-1, -1), 10.5),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
)


def header_style(columns: int = -1) -> list[tuple]:
    """Commands for a header row 0: tinted band, accent line below."""
    return [
        ("BACKGROUND", (0, 0), (columns, 0), TINT),
        ("LINEBELOW", (0, 0), (columns, 0), 0.9, ACCENT),
        ("VALIGN", (0, 0), (columns, 0), "BOTTOM"),
        ("TOPPADDING", (0, 0), (columns, 0), 4),
        ("BOTTOMPADDING", (0, 0), (columns, 0), 4),
    ]


def data_table(
    rows: Sequence[Sequence],
    col_widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    extra_style: Sequence[tuple] = (),
    header_rows: int = 1,
    hairlines: bool = True,
) -> Table:
    """A table with the house style; header rows repeat on every page.

    Cells that must wrap should be Paragraphs; amounts may be plain strings (drawn as is, so
    U+202F keeps its narrow width), right-aligned through ``right_columns``.
    """
    commands = list(BASE_TABLE_STYLE)
    if header_rows:
        commands += header_style()
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if hairlines and len(rows) > header_rows + 1:
        commands.append(("LINEBELOW", (0, header_rows), (-1, -2), 0.25, RULE))
    commands += extra_style
    table = Table(rows, colWidths=list(col_widths), repeatRows=header_rows, hAlign="LEFT",
                  splitInRow=SPLIT_IN_ROW)  # fmt: skip
    table.setStyle(TableStyle(commands))
    return table


def header_row(labels: Sequence[str], right_columns: Sequence[int] = ()) -> list[Paragraph]:
    s = styles()
    return [
        para(label, s.header_cell_right if i in right_columns else s.header_cell)
        for i, label in enumerate(labels)
    ]


def plain_table(
    rows: Sequence[Sequence],
    col_widths: Sequence[float],
    commands: Sequence[tuple] = (),
    *,
    h_align: str = "LEFT",
    padding: float = 0,
) -> Table:
    """A layout table (no rules unless asked) whose string cells use the embedded font.

    Always build tables through here or :func:`data_table`: a reportlab Table draws its
    string cells, even empty ones, in Helvetica unless told otherwise.
    """
    table = Table([list(row) for row in rows], colWidths=list(col_widths), hAlign=h_align, splitInRow=SPLIT_IN_ROW)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
        *commands,
    ]))  # fmt: skip
    return table


def block(flowables: Sequence[Flowable], width: float, *, boxed: bool = False, tinted: bool = False) -> Table:
    """Flowables stacked in a one-cell table, optionally framed by a light rule or tinted."""
    commands = []
    if boxed:
        commands.append(("BOX", (0, 0), (-1, -1), 0.6, RULE))
    if tinted:
        commands.append(("BACKGROUND", (0, 0), (-1, -1), TINT))
    padding = 3 * mm if boxed or tinted else 0
    return plain_table([[list(flowables)]], [width], commands, padding=padding)


def warning_box(title: str, items: Sequence[str], width: float = CONTENT_WIDTH, *,
                intro: str = "") -> Table:
    """A framed warning: a bold title, an optional sentence, then the items (escaped), as a
    bulleted list when there are several."""
    s = styles()
    content: list[Flowable] = [para(title, s.warning_title)]
    if intro:
        content.append(para(intro, s.body))
    if len(items) == 1 and not intro:
        content.append(para(items[0], s.body))
    else:
        for item in items:
            content.append(Paragraph(markup(item, s.detail.fontSize), s.detail, bulletText="–"))
    return plain_table([[content]], [width], [
        ("BOX", (0, 0), (-1, -1), 0.8, WARNING),
        ("LINEBEFORE", (0, 0), (0, -1), 3, WARNING),
        ("BACKGROUND", (0, 0), (-1, -1), WARNING_TINT),
    ], padding=3 * mm)  # fmt: skip


def label_value_table(rows: Sequence[tuple[str, str | Flowable]], label_width: float,
                      width: float = CONTENT_WIDTH, *, ruled: bool = True) -> Table:
    """Two columns, a muted label and its value (plain text is escaped), hairlines between rows."""
    s = styles()
    cells = [
        [para(label, s.muted), value if isinstance(value, Flowable) else para(value, s.body)]
        for label, value in rows
    ]
    commands: list[tuple] = [("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                             ("RIGHTPADDING", (0, 0), (0, -1), 3 * mm)]  # fmt: skip
    if ruled and len(cells) > 1:
        commands.append(("LINEBELOW", (0, 0), (-1, -2), 0.25, RULE))
    return plain_table(cells, [label_width, width - label_width], commands)


def key_figures(figures: Sequence[tuple[str, str]], width: float = CONTENT_WIDTH) -> Table:
    """A tinted band of key figures side by side: (caption, value) each, values right-aligned."""
    s = styles()
    count = max(len(figures), 1)
    row = [[para(caption.upper(), s.figure_label), para(value, s.figure)] for caption, value in figures]
    commands = [("BACKGROUND", (0, 0), (-1, -1), TINT), ("LINEABOVE", (0, 0), (-1, 0), 0.9, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5 * mm)]
    commands += [("LINEAFTER", (i, 0), (i, 0), 0.5, RULE) for i in range(count - 1)]
    return plain_table([row], [width / count] * count, commands)  # fmt: skip


def side_by_side(left: Flowable | Sequence[Flowable], right: Flowable | Sequence[Flowable],
                 left_width: float, gap: float = 8 * mm) -> Table:
    """Two columns across the content width, top-aligned."""
    right_width = CONTENT_WIDTH - left_width - gap
    return plain_table([[left, "", right]], [left_width, gap, right_width])


__all__ = [
    "ACCENT", "BOLD", "CONTENT_WIDTH", "CONTROL", "INK", "ITALIC", "MUTED", "PAGE_SIZE", "REGULAR",
    "RULE", "TINT", "WARNING", "WARNING_TINT", "Styles", "block", "data_table", "header_row",
    "header_style", "key_figures", "label_value_table", "long_date", "markup", "para", "plain_table",
    "rich", "side_by_side", "styles", "warning_box",
]  # fmt: skip
