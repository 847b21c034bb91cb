"""What Chorus Pro asks of an invoice to a public buyer, and what a beneficiary still lacks.

A public body receives its invoices through Chorus Pro, which routes them by the buyer's
SIRET and, when the buyer asks for them, its *code service* (the department that pays) and
*numéro d'engagement* (its budget commitment, usually new each budget year). The app keeps
the last two per beneficiary and year; a document takes those of its billed period's year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .periods import Period

#: The years a reference may be given for (the stored check says the same).
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True, slots=True)
class ChorusYear:
    """A beneficiary's Chorus Pro references for one budget year."""

    year: int
    service_code: str = ""
    engagement_number: str = ""


def references_for(entries: Iterable[ChorusYear], year: int) -> ChorusYear | None:
    """The references given for ``year``, or None: a year never borrows another's, since an
    engagement number of last year on this year's invoice is refused by the buyer."""
    return next((e for e in entries if e.year == year), None)


def budget_year(period: Period) -> int:
    """The budget year a document is paid from: that of its billed period (a billing period
    never spans two years; a free range, for a preview only, counts by its end)."""
    return period.end.year


def missing_for_deposit(siret: str, references: ChorusYear | None) -> tuple[str, ...]:
    """What Chorus Pro will ask that a public beneficiary's data lacks, in the order asked:
    « SIRET », « code service », « numéro d'engagement » (empty when nothing is missing)."""
    missing = []
    if not siret:
        missing.append("SIRET")
    if references is None or not references.service_code:
        missing.append("code service")
    if references is None or not references.engagement_number:
        missing.append("numéro d'engagement")
    return tuple(missing)
