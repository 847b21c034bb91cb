"""The blocks every document prints the same way: parties, logo, lines by section, totals,
signature, footer; and the first page of the forecast and the annual summary.

Each PDF builder (:mod:`.statement_pdf`, :mod:`.forecast_pdf`, :mod:`.summary_pdf`,
:mod:`.convention_pdf`) draws with these, so that the documents look alike and none borrows
from another. A document is read through its values (:mod:`mutualisation.domain.documents`):
nothing here computes a figure.

Sign of a credit note: see :mod:`.statement_pdf` (:func:`printed_sign`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Spacer, Table

from ..domain import french
from ..domain.documents.header import DocumentHeader, PartyDetails
from ..domain.party_statement import DocumentLine, Totals
from .layout import (
    ACCENT,
    BOLD,
    CONTENT_WIDTH,
    MUTED,
    RULE,
    TINT,
    block,
    data_table,
    header_row,
    long_date,
    para,
    plain_table,
    rich,
    side_by_side,
    styles,
)

# Main table: Libellé | Base | Clé de répartition | Taux | Montant.
_LINE_COLUMNS = (50 * mm, 23 * mm, 59 * mm, 17 * mm, 25 * mm)
_LOGO_MAX = (30 * mm, 16 * mm)
# First page: issuer and convention on the left, title and recipient on the right.
LEFT_WIDTH = 90 * mm
GAP = 8 * mm
RIGHT_WIDTH = CONTENT_WIDTH - LEFT_WIDTH - GAP


# --- parties --------------------------------------------------------------------------------


def party_lines(party: PartyDetails, style, contact: bool = True) -> list[Flowable]:
    lines = []
    if party.address:
        lines.append(para(party.address, style))
    if party.siret:
        lines.append(para(f"SIRET {french.siret(party.siret)}", style))
    if contact:
        reach = " · ".join(x for x in (party.email, party.phone) if x)
        if reach:
            lines.append(para(reach, style))
    return lines


def footer_text(issuer: PartyDetails) -> str:
    return f"{issuer.name} — SIRET {french.siret(issuer.siret)}" if issuer.siret else issuer.name


_POSTCODE_CITY = re.compile(r"^\s*(?:\d{5}|\d{2}\s\d{3})\s+(.+?)\s*$")


def _city(address: str) -> str:
    """The city of a French address: what follows the postcode on its line, without CEDEX."""
    for line in reversed(address.splitlines()):
        match = _POSTCODE_CITY.match(line)
        if match:
            return re.sub(r"\s+cedex\b.*$", "", match.group(1), flags=re.IGNORECASE).strip()
    return ""


def logo_image(data: bytes | None) -> Image | None:
    """The issuer's logo (PNG or JPEG), fitted in 30 × 16 mm; None if absent or unreadable."""
    if not data:
        return None
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # noqa: BLE001 — a damaged logo must not prevent issuing; it is left out
        return None
    if not width or not height:
        return None
    scale = min(_LOGO_MAX[0] / width, _LOGO_MAX[1] / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")


# --- first page of the forecast and the annual summary --------------------------------------


def heading(header: DocumentHeader, title: str, subtitle: str, date_rows: Sequence[tuple[str, str]]) -> list[Flowable]:
    """The statement's first-page layout for the forecast and the annual summary: issuer and
    convention on the left; title, dates and the recipient's box on the right."""
    s = styles()
    issuer, recipient, amendments = header.issuer, header.recipient, header.amendments
    left: list[Flowable] = []
    logo = logo_image(issuer.logo)
    if logo is not None:
        left += [logo, Spacer(1, 2.5 * mm)]
    left.append(para(issuer.name, s.party_name))
    left += party_lines(issuer, s.small)

    right: list[Flowable] = [para(title, s.title_right)]
    if subtitle:
        right.append(para(subtitle, s.number_right))
    right.append(Spacer(1, 3 * mm))
    right.append(plain_table(
        [[para(label, s.muted_right), para(value, s.small_right)] for label, value in date_rows],
        [RIGHT_WIDTH - 50 * mm, 50 * mm],
        [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)],
    ))  # fmt: skip

    to: list[Flowable] = [para("DESTINATAIRE", s.caption), para(recipient.name, s.party_name)]
    to += party_lines(recipient, s.small, contact=False)
    if header.service_code:
        to += [Spacer(1, 1.5 * mm), rich([("", "Code service : "), ("b", header.service_code)], s.small)]

    convention: list[Flowable] = [para("CONVENTION", s.caption)]
    convention.append(rich([("b", f"Convention {header.convention_reference}")], s.small))
    if header.convention_title:
        convention.append(para(header.convention_title, s.small))
    if header.convention_signature_date:
        convention.append(para(f"signée le {french.date(header.convention_signature_date)}", s.muted))
    convention += [Spacer(1, 2 * mm), para("AVENANTS EN VIGUEUR", s.caption)]
    if amendments:
        for amendment in amendments:
            pieces = [("", amendment.label)]
            if amendment.summary:
                pieces.append(("", f" — {amendment.summary}"))
            convention.append(rich(pieces, s.small))
    else:
        convention.append(para("aucun", s.muted))
    return [
        side_by_side(left, right, LEFT_WIDTH, GAP),
        Spacer(1, 7 * mm),
        side_by_side(convention, block(to, RIGHT_WIDTH, boxed=True), LEFT_WIDTH, GAP),
        Spacer(1, 6 * mm),
    ]


# --- the lines ------------------------------------------------------------------------------


def printed_sign(doc) -> int:
    """-1 when the document's amounts are printed with their sign changed (see module doc)."""
    return -1 if doc.kind == "credit_note" and doc.total < 0 else 1


