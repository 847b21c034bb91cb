"""The annex of a year-end settlement: what its balance rests on (DESIGN §5, R13).

A settlement bills the actual year minus everything already billed for it. Its reader checks
both sides: the actual figure of each billing period, which add up to the year; every document
deducted (advance calls, and whatever else was issued for the year), with its number and date;
their difference, which is the settlement's amount excluding VAT; then the year's bills behind
the actual figures, with the beneficiary's part of each, as a period's statement lists its own.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table

from ..domain import french
from ..domain.documents import SettlementBasis
from .layout import BOLD, CONTENT_WIDTH, MUTED, data_table, header_row, para, rich, styles


def settlement_annex(basis: SettlementBasis, number: int, bills: Flowable | None) -> list[Flowable]:
    """« Annexe n — Régularisation … : réel et documents déduits », then the year's bills
    (``bills``, the statement's bill table, or None when the year has none)."""
    s = styles()
    year = basis.year
    story: list[Flowable] = [
        para(f"Annexe {number} — Régularisation {year} : réel et documents déduits", s.heading),
        para(
            f"La régularisation reprend le réel {year}, somme des périodes de facturation calculées sur les "
            "dépenses réelles, et en déduit tous les documents déjà émis pour l'année, quel qu'en soit le "
            "type.", s.muted,
        ),
        Spacer(1, 2 * mm),
        KeepTogether([para(f"Réel {year} par période", s.subheading), _periods_table(basis)]),
        Spacer(1, 4 * mm),
        KeepTogether([para("Documents déduits", s.subheading), _deducted(basis)]),
        Spacer(1, 3 * mm),
        rich([("b", "Solde : "), ("", f"réel {french.money(basis.actual)} − déjà facturé "
                                      f"{french.money(basis.already_billed)} = "),
              ("b", french.money(basis.balance)), ("", _owed(basis.balance))], s.body),
        Spacer(1, 6 * mm),
        CondPageBreak(40 * mm),
        para(f"Factures de l'année {year}", s.subheading),
    ]  # fmt: skip
    if bills is None:
        story.append(para(f"Aucune facture n'entre dans le réel {year} du bénéficiaire.", s.muted))
    else:
        story += [
            para(f"Les factures sur lesquelles repose le réel {year}, avec la part du bénéficiaire.", s.muted),
            Spacer(1, 1.5 * mm),
            bills,
        ]
    return story


def _owed(balance: Decimal) -> str:
    if balance < 0:
        return " hors taxes, rendus au bénéficiaire par le présent avoir."
    if balance > 0:
        return " hors taxes, dus par le bénéficiaire."
    return " : rien n'est dû de part ni d'autre."


def _periods_table(basis: SettlementBasis) -> Table:
    s = styles()
    rows: list[list] = [header_row(("Période", "Réel (€ HT)"), (1,))]
    rows += [[para(label, s.cell), french.number(amount, 2)] for label, amount in basis.periods]
    return _with_total(rows, (CONTENT_WIDTH - 40 * mm, 40 * mm), f"Réel {basis.year}", basis.actual, 1)


def _deducted(basis: SettlementBasis) -> Flowable:
    s = styles()
    if not basis.deducted:
        return para(f"Aucun document n'a été émis pour {basis.year} avant la présente régularisation.", s.body)
    rows: list[list] = [header_row(("Document", "N°", "Émis le", "Période", "Montant (€ HT)"), (4,))]
    rows += [
        [para(d.title, s.cell), d.number, french.date(d.issue_date), para(d.period, s.cell), french.number(d.amount, 2)]
        for d in basis.deducted
    ]  # fmt: skip
    widths = (44 * mm, 24 * mm, 24 * mm, CONTENT_WIDTH - 132 * mm, 40 * mm)
    return _with_total(rows, widths, "Total déjà facturé", basis.already_billed, 4)


def _with_total(rows: list[list], widths, label: str, total: Decimal, column: int) -> Table:
    s = styles()
    last = len(rows)
    rows.append([rich([("b", label)], s.cell), *([""] * (column - 1)), french.number(total, 2)])
    extra = [
        ("FONTNAME", (column, last), (column, last), BOLD),
        ("LINEABOVE", (0, last), (-1, last), 0.6, MUTED),
    ]
    if column > 1:
        extra.append(("SPAN", (0, last), (column - 1, last)))
    return data_table(rows, widths, right_columns=(column,), extra_style=extra)
