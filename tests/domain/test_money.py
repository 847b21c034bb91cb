"""R1 and R9: money constructor, half-up rounding, largest-remainder apportionment."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain.money import D, apportion, instalments, regular_instalment, round_half_up


def test_money_refuses_floats():
    with pytest.raises(TypeError):
        D(0.1)
    assert D("1234.5") == Decimal("1234.50")


@pytest.mark.parametrize(
    "value, expected",
    [
        (Fraction(1, 200), "0.01"),
        (Fraction(-1, 200), "-0.01"),
        (Fraction(1, 300), "0.00"),
        (Fraction(2999, 200), "15.00"),  # 14.995 → 15.00
        (Decimal("462.544444"), "462.54"),
        (Decimal("-2.675"), "-2.68"),
    ],
)
def test_round_half_up(value, expected):
    assert round_half_up(value) == Decimal(expected)


def test_two_way_tie_goes_to_the_beneficiary_first():
    parts = apportion(Decimal("100.01"), [("ST2B", Fraction(1, 2)), ("PAYS", Fraction(1, 2))])
    assert parts == {"ST2B": Decimal("50.01"), "PAYS": Decimal("50.00")}


def test_three_way_tie_follows_convention_order_then_provider():
    weights = [("ST2B", Fraction(1)), ("SCOT", Fraction(1)), ("PAYS", Fraction(1))]
    assert apportion(Decimal("100.00"), weights) == {
        "ST2B": Decimal("33.34"), "SCOT": Decimal("33.33"), "PAYS": Decimal("33.33"),
    }  # fmt: skip
    assert apportion(Decimal("0.02"), weights) == {
        "ST2B": Decimal("0.01"), "SCOT": Decimal("0.01"), "PAYS": Decimal("0.00"),
    }  # fmt: skip


def test_refund_is_apportioned_as_its_absolute_value_then_negated():
    weights = [("ST2B", Fraction(-1, 3)), ("PAYS", Fraction(-2, 3))]
    assert apportion(Decimal("-100.00"), weights) == {
        "ST2B": Decimal("-33.33"), "PAYS": Decimal("-66.67"),
    }  # fmt: skip


def test_largest_remainder_not_first_come():
    # Quotas 462.544 and 677.455: the cent left goes to the larger remainder (PAYS).
    weights = [("ST2B", Fraction("462.5444")), ("PAYS", Fraction("677.4556"))]
    assert apportion(Decimal("1140.00"), weights) == {"ST2B": Decimal("462.54"), "PAYS": Decimal("677.46")}


amounts = st.integers(min_value=-10**9, max_value=10**9).map(lambda c: Decimal(c).scaleb(-2))
weight_lists = st.lists(st.fractions(min_value=0, max_value=10**6), min_size=1, max_size=6)


@given(amounts, weight_lists)
def test_parts_always_sum_to_the_total_and_stay_within_a_cent(total, weights):
    keyed = list(enumerate(weights))
    parts = apportion(total, keyed)
    assert sum(parts.values()) == total
    weight_sum = sum(weights)
    if weight_sum:
        for key, weight in keyed:
            quota = Fraction(total) * weight / weight_sum
            assert abs(Fraction(parts[key]) - quota) < Fraction(1, 100)


# --- instalments: advance calls and the forecast's « per period » ---------------------------


def test_instalments_add_up_with_the_last_absorbing_rounding():
    assert instalments(Decimal("1000.00"), 3) == (Decimal("333.33"), Decimal("333.33"), Decimal("333.34"))
    assert instalments(Decimal("-10.00"), 4) == (Decimal("-2.50"),) * 4
    assert sum(instalments(Decimal("9855.75"), 12)) == Decimal("9855.75")
    assert instalments(Decimal("12.34"), 1) == (Decimal("12.34"),)


def test_instalments_need_at_least_one_period():
    with pytest.raises(ValueError):
        instalments(Decimal("10.00"), 0)


def test_regular_instalment_is_the_sum_of_each_section_s_call_not_the_rounded_total():
    # Two sections of 100,01 € over 4 quarters: each is called 25,00 € (25,0025 rounded), so a
    # quarter is called 50,00 €; a quarter of the total (200,02 / 4 = 50,005) would say 50,01 €.
    assert regular_instalment([Decimal("100.01"), Decimal("100.01")], 4) == Decimal("50.00")
    assert round_half_up(Fraction(Decimal("200.02")) / 4) == Decimal("50.01")


@given(st.lists(amounts, max_size=4), st.sampled_from((1, 2, 4, 12)))
def test_instalments_of_every_section_add_up_to_the_year(sections, count):
    calls = [instalments(amount, count) for amount in sections]
    for amount, call in zip(sections, calls):
        assert sum(call) == amount and len(call) == count
        assert all(abs(c - call[0]) <= Decimal("0.01") * count for c in call)
    assert regular_instalment(sections, count) == sum((c[0] for c in calls), Decimal("0.00"))
