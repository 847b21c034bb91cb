"""Hand-checked cases for each rule of DESIGN.md §4."""

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from mutualisation.domain.engine import compute
from mutualisation.domain.inputs import (
    Attachment,
    CategoryInput,
    ChargeInput,
    EquipmentInput,
    KeyInput,
    MeterInput,
    ReadingPeriod,
    SiteInput,
)
from mutualisation.domain.periods import Period
from mutualisation.domain.problems import (
    MISSING_KEY,
    MISSING_PAYROLL,
    MISSING_READINGS,
    SHARES_OVER_100,
    ZERO_KEY_TOTAL,
)
from mutualisation.domain.timeline import Dated, Timeline

from .builders import LONG_AGO, PAYS, SCOT, ST2B, bill, category, data, fixed_key, person, timeline

D = dt.date


def only_line(preview):
    assert len(preview.lines) == 1, preview.lines
    return preview.lines[0]


def test_r3_recurring_charges_spread_per_month_quarter_and_year():
    charges = tuple(
        ChargeInput(i, label, Decimal(amount), freq, D(2024, 1, 1), None, Attachment("category", 1))
        for i, label, amount, freq in (
            (1, "Loyer", "2000.00", "month"), (2, "Abonnement", "900.00", "quarter"),
            (3, "Licence", "1200.00", "year"),
        )
    )  # fmt: skip
    result = compute(
        data(charges=charges, keys={1: fixed_key(ST2B="0.25")}, categories={1: category()}),
        Period(D(2025, 1, 1), D(2025, 2, 14)),
    )
    totals = {line.label: line.total for line in result.lines}
    # January whole, February 14 days out of 28.
    assert totals == {
        "Loyer": Decimal("3000.00"),
        "Abonnement": Decimal("450.00"),
        "Licence": Decimal("150.00"),
    }


def test_r5_leap_february_spreads_over_29_days():
    staff = person(payroll={(2024, 2): "2900.00"})
    line = only_line(compute(data(staff=(staff,)), Period(D(2024, 2, 1), D(2024, 2, 14))))
    assert line.total == Decimal("1400.00")
    assert line.part(ST2B.id) == Decimal("700.00")


def test_r5_arrival_on_the_19th_spreads_the_month_over_employed_days():
    staff = person(start=D(2025, 3, 19), payroll={(2025, 3): "1300.00"})
    result = compute(data(staff=(staff,)), Period(D(2025, 3, 19), D(2025, 3, 25)))
    assert only_line(result).total == Decimal("700.00")  # 7 of 13 employed days
    whole = only_line(compute(data(staff=(staff,)), Period.quarter(2025, 1)))
    assert (whole.total, whole.part(ST2B.id)) == (Decimal("1300.00"), Decimal("650.00"))
    assert whole.explanation.inputs[1].startswith("Paie de mars 2025 : 1\u202f300,00\u00a0€ sur 13 j")


def test_r5_departure_on_the_10th():
    staff = person(end=D(2025, 4, 10), payroll={(2025, 4): "1000.00"})
    assert only_line(compute(data(staff=(staff,)), Period.month(2025, 4))).total == Decimal("1000.00")
    half = only_line(compute(data(staff=(staff,)), Period(D(2025, 4, 1), D(2025, 4, 5))))
    assert half.total == Decimal("500.00")
    assert compute(data(staff=(staff,)), Period.month(2025, 5)).lines == ()


def test_r5_share_change_on_the_15th():
    shares = timeline((LONG_AGO, "0.2"), (D(2025, 1, 15), "0.6"))
    staff = person(shares=shares, payroll={(2025, 1): "3100.00"})
    line = only_line(compute(data(staff=(staff,)), Period.month(2025, 1)))
    assert line.part(ST2B.id) == Decimal("1300.00")  # 14 × 100 × 20 % + 17 × 100 × 60 %
    assert line.ratio(ST2B.id) == Fraction(13, 31)
    assert [s.days for s in line.explanation.steps] == [14, 17]


def test_r5_working_time_does_not_change_the_cost_but_counts_in_headcount():
    part_time = person(time="0.8", payroll={(2025, 1): "3100.00"})
    line = only_line(compute(data(staff=(part_time,)), Period.month(2025, 1)))
    assert line.part(ST2B.id) == Decimal("1550.00")


