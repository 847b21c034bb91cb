"""The Factur-X XML (UN/CEFACT CII, profile EN 16931) of an issued document.

Built from the frozen :class:`~mutualisation.domain.documents.StatementDocument` only, the
same value the PDF draws, so that the XML and the PDF say the same figures to the cent: the
lines, the VAT lines and the totals are read from the document, never added up again.

Choices (explained in ``docs/einvoice.md``):

- type code: 380 statement and settlement, 384 corrective statement (it bills a difference
  and cites the statement it corrects), 381 credit note, 386 advance call; a document whose
  total is negative (a credit note, a settlement in the beneficiary's favour) is a 381 with
  every amount negated, so that its total is positive as EN 16931 expects;
- one invoice line per statement line, quantity 1 (−1 for a line that deducts) at the price
  of its amount, the basis and key in words in the line's note, as printed;
- VAT category per line from its section's treatment (R14) or the convention's regime (R10):
  S with its rate, E with the legal basis and its VATEX code; O (not subject) only when the
  whole document is outside the scope of VAT, since EN 16931 (BR-O-11 to 14) forbids mixing
  O with other categories: there, an outside-scope line is E with its legal basis as reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from lxml import etree

from ..domain import french
from ..domain.clauses import EXEMPT, OUTSIDE_SCOPE, TAXABLE, VatTreatment
from ..domain.documents import DocumentLine, PartyDetails, StatementDocument
from ..domain.documents.legal_mentions import PAYMENT_NOTES
from ..domain.vocabulary import DocumentKind
from ..domain.free_provision import FREE_BLOCK_TITLE
from ..domain.lines import SECTIONS
from ..domain.money import ZERO

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
NSMAP = {"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT}
EN16931 = "urn:cen.eu:en16931:2017"
CURRENCY = "EUR"
# ISO 6523 ICDs of the French SIRENE register: the legal entity (SIREN, 9 digits) and the
# establishment (SIRET, 14 digits), as the French rules of the reform want them (BR-FR-09, 10).
SIREN_SCHEME, SIRET_SCHEME = "0002", "0009"
# BT-23, the French invoicing framework: S1, an invoice for services, deposited by the supplier.
BUSINESS_PROCESS = "S1"
CREDIT_TRANSFER = "58"  # UNTDID 4461: SEPA credit transfer

TYPE_CODES = {DocumentKind.STATEMENT: "380", DocumentKind.SETTLEMENT: "380", DocumentKind.CORRECTIVE: "384",
              DocumentKind.CREDIT_NOTE: "381", DocumentKind.ADVANCE: "386"}  # fmt: skip
CREDIT_NOTE = "381"
NO_RATE = Decimal("0.00")  # the rate of an exempt line (BR-E-05)


@dataclass(frozen=True, slots=True)
class VatCategory:
    """A line's VAT as EN 16931 codes it: category, rate (percent), reason of an exemption."""

    code: str  # S, E or O
    percent: Decimal | None  # 20 for S at 20 %, 0 for E, None for O (no rate is given)
    reason: str = ""
    reason_code: str = ""


def type_code(doc: StatementDocument) -> str:
    """The UNTDID 1001 code of the document (a negative total makes it a credit note)."""
    return CREDIT_NOTE if doc.total < 0 else TYPE_CODES[doc.kind]


