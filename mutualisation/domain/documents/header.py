"""Who a document is from and to, and the convention it rests on: the head of every document.

A statement, a forecast and an annual summary all open the same way (issuer with logo and
SIRET, recipient with its Chorus Pro references for the billed year, the convention's reference, title and
signature date, the amendments in force), so they share one :class:`DocumentHeader`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PartyDetails:
    """A party as printed in an address block."""

    code: str
    name: str
    address: str = ""
    siret: str = ""
    email: str = ""
    phone: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    iban: str = ""
    bic: str = ""
    logo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class AmendmentInfo:
    number: int
    effective_date: dt.date
    summary: str

    @property
    def label(self) -> str:
        return f"avenant n° {self.number} du {self.effective_date:%d/%m/%Y}"


@dataclass(frozen=True, slots=True)
class DocumentHeader:
    """Issuer, recipient, and the convention (reference, title, signature, amendments in force)."""

    issuer: PartyDetails
    recipient: PartyDetails
    convention_reference: str
    convention_title: str
    convention_signature_date: dt.date | None
    amendments: tuple[AmendmentInfo, ...] = ()
    # The recipient's Chorus Pro references for the budget year of the billed period (EN 16931
    # buyer reference BT-10 and purchase order reference BT-13); empty when it has none.
    service_code: str = ""
    engagement_number: str = ""


class WithHeader:
    """Read access to a document's header fields, as ``doc.issuer`` rather than ``doc.header.issuer``."""

    __slots__ = ()
    header: DocumentHeader

    @property
    def issuer(self) -> PartyDetails:
        return self.header.issuer

    @property
    def recipient(self) -> PartyDetails:
        return self.header.recipient

    @property
    def convention_reference(self) -> str:
        return self.header.convention_reference

    @property
    def convention_title(self) -> str:
        return self.header.convention_title

    @property
    def convention_signature_date(self) -> dt.date | None:
        return self.header.convention_signature_date

    @property
    def amendments(self) -> tuple[AmendmentInfo, ...]:
        return self.header.amendments
