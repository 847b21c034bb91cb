"""Building the printed document of a statement from the database and a preview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy.orm import object_session

from ..domain.chorus import ChorusYear, references_for
from ..domain.documents import (
    AdvanceBasis,
    AmendmentInfo,
    DocumentHeader,
    PartyDetails,
    SettlementBasis,
    StatementDocument,
)
from ..domain.documents.legal_mentions import legal_mentions
from ..domain.lines import Preview
from ..domain.party_statement import DocumentLine, PartyStatement, party_statement, with_section_vat
from ..domain.periods import Period
from ..domain.wording import Wording
from ..storage import models as m
from .clause_loading import section_vat_on


def party_details(party: m.Party) -> PartyDetails:
    return PartyDetails(
        code=party.code, name=party.name, address=party.address, siret=party.siret,
        email=party.email, phone=party.phone, signatory_name=party.signatory_name,
        signatory_title=party.signatory_title, iban=party.iban, bic=party.bic, logo=party.logo,
    )  # fmt: skip


def amendments_in_force(convention: m.Convention, day: dt.date) -> tuple[AmendmentInfo, ...]:
    """The amendments signed and effective on ``day`` (the end of the billed period)."""
    return tuple(
        AmendmentInfo(a.number, a.effective_date, a.summary)
        for a in convention.amendments
        if a.effective_date <= day
    )


def document_header(convention: m.Convention, recipient: m.Party, day: dt.date) -> DocumentHeader:
    """From the provider to ``recipient`` under ``convention``, with the amendments in force on
    ``day`` (the end of the billed period) and the recipient's Chorus Pro references of its year."""
    references = references_for(
        (ChorusYear(r.year, r.service_code, r.engagement_number) for r in recipient.chorus_references), day.year
    ) or ChorusYear(day.year)
    return DocumentHeader(
        issuer=party_details(convention.provider),
        recipient=party_details(recipient),
        convention_reference=convention.reference,
        convention_title=convention.title,
        convention_signature_date=convention.signature_date,
        amendments=amendments_in_force(convention, day),
        service_code=references.service_code,
        engagement_number=references.engagement_number,
    )


def vat_terms(convention: m.Convention) -> tuple[Decimal | None, str]:
    """(rate, legal mention) of the convention's VAT regime (R10): a rate, or None and the mention."""
    if convention.vat_regime == "subject":
        return convention.vat_rate, ""
    return None, convention.vat_mention


def convention_statement(
    convention: m.Convention, preview: Preview, party_id: int, *, explain: bool = True, words: Wording | None = None
) -> PartyStatement:
    """The party's figures of ``preview`` under the convention's VAT regime; the explanations
    name the other beneficiaries' parts only when the convention sets *transparence*.
    ``words``: the wording shared with the other readers of the preview (:mod:`..domain.wording`)."""
    return party_statement(
        preview, party_id, *vat_terms(convention), explain=explain, others_visible=bool(convention.transparency),
        words=words,
    )


def figures_of(
    convention: m.Convention, lines: Iterable[DocumentLine], day: dt.date | None = None
) -> PartyStatement:
    """Figures of a document whose lines do not come from a preview (correction, advance call);
    with ``day`` (its period's first day), each section's VAT treatment in force then (R14)."""
    figures = PartyStatement.of(lines, *vat_terms(convention))
    if day is None:
        return figures
    treatments = section_vat_on(object_session(convention), convention.id, day)
    return with_section_vat(figures, treatments, *vat_terms(convention))


def build_document(
    convention: m.Convention,
    recipient: m.Party,
    period: Period,
    kind: str,
    number: str,
    issue_date: dt.date,
    figures: PartyStatement,
    *,
    corrects: str | None = None,
    corrects_date: dt.date | None = None,
    annex=(),
    note: str = "",
    advance: AdvanceBasis | None = None,
    settlement: SettlementBasis | None = None,
) -> StatementDocument:
    """A document of any kind for one beneficiary of the convention."""
    header = document_header(convention, recipient, period.end)
    return StatementDocument(
        kind=kind,
        number=number,
        issue_date=issue_date,
        due_date=issue_date + dt.timedelta(days=convention.payment_term_days),
        period=period,
        header=header,
        figures=figures,
        payment_term_days=convention.payment_term_days,
        corrects=corrects,
        corrects_date=corrects_date,
        annex_bills=annex,
        note=note,
        advance=advance,
        settlement=settlement,
        legal_mentions=legal_mentions(kind, figures.totals.total, header.issuer.siret, header.recipient.siret),
    )