def invoice_xml(doc: StatementDocument) -> bytes:
    """The CII XML of ``doc``, UTF-8 with its declaration, as embedded in the PDF."""
    sign = Decimal(-1) if type_code(doc) == CREDIT_NOTE else Decimal(1)
    root = etree.Element(_q(RSM, "CrossIndustryInvoice"), nsmap=NSMAP)
    context = _sub(root, RSM, "ExchangedDocumentContext")
    _text(_sub(context, RAM, "BusinessProcessSpecifiedDocumentContextParameter"), RAM, "ID", BUSINESS_PROCESS)
    _text(_sub(context, RAM, "GuidelineSpecifiedDocumentContextParameter"), RAM, "ID", EN16931)
    _document(root, doc)
    transaction = _sub(root, RSM, "SupplyChainTradeTransaction")
    categories = line_categories(doc)
    for position, (line, category) in enumerate(zip(doc.lines, categories, strict=True), 1):
        _line(transaction, position, line, category, sign)
    _agreement(transaction, doc)
    # The resources were made available until the period's last day (BT-72).
    delivery = _sub(_sub(transaction, RAM, "ApplicableHeaderTradeDelivery"), RAM, "ActualDeliverySupplyChainEvent")
    _date(_sub(delivery, RAM, "OccurrenceDateTime"), UDT, doc.period.end)
    _settlement(transaction, doc, categories, sign)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def line_categories(doc: StatementDocument) -> tuple[VatCategory, ...]:
    """Each line's VAT category, in line order."""
    treatments = [line.vat or _default_treatment(doc) for line in doc.lines]
    all_outside = all(t.kind == OUTSIDE_SCOPE for t in treatments)
    return tuple(_category(t, all_outside) for t in treatments)


def _default_treatment(doc: StatementDocument) -> VatTreatment:
    """The convention's single regime (R10), as the document stored it."""
    if doc.vat_rate is not None:
        return VatTreatment(TAXABLE, Fraction(doc.vat_rate))
    return VatTreatment(OUTSIDE_SCOPE, wording=doc.vat_mention)


def _category(treatment: VatTreatment, all_outside: bool) -> VatCategory:
    if treatment.kind == TAXABLE:
        return VatCategory("S", _percent(treatment.rate))
    reason = treatment.mention or "Non soumis à la TVA"
    if treatment.kind == EXEMPT:
        return VatCategory("E", NO_RATE, reason, treatment.exemption_code)
    if all_outside:
        return VatCategory("O", None, reason, "VATEX-EU-O")
    return VatCategory("E", NO_RATE, reason)


def _percent(rate: Fraction) -> Decimal:
    value = Decimal(rate.numerator) * 100 / Decimal(rate.denominator)
    return value.quantize(Decimal("0.01"))


def french_vat_number(siret: str) -> str:
    """The intra-community VAT number France derives from the SIREN (the SIRET's first nine
    digits): « FR » + (12 + 3 × (SIREN mod 97)) mod 97 on two digits + the SIREN."""
    siren = re.sub(r"\D", "", siret)[:9]
    if len(siren) != 9:
        return ""
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


# --- the parts of the XML, in the order the schema wants them -----------------------------


def _document(root, doc: StatementDocument) -> None:
    exchanged = _sub(root, RSM, "ExchangedDocument")
    _text(exchanged, RAM, "ID", doc.number)
    _text(exchanged, RAM, "TypeCode", type_code(doc))
    _date(_sub(exchanged, RAM, "IssueDateTime"), UDT, doc.issue_date)
    for subject, content in notes(doc):
        note = _sub(exchanged, RAM, "IncludedNote")
        _text(note, RAM, "Content", content)
        _text(note, RAM, "SubjectCode", subject)


# The mentions French law requires on an invoice to a public buyer, with the UNTDID 4451 subject
# the French rules give each (BR-FR-05): the same texts as the PDF prints (one module).
LEGAL_NOTES = PAYMENT_NOTES


def notes(doc: StatementDocument) -> tuple[tuple[str, str], ...]:
    """(UNTDID 4451 subject, text) of the document's notes: what it is and rests on (AAI),
    its own note (AAI), what is provided free (AAI), the VAT mentions (TXD), the legal mentions
    (PMD, PMT, AAB)."""
    found = [("AAI", f"{doc.title} — période {doc.period.label} — convention {doc.convention_reference} "
                     f"« {doc.convention_title} »")]  # fmt: skip
    if doc.amendments:
        found.append(("AAI", "Avenants en vigueur : " + " ; ".join(a.label for a in doc.amendments) + "."))
    if doc.note:
        found.append(("AAI", doc.note))
    if doc.figures.free:  # valued as on the PDF, never in the totals (R17)
        values = " ; ".join(f"{line.label} {french.money(line.amount)}" for line in doc.figures.free)
        total = french.money(doc.figures.free_total)
        text = f"{FREE_BLOCK_TITLE} : {values} ; valeur totale, non facturée : {total}."
        found.append(("AAI", text.replace("\xa0", " ").replace("\u202f", " ")))
    if doc.totals.mentions:  # one tax note (BR-FR-06), every mention in it
        found.append(("TXD", " ; ".join(doc.totals.mentions)))
    found.extend(LEGAL_NOTES)
    return tuple(found)


