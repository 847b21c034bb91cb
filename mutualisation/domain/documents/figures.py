"""Read access to a document's figures, shared by the statement and the forecast.

Both hold their lines, sections and totals as one :class:`~..party_statement.PartyStatement`
(``figures``); the PDFs, the JSON and the checks read ``doc.total`` or ``doc.lines`` rather than
``doc.figures.totals.total``, the same way for either document.
"""

from __future__ import annotations

from decimal import Decimal

from ..party_statement import DocumentLine, PartyStatement, Section, Totals


class WithFigures:
    """Mixed into a frozen dataclass that has a ``figures`` field."""

    __slots__ = ()
    figures: PartyStatement

    @property
    def lines(self) -> tuple[DocumentLine, ...]:
        return self.figures.lines

    @property
    def totals(self) -> Totals:
        return self.figures.totals

    @property
    def vat_rate(self) -> Decimal | None:
        """None when the document is not subject to VAT."""
        return self.figures.totals.vat_rate

    @property
    def vat_mention(self) -> str:
        return self.figures.totals.mention

    @property
    def total_excl_vat(self) -> Decimal:
        return self.figures.totals.excl_vat

    @property
    def vat(self) -> Decimal:
        return self.figures.totals.vat

    @property
    def total(self) -> Decimal:
        return self.figures.totals.total

    def sections(self) -> tuple[Section, ...]:
        """The sections that have lines, in order, with their subtotals."""
        return self.figures.sections
