"""The statement PDF (DESIGN §5): état de refacturation, état rectificatif, avoir, appel de fonds.

:func:`render_statement` prints a :class:`~mutualisation.domain.documents.StatementDocument`
on A4 pages in French: parties, references, the lines by section with their basis and key,
totals, VAT and the legal mentions of what is not taxed, what is provided free (pour mémoire),
the total in words, payment terms, signature, then the annexes (bills, rounding rule, detail
of each computation).

Sign of a credit note. A credit note carries the (negative) drift it corrects, as stored.
French public accounting expects an *avoir* to state, in positive figures, the sum credited
to the recipient: so when a credit note's total is negative, every amount of the lines,
subtotals and totals is printed with its sign changed, under « Montant de l'avoir », and the
words spell that positive sum (« Arrêté le présent avoir à la somme de … »). A line that
went up inside a credit note therefore prints negative: it reduces the credit. Bills in the
annex are facts and keep their own sign.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from ..domain import french
from ..domain.documents import ROUNDING_RULE, StatementDocument
from ..domain.party_statement import DocumentLine
from ..domain.vocabulary import DocumentKind
from .blocks import (
    GAP,
    LEFT_WIDTH,
    RIGHT_WIDTH,
    footer_text,
    lines_flowables,
    logo_image,
    party_lines,
    printed_sign,
    signature_block,
    totals_box,
)
from .layout import (
    BOLD,
    CONTENT_WIDTH,
    MUTED,
    RULE,
    block,
    data_table,
    header_row,
    para,
    plain_table,
    rich,
    side_by_side,
    styles,
)
from .advance_annex import advance_annex
from .detail_sentence import DetailSentence
from .free_block import free_block
from .kept_block import KeptBlock, TitleRow
from .pages import PageInfo, build_pdf
from .settlement_annex import settlement_annex
from .words import amount_in_words

# « Arrêté le présent état à la somme de … », agreed with the document's gender.
_SETTLED = {kind: kind.settled for kind in DocumentKind}

# A bill's reference is copied to ask for the piece: wide enough to stay on one line.
_BILL_COLUMNS = (17 * mm, 27 * mm, 30 * mm, 34 * mm, 26 * mm, 20 * mm, 20 * mm)


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
    # reads like a different document. What is provided free comes between them: after what is
    # due, valued pour mémoire and never in it (R17), and before the signature, which closes
    # the document's body as on any invoice.
    story.append(KeepTogether(_totals(doc) + free_block(doc.figures) + _closing(doc)))
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
    if doc.header.service_code:
        chorus.append(("Code service", doc.header.service_code))
    if doc.header.engagement_number:
        chorus.append(("N° d'engagement", doc.header.engagement_number))
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
        side_by_side(left, right, LEFT_WIDTH, GAP),
        Spacer(1, 7 * mm),
        side_by_side(convention, block(to, RIGHT_WIDTH, boxed=True), LEFT_WIDTH, GAP),
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
        [RIGHT_WIDTH - 50 * mm, 50 * mm],
        [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)],
    )  # fmt: skip


# --- the lines ------------------------------------------------------------------------------


# --- totals, words, payment, signature ------------------------------------------------------


def _totals(doc: StatementDocument) -> list[Flowable]:
    totals = doc.totals
    final = "Montant de l'avoir" if doc.kind == "credit_note" else "Net à payer"
    if totals.subject_to_vat and doc.kind != "credit_note":
        final = "Total TTC — net à payer"
    table = totals_box(totals, "Total hors taxes", final, 62 * mm, printed_sign(doc))
    return [table, Spacer(1, 6 * mm)]


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
    if doc.legal_mentions:
        together.append(Spacer(1, 3 * mm))
        together += [para(mention, s.muted) for mention in doc.legal_mentions]
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


# --- annexes --------------------------------------------------------------------------------


def _annexes(doc: StatementDocument) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [PageBreak()]
    if doc.advance is not None:
        # An advance call bills a share of the forecast, no bill: its annex is that forecast.
        story += advance_annex(doc.advance, 1)
    elif doc.settlement is not None:
        # A settlement rests on the actual year and on the documents it deducts: both, then
        # the year's bills (a settlement issued before this annex existed has neither).
        story += settlement_annex(doc.settlement, 1, _bills_table(doc) if doc.annex_bills else None)
    else:
        story.append(para("Annexe 1 — Factures", s.heading))
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
    title = TitleRow(
        rich([("b", line.label)], s.cell), rich([("b", french.money(line.amount * sign))], s.cell_right),
        (CONTENT_WIDTH - 35 * mm, 35 * mm), bottom_padding=1.5, rule_width=0.25, rule_color=RULE,
    )  # fmt: skip
    parts: list[Flowable] = [title, Spacer(1, 1.2 * mm)]
    if line.key_description:
        parts.append(para(f"Clé : {line.key_description}", s.detail_key))
    for sentence in line.explanation:
        parts.append(DetailSentence(sentence, s.detail, "–"))
    parts.append(Spacer(1, 3.5 * mm))
    return KeptBlock(parts)


# --- small formatting -----------------------------------------------------------------------


def _iban(value: str) -> str:
    """Groups of four characters, as printed on a RIB."""
    compact = re.sub(r"\s+", "", value).upper()
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