def _line(parent, position: int, line: DocumentLine, category: VatCategory, sign: Decimal) -> None:
    amount = sign * line.amount
    item = _sub(parent, RAM, "IncludedSupplyChainTradeLineItem")
    head = _sub(item, RAM, "AssociatedDocumentLineDocument")
    _text(head, RAM, "LineID", str(position))
    _text(_sub(head, RAM, "IncludedNote"), RAM, "Content", line_note(line))
    product = _sub(item, RAM, "SpecifiedTradeProduct")
    _text(product, RAM, "Name", line.label)
    _text(product, RAM, "Description", _section_title(line.section))
    agreement = _sub(item, RAM, "SpecifiedLineTradeAgreement")
    _amount(_sub(agreement, RAM, "NetPriceProductTradePrice"), "ChargeAmount", abs(amount))
    delivery = _sub(item, RAM, "SpecifiedLineTradeDelivery")
    quantity = _text(delivery, RAM, "BilledQuantity", "-1" if amount < 0 else "1")
    quantity.set("unitCode", "C62")  # one unit: the line's share for the period
    settlement = _sub(item, RAM, "SpecifiedLineTradeSettlement")
    tax = _sub(settlement, RAM, "ApplicableTradeTax")
    _text(tax, RAM, "TypeCode", "VAT")
    _text(tax, RAM, "CategoryCode", category.code)
    if category.percent is not None:
        _text(tax, RAM, "RateApplicablePercent", str(category.percent))
    _amount(_sub(settlement, RAM, "SpecifiedTradeSettlementLineMonetarySummation"), "LineTotalAmount", amount)


def line_note(line: DocumentLine) -> str:
    """What the PDF prints beside the line's amount: its basis, its key and its rate."""
    return f"Base {_words(line.basis)} € ; clé : {line.key_description} ; taux {line.ratio}".replace("\xa0", " ")


def _agreement(parent, doc: StatementDocument) -> None:
    agreement = _sub(parent, RAM, "ApplicableHeaderTradeAgreement")
    # The year's references frozen in the header (those of an older document read back there too).
    service_code = doc.header.service_code
    engagement = doc.header.engagement_number
    if service_code:
        _text(agreement, RAM, "BuyerReference", service_code)
    taxed = any(c.code in ("S", "E") for c in line_categories(doc))
    _party(agreement, "SellerTradeParty", doc.issuer, with_vat_number=taxed)
    _party(agreement, "BuyerTradeParty", doc.recipient, with_vat_number=False)
    if engagement:
        _text(_sub(agreement, RAM, "BuyerOrderReferencedDocument"), RAM, "IssuerAssignedID", engagement)
    if doc.convention_reference:
        _text(_sub(agreement, RAM, "ContractReferencedDocument"), RAM, "IssuerAssignedID", doc.convention_reference)


def _party(parent, tag: str, party: PartyDetails, *, with_vat_number: bool) -> None:
    element = _sub(parent, RAM, tag)
    siret = re.sub(r"\D", "", party.siret)
    if not siret:  # without a SIRET, the party's code still identifies the seller (BR-CO-26)
        _text(element, RAM, "ID", party.code)
    if len(siret) == 14:  # the establishment (BT-29, BT-46), whose SIREN is the legal identifier
        _text(element, RAM, "GlobalID", siret).set("schemeID", SIRET_SCHEME)
    _text(element, RAM, "Name", party.name)
    if siret:
        _text(_sub(element, RAM, "SpecifiedLegalOrganization"), RAM, "ID", siret[:9]).set("schemeID", SIREN_SCHEME)
    address = _sub(element, RAM, "PostalTradeAddress")
    postcode, lines, city = split_address(party.address)
    if postcode:
        _text(address, RAM, "PostcodeCode", postcode)
    for tag_name, text in zip(("LineOne", "LineTwo", "LineThree"), lines):
        _text(address, RAM, tag_name, text)
    if city:
        _text(address, RAM, "CityName", city)
    _text(address, RAM, "CountryID", "FR")
    if party.email:
        contact = _sub(element, RAM, "URIUniversalCommunication")
        _text(contact, RAM, "URIID", party.email).set("schemeID", "EM")
    vat_number = french_vat_number(party.siret) if with_vat_number else ""
    if vat_number:
        _text(_sub(element, RAM, "SpecifiedTaxRegistration"), RAM, "ID", vat_number).set("schemeID", "VA")