def test_r4_bill_from_15_november_to_14_february_spreads_over_its_days():
    winter = bill(1, "920.00", D(2025, 2, 20), service=(D(2024, 11, 15), D(2025, 2, 14)))
    inputs = data(bills=(winter,), keys={1: fixed_key(ST2B="0.25")}, categories={1: category()})
    t4 = only_line(compute(inputs, Period.quarter(2024, 4)))
    t1 = only_line(compute(inputs, Period.quarter(2025, 1)))
    assert (t4.total, t4.part(ST2B.id)) == (Decimal("470.00"), Decimal("117.50"))  # 47 of 92 days
    assert (t1.total, t1.part(ST2B.id)) == (Decimal("450.00"), Decimal("112.50"))
    assert compute(inputs, Period.quarter(2025, 2)).lines == ()


def test_r4_bill_without_service_period_falls_on_its_date():
    inputs = data(bills=(bill(1, "50.00", D(2025, 3, 31)),), keys={1: fixed_key(ST2B="0.5")},
                  categories={1: category()})  # fmt: skip
    assert only_line(compute(inputs, Period.quarter(2025, 1))).total == Decimal("50.00")
    assert compute(inputs, Period.quarter(2025, 2)).lines == ()


def _item(in_service, value="12000.00", life=5):
    return EquipmentInput(1, "Serveur", Decimal(value), in_service, life, Timeline([Dated(LONG_AGO, 1)]))


def test_r6_item_entering_service_mid_month():
    inputs = data(equipment=(_item(D(2025, 1, 15)),), keys={1: fixed_key(ST2B="0.5")})
    line = only_line(compute(inputs, Period.quarter(2025, 1)))
    assert line.exact_total == Fraction(200 * 17, 31) + 400
    assert line.total == Decimal("509.68")
    # The last month is partial too: the same date five years later is excluded.
    last = only_line(compute(inputs, Period.month(2030, 1)))
    assert last.exact_total == Fraction(200 * 14, 31)


def test_r6_fully_depreciated_item_gives_nothing():
    inputs = data(equipment=(_item(D(2019, 1, 1)),), keys={1: fixed_key(ST2B="0.5")})
    assert compute(inputs, Period.quarter(2025, 1)).lines == ()
    assert compute(inputs, Period.quarter(2023, 4)).lines != ()


def test_refund_is_negative_and_apportioned_by_absolute_value():
    inputs = data(bills=(bill(1, "-100.00", D(2025, 2, 1)),), keys={1: fixed_key(ST2B="0.3333")},
                  categories={1: category()})  # fmt: skip
    line = only_line(compute(inputs, Period.quarter(2025, 1)))
    assert (line.total, line.part(ST2B.id), line.part(PAYS.id)) == (
        Decimal("-100.00"), Decimal("-33.33"), Decimal("-66.67"),
    )  # fmt: skip


def test_rounding_ties_two_and_three_ways():
    two = data(bills=(bill(1, "100.01", D(2025, 2, 1)),), keys={1: fixed_key(ST2B="0.5")},
               categories={1: category()})  # fmt: skip
    line = only_line(compute(two, Period.quarter(2025, 1)))
    assert (line.part(ST2B.id), line.part(PAYS.id)) == (Decimal("50.01"), Decimal("50.00"))
    three = data(
        beneficiaries=(ST2B, SCOT), bills=(bill(1, "100.00", D(2025, 2, 1)),),
        keys={1: KeyInput(1, "Tiers", "surface", site_id=1)}, categories={1: category()},
        sites={1: SiteInput(1, "Site", {p.id: timeline((LONG_AGO, 10)) for p in (PAYS, ST2B, SCOT)})},
    )  # fmt: skip
    line = only_line(compute(three, Period.quarter(2025, 1)))
    assert [line.part(p.id) for p in (ST2B, SCOT, PAYS)] == [
        Decimal("33.34"), Decimal("33.33"), Decimal("33.33"),
    ]  # fmt: skip


def test_r7_headcount_counts_own_fte_and_the_register_on_employed_days():
    staff = (
        person(1, shares=timeline((LONG_AGO, "0.5")), payroll={}),
        person(2, start=D(2025, 1, 16), shares=timeline((LONG_AGO, 0)), name="Bruno"),
    )
    inputs = data(
        staff=staff, own_headcount={ST2B.id: timeline((LONG_AGO, 1))},
        bills=(bill(1, "310.00", D(2025, 1, 31), service=(D(2025, 1, 1), D(2025, 1, 31))),),
        keys={1: KeyInput(1, "Effectifs", "headcount")}, categories={1: category()},
    )  # fmt: skip
    result = compute(inputs, Period.month(2025, 1))
    line = next(l for l in result.lines if l.source_kind == "bill")
    # 15 days at ST2B 1.5 / 2 FTE, then 16 days at 1.5 / 3 FTE; 10 € a day.
    assert line.exact_part(ST2B.id) == 150 * Fraction(3, 4) + 160 * Fraction(1, 2)
    assert "Effectifs 1,5/2 ETP du 01/01 au 15/01" in line.key_description(ST2B.id)


