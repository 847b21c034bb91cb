"""The statement PDF (DESIGN §5): état de refacturation, état rectificatif, avoir, appel de fonds.

:func:`render_statement` prints a :class:`~mutualisation.domain.documents.StatementDocument`
on A4 pages in French: parties, references, the lines by section with their basis and key,
totals, VAT or its legal mention, the total in words, payment terms, signature, then the
annexes (bills, rounding rule, detail of each computation).

Sign of a credit note. A credit note carries the (negative) drift it corrects, as stored.
French public accounting expects an *avoir* to state, in positive figures, the sum credited
to the recipient: so when a credit note's total is negative, every amount of the lines,
subtotals and totals is printed with its sign changed, under « Montant de l'avoir », and the
words spell that positive sum (« Arrêté le présent avoir à la somme de … »). A line that
went up inside a credit note therefore prints negative: it reduces the credit. Bills in the
annex are facts and keep their own sign.
"""

from __future__ import annotations

import io
import re
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from ..domain import french
from ..domain.documents import ROUNDING_RULE, PartyDetails, StatementDocument
from ..domain.party_statement import DocumentLine, Totals
from ..domain.vocabulary import DocumentKind
from .layout import (
    ACCENT,
    BOLD,
    CONTENT_WIDTH,
    MUTED,
    RULE,
    TINT,
    PageInfo,
    block,
    build_pdf,
    data_table,
    header_row,
    long_date,
    markup,
    para,
    plain_table,
    rich,
    side_by_side,
    styles,
)
from .words import amount_in_words

# « Arrêté le présent état à la somme de … », agreed with the document's gender.
_SETTLED = {kind: kind.settled for kind in DocumentKind}

# Main table: Libellé | Base | Clé de répartition | Taux | Montant.
_LINE_COLUMNS = (50 * mm, 23 * mm, 59 * mm, 17 * mm, 25 * mm)
_BILL_COLUMNS = (17 * mm, 30 * mm, 25 * mm, 36 * mm, 26 * mm, 20 * mm, 20 * mm)
_LOGO_MAX = (30 * mm, 16 * mm)
# First page: issuer and convention on the left, title and recipient on the right.
_LEFT_WIDTH = 90 * mm
_GAP = 8 * mm
_RIGHT_WIDTH = CONTENT_WIDTH - _LEFT_WIDTH - _GAP


def render_statement(doc: StatementDocument, chain: tuple[str, str] | None = None) -> bytes:
    """The statement as PDF bytes (A4, French, DejaVu fonts embedded, « page n/N »).

    The same document gives the same bytes. A document without number is a draft: identical
    otherwise, it says « PROJET — non émis » where the number goes and across every page.
    ``chain``, for an issued document: its seal and the previous document's hash (short forms),
    printed under the last page's footer.
    """
    story: list[Flowable] = []
    story += _heading(doc)
    story += lines_flowables(doc)
    # The closing block (amount in words, bank details, signature) follows the totals onto
    # the next page rather than starting one alone: a page of words without the amount due
    # reads like a different document.
    story.append(KeepTogether(_totals(doc) + _closing(doc)))
    story += _annexes(doc)
    number = f" n° {doc.number}" if doc.number else " (PROJET — non émis)"
    info = PageInfo(
        title=f"{doc.title}{number}",
        author=doc.issuer.name,
        subject=f"{doc.title}{number} — {doc.recipient.name} — {doc.period.label}",
        running_header=f"{doc.title}{number} — {doc.recipient.name} — {doc.period.label}",
        footer=footer_text(doc.issuer),
        watermark="" if doc.number else "PROJET — NON ÉMIS",
        last_footer=chain_footer(*chain) if chain else "",
        created=doc.issue_date,
    )
    return build_pdf(story, info)


def chain_footer(seal: str, previous: str) -> str:
    """The words ``verify --against`` reads back from a partner's PDF."""
    return f"Empreinte du document : {seal} — document précédent : {previous or 'aucun'}"


def printed_sign(doc: StatementDocument) -> int:
    """-1 when the document's amounts are printed with their sign changed (see module doc)."""
    return -1 if doc.kind == "credit_note" and doc.total < 0 else 1


# --- first page: who, what, when ------------------------------------------------------------