def split_address(address: str) -> tuple[str, tuple[str, ...], str]:
    """(postcode, street lines, city) of a French address typed on several lines: the line
    starting with five digits gives the postcode and the city; at most three other lines."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        found = re.match(r"(\d{5})\s+(.+)", line)
        if found:
            others = lines[:index] + lines[index + 1:]
            return found.group(1), tuple(others[:2]) + ((" ".join(others[2:]),) if others[2:] else ()), found.group(2)
    return "", tuple(lines[:2]) + ((" ".join(lines[2:]),) if lines[2:] else ()), ""


def _settlement(parent, doc: StatementDocument, categories: tuple[VatCategory, ...], sign: Decimal) -> None:
    settlement = _sub(parent, RAM, "ApplicableHeaderTradeSettlement")
    _text(settlement, RAM, "PaymentReference", doc.number or "PROJET")
    _text(settlement, RAM, "InvoiceCurrencyCode", CURRENCY)
    credit = type_code(doc) == CREDIT_NOTE
    iban = re.sub(r"\s", "", doc.issuer.iban)
    if iban and not credit:
        means = _sub(settlement, RAM, "SpecifiedTradeSettlementPaymentMeans")
        _text(means, RAM, "TypeCode", CREDIT_TRANSFER)
        _text(means, RAM, "Information", "Virement")
        _text(_sub(means, RAM, "PayeePartyCreditorFinancialAccount"), RAM, "IBANID", iban)
        if doc.issuer.bic:
            _text(_sub(means, RAM, "PayeeSpecifiedCreditorFinancialInstitution"), RAM, "BICID", doc.issuer.bic.strip())
    for breakdown in vat_breakdown(doc, categories, sign):
        _tax(settlement, breakdown)
    period = _sub(settlement, RAM, "BillingSpecifiedPeriod")
    _date(_sub(period, RAM, "StartDateTime"), UDT, doc.period.start)
    _date(_sub(period, RAM, "EndDateTime"), UDT, doc.period.end)
    terms = _sub(settlement, RAM, "SpecifiedTradePaymentTerms")
    _text(terms, RAM, "Description", payment_terms(doc))
    if not credit:
        _date(_sub(terms, RAM, "DueDateDateTime"), UDT, doc.due_date)
    totals = _sub(settlement, RAM, "SpecifiedTradeSettlementHeaderMonetarySummation")
    _amount(totals, "LineTotalAmount", sign * doc.total_excl_vat)
    _amount(totals, "TaxBasisTotalAmount", sign * doc.total_excl_vat)
    _amount(totals, "TaxTotalAmount", sign * doc.vat).set("currencyID", CURRENCY)
    _amount(totals, "GrandTotalAmount", sign * doc.total)
    _amount(totals, "DuePayableAmount", sign * doc.total)
    if doc.corrects:  # the invoice corrected or credited (BT-25) and its date (BT-26)
        reference = _sub(settlement, RAM, "InvoiceReferencedDocument")
        _text(reference, RAM, "IssuerAssignedID", doc.corrects)
        if doc.corrects_date:
            _date(_sub(reference, RAM, "FormattedIssueDateTime"), QDT, doc.corrects_date)


def payment_terms(doc: StatementDocument) -> str:
    if type_code(doc) == CREDIT_NOTE:
        return "Avoir : montant à déduire, rien à régler."
    return f"Paiement à {doc.payment_term_days} jours par virement, au plus tard le {doc.due_date:%d/%m/%Y}."


@dataclass(frozen=True, slots=True)
class VatBreakdown:
    """One VAT breakdown group (BG-23): a category and rate, its basis and its VAT."""

    category: VatCategory
    basis: Decimal
    amount: Decimal


def vat_breakdown(
    doc: StatementDocument, categories: tuple[VatCategory, ...] | None = None, sign: Decimal = Decimal(1)
) -> tuple[VatBreakdown, ...]:
    """One group per rate, read from the document's VAT lines (their amounts are the PDF's),
    and one per untaxed category, its basis the sum of its lines, its reasons joined."""
    categories = line_categories(doc) if categories is None else categories
    groups: list[VatBreakdown] = []
    for vat_line in doc.totals.vat_lines:
        percent = _percent(Fraction(vat_line.rate))
        groups.append(VatBreakdown(VatCategory("S", percent), sign * vat_line.basis, sign * vat_line.amount))
    for code in ("E", "O"):
        chosen = [(c, line) for c, line in zip(categories, doc.lines) if c.code == code]
        if not chosen:
            continue
        reasons = _unique(c.reason for c, _ in chosen if c.reason)
        codes = _unique(c.reason_code for c, _ in chosen)  # one code only if it is every line's
        category = VatCategory(code, chosen[0][0].percent, " ; ".join(reasons), codes[0] if len(codes) == 1 else "")
        groups.append(VatBreakdown(category, sign * sum((line.amount for _, line in chosen), ZERO), ZERO))
    return tuple(groups)


def _tax(parent, breakdown: VatBreakdown) -> None:
    tax = _sub(parent, RAM, "ApplicableTradeTax")
    category = breakdown.category
    _amount(tax, "CalculatedAmount", breakdown.amount)
    _text(tax, RAM, "TypeCode", "VAT")
    if category.reason:
        _text(tax, RAM, "ExemptionReason", category.reason)
    _amount(tax, "BasisAmount", breakdown.basis)
    _text(tax, RAM, "CategoryCode", category.code)
    if category.reason_code:
        _text(tax, RAM, "ExemptionReasonCode", category.reason_code)
    if category.percent is not None:
        _text(tax, RAM, "RateApplicablePercent", str(category.percent))


# --- small writers --------------------------------------------------------------------------


def _q(namespace: str, tag: str) -> str:
    return f"{{{namespace}}}{tag}"


def _sub(parent, namespace: str, tag: str):
    return etree.SubElement(parent, _q(namespace, tag))


def _text(parent, namespace: str, tag: str, text: str):
    element = _sub(parent, namespace, tag)
    element.text = text
    return element


def _amount(parent, tag: str, value: Decimal):
    return _text(parent, RAM, tag, f"{abs(value) if value == 0 else value:.2f}")  # never « -0.00 »


def _date(parent, namespace: str, day) -> None:
    _text(parent, namespace, "DateTimeString", day.strftime("%Y%m%d")).set("format", "102")


def _words(amount: Decimal) -> str:
    """« 13 300,00 »: French grouping with plain spaces (XML readers show them as they are)."""
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",")


def _section_title(section: str) -> str:
    return SECTIONS.get(section, section)


def _unique(values: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def read_figures(pdf: bytes) -> tuple[str, Decimal] | None:
    """(number, grand total) of the Factur-X XML a PDF carries; None for a plain PDF.

    Raises ValueError when the PDF or its XML cannot be read."""
    from decimal import InvalidOperation

    import pikepdf

    from .pdfa import embedded_xml

    try:
        xml = embedded_xml(pdf)
        if xml is None:
            return None
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
        number = root.findtext("rsm:ExchangedDocument/ram:ID", namespaces=NSMAP)
        total = root.findtext(".//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount",
                              namespaces=NSMAP)  # fmt: skip
        return number or "", Decimal(total)
    except (pikepdf.PdfError, etree.XMLSyntaxError, InvalidOperation, TypeError) as exc:
        raise ValueError(str(exc)) from exc
