"""The Factur-X XML (CII, EN 16931) of each document kind, and the PDF/A-3b file carrying it.

Built from documents as values (tests/reporting/sample.py): the XSD and the official EN 16931
schematron, the business rules that matter here written out as our own tests (BR-CO-10, 15, 17,
BR-E-*, BR-S-*, BR-O-*), the figures against the document's, and the PDF/A markers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mutualisation.domain.clauses import EXEMPT, OUTSIDE_SCOPE, TAXABLE, VatTreatment
from mutualisation.domain.documents import DocumentLine
from mutualisation.domain.money import round_half_up
from mutualisation.domain.party_statement import PartyStatement, vat_totals
from mutualisation.reporting.facturx import french_vat_number, invoice_xml, split_address, type_code
from mutualisation.reporting.pdfa import facturx_pdf, issued_pdf
from mutualisation.reporting.statement_pdf import render_statement

from .einvoice_checks import (
    TOTALS,
    amount,
    is_valid_xsd,
    pdfa_findings,
    pdfa_markers,
    schematron_failures,
    tree,
    values,
    without_extension_schema,
)
from .sample import LINES, credit_note, sample_statement
from .test_statement_pdf import pages_text

STAFF_VAT = VatTreatment(TAXABLE, Fraction(1, 5))
PREMISES_VAT = VatTreatment(EXEMPT, legal_basis="art. 261 D 2° du CGI", exemption_code="VATEX-FR-CGI261D-2")
OUTSIDE = VatTreatment(OUTSIDE_SCOPE, legal_basis="art. 261-7-1°-b du CGI")
BY_SECTION = {"personnel": STAFF_VAT, "locaux": PREMISES_VAT}


def with_vat_per_section(doc, treatments=BY_SECTION):
    """``doc`` taxed per section (R14) as the services build it: each line with its treatment."""
    lines = tuple(dataclasses.replace(l, vat=treatments.get(l.section, OUTSIDE)) for l in doc.lines)
    figures = PartyStatement.of(lines)
    totals = vat_totals(((l.vat, l.amount) for l in lines), None, "")
    return dataclasses.replace(doc, figures=dataclasses.replace(figures, totals=totals))


ORIGINAL_ISSUED = dt.date(2025, 4, 15)  # the issue date of 2026-0007, which the corrections cite


def credited():
    return dataclasses.replace(credit_note(), corrects_date=ORIGINAL_ISSUED)


def corrective():
    staff = LINES[0]
    return sample_statement(
        kind="corrective", number="2026-0010", corrects="2026-0007", corrects_date=ORIGINAL_ISSUED, annex_bills=(),
        lines=(dataclasses.replace(staff, label=staff.label + " — recalculé", amount=Decimal("100.00")),),
    )  # fmt: skip


def advance():
    return sample_statement(kind="advance", number="2026-0011", annex_bills=())


def settlement_in_favour():
    line = DocumentLine("personnel", "Régularisation 2025 — Personnel", Decimal("-412.30"),
                        "Réel 2025 − déjà facturé", "100 %", Decimal("-412.30"))  # fmt: skip
    return sample_statement(kind="settlement", number="2026-0012", lines=(line,), annex_bills=())


DOCUMENTS = {
    "statement": sample_statement,
    "statement_vat_per_section": lambda: with_vat_per_section(sample_statement()),
    "corrective": corrective,
    "credit_note": credited,
    "credit_note_vat_per_section": lambda: with_vat_per_section(credited()),
    "advance": advance,
    "settlement_in_favour": settlement_in_favour,
}


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_kind_passes_the_xsd_the_en16931_and_the_french_schematrons(name):
    xml = invoice_xml(DOCUMENTS[name]())
    assert is_valid_xsd(xml)
    assert schematron_failures(xml) == []
    # A settlement owed back is a credit note of no earlier invoice: the French rules want one
    # cited (BR-FR-CO-05), which EN 16931 and Chorus Pro do not (docs/einvoice.md).
    expected = ["BR-FR-CO-05_BT-3"] if name == "settlement_in_favour" else []
    assert [f.split(":")[0] for f in schematron_failures(xml, "fr-ctc")] == expected


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_xml_totals_are_the_documents_to_the_cent(name):
    doc = DOCUMENTS[name]()
    xml = tree(invoice_xml(doc))
    sign = -1 if type_code(doc) == "381" else 1
    assert amount(xml, TOTALS + "LineTotalAmount") == sign * doc.total_excl_vat
    assert amount(xml, TOTALS + "TaxBasisTotalAmount") == sign * doc.total_excl_vat
    assert amount(xml, TOTALS + "TaxTotalAmount") == sign * doc.vat
    assert amount(xml, TOTALS + "GrandTotalAmount") == sign * doc.total
    assert amount(xml, TOTALS + "DuePayableAmount") == sign * doc.total
    line_amounts = values(xml, ".//ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")
    assert [Decimal(a) for a in line_amounts] == [sign * line.amount for line in doc.lines]


def test_type_codes_and_references():
    assert [type_code(DOCUMENTS[n]()) for n in DOCUMENTS] == ["380", "380", "384", "381", "381", "386", "381"]
    xml = tree(invoice_xml(corrective()))
    assert values(xml, ".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == ["2026-0007"]
    assert values(tree(invoice_xml(sample_statement())), ".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == []


def test_a_credit_note_is_381_with_positive_amounts_and_the_invoice_it_credits():
    doc = credited()
    assert doc.total == Decimal("-167.23")
    xml = tree(invoice_xml(doc))
    assert values(xml, "rsm:ExchangedDocument/ram:TypeCode") == ["381"]
    assert amount(xml, TOTALS + "GrandTotalAmount") == Decimal("167.23")
    assert amount(xml, TOTALS + "DuePayableAmount") == Decimal("167.23")
    assert [Decimal(p) for p in values(xml, ".//ram:NetPriceProductTradePrice/ram:ChargeAmount")] == [
        Decimal("155.06"), Decimal("12.17")
    ]  # fmt: skip
    assert values(xml, ".//ram:InvoiceReferencedDocument/ram:IssuerAssignedID") == ["2026-0007"]
    assert values(xml, ".//ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/*") == ["20250415"]
    # Nothing to pay: no bank transfer asked for, no due date.
    assert values(xml, ".//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode") == []
    assert values(xml, ".//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString") == []


def test_a_line_that_deducts_is_a_negative_quantity_at_a_positive_price():
    doc = corrective()
    issued = dataclasses.replace(LINES[0], label="Alice — émis", amount=Decimal("-5810.00"))
    recomputed = dataclasses.replace(LINES[0], label="Alice — recalculé", amount=Decimal("5910.00"))
    doc = sample_statement(kind="corrective", corrects="2026-0007", lines=(issued, recomputed), annex_bills=())
    xml = tree(invoice_xml(doc))
    assert values(xml, ".//ram:BilledQuantity") == ["-1", "1"]
    assert values(xml, ".//ram:NetPriceProductTradePrice/ram:ChargeAmount") == ["5810.00", "5910.00"]
    assert amount(xml, TOTALS + "GrandTotalAmount") == Decimal("100.00")
    assert schematron_failures(invoice_xml(doc)) == []


def test_parties_references_and_payment():
    doc = sample_statement()
    xml = tree(invoice_xml(doc))
    seller, buyer = ".//ram:SellerTradeParty/", ".//ram:BuyerTradeParty/"
    assert values(xml, seller + "ram:Name") == ["Pays du bassin de Briey"]
    # SIREN as legal identifier (ICD 0002), SIRET as the party's identifier (ICD 0009).
    assert values(xml, seller + "ram:SpecifiedLegalOrganization/ram:ID") == ["448901234"]
    assert xml.find(seller + "ram:SpecifiedLegalOrganization/ram:ID", {"ram": xml.nsmap["ram"]}).get("schemeID") == "0002"
    assert values(xml, seller + "ram:GlobalID") == ["44890123400027"]
    assert xml.find(seller + "ram:GlobalID", {"ram": xml.nsmap["ram"]}).get("schemeID") == "0009"
    assert values(xml, buyer + "ram:SpecifiedLegalOrganization/ram:ID") == ["200045678"]
    assert values(xml, buyer + "ram:GlobalID") == ["20004567800015"]
    assert values(xml, buyer + "ram:PostalTradeAddress/ram:PostcodeCode") == ["54150"]
    assert values(xml, buyer + "ram:PostalTradeAddress/ram:CityName") == ["Val de Briey"]
    assert values(xml, buyer + "ram:PostalTradeAddress/ram:LineOne") == ["Hôtel de ville"]
    assert values(xml, ".//ram:BuyerReference") == ["FIN-COMPTA"]
    assert values(xml, ".//ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID") == ["EJ-2025-000142"]
    assert values(xml, ".//ram:ContractReferencedDocument/ram:IssuerAssignedID") == ["CONV-2023-01"]
    assert values(xml, ".//ram:SpecifiedTradeSettlementPaymentMeans/ram:TypeCode") == ["58"]
    assert values(xml, ".//ram:IBANID") == ["FR7610278040500002045870182"]
    assert values(xml, ".//ram:BICID") == ["CMCIFR2A"]
    assert values(xml, ".//ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString") == ["20250515"]
    assert values(xml, ".//ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString") == ["20250101"]
    assert values(xml, ".//ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString") == ["20250331"]
    # Not subject to VAT: no VAT number is claimed for the seller (BR-O-02).
    assert values(xml, seller + "ram:SpecifiedTaxRegistration/ram:ID") == []


def test_the_references_of_the_year_in_the_header_win_over_the_partys():
    doc = sample_statement()
    header = dataclasses.replace(doc.header, service_code="SERVICE-2026", engagement_number="EJ-2026-000001")
    xml = tree(invoice_xml(dataclasses.replace(doc, header=header)))
    assert values(xml, ".//ram:BuyerReference") == ["SERVICE-2026"]
    assert values(xml, ".//ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID") == ["EJ-2026-000001"]


def test_a_document_outside_the_scope_of_vat_is_one_o_group_with_its_mention():
    xml = tree(invoice_xml(sample_statement()))
    assert set(values(xml, ".//ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode")) == {"O"}
    group = ".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:"
    assert values(xml, group + "CategoryCode") == ["O"]
    assert values(xml, group + "ExemptionReason") == ["TVA non applicable, art. 261-7-1°-b du CGI"]
    assert values(xml, group + "ExemptionReasonCode") == ["VATEX-EU-O"]
    assert values(xml, group + "RateApplicablePercent") == []
    assert amount(xml, group + "BasisAmount") == Decimal("9855.75")
    assert amount(xml, group + "CalculatedAmount") == 0


def test_vat_per_section_gives_s_with_its_rate_and_e_with_its_reasons():
    doc = with_vat_per_section(sample_statement())
    xml = tree(invoice_xml(doc))
    staff, premises = Decimal("5810.00"), Decimal("1800.00") + Decimal("405.00") + Decimal("486.00") + Decimal("90.00")
    assert doc.vat == Decimal("1162.00")
    groups = xml.findall(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", {"ram": xml.nsmap["ram"]})
    read = [
        (values(g, "ram:CategoryCode"), values(g, "ram:RateApplicablePercent"), values(g, "ram:BasisAmount"),
         values(g, "ram:CalculatedAmount"), values(g, "ram:ExemptionReasonCode"))
        for g in groups
    ]  # fmt: skip
    rest = doc.total_excl_vat - staff
    assert read == [
        (["S"], ["20.00"], [f"{staff}"], ["1162.00"], []),
        # EN 16931 allows one E group (BR-E-01) and no O beside S or E (BR-O-11): the outside-scope
        # lines join the exempt ones, each basis said in the reason, no single code for both.
        (["E"], ["0.00"], [f"{rest}"], ["0.00"], []),
    ]
    (reason,) = values(groups[1], "ram:ExemptionReason")
    assert reason == "Hors champ de la TVA, art. 261-7-1°-b du CGI ; Exonération de TVA, art. 261 D 2° du CGI"
    assert premises < rest
    # A seller charging VAT has the VAT number France derives from its SIREN (BR-S-02, BR-E-02).
    assert values(xml, ".//ram:SellerTradeParty/ram:SpecifiedTaxRegistration/ram:ID") == ["FR43448901234"]


def test_an_exempt_section_alone_keeps_its_vatex_code():
    doc = with_vat_per_section(sample_statement(), {"personnel": STAFF_VAT, "locaux": PREMISES_VAT,
                                                    "materiel": PREMISES_VAT, "depenses": PREMISES_VAT})  # fmt: skip
    xml = tree(invoice_xml(doc))
    assert values(xml, ".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:ExemptionReasonCode") == [
        "VATEX-FR-CGI261D-2"
    ]
    assert schematron_failures(invoice_xml(doc)) == []


def test_french_vat_number_and_address_lines():
    # The key of FR 43 448 901 234: (12 + 3 × (448901234 mod 97)) mod 97.
    assert (12 + 3 * (448901234 % 97)) % 97 == 43
    assert french_vat_number("448 901 234 00027") == "FR43448901234"
    assert french_vat_number("") == ""
    assert split_address("Maison de l'intercommunalité\n2 avenue Albert-de-Briey\n54150 Briey") == (
        "54150", ("Maison de l'intercommunalité", "2 avenue Albert-de-Briey"), "Briey"
    )  # fmt: skip
    assert split_address("Mairie") == ("", ("Mairie",), "")


# -- the business rules, on documents of any lines and VAT treatments --------------------------

TREATMENTS = st.sampled_from(
    [None, STAFF_VAT, VatTreatment(TAXABLE, Fraction(1, 10)), VatTreatment(TAXABLE, Fraction(11, 200)),
     PREMISES_VAT, OUTSIDE]
)  # fmt: skip
LINE = st.builds(
    lambda section, cents, treatment: (section, Decimal(cents) / 100, treatment),
    st.sampled_from(["personnel", "materiel", "locaux", "depenses"]),
    st.integers(min_value=-500_000, max_value=5_000_000),
    TREATMENTS,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=8), st.sampled_from(["statement", "corrective", "advance"]),
       st.sampled_from(["per_section", None, Decimal("0.20"), Decimal("0.055")]))
def test_business_rules_hold_for_any_lines(lines, kind, regime):
    per_section = regime == "per_section"
    # Either every line has its section's treatment (R14) or none has (R10): the engine refuses
    # a section without one once another has one.
    document_lines = tuple(
        DocumentLine(section, f"Ligne {i}", amount_, "Clé", "100 %", amount_,
                     vat=(treatment or OUTSIDE) if per_section else None)
        for i, (section, amount_, treatment) in enumerate(lines)
    )  # fmt: skip
    if per_section:
        figures = PartyStatement.of(document_lines)
        figures = dataclasses.replace(
            figures, totals=vat_totals(((l.vat, l.amount) for l in document_lines), None, "")
        )
    else:  # the convention's single regime (R10): subject at a rate, or not subject
        figures = PartyStatement.of(document_lines, regime, "TVA non applicable, art. 293 B du CGI")
    doc = dataclasses.replace(sample_statement(kind=kind, annex_bills=()), figures=figures)
    xml_bytes = invoice_xml(doc)
    assert is_valid_xsd(xml_bytes)
    xml = tree(xml_bytes)
    sign = -1 if type_code(doc) == "381" else 1
    line_sum = sum(
        Decimal(a) for a in values(xml, ".//ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")
    )
    # BR-CO-10: the sum of the lines is the header's line total, the document's total excl. VAT.
    assert line_sum == amount(xml, TOTALS + "LineTotalAmount") == sign * doc.total_excl_vat
    # BR-CO-15: grand total = basis + VAT, the document's total.
    assert amount(xml, TOTALS + "GrandTotalAmount") == amount(xml, TOTALS + "TaxBasisTotalAmount") + amount(
        xml, TOTALS + "TaxTotalAmount"
    ) == sign * doc.total  # fmt: skip
    groups = xml.findall(".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax", {"ram": xml.nsmap["ram"]})
    line_taxes = xml.findall(".//ram:SpecifiedLineTradeSettlement", {"ram": xml.nsmap["ram"]})
    by_category: dict[tuple[str, str], Decimal] = {}
    for item in line_taxes:
        key = (values(item, "ram:ApplicableTradeTax/ram:CategoryCode")[0],
               (values(item, "ram:ApplicableTradeTax/ram:RateApplicablePercent") or [""])[0])  # fmt: skip
        by_category[key] = by_category.get(key, 0) + amount(item, ".//ram:LineTotalAmount")
    assert sum(amount(g, "ram:BasisAmount") for g in groups) == amount(xml, TOTALS + "TaxBasisTotalAmount")
    assert sum(amount(g, "ram:CalculatedAmount") for g in groups) == amount(xml, TOTALS + "TaxTotalAmount")
    for group in groups:
        category = values(group, "ram:CategoryCode")[0]
        rate = (values(group, "ram:RateApplicablePercent") or [""])[0]
        basis, vat = amount(group, "ram:BasisAmount"), amount(group, "ram:CalculatedAmount")
        # Each group's basis is the sum of its lines (BR-S-08, BR-E-08, BR-O-08).
        assert basis == by_category.pop((category, rate))
        if category == "S":
            # BR-S-05: a rate; BR-CO-17: VAT = basis × rate, rounded to the cent once per rate.
            assert Decimal(rate) > 0
            assert vat == round_half_up(basis * Decimal(rate) / 100)
        else:
            # BR-E-09/10, BR-O-09/10: no VAT, and the reason of the exemption given.
            assert vat == 0 and values(group, "ram:ExemptionReason")[0]
    assert by_category == {}  # every line's category has its group
    categories = {values(g, "ram:CategoryCode")[0] for g in groups}
    assert "O" not in categories or categories == {"O"}  # BR-O-11 to 14
    assert len([c for c in values(xml, ".//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CategoryCode") if c == "E"]) <= 1


# -- the PDF/A-3b file -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def issued_sample() -> bytes:
    return issued_pdf(sample_statement(), ("0123456789abcdef", "fedcba9876543210"))


def test_the_file_carries_the_pdfa_and_facturx_markers(issued_sample):
    markers = pdfa_markers(issued_sample)
    assert (markers["part"], markers["conformance"], markers["fx_level"]) == ("3", "B", "EN 16931")
    assert [s for s, _size in markers["intents"]] == ["/GTS_PDFA1"] and markers["intents"][0][1] > 0
    assert markers["relationship"] == "/Data" and markers["af"] == ["factur-x.xml"]
    assert not markers["encrypted"]
    assert markers["xml"] == invoice_xml(sample_statement())


def test_the_file_passes_pikepdfs_pdfa3b_validator(issued_sample):
    assert pdfa_findings(issued_sample) == []
    # pikepdf's allowlist does not read the extension schema declaring Factur-X's XMP properties:
    # without them, the whole file is approved, nothing left unchecked.
    assert pdfa_findings(without_extension_schema(issued_sample)) == []
    import io

    import pikepdf.pdfa

    assert pikepdf.pdfa.validate_written(io.BytesIO(without_extension_schema(issued_sample)), "3b").passed


def test_the_visible_document_is_unchanged_and_the_bytes_are_the_same_each_time(issued_sample):
    doc, chain = sample_statement(), ("0123456789abcdef", "fedcba9876543210")
    assert pages_text(issued_sample) == pages_text(render_statement(doc, chain))
    assert issued_pdf(doc, chain) == issued_sample  # issued PDFs are chained by their SHA-256


def test_the_embedding_keeps_the_metadata_in_agreement(issued_sample):
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(issued_sample)) as document:
        info = document.docinfo
        assert str(info.Title) == "État de refacturation n° 2026-0007"
        assert str(info.CreationDate) == str(info.ModDate) == "D:20250415000000+00'00'"
        metadata = document.open_metadata()
        assert metadata.get("xmp:CreateDate").startswith("2025-04-15")
        assert metadata.get("pdf:Producer") == str(info.Producer)


def test_a_plain_pdf_given_an_xml_is_made_facturx():
    doc = credit_note()
    xml = invoice_xml(doc)
    pdf = facturx_pdf(render_statement(doc), xml, doc.issue_date)
    assert pdfa_markers(pdf)["xml"] == xml


def test_what_is_provided_free_is_a_note_never_in_the_totals():
    parking = DocumentLine("locaux", "Places de stationnement", Decimal("1200.00"), "Affectation directe",
                           "100 %", Decimal("1200.00"))  # fmt: skip
    doc = sample_statement()
    doc = dataclasses.replace(doc, figures=dataclasses.replace(doc.figures, free=(parking,)))
    xml_bytes = invoice_xml(doc)
    xml = tree(xml_bytes)
    assert values(xml, "rsm:ExchangedDocument/ram:IncludedNote/ram:Content")[2] == (
        "Mise à disposition à titre gratuit (pour mémoire) : Places de stationnement 1 200,00 € ; "
        "valeur totale, non facturée : 1 200,00 €."
    )
    assert amount(xml, TOTALS + "GrandTotalAmount") == Decimal("9855.75")
    assert len(values(xml, ".//ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument/ram:LineID")) == len(LINES)
    assert schematron_failures(xml_bytes) == []