def _heading(doc: StatementDocument) -> list[Flowable]:
    s = styles()
    issuer = doc.issuer
    left: list[Flowable] = []
    logo = logo_image(issuer.logo)
    if logo is not None:
        left += [logo, Spacer(1, 2.5 * mm)]
    left.append(para(issuer.name, s.party_name))
    left += party_lines(issuer, s.small)

    right: list[Flowable] = [para(doc.title, s.title_right)]
    right.append(para(f"N° {doc.number}" if doc.number else "PROJET — non émis", s.number_right))
    right.append(Spacer(1, 3 * mm))
    right.append(_dates_table(doc))

    recipient = doc.recipient
    to: list[Flowable] = [para("DESTINATAIRE", s.caption), para(recipient.name, s.party_name)]
    to += party_lines(recipient, s.small, contact=False)
    chorus = []
    if recipient.code_service:
        chorus.append(("Code service", recipient.code_service))
    if recipient.engagement_number:
        chorus.append(("N° d'engagement", recipient.engagement_number))
    if chorus:
        to.append(Spacer(1, 1.5 * mm))
        to += [rich([("", f"{label} : "), ("b", value)], s.small) for label, value in chorus]

    convention: list[Flowable] = [para("CONVENTION", s.caption)]
    reference = f"Convention {doc.convention_reference}" if doc.convention_reference else "Convention"
    convention.append(rich([("b", reference)], s.small))
    if doc.convention_title:
        convention.append(para(doc.convention_title, s.small))
    if doc.convention_signature_date:
        convention.append(para(f"signée le {french.date(doc.convention_signature_date)}", s.muted))
    convention.append(Spacer(1, 2 * mm))
    convention.append(para("AVENANTS EN VIGUEUR", s.caption))
    if doc.amendments:
        for amendment in doc.amendments:
            pieces = [("", amendment.label)]
            if amendment.summary:
                pieces.append(("", f" — {amendment.summary}"))
            convention.append(rich(pieces, s.small))
    else:
        convention.append(para("aucun", s.muted))

    story: list[Flowable] = [
        side_by_side(left, right, _LEFT_WIDTH, _GAP),
        Spacer(1, 7 * mm),
        side_by_side(convention, block(to, _RIGHT_WIDTH, boxed=True), _LEFT_WIDTH, _GAP),
        Spacer(1, 6 * mm),
    ]
    notices = []
    if doc.corrects:
        notices.append(rich([("b", f"Rectifie l'état n° {doc.corrects}.")], s.body))
    if doc.note:
        notices.append(rich([("b", "Observations : "), ("", doc.note)], s.body))
    if notices:
        story += [block(notices, CONTENT_WIDTH, tinted=True), Spacer(1, 5 * mm)]
    return story


def party_lines(party: PartyDetails, style, contact: bool = True) -> list[Flowable]:
    lines = []
    if party.address:
        lines.append(para(party.address, style))
    if party.siret:
        lines.append(para(f"SIRET {format_siret(party.siret)}", style))
    if contact:
        reach = " · ".join(x for x in (party.email, party.phone) if x)
        if reach:
            lines.append(para(reach, style))
    return lines


def _dates_table(doc: StatementDocument) -> Table:
    s = styles()
    period = doc.period.label
    dates = f"du {french.date(doc.period.start)} au {french.date(doc.period.end)}"
    rows = [
        ("Date d'émission", french.date(doc.issue_date)),
        ("Période", period if period.startswith("du ") else f"{period}\n{dates}"),
    ]
    if doc.kind != "credit_note":
        rows.append(("Échéance", french.date(doc.due_date)))
    return plain_table(
        [[para(label, s.muted_right), para(value, s.small_right)] for label, value in rows],
        [_RIGHT_WIDTH - 50 * mm, 50 * mm],
        [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)],
    )  # fmt: skip


# --- the lines ------------------------------------------------------------------------------


def lines_flowables(doc: StatementDocument) -> list[Flowable]:
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


# --- totals, words, payment, signature ------------------------------------------------------


def _totals(doc: StatementDocument) -> list[Flowable]:
    totals = doc.totals
    final = "Montant de l'avoir" if doc.kind == "credit_note" else "Net à payer"
    if totals.subject_to_vat and doc.kind != "credit_note":
        final = "Total TTC — net à payer"
    table = totals_box(totals, "Total hors taxes", final, 62 * mm, printed_sign(doc))
    return [table, Spacer(1, 6 * mm)]


def totals_box(totals: Totals, excl_label: str, final_label: str, label_width: float, sign: int = 1) -> Table:
    """Total excluding VAT, one row per VAT rate or legal mention, then the amount due."""
    s = styles()
    rows: list[list] = [[para(excl_label, s.body_right), french.money(totals.excl_vat * sign)]]
    commands: list[tuple] = []
    mentions = totals.mentions or (() if totals.subject_to_vat else ("TVA non applicable.",))
    for mention in mentions:
        commands.append(("SPAN", (0, len(rows)), (1, len(rows))))
        rows.append([para(mention, s.mention), ""])
    for vat in totals.vat_lines:
        rows.append([para(vat.label, s.body_right), french.money(vat.amount * sign)])
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


def _closing(doc: StatementDocument) -> list[Flowable]:
    s = styles()
    total = doc.total * printed_sign(doc)
    words = rich(
        [("", f"{_SETTLED.get(doc.kind, 'Arrêté le présent document')} à la somme de "),
         ("b", amount_in_words(total)), ("", ".")],
        s.body,
    )  # fmt: skip
    together: list[Flowable] = [words, Spacer(1, 4 * mm)]
    together += _payment(doc, total)
    together += [Spacer(1, 8 * mm), signature_block(doc)]
    return [KeepTogether(together)]


