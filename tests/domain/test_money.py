"""R1 and R9: money constructor, half-up rounding, largest-remainder apportionment."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain.money import D, apportion, round_half_up


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
