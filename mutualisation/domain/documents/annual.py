"""A beneficiary's year under a convention (DESIGN §5, annual summary), as a value: each billing
period computed today and what was issued for it, the payments, the forecast against the actual
amount of each section (R13: the year is the sum of its periods)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from ..money import ZERO
from ..periods import Period
from .header import DocumentHeader, WithHeader
from .statement import KIND_TITLES


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    """An issued statement, correction, advance call or settlement, and what was paid on it."""

    number: str
    kind: str  # a key of KIND_TITLES
    period: Period
    issue_date: dt.date
    due_date: dt.date
    total: Decimal
    paid: Decimal
    status: str  # in French: « payé », « en retard »…
    corrects: str | None = None  # number of the corrected statement

    @property
    def title(self) -> str:
        return KIND_TITLES.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    """One billing period: its amount computed today and the documents issued for it."""

    period: Period
    computed: Decimal  # the live computation, for the beneficiary
    problems: int  # how many problems that computation has (missing payroll, readings…)
    documents: tuple[IssuedDocument, ...]  # originals first, each followed by its corrections
    status: str  # in French

    @property
    def issued(self) -> Decimal:
        """Net amount issued: statements and correctives, less credit notes."""
        return sum((d.total for d in self.documents), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((d.paid for d in self.documents), ZERO)

    @property
    def outstanding(self) -> Decimal:
        """Still due (negative: paid more than the net issued)."""
        return self.issued - self.paid

    @property
    def drift(self) -> Decimal:
        """Computed today minus issued, for an issued period (a correction to issue)."""
        return self.computed - self.issued if self.documents else ZERO


@dataclass(frozen=True, slots=True)
class PaymentRow:
    date: dt.date
    number: str  # the statement paid
    amount: Decimal
    reference: str


@dataclass(frozen=True, slots=True)
class SectionComparison:
    """A section's forecast for the year against its actual amount computed on the whole year."""

    section: str
    title: str
    forecast: Decimal
    actual: Decimal

    @property
    def difference(self) -> Decimal:
        return self.actual - self.forecast

    @property
    def ratio(self) -> Fraction | None:
        """The difference over the forecast; None without forecast."""
        return Fraction(self.difference) / Fraction(self.forecast) if self.forecast else None


@dataclass(frozen=True, slots=True)
class AnnualSummary(WithHeader):
    """A beneficiary's year under a convention: periods, documents, payments, forecast vs actual."""

    year: int
    made_on: dt.date
    header: DocumentHeader
    billing_frequency: str
    advance_mode: bool
    periods: tuple[PeriodSummary, ...]
    other_documents: tuple[IssuedDocument, ...]  # not within one billing period (a settlement)
    payments: tuple[PaymentRow, ...]
    comparison: tuple[SectionComparison, ...]
    forecast_problems: tuple[str, ...] = ()
    actual_problems: tuple[str, ...] = ()

    @property
    def computed_total(self) -> Decimal:
        return sum((p.computed for p in self.periods), ZERO)

    @property
    def issued_total(self) -> Decimal:
        return sum((p.issued for p in self.periods), ZERO) + sum((d.total for d in self.other_documents), ZERO)

    @property
    def paid_total(self) -> Decimal:
        return sum((p.paid for p in self.periods), ZERO) + sum((d.paid for d in self.other_documents), ZERO)

    @property
    def outstanding_total(self) -> Decimal:
        return self.issued_total - self.paid_total

    @property
    def forecast_total(self) -> Decimal:
        return sum((c.forecast for c in self.comparison), ZERO)

    @property
    def actual_total(self) -> Decimal:
        return sum((c.actual for c in self.comparison), ZERO)

    @property
    def comparison_total(self) -> SectionComparison:
        """The comparison's total row: forecast against actual for the whole year."""
        return SectionComparison("total", "Total", self.forecast_total, self.actual_total)
