"""Statements to and from JSON-ready dictionaries: what is stored with an issued document."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

from ..clauses import VatTreatment
from ..party_statement import DocumentLine, PartyStatement, Totals, VatLine
from ..periods import Period
from .header import AmendmentInfo, DocumentHeader, PartyDetails
from .statement import AdvanceBasis, AnnexBill, DeductedDocument, SettlementBasis, StatementDocument


def document_to_dict(doc: StatementDocument) -> dict:
    """A JSON-ready copy of everything printed (the logo aside, which the PDF carries)."""

    def party(p: PartyDetails, service_code: str = "", engagement_number: str = "") -> dict:
        fields = {f: getattr(p, f) for f in PartyDetails.__dataclass_fields__ if f != "logo"}
        # The Chorus Pro references stay where documents have always stored them, in the
        # recipient's block (the issuer's empty): a frozen document reads back the same.
        return {**fields, "code_service": service_code, "engagement_number": engagement_number}

    return {
        "kind": doc.kind,
        "number": doc.number,
        "issue_date": doc.issue_date.isoformat(),
        "due_date": doc.due_date.isoformat(),
        "period": [doc.period.start.isoformat(), doc.period.end.isoformat()],
        "issuer": party(doc.issuer),
        "recipient": party(doc.recipient, doc.header.service_code, doc.header.engagement_number),
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
        "lines": [_line_dict(l) for l in doc.lines],
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
        **_clause_figures(doc),
        # Only on the corrections issued since: older documents keep exactly the keys they had.
        **({"corrects_date": doc.corrects_date.isoformat()} if doc.corrects_date else {}),
        **_advance_figures(doc),
        **_settlement_figures(doc),
        # Only when there are some: a document issued before them keeps exactly its keys.
        **({"legal_mentions": list(doc.legal_mentions)} if doc.legal_mentions else {}),
    }  # fmt: skip


def _line_dict(l: DocumentLine) -> dict:
    line = {
        "section": l.section, "label": l.label, "basis": str(l.basis),
        "key_description": l.key_description, "ratio": l.ratio, "amount": str(l.amount),
        "explanation": list(l.explanation), "source_kind": l.source_kind, "source_id": l.source_id,
    }  # fmt: skip
    if l.vat is not None:  # only under VAT per section (R14): other lines keep the keys they had
        line["vat"] = {
            "kind": l.vat.kind, "rate": str(l.vat.rate), "legal_basis": l.vat.legal_basis,
            "exemption_code": l.vat.exemption_code, "wording": l.vat.wording,
        }  # fmt: skip
    return line


def _line_of(l: dict) -> DocumentLine:
    vat = l.get("vat")
    return DocumentLine(
        l["section"], l["label"], Decimal(l["basis"]), l["key_description"], l["ratio"],
        Decimal(l["amount"]), tuple(l["explanation"]), l["source_kind"], l["source_id"],
        None if vat is None else VatTreatment(
            vat["kind"], Fraction(vat["rate"]), vat["legal_basis"], vat["exemption_code"], vat["wording"]
        ),
    )  # fmt: skip


def _clause_figures(doc: StatementDocument) -> dict:
    """VAT per rate with its mentions (R14) and the free block (R17), only where a document has
    them: a document under one VAT regime keeps exactly the keys it always had."""
    figures, extra = doc.figures, {}
    single = Totals.single_rate(figures.totals.excl_vat, doc.vat_rate, doc.vat_mention)
    if figures.totals != single:
        extra["vat_lines"] = [
            {"rate": str(v.rate), "basis": str(v.basis), "amount": str(v.amount)} for v in figures.totals.vat_lines
        ]
        extra["vat_mentions"] = list(figures.totals.mentions)
    if figures.free:
        extra["free"] = [_line_dict(l) for l in figures.free]
    return extra


def _advance_figures(doc: StatementDocument) -> dict:
    """An advance call's forecast and rank, only on an advance call that has them: the other
    documents, and the calls issued before it was printed, keep exactly the keys they had."""
    if doc.advance is None:
        return {}
    a = doc.advance
    return {"advance": {"year": a.year, "index": a.index, "count": a.count,
                        "forecast": [_line_dict(l) for l in a.forecast]}}  # fmt: skip


def _settlement_figures(doc: StatementDocument) -> dict:
    """A settlement's actual periods and documents deducted, only on a settlement that has them:
    the settlements issued before they were printed keep exactly the keys they had."""
    if doc.settlement is None:
        return {}
    b = doc.settlement
    return {"settlement": {
        "year": b.year,
        "periods": [[label, str(amount)] for label, amount in b.periods],
        "deducted": [
            {"title": d.title, "number": d.number, "issue_date": d.issue_date.isoformat(), "period": d.period,
             "amount": str(d.amount)}
            for d in b.deducted
        ],
    }}  # fmt: skip


def _settlement_of(data: dict | None) -> SettlementBasis | None:
    if data is None:
        return None
    return SettlementBasis(
        data["year"],
        tuple((label, Decimal(amount)) for label, amount in data["periods"]),
        tuple(
            DeductedDocument(d["title"], d["number"], dt.date.fromisoformat(d["issue_date"]), d["period"],
                             Decimal(d["amount"]))
            for d in data["deducted"]
        ),
    )  # fmt: skip


def document_from_dict(data: dict, issuer_logo: bytes | None = None) -> StatementDocument:
    """The inverse of :func:`document_to_dict`."""
    day = dt.date.fromisoformat
    convention = data["convention"]
    issuer, recipient = dict(data["issuer"]), dict(data["recipient"])
    for block in (issuer, recipient):
        block.pop("code_service", None)
        block.pop("engagement_number", None)
    return StatementDocument(
        kind=data["kind"],
        number=data["number"],
        issue_date=day(data["issue_date"]),
        due_date=day(data["due_date"]),
        period=Period(day(data["period"][0]), day(data["period"][1])),
        header=DocumentHeader(
            issuer=PartyDetails(**issuer, logo=issuer_logo),
            recipient=PartyDetails(**recipient),
            convention_reference=convention["reference"],
            convention_title=convention["title"],
            convention_signature_date=day(convention["signature_date"]) if convention["signature_date"] else None,
            amendments=tuple(
                AmendmentInfo(a["number"], day(a["effective_date"]), a["summary"]) for a in data["amendments"]
            ),
            service_code=data["recipient"].get("code_service", ""),
            engagement_number=data["recipient"].get("engagement_number", ""),
        ),
        figures=_figures_of(data),
        payment_term_days=data["payment_term_days"],
        corrects=data["corrects"],
        corrects_date=day(data["corrects_date"]) if data.get("corrects_date") else None,
        annex_bills=tuple(
            AnnexBill(day(b["date"]), b["supplier"], b["reference"], b["label"], Decimal(b["amount"]),
                      b["service"], Decimal(b["share"]))
            for b in data["annex_bills"]
        ),
        note=data["note"],
        advance=_advance_of(data.get("advance")),
        settlement=_settlement_of(data.get("settlement")),
        legal_mentions=tuple(data.get("legal_mentions", ())),
    )  # fmt: skip


def _advance_of(data: dict | None) -> AdvanceBasis | None:
    if data is None:
        return None
    return AdvanceBasis(data["year"], data["index"], data["count"], tuple(_line_of(l) for l in data["forecast"]))


def _figures_of(data: dict) -> PartyStatement:
    figures = PartyStatement.of(
        (_line_of(l) for l in data["lines"]),
        None if data["vat_rate"] is None else Decimal(data["vat_rate"]),
        data["vat_mention"],
    )
    if "vat_lines" in data:
        vat_lines = tuple(
            VatLine(Decimal(v["rate"]), Decimal(v["basis"]), Decimal(v["amount"])) for v in data["vat_lines"]
        )
        totals = Totals(figures.totals.excl_vat, vat_lines, tuple(data["vat_mentions"]))
        figures = dataclasses.replace(figures, totals=totals)
    if "free" in data:
        figures = dataclasses.replace(figures, free=tuple(_line_of(l) for l in data["free"]))
    return figures