def _payment(doc: StatementDocument, total: Decimal) -> list[Flowable]:
    s = styles()
    issuer = doc.issuer
    if doc.kind == "credit_note":
        target = f" au titre de l'état n° {doc.corrects}" if doc.corrects else ""
        return [para(f"Montant à déduire des sommes dues par {doc.recipient.name}{target}, ou à rembourser "
                     "si elles sont déjà réglées.", s.body)]
    if total <= 0:
        return [para("Aucun paiement n'est dû au titre du présent document.", s.body)]
    text = (
        f"Paiement à {doc.payment_term_days} jours, au plus tard le {french.date(doc.due_date)}, "
        "par virement" + (" sur le compte :" if issuer.iban else ".")
    )
    out: list[Flowable] = [para(text, s.body)]
    if issuer.iban:
        rows = [("Titulaire", issuer.name), ("IBAN", _iban(issuer.iban))]
        if issuer.bic:
            rows.append(("BIC", issuer.bic.strip().upper()))
        table = plain_table(
            [[para(label, s.muted), para(value, s.iban if label == "IBAN" else s.body)] for label, value in rows],
            [20 * mm, 120 * mm],
            [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)],
        )  # fmt: skip
        out += [Spacer(1, 1.5 * mm), table]
    return out


def signature_block(doc: StatementDocument) -> Flowable:
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


# --- annexes --------------------------------------------------------------------------------


def _annexes(doc: StatementDocument) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [PageBreak(), para("Annexe 1 — Factures", s.heading)]
    if doc.annex_bills:
        story.append(_bills_table(doc))
    else:
        story.append(para("Aucune facture n'entre dans le présent document.", s.muted))
    story += [
        Spacer(1, 6 * mm),
        CondPageBreak(30 * mm),
        para("Annexe 2 — Règle d'arrondi", s.heading),
        para(ROUNDING_RULE, s.body),
    ]
    if any(line.explanation for line in doc.lines):
        story += [Spacer(1, 6 * mm), CondPageBreak(50 * mm), para("Annexe 3 — Détail des calculs", s.heading)]
        story.append(para(
            "Pour chaque ligne : les données utilisées, la clé en vigueur jour par jour, le montant "
            "exact et son arrondi, puis la part de chaque partie.", s.muted,
        ))  # fmt: skip
        for section in doc.sections():
            story.append(para(section.title, s.subheading))
            for line in section.lines:
                story.append(_detail(line, printed_sign(doc)))
    return story


def _bills_table(doc: StatementDocument) -> Table:
    s = styles()
    right = (5, 6)
    head = ("Date", "Fournisseur", "Référence", "Libellé", "Période de service", "Montant (€)", "Part (€)")
    rows: list[list] = [header_row(head, right)]
    for bill in doc.annex_bills:
        rows.append([
            french.date(bill.date),
            para(bill.supplier, s.cell_small),
            para(bill.reference, s.cell_small),
            para(bill.label, s.cell_small),
            para(bill.service, s.cell_note),
            french.number(bill.amount, 2),
            french.number(bill.share, 2),
        ])  # fmt: skip
    r = len(rows)
    share = sum((bill.share for bill in doc.annex_bills), Decimal(0))
    rows.append([rich([("b", "Total")], s.cell_right), "", "", "", "", "", french.number(share, 2)])
    extra = [
        ("FONTSIZE", (0, 1), (-1, -1), 7.5),
        ("SPAN", (0, r), (5, r)),
        ("FONTNAME", (6, r), (6, r), BOLD),
        ("LINEABOVE", (0, r), (-1, r), 0.6, MUTED),
    ]
    return data_table(rows, _BILL_COLUMNS, right_columns=right, extra_style=extra)


def _detail(line: DocumentLine, sign: int) -> Flowable:
    s = styles()
    title = plain_table(
        [[rich([("b", line.label)], s.cell), rich([("b", french.money(line.amount * sign))], s.cell_right)]],
        [CONTENT_WIDTH - 35 * mm, 35 * mm],
        [("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LINEBELOW", (0, 0), (-1, 0), 0.25, RULE),
         ("VALIGN", (0, 0), (-1, -1), "BOTTOM")],
    )  # fmt: skip
    parts: list[Flowable] = [title, Spacer(1, 1.2 * mm)]
    if line.key_description:
        parts.append(para(f"Clé : {line.key_description}", s.detail_key))
    for sentence in line.explanation:
        parts.append(Paragraph(markup(sentence, s.detail.fontSize), s.detail, bulletText="–"))
    parts.append(Spacer(1, 3.5 * mm))
    return KeepTogether(parts)


# --- small formatting -----------------------------------------------------------------------


def footer_text(issuer: PartyDetails) -> str:
    return f"{issuer.name} — SIRET {format_siret(issuer.siret)}" if issuer.siret else issuer.name


def format_siret(value: str) -> str:
    """« 12345678900012 » → « 123 456 789 00012 »; anything else as typed."""
    digits = value.replace(" ", "")
    if len(digits) == 14 and digits.isdigit():
        return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    return value.strip()


def _iban(value: str) -> str:
    """Groups of four characters, as printed on a RIB."""
    compact = re.sub(r"\s+", "", value).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


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
