"""The forecast of one beneficiary for one year, for its budget vote (DESIGN §5), as a value.

The same engine on planned inputs gives the lines (:func:`~mutualisation.services.costs.forecast_preview`);
the planned inputs it rests on are listed with it. The « per period » figure follows the advance
calls' rounding (:func:`~mutualisation.domain.money.instalments`), so it is what each call says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar

from ..money import instalments
from ..party_statement import PartyStatement, vat_totals
from ..periods import FREQUENCY_MONTHS, Period
from .figures import WithFigures
from .header import DocumentHeader, WithHeader


@dataclass(frozen=True, slots=True)
class PlannedStaff:
    """A person's planned cost for the year, as the forecast uses it."""

    name: str
    job_title: str
    annual_cost: Decimal
    share: str  # the recipient's share in words, « Quotité 50 % »


@dataclass(frozen=True, slots=True)
class PlannedBudget:
    """An expense category's budget for the year and the key that shares it."""

    category: str
    amount: Decimal
    key: str


@dataclass(frozen=True, slots=True)
class PlannedMeter:
    """The quantities each party is expected to use over the year.

    A metered key shares costs by these quantities: the recipient's part of the total is what
    the reader checks. A priced meter (R12) bills the recipient's own units × the unit price in
    force: ``prices`` then holds that price on the first day of the year and each change during
    the year, as (effective date, price per unit), and the part of the total means nothing.
    """

    meter: str
    unit: str
    quantities: tuple[tuple[str, Decimal], ...]  # (party code, quantity), convention order
    recipient_code: str
    prices: tuple[tuple[dt.date, Decimal], ...] = ()  # R12 only, in date order

    @property
    def priced(self) -> bool:
        return bool(self.prices)

    @property
    def own(self) -> Decimal:
        """The recipient's planned quantity."""
        return sum((q for code, q in self.quantities if code == self.recipient_code), Decimal(0))

    @property
    def total(self) -> Decimal:
        return sum((q for _code, q in self.quantities), Decimal(0))

    @property
    def share(self) -> Fraction:
        """The recipient's part of the total (0 when nothing is planned)."""
        return Fraction(self.own) / Fraction(self.total) if self.total else Fraction(0)


@dataclass(frozen=True, slots=True)
class ForecastDocument(WithHeader, WithFigures):
    """Everything the forecast of one beneficiary for one year says."""

    kind: ClassVar[str] = "forecast"

    year: int
    issue_date: dt.date
    header: DocumentHeader
    figures: PartyStatement  # the forecast's lines, sections, totals and VAT
    billing_frequency: str  # monthly, quarterly, half_yearly, yearly
    advance_mode: bool = False
    planned_staff: tuple[PlannedStaff, ...] = ()
    planned_budgets: tuple[PlannedBudget, ...] = ()
    planned_meters: tuple[PlannedMeter, ...] = ()
    problems: tuple[str, ...] = ()  # what is missing; the forecast is then incomplete

    @property
    def period(self) -> Period:
        return Period.year(self.year)

    @property
    def periods_per_year(self) -> int:
        return 12 // FREQUENCY_MONTHS[self.billing_frequency]

    @property
    def per_period(self) -> Decimal:
        """What each billing period but the last is called, VAT included: each section's annual
        part in equal instalments (:func:`~mutualisation.domain.money.instalments`), taxed by
        the section's own treatment (R14) or the convention's regime (R10), exactly as the
        advance calls are computed. A document with VAT on some sections only, or at several
        rates, is never taxed at one rate on the whole (its ``vat_rate`` is then None, or the
        rate of the taxed sections alone)."""
        count = self.periods_per_year
        amounts = [
            (section.lines[0].vat if section.lines else None, instalments(section.subtotal, count)[0])
            for section in self.figures.sections
        ]
        return vat_totals(amounts, self.totals.vat_rate, self.totals.mention).total