def test_r7_direct_override_wins_over_the_category_key():
    inputs = data(
        bills=(bill(1, "86.40", D(2025, 2, 1), override=2),),
        keys={1: fixed_key(ST2B="0.1"), 2: KeyInput(2, "Direct", "direct", party_id=ST2B.id)},
        categories={1: category()},
    )  # fmt: skip
    line = only_line(compute(inputs, Period.quarter(2025, 1)))
    assert (line.part(ST2B.id), line.part(PAYS.id)) == (Decimal("86.40"), Decimal("0.00"))


def test_r7_metered_uses_the_billing_period_containing_each_day():
    meter = MeterInput(1, "Copies", "copies", (
        ReadingPeriod(D(2025, 1, 1), D(2025, 1, 31), {PAYS.id: Fraction(3), ST2B.id: Fraction(1)}),
        ReadingPeriod(D(2025, 2, 1), D(2025, 2, 28), {PAYS.id: Fraction(1), ST2B.id: Fraction(1)}),
    ))  # fmt: skip
    charge = ChargeInput(1, "Copieur", Decimal("100.00"), "month", LONG_AGO, None, Attachment("category", 1))
    inputs = data(charges=(charge,), meters={1: meter}, categories={1: category()},
                  keys={1: KeyInput(1, "Copies", "metered", meter_id=1)})  # fmt: skip
    line = only_line(compute(inputs, Period(D(2025, 1, 1), D(2025, 2, 28))))
    assert line.part(ST2B.id) == Decimal("75.00")  # 25 + 50


def test_problems_missing_payroll_and_shares_over_100():
    staff = person(shares=timeline((LONG_AGO, "0.5"), (D(2025, 2, 10), "1.2")),
                   payroll={(2025, 1): "3100.00"})  # fmt: skip
    result = compute(data(staff=(staff,)), Period.quarter(2025, 1))
    codes = {(p.code, p.day) for p in result.problems}
    assert (MISSING_PAYROLL, D(2025, 2, 1)) in codes and (MISSING_PAYROLL, D(2025, 3, 1)) in codes
    assert (SHARES_OVER_100, D(2025, 2, 10)) in codes
    message = next(p.message for p in result.problems if p.code == MISSING_PAYROLL)
    assert message.startswith("Paie manquante pour Alice en février 2025")
    assert only_line(result).total == Decimal("3100.00")  # what can be shown still is


def test_problems_missing_readings_zero_surface_zero_fte_and_missing_key():
    meter = MeterInput(1, "Kilométrage", "km", ())
    site = SiteInput(1, "Annexe", {})
    inputs = data(
        meters={1: meter}, sites={1: site},
        keys={1: KeyInput(1, "Km", "metered", meter_id=1), 2: KeyInput(2, "Effectifs", "headcount")},
        categories={1: category(1, 1), 2: category(2, 2),
                    3: CategoryInput(3, "Sans clé", Timeline())},
        charges=(ChargeInput(1, "Loyer", Decimal("10.00"), "month", LONG_AGO, None, Attachment("site", 1)),),
        bills=(bill(1, "10.00", D(2025, 1, 5), category_id=1), bill(2, "10.00", D(2025, 1, 5), category_id=2),
               bill(3, "10.00", D(2025, 1, 5), category_id=3)),
    )  # fmt: skip
    result = compute(inputs, Period.quarter(2025, 1))
    kinds = {(p.code, p.item_kind, p.item_id) for p in result.problems}
    assert kinds == {
        (MISSING_READINGS, "meter", 1), (ZERO_KEY_TOTAL, "site", 1),
        (ZERO_KEY_TOTAL, "key", 2), (MISSING_KEY, "category", 3),
    }  # fmt: skip
    messages = " ".join(p.message for p in result.problems)
    assert "compteur « Kilométrage »" in messages and "site « Annexe »" in messages
    assert "catégorie de dépense « Sans clé »" in messages
    # Undefined days stay with the provider: parts still sum to totals.
    for line in result.lines:
        assert line.part(PAYS.id) == line.total
