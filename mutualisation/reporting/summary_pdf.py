"""The annual summary PDF (DESIGN §5): a beneficiary's year under a convention.

:func:`render_summary` prints an :class:`AnnualSummary`: key figures, each billing period with
its amount computed today and what was issued for it (statement, corrections), paid and still
due; the payments received; then the forecast against the actual amount of each section,
with a bar chart. The statement's first-page layout and table style are reused.

The values (:mod:`mutualisation.domain.documents.annual`) are filled from the database by
:mod:`mutualisation.services.summaries`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..domain import french
from ..domain.documents.annual import AnnualSummary, IssuedDocument, PeriodSummary, SectionComparison
from ..domain.documents.convention import FREQUENCY_ADJECTIVES
from ..domain.money import ZERO
from ..domain.periods import Period
from .blocks import footer_text, heading
from .charts import comparison_chart
from .layout import (
    BOLD,
    CONTENT_WIDTH,
    MUTED,
    TINT,
    data_table,
    header_row,
    key_figures,
    para,
    rich,
    styles,
)
from .pages import PageInfo, build_pdf


def signed_percent(ratio: Fraction | None) -> str:
    """« +4,2 % », « −3,0 % »; « — » without forecast."""
    if ratio is None:
        return "—"
    text = french.number(ratio * 100, 1)
    return f"{'+' if ratio > 0 else ''}{text.replace('-', '−')}\u00a0%"


def signed_amount(value: Decimal) -> str:
    """« +1 234,56 », « −12,00 », « 0,00 »."""
    text = french.number(value, 2).replace("-", "−")
    return f"+{text}" if value > 0 else text


def render_summary(summary: AnnualSummary) -> bytes:
    """The annual summary as PDF bytes (A4, French, fonts embedded, « page n/N »)."""
    title = f"Bilan annuel {summary.year}"
    frequency = FREQUENCY_ADJECTIVES[summary.billing_frequency][0]
    story: list[Flowable] = heading(
        summary.header, title, f"Convention {summary.convention_reference}",
        [("Établi le", french.date(summary.made_on)),
         ("Exercice", f"du {french.date(dt.date(summary.year, 1, 1))} au {french.date(dt.date(summary.year, 12, 31))}"),
         ("Facturation", frequency + (", appels de fonds" if summary.advance_mode else ""))],
    )  # fmt: skip
    story += [
        key_figures([
            ("Calculé à ce jour", french.money(summary.computed_total)),
            ("Émis", french.money(summary.issued_total)),
            ("Encaissé", french.money(summary.paid_total)),
            ("Reste dû", french.money(summary.outstanding_total)),
        ]),
        Spacer(1, 6 * mm),
    ]  # fmt: skip
    story += _periods(summary)
    story += _payments(summary)
    story += _comparison(summary)
    info = PageInfo(
        title=f"{title} — {summary.recipient.name}",
        author=summary.issuer.name,
        subject=f"{title} — {summary.recipient.name} — convention {summary.convention_reference}",
        running_header=f"{title} — {summary.recipient.name} — convention {summary.convention_reference}",
        footer=footer_text(summary.issuer),
    )
    return build_pdf(story, info)


# --- periods and documents ------------------------------------------------------------------

_PERIOD_COLUMNS = (35 * mm, 21 * mm, 35 * mm, 21 * mm, 20 * mm, 21 * mm)
_PERIOD_COLUMNS = (*_PERIOD_COLUMNS, CONTENT_WIDTH - sum(_PERIOD_COLUMNS))


def _periods(summary: AnnualSummary) -> list[Flowable]:
    s = styles()
    right = (1, 3, 4, 5)
    head = ("Période", "Calculé (€)", "Document émis", "Montant (€)", "Payé (€)", "Reste dû (€)", "Statut")
    rows: list[list] = [header_row(head, right)]
    extra: list[tuple] = []
    for summary_period in summary.periods:
        rows += _period_rows(summary_period, summary.advance_mode, extra, len(rows))
    for document in summary.other_documents:
        first = len(rows)
        rows.append([para(_period_label(document.period), s.cell), "", _document_cell(document),
                     french.number(document.total, 2), french.number(document.paid, 2),
                     french.number(document.total - document.paid, 2) if document.total > 0 else "",
                     para(document.status, s.cell_note)])  # fmt: skip
        extra.append(("LINEABOVE", (0, first), (-1, first), 0.5, MUTED))
    last = len(rows)
    rows.append([
        rich([("b", "Total de l'année")], s.cell), french.number(summary.computed_total, 2), "",
        french.number(summary.issued_total, 2), french.number(summary.paid_total, 2),
        french.number(summary.outstanding_total, 2), "",
    ])  # fmt: skip
    extra += [
        ("LINEABOVE", (0, last), (-1, last), 0.9, MUTED),
        ("FONTNAME", (0, last), (-1, last), BOLD),
        ("BACKGROUND", (0, last), (-1, last), TINT),
    ]
    table = data_table(rows, _PERIOD_COLUMNS, right_columns=right, extra_style=extra, hairlines=False)
    notes = [
        para(
            "Calculé : la période recalculée aujourd'hui sur les données enregistrées. "
            "Un écart avec le montant émis appelle un état rectificatif ou un avoir."
            if not summary.advance_mode else
            "Calculé : la période recalculée aujourd'hui sur les dépenses réelles ; les appels "
            "de fonds suivent le prévisionnel et la régularisation annuelle solde la différence.",
            s.muted,
        )
    ]  # fmt: skip
    return [para("Périodes de facturation", s.heading), table, Spacer(1, 2 * mm), *notes, Spacer(1, 7 * mm)]


def _period_rows(item: PeriodSummary, advance_mode: bool, extra: list[tuple], first: int) -> list[list]:
    s = styles()
    label = [para(_period_label(item.period), s.cell_bold)]
    if item.problems:
        label.append(para(f"{item.problems} donnée(s) manquante(s)", s.cell_note))
    computed = french.number(item.computed, 2)
    status = para(item.status, s.cell_note)
    if not item.documents:
        rows = [[label, computed, para("non émis", s.cell_note), "", "", "", status]]
    else:
        rows = []
        for index, document in enumerate(item.documents):
            rows.append([
                label if index == 0 else "",
                computed if index == 0 else "",
                _document_cell(document),
                french.number(document.total, 2),
                french.number(document.paid, 2) if document.total > 0 else "",
                "",
                status if index == 0 else "",
            ])  # fmt: skip
        rows[0][5] = french.number(item.outstanding, 2)
        if item.drift and not advance_mode:
            rows.append(["", "", para(f"Écart à rectifier : {signed_amount(item.drift)} €", s.cell_note),
                         "", "", "", ""])  # fmt: skip
    if first > 1:
        extra.append(("LINEABOVE", (0, first), (-1, first), 0.25, MUTED))
    if len(rows) > 1:
        extra.append(("NOSPLIT", (0, first), (-1, first + len(rows) - 1)))
    return rows


def _document_cell(document: IssuedDocument) -> list[Flowable]:
    s = styles()
    cell = [rich([("", f"{document.title} "), ("b", f"n° {document.number}")], s.cell)]
    detail = f"du {french.date(document.issue_date)}"
    if document.total > 0:
        detail += f", échéance {french.date(document.due_date)}"
    if document.corrects:
        detail += f" ; rectifie le n° {document.corrects}"
    cell.append(para(detail, s.cell_note))
    return cell


def _period_label(period: Period) -> str:
    label = period.label
    return label[:1].upper() + label[1:]


# --- payments -------------------------------------------------------------------------------


def _payments(summary: AnnualSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [CondPageBreak(35 * mm), para("Paiements reçus", s.heading)]
    if not summary.payments:
        story += [para("Aucun paiement enregistré pour les documents de l'année.", s.muted), Spacer(1, 7 * mm)]
        return story
    right = (3,)
    rows: list[list] = [header_row(("Date", "Document payé", "Référence du virement", "Montant (€)"), right)]
    for payment in summary.payments:
        rows.append([french.date(payment.date), f"n° {payment.number}", para(payment.reference, s.cell),
                     french.number(payment.amount, 2)])  # fmt: skip
    last = len(rows)
    total = sum((p.amount for p in summary.payments), ZERO)
    rows.append([rich([("b", "Total encaissé")], s.cell), "", "", french.number(total, 2)])
    extra = [("LINEABOVE", (0, last), (-1, last), 0.6, MUTED), ("FONTNAME", (3, last), (3, last), BOLD),
             ("SPAN", (0, last), (2, last))]
    story += [
        data_table(rows, (25 * mm, 35 * mm, 84 * mm, 30 * mm), right_columns=right, extra_style=extra),
        Spacer(1, 7 * mm),
    ]
    return story


# --- forecast against actual ----------------------------------------------------------------


def _comparison(summary: AnnualSummary) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [CondPageBreak(120 * mm), para("Prévisionnel et réalisé", s.heading)]
    right = (1, 2, 3, 4)
    rows: list[list] = [header_row(("Section", "Prévisionnel (€)", "Réalisé (€)", "Écart (€)", "Écart (%)"), right)]
    # An incomplete forecast is understated: a gap against it would mislead, so none is given.
    complete = not summary.forecast_problems

    def gap(item: SectionComparison) -> list[str]:
        return [signed_amount(item.difference), signed_percent(item.ratio)] if complete else ["—", "—"]

    for item in summary.comparison:
        rows.append([para(item.title, s.cell), french.number(item.forecast, 2), french.number(item.actual, 2),
                     *gap(item)])  # fmt: skip
    total = summary.comparison_total
    last = len(rows)
    rows.append([rich([("b", "Total")], s.cell), french.number(total.forecast, 2), french.number(total.actual, 2),
                 *gap(total)])  # fmt: skip
    extra = [
        ("LINEABOVE", (0, last), (-1, last), 0.9, MUTED),
        ("FONTNAME", (1, last), (-1, last), BOLD),
        ("BACKGROUND", (0, last), (-1, last), TINT),
    ]
    table = data_table(rows, (58 * mm, 30 * mm, 30 * mm, 30 * mm, 26 * mm), right_columns=right, extra_style=extra)
    story += [
        para(
            f"Prévisionnel : le prévisionnel {summary.year} calculé sur les données prévues. Réalisé : "
            f"la somme des périodes de facturation de {summary.year}, chacune calculée comme son état sur les "
            "données enregistrées à ce jour.",
            s.muted,
        ),
        Spacer(1, 2.5 * mm),
    ]  # fmt: skip
    story += _problems(summary)
    story += [table, Spacer(1, 5 * mm)]
    if summary.comparison:
        chart = comparison_chart(
            [item.title for item in summary.comparison],
            [("Prévisionnel", [c.forecast for c in summary.comparison]),
             ("Réalisé", [c.actual for c in summary.comparison])],
            CONTENT_WIDTH,
        )  # fmt: skip
        caption = para(f"Prévisionnel et réalisé {summary.year} par section — {summary.recipient.code}", s.caption)
        story.append(KeepTogether([caption, Spacer(1, 1 * mm), chart]))
    return story


def _problems(summary: AnnualSummary) -> list[Flowable]:
    """What is incomplete, in counts: the document goes to the partner, so it carries no work
    notes (which record to enter, whose cost); the app's alerts name them for the manager."""
    s = styles()
    story: list[Flowable] = []
    for title, problems, text in (
        ("Prévisionnel incomplet", summary.forecast_problems,
         "{count} donnée(s) prévue(s) manquent : le prévisionnel est sous-estimé et l'écart n'est pas calculé."),
        ("Réalisé provisoire", summary.actual_problems,
         "{count} donnée(s) de l'année restent à enregistrer : le réalisé est partiel."),
    ):  # fmt: skip
        if problems:
            story += [rich([("b", f"{title}. "), ("", text.format(count=len(problems)))], s.body), Spacer(1, 2 * mm)]
    return story