def lines_flowables(doc) -> list[Flowable]:
    """The lines by section, with subtotals; the column header repeats on every page."""
    s = styles()
    sign = printed_sign(doc)
    right = (1, 3, 4)
    rows: list[list] = [header_row(("Libellé", "Base (€)", "Clé de répartition", "Taux", "Montant (€)"), right)]
    extra: list[tuple] = []
    ruled: list[int] = []  # line rows followed by another line row get a hairline
    for section in doc.sections():
        top = len(rows)
        rows.append([para(section.title.upper(), s.header_cell), "", "", "", ""])
        for line in section.lines:
            rows.append(_line_row(line, sign))
        bottom = len(rows)
        rows.append([rich([("b", f"Sous-total {section.title}")], s.cell_right), "", "", "",
                     _amount(section.subtotal * sign)])  # fmt: skip
        ruled += range(top + 1, bottom - 1)
        extra += [
            ("SPAN", (0, top), (-1, top)),
            ("TOPPADDING", (0, top), (-1, top), 7),
            ("LINEBELOW", (0, top), (-1, top), 0.6, ACCENT),
            # A section title never ends a page, a subtotal never starts one.
            ("NOSPLIT", (0, top), (-1, top + 1)),
            ("NOSPLIT", (0, bottom - 1), (-1, bottom)),
            ("SPAN", (0, bottom), (3, bottom)),
            ("FONTNAME", (4, bottom), (4, bottom), BOLD),
            ("LINEABOVE", (0, bottom), (-1, bottom), 0.6, MUTED),
            ("BOTTOMPADDING", (0, bottom), (-1, bottom), 6),
        ]
    if len(rows) == 1:
        rows.append([para("Aucune ligne.", s.cell), "", "", "", ""])
        extra.append(("SPAN", (0, 1), (-1, 1)))
    extra += [("LINEBELOW", (0, i), (-1, i), 0.25, RULE) for i in ruled]
    table = data_table(rows, _LINE_COLUMNS, right_columns=right, extra_style=extra, hairlines=False)
    return [table, Spacer(1, 4 * mm)]


def _line_row(line: DocumentLine, sign: int) -> list:
    s = styles()
    return [
        para(line.label, s.cell),
        french.number(line.basis * sign, 2),
        para(line.key_description, s.cell_note),
        line.ratio,
        french.number(line.amount * sign, 2),
    ]


def _amount(value: Decimal) -> str:
    return french.number(value, 2)


# --- totals and signature -------------------------------------------------------------------


def totals_box(totals: Totals, excl_label: str, final_label: str, label_width: float, sign: int = 1) -> Table:
    """Total excluding VAT, one row per VAT rate, the legal mentions of what is not taxed,
    then the amount due.

    The mentions come after the VAT rows: a reader goes from the taxed sums to the sentence that
    explains why the rest bears no VAT, never the explanation before what it explains.
    """
    s = styles()
    rows: list[list] = [[para(excl_label, s.body_right), french.money(totals.excl_vat * sign)]]
    commands: list[tuple] = []
    # Several VAT treatments: each rate says the sum it is computed on (EN 16931 BR-CO-17).
    mixed = len(totals.vat_lines) > 1 or bool(totals.vat_lines and totals.mentions)
    for vat in totals.vat_lines:
        label = f"{vat.label} sur {french.money(vat.basis * sign)}" if mixed else vat.label
        rows.append([para(label, s.body_right), french.money(vat.amount * sign)])
    mentions = totals.mentions or (() if totals.subject_to_vat else ("TVA non applicable.",))
    for mention in mentions:
        commands.append(("SPAN", (0, len(rows)), (1, len(rows))))
        rows.append([para(mention, s.mention), ""])
    last = len(rows)
    rows.append([rich([("b", final_label)], s.total_label), french.money(totals.total * sign)])
    return totals_table(rows, label_width, last, commands)


def totals_table(rows: list, label_width: float, last: int, commands: list) -> Table:
    """The right-aligned totals box; row ``last`` is the amount due, highlighted."""
    return plain_table(rows, [label_width, 34 * mm], [
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ("BACKGROUND", (0, last), (-1, last), TINT),
        ("LINEABOVE", (0, last), (-1, last), 1, ACCENT),
        ("FONTNAME", (1, last), (1, last), BOLD),
        ("FONTSIZE", (1, last), (1, last), 10),
        ("TEXTCOLOR", (1, last), (1, last), ACCENT),
        ("TOPPADDING", (0, last), (-1, last), 5),
        ("BOTTOMPADDING", (0, last), (-1, last), 6),
        *commands,
    ], h_align="RIGHT")  # fmt: skip


def signature_block(doc) -> Flowable:
    """« Fait à …, le … », the signatory's title, room to sign, the name (any dated document)."""
    s = styles()
    issuer = doc.issuer
    city = _city(issuer.address)
    place = f"Fait à {city}, le {long_date(doc.issue_date)}" if city else f"Fait le {long_date(doc.issue_date)}"
    signed: list[Flowable] = [para(place, s.body), Spacer(1, 2 * mm)]
    if issuer.signatory_title:
        signed.append(para(f"{issuer.signatory_title},", s.body))
    else:
        signed.append(para(f"Pour {issuer.name},", s.body))
    signed.append(Spacer(1, 22 * mm))
    if issuer.signatory_name:
        signed.append(para(issuer.signatory_name, s.signatory))
    return side_by_side([Spacer(1, 1)], signed, CONTENT_WIDTH - 80 * mm, gap=0)
