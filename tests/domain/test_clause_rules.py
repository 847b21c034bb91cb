"""The convention clauses R11–R17, hand-checked, and DESIGN.md's worked example 2 to the cent."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from mutualisation.domain.clauses import (
    EXEMPT,
    OUTSIDE_SCOPE,
    TAXABLE,
    Absence,
    ClauseError,
    ConventionClauses,
    FeeTerms,
    FreeProvision,
    Revaluation,
    VatTreatment,
    check_absences,
    check_clause_date,
    check_rate,
)
from mutualisation.domain.engine import compute
from mutualisation.domain.inputs import Attachment, ChargeInput, MeterInput, ReadingPeriod
from mutualisation.domain.periods import Period
from mutualisation.domain.problems import MISSING_READINGS
from mutualisation.domain.revaluation import amount_on
from mutualisation.domain.timeline import Dated, Timeline
from mutualisation.domain.vat import MISSING_VAT, vat_summary

from .builders import LONG_AGO, PAYS, SCOT, ST2B, bill, category, data, fixed_key, person, timeline
from .worked_example_2 import OTHER_VAT, TELECOM, worked_example_2

D = dt.date
T2_2025 = Period.quarter(2025, 2)
NO_VAT = VatTreatment(OUTSIDE_SCOPE, legal_basis="art. 261-7-1°-b du CGI")


def _by_label(preview, party_id):
    return {line.label.split(" (")[0]: line.part(party_id) for line in preview.lines_for(party_id)}


# -- worked example 2 ----------------------------------------------------------------------


def test_worked_example_2_gives_the_table_of_the_design():
    result = compute(worked_example_2(), T2_2025)
    assert _by_label(result, ST2B.id) == {
        "Alice": Decimal("5835.48"),
        "Frais de gestion 5\u00a0%": Decimal("291.77"),
        "Kilométrage": Decimal("495.00"),
        "Loyer": Decimal("2098.29"),
    }
    assert result.total(ST2B.id) == Decimal("8720.54")
    # The km line as printed: basis × rate = amount, its words say how the amount was found.
    meter = next(line for line in result.lines if line.source_kind == "meter")
    assert (meter.basis(ST2B.id), meter.ratio(ST2B.id)) == (Decimal("495.00"), Fraction(1))
    assert meter.key_description(ST2B.id) == "1\u202f100 km × 0,45\u00a0€"
    assert meter.ratio(PAYS.id) == 0
    vat = vat_summary(result, ST2B.id, NO_VAT)
    assert [(r.rate, r.base, r.vat) for r in vat.rates] == [(Fraction(1, 5), Decimal("6127.25"), Decimal("1225.45"))]
    assert vat.total_incl == Decimal("9945.99")
    assert vat.mentions == (
        "Hors champ de la TVA, art. 256 B du CGI",
        "Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-F)",
    )
    free = result.free_lines(ST2B.id)
    assert [(line.label, line.value(ST2B.id)) for line in free] == [
        ("Téléphone (Opérateur, 05/05/2025)", Decimal("242.28"))
    ]
    assert result.free_total(ST2B.id) == Decimal("242.28")
    assert result.problems == ()


def test_worked_example_2_explains_each_clause_in_words():
    result = compute(worked_example_2(), T2_2025)
    lines = {line.source_kind: line for line in result.lines if line.part(ST2B.id) or line.free_for}
    assert lines["fee"].key_description(ST2B.id) == "Frais de gestion 5\u00a0% × 5\u202f835,48\u00a0€ = 291,77\u00a0€"
    assert lines["fee"].basis(ST2B.id) == Decimal("5835.48")
    assert lines["meter"].key_description(ST2B.id) == "1\u202f100 km × 0,45\u00a0€"
    assert lines["meter"].section == "materiel"
    assert "Absence (maladie) du 05/05 au 09/05 : jours à la charge du Pays" in lines["staff"].key_description(ST2B.id)
    assert "Loyer revalorisé de 2\u00a0% au 01/01/2025 : 2\u202f040,00\u00a0€." in lines["charge"].explanation.inputs
    staff_text = " ".join(lines["staff"].explanation.inputs)
    assert "300,00\u00a0€ déduits de 4\u202f200,00\u00a0€" in staff_text
    assert lines["bill"].free_for == {ST2B.id}


# -- R11 management fee ----------------------------------------------------------------------


def test_r11_fee_rate_change_refused_mid_period():
    with pytest.raises(ClauseError, match="premier jour d'une période de facturation") as error:
        check_clause_date(D(2025, 5, 1), "quarterly", "Le taux des frais de gestion")
    assert "30/06/2025" in str(error.value) and "1er janvier, avril, juillet ou octobre" in str(error.value)
    check_clause_date(D(2025, 4, 1), "quarterly", "Le taux des frais de gestion")
    check_clause_date(D(2025, 5, 1), "monthly", "Le taux des frais de gestion")
    with pytest.raises(ClauseError, match="1er d'un mois"):
        check_clause_date(D(2025, 5, 2), "monthly", "Le taux des frais de gestion")
    with pytest.raises(ClauseError, match="1er janvier"):
        check_clause_date(D(2025, 7, 1), "yearly", "La TVA de la section")


def test_r11_fee_rate_is_refused_out_of_range():
    check_rate(Fraction(5, 100), "Le taux des frais de gestion")
    with pytest.raises(ClauseError, match="entre 0\u00a0% et 100\u00a0%"):
        check_rate(Fraction(-1, 100), "Le taux des frais de gestion")
    with pytest.raises(ClauseError):
        check_rate(Fraction(3, 2), "Le taux des frais de gestion")


def _fee(rate, *sections, day=LONG_AGO):
    return Timeline([Dated(day, FeeTerms(Fraction(rate), frozenset(sections)))])


def test_r11_fee_is_on_each_beneficiarys_printed_subtotal_per_section():
    # Two beneficiaries: each fee is half-up(rate × its own subtotal of rounded parts), not a
    # sum of per-line fees (2 × half-up(5 % × 300.10) would give 30.02).
    staff = (
        person(1, shares=timeline((LONG_AGO, "0.5")), payroll={(2025, 4): "600.20"}),
        person(2, shares=timeline((LONG_AGO, "0.5")), payroll={(2025, 4): "600.20"}, name="Bruno"),
    )
    staff = tuple(dataclasses.replace(s, shares={**s.shares, SCOT.id: timeline((LONG_AGO, "0.1"))}) for s in staff)
    clauses = ConventionClauses(fee=_fee("0.05", "personnel"))
    result = compute(data(beneficiaries=(ST2B, SCOT), staff=staff, clauses=clauses), Period.month(2025, 4))
    fee = next(line for line in result.lines if line.source_kind == "fee")
    assert fee.basis(ST2B.id) == Decimal("600.20") and fee.part(ST2B.id) == Decimal("30.01")
    assert fee.basis(SCOT.id) == Decimal("120.04") and fee.part(SCOT.id) == Decimal("6.00")
    assert fee.part(PAYS.id) == Decimal("0.00") and fee.total == Decimal("36.01")
    assert fee.section == "personnel" and result.lines[-1] is fee
    # Each beneficiary's document explains its own fee, never the other's subtotal (DESIGN §5).
    from mutualisation.domain.party_statement import party_statement

    [printed] = [line for line in party_statement(result, ST2B.id).lines if line.source_kind == "fee"]
    assert any(text.startswith("ST2B : Frais de gestion 5") for text in printed.explanation)
    assert not any("SCOT" in text or "120,04" in text for text in printed.explanation)
    assert not any(text.startswith("Total exact") for text in printed.explanation)  # 36,01 − 30,01 = SCOT's
    shared = party_statement(result, ST2B.id, others_visible=True).lines[-1]
    assert any(text.startswith("SCOT : Frais de gestion 5") for text in shared.explanation)


def test_r11_a_free_range_crossing_a_rate_change_computes_each_stretch_on_its_own():
    payroll = {(2025, m): "1000.00" for m in range(1, 7)}
    fee = Timeline([
        Dated(LONG_AGO, FeeTerms(Fraction(5, 100), frozenset({"personnel"}))),
        Dated(D(2025, 4, 1), FeeTerms(Fraction(10, 100), frozenset({"personnel"}))),
    ])  # fmt: skip
    result = compute(
        data(staff=(person(payroll=payroll),), clauses=ConventionClauses(fee=fee)), Period(D(2025, 1, 1), D(2025, 6, 30))
    )
    fees = [line for line in result.lines if line.source_kind == "fee"]
    assert [(f.basis(ST2B.id), f.part(ST2B.id)) for f in fees] == [
        (Decimal("1500.00"), Decimal("75.00")), (Decimal("1500.00"), Decimal("150.00"))
    ]  # fmt: skip
    assert result.total(ST2B.id) == Decimal("3225.00")


def test_r13_a_year_whose_fee_rate_changes_names_both_rates_and_one_rate_keeps_its_rate():
    from mutualisation.domain.year import sum_of_periods

    payroll = {(2025, m): "1000.00" for m in range(1, 7)}
    fee = Timeline([
        Dated(LONG_AGO, FeeTerms(Fraction(5, 100), frozenset({"personnel"}))),
        Dated(D(2025, 4, 1), FeeTerms(Fraction(6, 100), frozenset({"personnel"}))),
    ])  # fmt: skip
    costs = data(staff=(person(payroll=payroll),), clauses=ConventionClauses(fee=fee))
    quarters = [compute(costs, Period.quarter(2025, q)) for q in (1, 2)]
    half = sum_of_periods(Period(D(2025, 1, 1), D(2025, 6, 30)), quarters)
    [line] = [line for line in half.lines if line.source_kind == "fee"]
    assert line.label == "Frais de gestion (5\u00a0% puis 6\u00a0%)"
    assert (line.basis(ST2B.id), line.part(ST2B.id)) == (Decimal("3000.00"), Decimal("165.00"))
    assert line.rate is None
    [same] = [line for line in sum_of_periods(Period.quarter(2025, 2), quarters[1:]).lines if line.source_kind == "fee"]
    assert same.label == "Frais de gestion 6\u00a0%" and same.ratio(ST2B.id) == Fraction(6, 100)


# -- R12 priced meters -----------------------------------------------------------------------


def _priced(readings, prices=(("0.45", LONG_AGO),), equipment_id=None):
    return MeterInput(
        1, "Kilométrage", "km",
        tuple(ReadingPeriod(s, e, {p: Fraction(q) for p, q in quantities.items()}) for s, e, quantities in readings),
        equipment_id=equipment_id,
        prices=Timeline([Dated(day, Decimal(price)) for price, day in prices]),
    )  # fmt: skip


def test_r12_reading_period_straddling_the_billing_period():
    # 310 km from 15 March to 14 April (31 days): 10 km a day, 14 days in T2.
    meter = _priced([(D(2025, 3, 15), D(2025, 4, 14), {ST2B.id: 310, PAYS.id: 620}),
                     (D(2025, 4, 15), D(2025, 6, 30), {ST2B.id: 770})])  # fmt: skip
    result = compute(data(meters={1: meter}), T2_2025)
    line = result.lines[0]
    assert line.part(ST2B.id) == Decimal("409.50")  # (140 + 770) × 0.45
    assert line.key_description(ST2B.id) == "910 km × 0,45\u00a0€"
    assert line.part(PAYS.id) == Decimal("0.00") and line.section == "depenses"
    assert result.problems == ()


def test_r12_price_change_inside_the_reading_period_and_rounding_once():
    meter = _priced(
        [(D(2025, 4, 1), D(2025, 6, 30), {ST2B.id: 1001})],
        prices=(("0.333", LONG_AGO), ("0.50", D(2025, 6, 1))),
    )
    line = compute(data(meters={1: meter}), T2_2025).lines[0]
    # 1001 km over 91 days = 11 a day: 61 days × 11 × 0.333 + 30 × 11 × 0.50 = 223.443 + 165 → 388.44
    assert line.part(ST2B.id) == Decimal("388.44")
    assert line.key_description(ST2B.id) == "671 km × 0,333\u00a0€ + 330 km × 0,50\u00a0€"


def test_r12_priced_meter_without_readings_is_a_problem():
    meter = _priced([(D(2025, 4, 1), D(2025, 4, 30), {ST2B.id: 100})])
    result = compute(data(meters={1: meter}), T2_2025)
    assert result.lines[0].part(ST2B.id) == Decimal("45.00")
    [problem] = result.problems
    assert problem.code == MISSING_READINGS and problem.item_kind == "meter"
    assert problem.day == D(2025, 5, 1) and "du 01/05/2025 au 30/06/2025" in problem.message


# -- R14 VAT per section --------------------------------------------------------------------


def test_r14_vat_per_rate_is_rounded_once_on_the_sum_of_the_rate():
    # Three bills of 0.05 each at 10 %: per line 0.005 → 0.01 three times, per rate 0.015 → 0.02.
    bills = tuple(bill(i, "0.05", D(2025, 4, 2), override=1) for i in range(3))
    taxable = Timeline([Dated(LONG_AGO, VatTreatment(TAXABLE, Fraction(1, 10)))])
    result = compute(
        data(keys={1: fixed_key(ST2B="1")}, categories={1: category()}, bills=bills,
             clauses=ConventionClauses(vat={"depenses": taxable})),
        T2_2025,
    )  # fmt: skip
    [rate] = vat_summary(result, ST2B.id, NO_VAT).rates
    assert (rate.base, rate.vat) == (Decimal("0.15"), Decimal("0.02"))


def test_r14_vat_treatment_missing_for_a_section_is_a_problem():
    clauses = worked_example_2().clauses
    vat = {s: t for s, t in clauses.vat.items() if s != "locaux"}
    result = compute(worked_example_2(clauses=dataclasses.replace(clauses, vat=vat)), T2_2025)
    [problem] = result.problems
    assert problem.code == MISSING_VAT and "« Locaux »" in problem.message


def test_r14_without_treatments_the_convention_regime_applies_to_everything():
    clauses = dataclasses.replace(worked_example_2().clauses, vat={})
    result = compute(worked_example_2(clauses=clauses), T2_2025)
    regime = VatTreatment(TAXABLE, Fraction(1, 5))
    summary = vat_summary(result, ST2B.id, regime)
    assert [(r.base, r.vat) for r in summary.rates] == [(Decimal("8720.54"), Decimal("1744.11"))]
    assert summary.mentions == ()


# -- R15 absences and reimbursements ---------------------------------------------------------


def test_r15_negative_month_after_reimbursements():
    # A May payroll of 500.00 and 800.00 of IJSS received: −300.00 spread over May.
    alice = person(payroll={(2025, 5): "500.00"})
    alice = dataclasses.replace(alice, reimbursements={(2025, 5): Decimal("800.00")})
    line = compute(data(staff=(alice,)), Period.month(2025, 5)).lines[0]
    assert line.total == Decimal("-300.00")
    assert line.part(ST2B.id) == Decimal("-150.00") and line.part(PAYS.id) == Decimal("-150.00")


def test_r15_only_the_kinds_kept_by_the_provider_bill_nothing():
    payroll = {(2025, 4): "3000.00"}
    training = person(payroll=payroll)
    training = dataclasses.replace(training, absences=(Absence(D(2025, 4, 1), D(2025, 4, 10), "formation"),))
    assert compute(data(staff=(training,)), Period.month(2025, 4)).lines[0].part(ST2B.id) == Decimal("1500.00")
    kept = ConventionClauses(kept_absence_kinds=Timeline([Dated(LONG_AGO, frozenset({"formation"}))]))
    line = compute(data(staff=(training,), clauses=kept), Period.month(2025, 4)).lines[0]
    assert line.part(ST2B.id) == Decimal("1000.00")  # 20 of 30 days at 50 %


def test_r15_absences_change_neither_working_time_nor_headcount_keys():
    # The telephone bill falls on 5 May, a day of Alice's sick leave: still 2.5 / 4 FTE.
    result = compute(worked_example_2(), T2_2025)
    phone = next(line for line in result.lines if line.source_kind == "bill")
    assert phone.ratio(ST2B.id) == Fraction(5, 8)


def test_r15_absences_are_checked_within_employment_and_not_overlapping():
    sick = Absence(D(2025, 5, 5), D(2025, 5, 9), "maladie")
    check_absences([sick], D(2020, 1, 1), None, "Alice")
    with pytest.raises(ClauseError, match="se chevauchent"):
        check_absences([sick, Absence(D(2025, 5, 9), D(2025, 5, 12), "conge")], D(2020, 1, 1), None, "Alice")
    with pytest.raises(ClauseError, match="sort de sa période d'emploi"):
        check_absences([sick], D(2020, 1, 1), D(2025, 5, 6), "Alice")
    with pytest.raises(ClauseError, match="avant de commencer"):
        check_absences([Absence(D(2025, 5, 9), D(2025, 5, 5), "maladie")], D(2020, 1, 1), None, "Alice")


# -- R16 revaluation --------------------------------------------------------------------------


def _rent(**changes) -> ChargeInput:
    values = dict(
        id=1, label="Loyer", amount=Decimal("1000.00"), frequency="month", start=D(2024, 2, 29), end=None,
        attachment=Attachment("category", 1), revaluation=Revaluation(Fraction(3, 100), D(2024, 2, 29)),
    )  # fmt: skip
    values.update(changes)
    return ChargeInput(**values)


def test_r16_revaluation_on_29_february():
    rent = _rent()
    # 1 March in common years, 29 February again in a leap year; rounded at each step.
    assert amount_on(rent, D(2025, 2, 28)) == Decimal("1000.00")
    assert amount_on(rent, D(2025, 3, 1)) == Decimal("1030.00")
    assert amount_on(rent, D(2027, 3, 1)) == Decimal("1092.73")  # 1060.90 × 1.03 = 1092.727
    assert amount_on(rent, D(2028, 2, 28)) == Decimal("1092.73")
    assert amount_on(rent, D(2028, 2, 29)) == Decimal("1125.51")  # 1125.5119
    line = compute(data(categories={1: category()}, keys={1: fixed_key(ST2B="1")}, charges=(rent,)),
                   Period.month(2025, 3)).lines[0]  # fmt: skip
    assert line.total == Decimal("1030.00")
    assert "Loyer revalorisé de 3\u00a0% au 01/03/2025 : 1\u202f030,00\u00a0€." in line.explanation.inputs


def test_r16_an_amount_entered_replaces_the_series_from_its_date():
    rent = _rent(later_amounts=(Dated(D(2025, 6, 1), Decimal("1100.00"), "avenant n° 2"),))
    assert amount_on(rent, D(2025, 5, 31)) == Decimal("1030.00")
    assert amount_on(rent, D(2025, 6, 1)) == Decimal("1100.00")
    assert amount_on(rent, D(2026, 3, 1)) == Decimal("1133.00")
    # Half of a quarter at each amount, each spread over its own month (R3).
    line = compute(data(categories={1: category()}, keys={1: fixed_key(ST2B="1")}, charges=(rent,)),
                   T2_2025).lines[0]  # fmt: skip
    assert line.total == Decimal("3160.00")  # 1030 + 1030 + 1100
    assert any("avenant n° 2" in text for text in line.explanation.inputs)


# -- R17 free provision ----------------------------------------------------------------------


def test_r17_free_provision_with_a_fee_on_the_same_section():
    # The telephone (Dépenses partagées) is free; a 10 % fee on that section applies only to
    # the billed subtotal (a bill of 100.00 billed at 50 %).
    bills = (bill(1, "387.65", D(2025, 5, 5), category_id=1), bill(2, "100.00", D(2025, 5, 6), category_id=2))
    clauses = ConventionClauses(
        fee=_fee("0.1", "depenses"),
        free_provisions=(FreeProvision(Attachment("category", 1), ST2B.id, D(2025, 4, 1)),),
    )
    result = compute(
        data(keys={1: fixed_key(ST2B="0.5")}, categories={1: category(1), 2: category(2)}, bills=bills,
             clauses=clauses),
        T2_2025,
    )  # fmt: skip
    fee = next(line for line in result.lines if line.source_kind == "fee")
    assert fee.basis(ST2B.id) == Decimal("50.00") and fee.part(ST2B.id) == Decimal("5.00")
    assert result.total(ST2B.id) == Decimal("55.00")
    assert result.free_total(ST2B.id) == Decimal("193.83")  # 387.65 / 2 → 193.83 (tie to the beneficiary)
    phone = next(line for line in result.lines if line.source_id == 1 and line.source_kind == "bill")
    assert phone.part(PAYS.id) == Decimal("193.82")  # the provider's part is unchanged
    assert phone not in result.lines_for(ST2B.id)


def test_r17_free_provision_starts_on_its_date_only():
    clauses = worked_example_2().clauses
    free = FreeProvision(TELECOM, ST2B.id, D(2025, 7, 1))
    result = compute(worked_example_2(clauses=dataclasses.replace(clauses, free_provisions=(free,))), T2_2025)
    assert result.free_total(ST2B.id) == Decimal("0.00")
    assert result.total(ST2B.id) == Decimal("8720.54") + Decimal("242.28")


def test_vat_treatment_words():
    exempt = VatTreatment(EXEMPT, legal_basis="art. 261 B du CGI", exemption_code="VATEX-EU-132")
    assert exempt.mention == "Exonération de TVA, art. 261 B du CGI"
    assert VatTreatment(TAXABLE, Fraction(1, 5)).describe() == "TVA 20\u00a0%"
    assert OTHER_VAT.describe() == "Hors champ de la TVA, art. 256 B du CGI"
    with pytest.raises(ClauseError):
        VatTreatment("reduced")


# -- the per-party statement ------------------------------------------------------------------


def test_worked_example_2_statement_totals_with_vat_per_rate_and_the_free_block():
    from mutualisation.domain.party_statement import party_statement

    statement = party_statement(compute(worked_example_2(), T2_2025), ST2B.id, None, "TVA non applicable")
    totals = statement.totals
    assert [(v.label, v.basis, v.amount) for v in totals.vat_lines] == [
        ("TVA à 20\u00a0%", Decimal("6127.25"), Decimal("1225.45"))
    ]
    assert (totals.excl_vat, totals.vat, totals.total) == (Decimal("8720.54"), Decimal("1225.45"), Decimal("9945.99"))
    assert totals.mentions == (
        "Hors champ de la TVA, art. 256 B du CGI",
        "Exonération de TVA, art. 261 D 2° du CGI (VATEX-EU-F)",
    )
    assert statement.subtotal("personnel") == Decimal("6127.25")
    fee = next(line for line in statement.lines if line.source_kind == "fee")
    assert (fee.basis, fee.ratio, fee.amount) == (Decimal("5835.48"), "5,00\u00a0%", Decimal("291.77"))
    assert [(line.label, line.amount) for line in statement.free] == [
        ("Téléphone (Opérateur, 05/05/2025)", Decimal("242.28"))
    ]
    assert statement.free_total == Decimal("242.28")


def test_a_statement_without_section_vat_keeps_the_single_regime():
    from mutualisation.domain.party_statement import party_statement

    clauses = dataclasses.replace(worked_example_2().clauses, vat={})
    statement = party_statement(compute(worked_example_2(clauses=clauses), T2_2025), ST2B.id, Decimal("0.2"))
    assert [(v.basis, v.amount) for v in statement.totals.vat_lines] == [(Decimal("8720.54"), Decimal("1744.11"))]
    untaxed = party_statement(compute(worked_example_2(clauses=clauses), T2_2025), ST2B.id, None, "art. 293 B du CGI")
    assert untaxed.totals.vat_lines == () and untaxed.totals.mentions == ("art. 293 B du CGI",)


def test_r14_before_the_first_treatment_the_convention_regime_applies_without_a_problem():
    result = compute(worked_example_2(), Period.quarter(2024, 4))
    assert {p.code for p in result.problems} == {"missing_payroll"}  # no payroll recorded for 2024
    assert all(line.vat is None for line in result.lines)
