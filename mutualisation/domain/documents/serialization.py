"""Statements to and from JSON-ready dictionaries: what is stored with an issued document."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..party_statement import DocumentLine, PartyStatement
from ..periods import Period
from .header import AmendmentInfo, DocumentHeader, PartyDetails
from .statement import AnnexBill, StatementDocument


def document_to_dict(doc: StatementDocument) -> dict:
    """A JSON-ready copy of everything printed (the logo aside, which the PDF carries)."""

    def party(p: PartyDetails) -> dict:
        return {f: getattr(p, f) for f in PartyDetails.__dataclass_fields__ if f != "logo"}

    return {
        "kind": doc.kind,
        "number": doc.number,
        "issue_date": doc.issue_date.isoformat(),
        "due_date": doc.due_date.isoformat(),
        "period": [doc.period.start.isoformat(), doc.period.end.isoformat()],
        "issuer": party(doc.issuer),
        "recipient": party(doc.recipient),
        "convention": {
            "reference": doc.convention_reference,
            "title": doc.convention_title,
            "signature_date": doc.convention_signature_date.isoformat()
            if doc.convention_signature_date else None,
        },
        "amendments": [
            {"number": a.number, "effective_date": a.effective_date.isoformat(), "summary": a.summary}
            for a in doc.amendments
        ],
        "lines": [
            {
                "section": l.section, "label": l.label, "basis": str(l.basis),
                "key_description": l.key_description, "ratio": l.ratio, "amount": str(l.amount),
                "explanation": list(l.explanation), "source_kind": l.source_kind,
                "source_id": l.source_id,
            }
            for l in doc.lines
        ],
        "vat_rate": None if doc.vat_rate is None else str(doc.vat_rate),
        "vat_mention": doc.vat_mention,
        "payment_term_days": doc.payment_term_days,
        "corrects": doc.corrects,
        "annex_bills": [
            {
                "date": b.date.isoformat(), "supplier": b.supplier, "reference": b.reference,
                "label": b.label, "amount": str(b.amount), "service": b.service, "share": str(b.share),
            }
            for b in doc.annex_bills
        ],
        "note": doc.note,
        "totals": {"excl_vat": str(doc.total_excl_vat), "vat": str(doc.vat), "total": str(doc.total)},
    }  # fmt: skip


def document_from_dict(data: dict, issuer_logo: bytes | None = None) -> StatementDocument:
    """The inverse of :func:`document_to_dict`."""
    day = dt.date.fromisoformat
    convention = data["convention"]
    return StatementDocument(
        kind=data["kind"],
        number=data["number"],
        issue_date=day(data["issue_date"]),
        due_date=day(data["due_date"]),
        period=Period(day(data["period"][0]), day(data["period"][1])),
        header=DocumentHeader(
            issuer=PartyDetails(**data["issuer"], logo=issuer_logo),
            recipient=PartyDetails(**data["recipient"]),
            convention_reference=convention["reference"],
            convention_title=convention["title"],
            convention_signature_date=day(convention["signature_date"]) if convention["signature_date"] else None,
            amendments=tuple(
                AmendmentInfo(a["number"], day(a["effective_date"]), a["summary"]) for a in data["amendments"]
            ),
        ),
        figures=PartyStatement.of(
            (
                DocumentLine(
                    l["section"], l["label"], Decimal(l["basis"]), l["key_description"], l["ratio"],
                    Decimal(l["amount"]), tuple(l["explanation"]), l["source_kind"], l["source_id"],
                )
                for l in data["lines"]
            ),
            None if data["vat_rate"] is None else Decimal(data["vat_rate"]),
            data["vat_mention"],
        ),
        payment_term_days=data["payment_term_days"],
        corrects=data["corrects"],
        annex_bills=tuple(
            AnnexBill(day(b["date"]), b["supplier"], b["reference"], b["label"], Decimal(b["amount"]),
                      b["service"], Decimal(b["share"]))
            for b in data["annex_bills"]
        ),
        note=data["note"],
    )  # fmt: skip
