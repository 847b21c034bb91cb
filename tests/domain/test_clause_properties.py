"""Property tests of the convention clauses on random, valid data (hypothesis)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain.clauses import (
    EXEMPT,
    OUTSIDE_SCOPE,
    TAXABLE,
    Absence,
    ConventionClauses,
    FeeTerms,
    FreeProvision,
    Revaluation,
    VatTreatment,
)
from mutualisation.domain.engine import compute, compute_lines
from mutualisation.domain.inputs import Attachment
from mutualisation.domain.lines import SECTION_ORDER
from mutualisation.domain.periods import billing_periods
from mutualisation.domain.timeline import Dated, Timeline
from mutualisation.domain.vat import vat_summary

from .test_engine_properties import PROPERTY, cost_data, periods

QUARTERS = [q for year in (2024, 2025) for q in billing_periods(year, "quarterly")]
quarters = st.sampled_from([q for q in QUARTERS if q.start >= dt.date(2024, 4, 1)])
rates = st.integers(0, 2500).map(lambda n: Fraction(n, 10000))
treatments = st.one_of(
    st.builds(VatTreatment, st.just(TAXABLE), st.sampled_from([Fraction(1, 5), Fraction(1, 10), Fraction(55, 1000)])),
    st.just(VatTreatment(EXEMPT, legal_basis="art. 261 B du CGI", exemption_code="VATEX-EU-132")),
    st.just(VatTreatment(OUTSIDE_SCOPE, legal_basis="art. 256 B du CGI")),
)


@st.composite
def clauses_for(draw, data):
    """Fee, VAT per section and free provision, all changing on quarter starts (as validated)."""
    starts = st.sampled_from([q.start for q in QUARTERS])
    fee = Timeline([
        Dated(draw(starts), FeeTerms(draw(rates), frozenset(draw(st.sets(st.sampled_from(SECTION_ORDER))))))
        for _ in range(draw(st.integers(0, 2)))
    ])  # fmt: skip
    vat = {section: Timeline([Dated(draw(starts), draw(treatments))]) for section in SECTION_ORDER}
    attachments = st.sampled_from(
        [Attachment("site", 1), Attachment("equipment", 1), Attachment("category", 1), Attachment("category", 2)]
    )
    free = tuple(
        FreeProvision(draw(attachments), draw(st.sampled_from([b.id for b in data.beneficiaries])), draw(starts))
        for _ in range(draw(st.integers(0, 2)))
    )
    return ConventionClauses(fee=fee, vat=vat, free_provisions=free)


@PROPERTY
@given(cost_data(), quarters, st.data())
def test_fee_vat_and_free_block_never_change_the_parts_of_other_lines(data, quarter, draw):
    clauses = draw.draw(clauses_for(data))
    plain = compute(data, quarter)
    with_clauses = compute(dataclasses.replace(data, clauses=clauses), quarter)
    others = [line for line in with_clauses.lines if line.source_kind != "fee"]
    assert [(l.section, l.source_kind, l.source_id, l.parts) for l in others] == [
        (l.section, l.source_kind, l.source_id, l.parts) for l in plain.lines
    ]
    for line in others:
        for party in data.parties:
            billed = Decimal("0.00") if party.id in line.free_for else line.value(party.id)
            assert line.part(party.id) == billed
    for fee in (line for line in with_clauses.lines if line.source_kind == "fee"):
        assert fee.part(data.provider.id) == 0
        assert sum(v for _, v in fee.parts) == fee.total
    for party in data.beneficiaries:
        billed = sum((l.part(party.id) for l in others), Decimal("0.00"))
        fees = sum((l.part(party.id) for l in with_clauses.lines if l.source_kind == "fee"), Decimal("0.00"))
        assert with_clauses.total(party.id) == billed + fees
        assert with_clauses.free_total(party.id) == sum(
            (l.value(party.id) for l in others if party.id in l.free_for), Decimal("0.00")
        )
        summary = vat_summary(with_clauses, party.id, VatTreatment(OUTSIDE_SCOPE))
        assert summary.total_excl == with_clauses.total(party.id)
        assert sum((r.base for r in summary.rates), Decimal("0.00")) + sum(
            (amount for _, amount in summary.untaxed), Decimal("0.00")
        ) == summary.total_excl


@PROPERTY
@given(cost_data(), periods(), st.data())
def test_a_convention_without_clauses_gives_exactly_todays_figures(data, period, draw):
    """No clause, or clauses that change nothing (absences the provider does not keep, revaluation
    at 0 %, nothing reimbursed, a fee rate of 0 %): the lines of the engine alone, to the cent."""
    today = compute_lines(data, period)
    assert _figures(compute(data, period)) == _figures(today)
    staff = tuple(
        dataclasses.replace(
            person,
            absences=tuple(
                Absence(day, day + dt.timedelta(days=3), draw.draw(st.sampled_from(["formation", "conge", "autre"])))
                for day in sorted({draw.draw(st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 1)))})
            ),
            reimbursements={(2025, 3): Decimal("0.00")},
        )
        for person in data.staff
    )
    charges = tuple(
        dataclasses.replace(charge, revaluation=Revaluation(Fraction(0), charge.start)) for charge in data.charges
    )
    neutral = dataclasses.replace(
        data, staff=staff, charges=charges,
        clauses=ConventionClauses(fee=Timeline([Dated(dt.date(2024, 1, 1), FeeTerms(Fraction(0), frozenset(SECTION_ORDER)))])),
    )  # fmt: skip
    assert _figures(compute(neutral, period)) == _figures(today)


def _figures(preview):
    lines = [(l.section, l.label, l.exact_total, l.total, l.exact_parts, l.parts, l.free_for) for l in preview.lines]
    return lines, preview.problems
