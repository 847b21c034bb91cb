"""Every document kind built from domain values only: no database, no PDF library."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import mutualisation
from mutualisation.domain.documents import (
    AmendmentInfo,
    DocumentHeader,
    PartyDetails,
    StatementDocument,
    advance_call_lines,
    annex_bills,
    document_from_dict,
    document_to_dict,
    settlement_lines,
)
from mutualisation.domain.documents.annual import (
    AnnualSummary,
    IssuedDocument,
    PaymentRow,
    PeriodSummary,
    SectionComparison,
)
from mutualisation.domain.documents.convention import ConventionSummary, key_dates, terms
from mutualisation.domain.documents.forecast import ForecastDocument, PlannedMeter
from mutualisation.domain.engine import compute
from mutualisation.domain.clauses import EXEMPT, OUTSIDE_SCOPE, TAXABLE, VatTreatment
from mutualisation.domain.lines import SECTION_ORDER
from mutualisation.domain.money import apply_rate, instalments
from mutualisation.domain.party_statement import DocumentLine, PartyStatement, party_statement, with_section_vat
from mutualisation.domain.periods import Period

from .worked_example import ST2B, worked_example

D = dt.date
T1 = Period.quarter(2025, 1)
MENTION = "TVA non applicable, art. 261-7-1°-b du CGI"
HEADER = DocumentHeader(
    issuer=PartyDetails("PAYS", "Pays du bassin de Briey", siret="44890123400027", iban="FR7630001007941234567890185"),
    recipient=PartyDetails("ST2B", "ST2b"),
    convention_reference="CAM-2024-01",
    convention_title="Convention d'assistance et de moyens",
    convention_signature_date=D(2024, 12, 12),
    amendments=(AmendmentInfo(1, D(2025, 3, 1), "Quotité d'Alice portée à 50 %."),),
    service_code="FIN-COMPTA",
    engagement_number="EJ-2025-000142",
)


def _statement(**changes) -> StatementDocument:
    preview = compute(worked_example(), T1)
    values = dict(
        kind="statement", number="2025-0001", issue_date=D(2025, 4, 10), due_date=D(2025, 5, 10), period=T1,
        header=HEADER, figures=party_statement(preview, ST2B.id, None, MENTION), payment_term_days=30,
        annex_bills=annex_bills(preview, ST2B.id),
    )  # fmt: skip
    return StatementDocument(**{**values, **changes})


def test_a_statement_from_the_engine_s_preview():
    doc = _statement()
    assert (doc.total_excl_vat, doc.vat, doc.total) == (Decimal("9855.75"), Decimal("0.00"), Decimal("9855.75"))
    assert doc.vat_rate is None and doc.vat_mention == MENTION
    assert [s.title for s in doc.sections()] == ["Personnel", "Matériel", "Locaux", "Dépenses partagées"]
    assert doc.issuer.name == "Pays du bassin de Briey" and doc.amendments == HEADER.amendments
    assert doc.title == "État de refacturation"
    # The annex lists the 7 bills of the worked example, read from the engine's inputs.
    assert len(doc.annex_bills) == 7
    assert doc.annex_bills[-1].service == "" and doc.annex_bills[-1].share == Decimal("86.40")
    assert sum(b.share for b in doc.annex_bills) == sum(l.amount for l in doc.lines if l.source_kind == "bill")


def test_a_statement_survives_its_stored_form():
    doc = _statement(figures=PartyStatement.of(_statement().lines, Decimal("0.20")))
    data = document_to_dict(doc)
    assert data["totals"] == {"excl_vat": "9855.75", "vat": "1971.15", "total": "11826.90"}
    assert document_from_dict(data) == doc


def test_advance_calls_and_the_settlement_from_domain_values():
    forecast = party_statement(compute(worked_example(), T1), ST2B.id)
    calls = [PartyStatement.of(advance_call_lines(forecast, 2025, i, 4)) for i in range(4)]
    assert [c.totals.excl_vat for c in calls] == [Decimal("2463.94")] * 3 + [Decimal("2463.93")]
    assert calls[0].lines[0].key_description == "Prévisionnel annuel ÷ 4"
    assert calls[3].lines[0].key_description == "Solde : prévisionnel annuel − 3 × 1\u202f452,50"
    assert sum(c.totals.excl_vat for c in calls) == forecast.totals.excl_vat
    called = {"personnel": Decimal("6000.00"), "materiel": Decimal("448.25")}
    settlement = PartyStatement.of(settlement_lines(forecast, called, 2025))
    assert [(l.section, l.amount) for l in settlement.lines] == [
        ("personnel", Decimal("-190.00")), ("materiel", Decimal("0.00")),
        ("locaux", Decimal("2781.00")), ("depenses", Decimal("816.50")),
    ]  # fmt: skip


def test_a_forecast_s_per_period_figure_is_its_advance_call():
    figures = party_statement(compute(worked_example(), T1), ST2B.id, Decimal("0.20"))
    forecast = ForecastDocument(
        year=2025, issue_date=D(2024, 11, 2), header=HEADER, figures=figures, billing_frequency="quarterly",
        planned_meters=(PlannedMeter("Copies", "copies", (("ST2B", Decimal("3200")), ("PAYS", Decimal("9600"))), "ST2B"),),
    )  # fmt: skip
    first_call = PartyStatement.of(advance_call_lines(figures, 2025, 0, 4), Decimal("0.20"))
    assert forecast.per_period == first_call.totals.total == Decimal("2956.73")  # 2 463,94 + 492,79
    assert forecast.total == Decimal("11826.90") and forecast.period == Period.year(2025)
    assert forecast.planned_meters[0].share == Decimal("0.25")


def test_an_annual_summary_adds_up_its_periods():
    issued = IssuedDocument("2025-0001", "statement", T1, D(2025, 4, 10), D(2025, 5, 10),
                            Decimal("9855.75"), Decimal("5000.00"), "payé en partie")  # fmt: skip
    summary = AnnualSummary(
        year=2025, made_on=D(2026, 1, 20), header=HEADER, billing_frequency="quarterly", advance_mode=False,
        periods=(PeriodSummary(T1, Decimal("9975.75"), 0, (issued,), "payé en partie"),
                 PeriodSummary(Period.quarter(2025, 2), Decimal("100.00"), 0, (), "à émettre")),
        other_documents=(), payments=(PaymentRow(D(2025, 5, 2), "2025-0001", Decimal("5000.00"), "VIR"),),
        comparison=(SectionComparison("personnel", "Personnel", Decimal("5000.00"), Decimal("5810.00")),),
    )  # fmt: skip
    assert summary.recipient.code == "ST2B"
    assert (summary.computed_total, summary.issued_total, summary.outstanding_total) == (
        Decimal("10075.75"), Decimal("9855.75"), Decimal("4855.75"))
    assert summary.periods[0].drift == Decimal("120.00")
    assert summary.comparison_total.difference == Decimal("810.00")


def test_a_convention_summary_words_its_terms_and_key_dates():
    summary = ConventionSummary(
        on=D(2025, 4, 1), made_on=D(2025, 4, 2), reference="CAM-2024-01", title="Convention",
        provider=HEADER.issuer, beneficiaries=(HEADER.recipient,), signature_date=None, start_date=D(2025, 1, 1),
        end_date=D(2027, 12, 31), duration_months=36, tacit_renewal=True, renewal_months=12, notice_months=3,
        billing_frequency="quarterly", payment_term_days=30, vat_regime="not_subject", vat_rate=Decimal(0),
        vat_mention=MENTION, advance_mode=False, term_end=D(2027, 12, 31), notice_deadline=D(2027, 9, 30),
        renewals=0,
    )  # fmt: skip
    assert ("Facturation", "trimestrielle") in terms(summary)
    assert ("Date limite de préavis", "30/09/2027") in key_dates(summary)
    assert summary.parties == (HEADER.issuer, HEADER.recipient)


def test_building_documents_loads_neither_the_database_nor_the_pdf_library():
    code = (
        "import sys, mutualisation.domain.documents, mutualisation.domain.documents.forecast, "
        "mutualisation.domain.documents.annual, mutualisation.domain.documents.convention; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'reportlab', 'PySide6')))"
    )
    root = Path(mutualisation.__file__).parents[1]  # this checkout's package, not an installed one
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root).stdout
    assert out.strip() == "[]"


_TREATMENTS = (
    VatTreatment(TAXABLE, Fraction(1, 5)),
    VatTreatment(TAXABLE, Fraction(11, 200)),
    VatTreatment(EXEMPT, legal_basis="art. 261 B du CGI", exemption_code="VATEX-EU-132-1F"),
    VatTreatment(OUTSIDE_SCOPE, legal_basis="art. 256 B du CGI"),
)


@given(
    st.lists(st.integers(min_value=0, max_value=10**8).map(lambda c: Decimal(c).scaleb(-2)), min_size=4, max_size=4),
    st.lists(st.sampled_from(_TREATMENTS), min_size=4, max_size=4),
    st.sampled_from((1, 2, 4, 12)),
)
def test_r14_a_forecast_s_per_period_figure_is_its_advance_call_whatever_the_vat_of_each_section(
    amounts, treatments, count
):
    """VAT per section: the per-period figure taxes each section's instalment by its own
    treatment, as the advance call does; never one rate on the whole, never no VAT at all
    because several rates apply (the document's ``vat_rate`` is then None)."""
    by_section = dict(zip(SECTION_ORDER, treatments))
    lines = [DocumentLine(section, "ligne", amount, "", "100 %", amount, vat=by_section[section])
             for section, amount in zip(SECTION_ORDER, amounts)]  # fmt: skip
    figures = PartyStatement.of(lines)
    figures = with_section_vat(figures, by_section, None, "")
    frequency = {1: "yearly", 2: "half_yearly", 4: "quarterly", 12: "monthly"}[count]
    forecast = ForecastDocument(year=2027, issue_date=D(2026, 11, 2), header=HEADER, figures=figures,
                                billing_frequency=frequency)  # fmt: skip
    call = with_section_vat(PartyStatement.of(advance_call_lines(figures, 2027, 0, count)), by_section, None, "")
    assert forecast.per_period == call.totals.total
    taxed = [(t.rate, instalments(a, count)[0]) for t, a in zip(treatments, amounts) if t.kind == TAXABLE]
    excl = sum((instalments(a, count)[0] for a in amounts if a), Decimal(0))
    rates = {rate for rate, _ in taxed}
    vat = sum((apply_rate(rate, sum((b for r, b in taxed if r == rate), Decimal(0))) for rate in rates), Decimal(0))
    assert forecast.per_period == excl + vat


def test_the_demo_like_forecast_taxes_only_its_taxable_section_in_the_per_period_figure():
    """One rate on Personnel, the other sections exempt: ``vat_rate`` is 20 %, yet the per-period
    figure taxes only Personnel's instalment (it used to tax the whole at 20 %)."""
    exempt = VatTreatment(EXEMPT, legal_basis="art. 261 B du CGI", exemption_code="VATEX-EU-132-1F")
    by_section = {"personnel": VatTreatment(TAXABLE, Fraction(1, 5)), "materiel": exempt, "locaux": exempt,
                  "depenses": exempt}  # fmt: skip
    lines = [DocumentLine("personnel", "Agent", Decimal("64030.05"), "", "100 %", Decimal("64030.05")),
             DocumentLine("locaux", "Loyer", Decimal("24906.77"), "", "100 %", Decimal("24906.77"))]  # fmt: skip
    figures = with_section_vat(PartyStatement.of(lines), by_section, None, "")
    forecast = ForecastDocument(year=2027, issue_date=D(2026, 11, 2), header=HEADER, figures=figures,
                                billing_frequency="quarterly")  # fmt: skip
    assert forecast.vat_rate == Decimal("0.2")
    # 16 007,51 + 20 % of it (3 201,50) + 6 226,69: not (16 007,51 + 6 226,69) × 1,2.
    assert forecast.per_period == Decimal("16007.51") + Decimal("3201.50") + Decimal("6226.69")
