"""One per-party view of a period: lines as printed, section subtotals, totals and VAT (R9, R10)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain.documents import advance_call_lines, annex_bills
from mutualisation.domain.engine import compute
from mutualisation.domain.lines import SECTION_ORDER
from mutualisation.domain.money import regular_instalment
from mutualisation.domain.party_statement import DocumentLine, PartyStatement, Totals, party_statement
from mutualisation.domain.periods import Period

from .test_engine_properties import PROPERTY, cost_data, periods
from .worked_example import ST2B, worked_example

NBSP = "\u00a0"


def _worked() -> PartyStatement:
    return party_statement(compute(worked_example(), Period.quarter(2025, 1)), ST2B.id)


def test_worked_example_sections_and_total():
    statement = _worked()
    assert [(s.title, s.subtotal) for s in statement.sections] == [
        ("Personnel", Decimal("5810.00")),
        ("Matériel", Decimal("448.25")),
        ("Locaux", Decimal("2781.00")),
        ("Dépenses partagées", Decimal("816.50")),
    ]
    assert statement.totals == Totals(Decimal("9855.75"))
    assert statement.totals.total == Decimal("9855.75") and statement.totals.vat == 0
    assert statement.subtotal("personnel") == Decimal("5810.00")


def test_a_line_as_the_party_sees_it():
    rent = next(line for line in _worked().lines if line.label.startswith("Loyer"))
    assert (rent.section, rent.basis, rent.amount) == ("locaux", Decimal("6000.00"), Decimal("1800.00"))
    assert rent.ratio == f"30,00{NBSP}%"
    assert rent.key_description.startswith("Surface")
    assert rent.explanation  # the sentences printed in the PDF's annex


def test_r10_vat_at_one_rate_and_the_mention_when_not_subject():
    lines = _worked().lines
    subject = PartyStatement.of(lines, Decimal("0.20"))
    assert [(v.rate, v.basis, v.amount, v.label) for v in subject.totals.vat_lines] == [
        (Decimal("0.20"), Decimal("9855.75"), Decimal("1971.15"), f"TVA à 20{NBSP}%")
    ]
    assert subject.totals.total == Decimal("11826.90") and subject.totals.vat_rate == Decimal("0.20")
    exempt = PartyStatement.of(lines, None, "TVA non applicable, art. 261-7-1°-b du CGI")
    assert exempt.totals.vat_lines == () and exempt.totals.vat_rate is None
    assert exempt.totals.mention == "TVA non applicable, art. 261-7-1°-b du CGI"


def test_the_annex_lists_the_party_s_bills_from_the_engine_s_inputs():
    annex = annex_bills(compute(worked_example(), Period.quarter(2025, 1)), ST2B.id)
    assert [(b.label, b.amount, b.share) for b in annex][:2] == [
        ("Assurance du véhicule", Decimal("180.00"), Decimal("49.50")),
        ("Entretien du véhicule", Decimal("240.00"), Decimal("66.00")),
    ]
    assert sum(b.share for b in annex) == Decimal("49.50") + Decimal("66.00") + Decimal("85.25") + Decimal(
        "90.00") + Decimal("462.54") + Decimal("155.06") + Decimal("86.40")  # fmt: skip


@PROPERTY
@given(cost_data(), periods())
def test_subtotals_and_totals_are_sums_of_the_rounded_parts(data, period):
    result = compute(data, period)
    for party in result.parties:
        statement = party_statement(result, party.id, explain=False)
        assert statement.totals.excl_vat == result.total(party.id) == sum(l.amount for l in statement.lines)
        for section in SECTION_ORDER:
            assert statement.subtotal(section) == result.section_total(party.id, section)
        assert [s.key for s in statement.sections] == [k for k in SECTION_ORDER if statement.subtotal(k) or any(
            l.section == k for l in statement.lines)]  # fmt: skip


section_amounts = st.integers(min_value=-10**8, max_value=10**8).map(lambda c: Decimal(c).scaleb(-2))


@given(st.lists(section_amounts, min_size=1, max_size=4), st.sampled_from((1, 2, 4, 12)),
       st.sampled_from((None, Decimal("0.2"), Decimal("0.055"))))  # fmt: skip
def test_every_call_but_the_last_is_the_forecast_s_per_period_figure(amounts, count, rate):
    forecast = PartyStatement.of(
        DocumentLine(section, "ligne", amount, "", "", amount) for section, amount in zip(SECTION_ORDER, amounts)
    )
    calls = [PartyStatement.of(advance_call_lines(forecast, 2027, i, count), rate) for i in range(count)]
    per_period = Totals.single_rate(regular_instalment([s.subtotal for s in forecast.sections], count), rate)
    for call in calls[:-1]:
        assert call.totals == per_period
    assert sum(call.totals.excl_vat for call in calls) == forecast.totals.excl_vat
