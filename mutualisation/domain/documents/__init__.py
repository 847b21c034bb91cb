"""Every document as a value, built from domain values only (no database, no PDF library).

- :mod:`.header`: who from, who to, the convention and its amendments (shared by all);
- :mod:`.figures`: a statement's or forecast's lines and totals, read the same way;
- :mod:`.statement`: statements, corrections, credit notes, advance calls and settlements;
- :mod:`.forecast`: a beneficiary's forecast for its budget vote;
- :mod:`.annual`: the annual summary;
- :mod:`.convention`: the convention summary (*fiche convention*) and its wording;
- :mod:`.serialization`: a statement to and from what is stored with it.

The figures of a statement or forecast are a :class:`~mutualisation.domain.party_statement.PartyStatement`.
``mutualisation.reporting`` draws these values; it computes nothing.
"""

from ..party_statement import DocumentLine
from .header import AmendmentInfo, DocumentHeader, PartyDetails
from .serialization import document_from_dict, document_to_dict
from .statement import (
    KIND_TITLES,
    ROUNDING_RULE,
    AdvanceBasis,
    AnnexBill,
    DeductedDocument,
    SettlementBasis,
    StatementDocument,
    advance_call_lines,
    annex_bills,
    settlement_lines,
)

__all__ = [
    "KIND_TITLES", "ROUNDING_RULE", "AdvanceBasis", "AmendmentInfo", "AnnexBill", "DocumentHeader", "DocumentLine",
    "DeductedDocument", "PartyDetails", "SettlementBasis", "StatementDocument", "advance_call_lines", "annex_bills", "document_from_dict",
    "document_to_dict", "settlement_lines",
]  # fmt: skip
