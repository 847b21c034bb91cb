"""Issued documents as values: what a statement, credit note or advance call says.

A :class:`StatementDocument` holds everything printed on the PDF and stored with the issued
statement, so the PDF, the JSON export and the verification all read the same object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from . import french
from .lines import SECTION_ORDER, SECTIONS, Preview
from .party_statement import DocumentLine, PartyStatement, Section, Totals, party_statement, ratio_text
from .money import ZERO, instalments
from .periods import Period
from .vocabulary import DocumentKind

KIND_TITLES = {kind: kind.heading for kind in DocumentKind}

ROUNDING_RULE = (
    "Chaque ligne est calculée au jour près sans arrondi intermédiaire, puis arrondie au "
    "centime le plus proche (demi-centime arrondi au centime supérieur). Le montant arrondi "
    "est réparti entre les parties au plus fort reste ; les égalités sont départagées dans "
    "l'ordre des bénéficiaires de la convention, puis en faveur du prestataire."
)


@dataclass(frozen=True, slots=True)
class PartyDetails:
    """A party as printed in an address block."""

    code: str
    name: str
    address: str = ""
    siret: str = ""
    email: str = ""
    phone: str = ""
    code_service: str = ""
    engagement_number: str = ""
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
class AnnexBill:
    """A bill behind the statement, listed in the annex."""

    date: dt.date
    supplier: str
    reference: str
    label: str
    amount: Decimal
    service: str  # « du 01/01/2025 au 31/03/2025 » or ""
    share: Decimal  # the recipient's part


@dataclass(frozen=True, slots=True)
class StatementDocument:
    """Everything a statement says, ready to print or store."""

    kind: str
    number: str
    issue_date: dt.date
    due_date: dt.date
    period: Period
    issuer: PartyDetails
    recipient: PartyDetails
    convention_reference: str
    convention_title: str
    convention_signature_date: dt.date | None
    amendments: tuple[AmendmentInfo, ...]
    figures: PartyStatement  # lines, sections, totals and VAT, computed once
    payment_term_days: int
    corrects: str | None = None  # number of the corrected statement
    annex_bills: tuple[AnnexBill, ...] = ()
    note: str = ""

    @property
    def title(self) -> str:
        return KIND_TITLES[self.kind]

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


def document_lines(preview: Preview, party_id: int) -> tuple[DocumentLine, ...]:
    """The preview's lines for one party, as printed."""
    return party_statement(preview, party_id).lines


def annex_bills(preview: Preview, party_id: int) -> tuple[AnnexBill, ...]:
    """The bills among the party's lines, with their service period and the party's part.

    Read from the bills the engine computed from: no second trip to the database.
    """
    by_id = {bill.id: bill for bill in preview.bills}
    annex = []
    for line in preview.lines_for(party_id):
        if line.source_kind != "bill" or line.source_id not in by_id:
            continue
        bill = by_id[line.source_id]
        service = (
            f"du {french.date(bill.service_start)} au {french.date(bill.service_end)}"
            if bill.service_start else ""
        )  # fmt: skip
        annex.append(AnnexBill(bill.date, bill.supplier, bill.reference, bill.label,
                               bill.amount, service, line.part(party_id)))  # fmt: skip
    return tuple(annex)


def advance_call_lines(forecast: PartyStatement, year: int, index: int, count: int) -> tuple[DocumentLine, ...]:
    """The lines of the advance call ``index`` (0-based) of ``count`` for ``year``: one per
    section of the forecast, each section's annual part in :func:`~.money.instalments`."""
    lines = []
    last = index == count - 1
    for section in forecast.sections:
        annual = section.subtotal
        if annual == 0:
            continue
        amount = instalments(annual, count)[index]
        lines.append(
            DocumentLine(
                section.key, f"Appel de fonds {index + 1}/{count} — {section.title} (prévisionnel {year})",
                annual, f"1/{count} du prévisionnel annuel" + (" (solde des arrondis)" if last else ""),
                ratio_text(Fraction(amount) / Fraction(annual)), amount,
            )
        )  # fmt: skip
    return tuple(lines)


def settlement_lines(actual: PartyStatement, billed: Mapping[str, Decimal], year: int) -> tuple[DocumentLine, ...]:
    """The year-end settlement: per section, the actual year (R13, the sum of its billing periods)
    minus everything already billed for the year, whatever the documents' kinds.

    The line's basis is the balance and its rate 100 %, so that basis × rate = amount as on every
    other line; the key says how the balance comes."""
    lines = []
    for section in SECTION_ORDER:
        real, already = actual.subtotal(section), billed.get(section, ZERO)
        if real == 0 and already == 0:
            continue
        balance = real - already
        lines.append(
            DocumentLine(
                section, f"Régularisation {year} — {SECTIONS[section]}", balance,
                f"Réel {year} {french.money(real)} − déjà facturé {french.money(already)}",
                "100 %", balance,
            )
        )  # fmt: skip
    return tuple(lines)


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
        issuer=PartyDetails(**data["issuer"], logo=issuer_logo),
        recipient=PartyDetails(**data["recipient"]),
        convention_reference=convention["reference"],
        convention_title=convention["title"],
        convention_signature_date=day(convention["signature_date"]) if convention["signature_date"] else None,
        amendments=tuple(
            AmendmentInfo(a["number"], day(a["effective_date"]), a["summary"]) for a in data["amendments"]
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
