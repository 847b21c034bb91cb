"""Building the printed document of a statement from the database and a preview."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.documents import (
    AmendmentInfo,
    DocumentLine,
    PartyDetails,
    StatementDocument,
    annex_bills,
    document_lines,
)
from ..domain.lines import Preview
from ..domain.periods import Period
from ..storage import models as m


def party_details(party: m.Party) -> PartyDetails:
    return PartyDetails(
        code=party.code, name=party.name, address=party.address, siret=party.siret,
        email=party.email, phone=party.phone, code_service=party.code_service,
        engagement_number=party.engagement_number, signatory_name=party.signatory_name,
        signatory_title=party.signatory_title, iban=party.iban, bic=party.bic, logo=party.logo,
    )  # fmt: skip


def amendments_in_force(convention: m.Convention, day: dt.date) -> tuple[AmendmentInfo, ...]:
    """The amendments signed and effective on ``day`` (the end of the billed period)."""
    return tuple(
        AmendmentInfo(a.number, a.effective_date, a.summary)
        for a in convention.amendments
        if a.effective_date <= day
    )


def build_document(
    convention: m.Convention,
    recipient: m.Party,
    period: Period,
    kind: str,
    number: str,
    issue_date: dt.date,
    lines: tuple[DocumentLine, ...],
    *,
    corrects: str | None = None,
    annex=(),
    note: str = "",
) -> StatementDocument:
    """A document of any kind for one beneficiary of the convention."""
    subject = convention.vat_regime == "subject"
    return StatementDocument(
        kind=kind,
        number=number,
        issue_date=issue_date,
        due_date=issue_date + dt.timedelta(days=convention.payment_term_days),
        period=period,
        issuer=party_details(convention.provider),
        recipient=party_details(recipient),
        convention_reference=convention.reference,
        convention_title=convention.title,
        convention_signature_date=convention.signature_date,
        amendments=amendments_in_force(convention, period.end),
        lines=lines,
        vat_rate=convention.vat_rate if subject else None,
        vat_mention="" if subject else convention.vat_mention,
        payment_term_days=convention.payment_term_days,
        corrects=corrects,
        annex_bills=annex,
        note=note,
    )


def statement_lines_and_annex(session: Session, preview: Preview, party_id: int):
    """The printed lines of a preview for one party, and the bills behind them."""
    lines = document_lines(preview, party_id)
    bill_ids = [l.source_id for l in lines if l.source_kind == "bill"]
    bills = session.scalars(select(m.Bill).where(m.Bill.id.in_(bill_ids))).all() if bill_ids else []
    return lines, annex_bills(preview, party_id, bills)
