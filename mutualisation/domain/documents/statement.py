"""Issued documents as values: what a statement, credit note, advance call or settlement says.

A :class:`StatementDocument` holds everything printed on the PDF and stored with the issued
statement, so the PDF, the JSON export and the verification all read the same object. The
lines of the documents that do not come from a preview (advance call, settlement) are built
here too, so that every document can be built and checked without a database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .. import french
from ..lines import SECTION_ORDER, SECTIONS, Preview
from ..money import ZERO, instalments
from ..party_statement import DocumentLine, PartyStatement, ratio_text
from ..periods import Period
from ..vocabulary import DocumentKind
from .figures import WithFigures
from .header import DocumentHeader, WithHeader

KIND_TITLES = {kind: kind.heading for kind in DocumentKind}

ROUNDING_RULE = (
    "Chaque ligne est calculée au jour près sans arrondi intermédiaire, puis arrondie au "
    "centime le plus proche (demi-centime arrondi au centime supérieur). Le montant arrondi "
    "est réparti entre les parties au plus fort reste ; les égalités sont départagées dans "
    "l'ordre des bénéficiaires de la convention, puis en faveur du prestataire."
)


@dataclass(frozen=True, slots=True)
class AnnexBill:
    """A bill behind the statement, listed in the annex."""

    date: dt.date
    supplier: str
    reference: str
    label: str
    amount: Decimal
    service: str  # « du 01/01/2025 au 31/03/2025 » or ""
    share: Decimal  # the recipient's part


@dataclass(frozen=True, slots=True)
class AdvanceBasis:
    """Where an advance call comes from: the beneficiary's forecast for the year, line by line,
    and the rule that turns each section's annual forecast into the year's calls.

    ``forecast`` holds the forecast's own lines (their sections' subtotals are the bases of the
    call's lines); :meth:`calls` gives, per section, every call of the year by
    :func:`~..money.instalments`, so that a reader sees the calls add up to the forecast.
    """

    year: int
    index: int  # this call's rank, from 1
    count: int  # calls in the year (billing periods)
    forecast: tuple[DocumentLine, ...]

    def sections(self) -> tuple[tuple[str, str, tuple[DocumentLine, ...], Decimal], ...]:
        """(key, title, lines, annual subtotal) of each section of the forecast, in order."""
        found = []
        for key in SECTION_ORDER:
            lines = tuple(line for line in self.forecast if line.section == key)
            if lines:
                found.append((key, SECTIONS[key], lines, sum((line.amount for line in lines), ZERO)))
        return tuple(found)

    def calls(self) -> tuple[tuple[str, Decimal, tuple[Decimal, ...]], ...]:
        """(section title, annual forecast, the year's calls) of each section with a forecast."""
        return tuple(
            (title, annual, instalments(annual, self.count))
            for _key, title, _lines, annual in self.sections()
            if annual != 0
        )

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.forecast), ZERO)


@dataclass(frozen=True, slots=True)
class DeductedDocument:
    """A document a settlement deducts: what it is, when it was issued, what it billed (excl. VAT)."""

    title: str  # « Appel de fonds »
    number: str
    issue_date: dt.date
    period: str  # « 1er trimestre 2025 »
    amount: Decimal  # excluding VAT; a credit note's is negative


@dataclass(frozen=True, slots=True)
class SettlementBasis:
    """What a year-end settlement rests on (R13, DESIGN §5): the actual figure of each billing
    period and every document already issued for the year, whatever its kind.

    Their difference is the settlement's amount excluding VAT; the year's bills are the
    document's annex bills, as on a period's statement.
    """

    year: int
    periods: tuple[tuple[str, Decimal], ...]  # (period label, actual amount excl. VAT)
    deducted: tuple[DeductedDocument, ...]

    @property
    def actual(self) -> Decimal:
        return sum((amount for _label, amount in self.periods), ZERO)

    @property
    def already_billed(self) -> Decimal:
        return sum((d.amount for d in self.deducted), ZERO)

    @property
    def balance(self) -> Decimal:
        return self.actual - self.already_billed


@dataclass(frozen=True, slots=True)
class StatementDocument(WithHeader, WithFigures):
    """Everything a statement says, ready to print or store."""

    kind: str
    number: str
    issue_date: dt.date
    due_date: dt.date
    period: Period
    header: DocumentHeader
    figures: PartyStatement  # lines, sections, totals and VAT, computed once
    payment_term_days: int
    corrects: str | None = None  # number of the corrected statement
    corrects_date: dt.date | None = None  # its issue date (the e-invoice cites both)
    annex_bills: tuple[AnnexBill, ...] = ()
    note: str = ""
    advance: AdvanceBasis | None = None  # an advance call's forecast and calls of the year
    settlement: SettlementBasis | None = None  # a settlement's actual periods and documents deducted
    # Late payment and the parties' SIREN (legal_mentions.py), as frozen when issued.
    legal_mentions: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return KIND_TITLES[self.kind]


def annex_bills(preview: Preview, party_id: int) -> tuple[AnnexBill, ...]:
    """The bills among the party's lines, with their service period and the party's part.

    Read from the bills the engine computed from: no second trip to the database.
    """
    by_id = {bill.id: bill for bill in preview.bills}
    annex = []
    for line in preview.lines_for(party_id):
        if line.source_kind != "bill" or line.source_id not in by_id:
            continue
        bill = by_id[line.source_id]
        service = (
            f"du {french.date(bill.service_start)} au {french.date(bill.service_end)}"
            if bill.service_start else ""
        )  # fmt: skip
        annex.append(AnnexBill(bill.date, bill.supplier, bill.reference, bill.label,
                               bill.amount, service, line.part(party_id)))  # fmt: skip
    return tuple(annex)


def advance_call_lines(forecast: PartyStatement, year: int, index: int, count: int) -> tuple[DocumentLine, ...]:
    """The lines of the advance call ``index`` (0-based) of ``count`` for ``year``: one per
    section of the forecast, each section's annual part in :func:`~.money.instalments`."""
    lines = []
    last = index == count - 1
    for section in forecast.sections:
        annual = section.subtotal
        if annual == 0:
            continue
        calls = instalments(annual, count)
        amount = calls[index]
        # The last call is what the others leave of the forecast: say so, with their amount.
        rule = (
            f"Solde : prévisionnel annuel − {count - 1} × {french.number(calls[0], 2)}" if last and count > 1
            else f"Prévisionnel annuel ÷ {count}"
        )  # fmt: skip
        lines.append(
            DocumentLine(
                section.key, f"Appel de fonds {index + 1}/{count} — {section.title} (prévisionnel {year})",
                annual, rule, ratio_text(Fraction(amount) / Fraction(annual)), amount,
            )
        )  # fmt: skip
    return tuple(lines)


def settlement_lines(actual: PartyStatement, billed: Mapping[str, Decimal], year: int) -> tuple[DocumentLine, ...]:
    """The year-end settlement: per section, the actual year (R13, the sum of its billing periods)
    minus everything already billed for the year, whatever the documents' kinds.

    The line's basis is the balance and its rate 100 %, so that basis × rate = amount as on every
    other line; the key says how the balance comes."""
    lines = []
    for section in SECTION_ORDER:
        real, already = actual.subtotal(section), billed.get(section, ZERO)
        if real == 0 and already == 0:
            continue
        balance = real - already
        lines.append(
            DocumentLine(
                section, f"Régularisation {year} — {SECTIONS[section]}", balance,
                f"Réel {year} {french.money(real)} − déjà facturé {french.money(already)}",
                "100 %", balance,
            )
        )  # fmt: skip
    return tuple(lines)
