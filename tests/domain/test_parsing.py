"""Amounts as people type them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain import french
from mutualisation.domain.parsing import ParseError, parse_amount


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1234,56", "1234.56"), ("1 234,56", "1234.56"), ("1\u202f234,56\u00a0€", "1234.56"),
        ("1234.5", "1234.50"), ("-12,5", "-12.50"), ("\u22123", "-3.00"), (",5", "0.50"),
        ("0", "0.00"), ("12 EUR", "12.00"),
    ],
)  # fmt: skip
def test_amounts_in_french_and_plain_spelling(text, expected):
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["", "abc", "1.234,56", "1,2,3", "12,345", "--1", "1e5", "€"])
def test_bad_amounts_are_refused_with_an_example(text):
    with pytest.raises(ParseError, match="1 234,56|décimales"):
        parse_amount(text)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_french_formatting_reads_back(cents):
    value = Decimal(cents).scaleb(-2)
    assert parse_amount(french.money(value)) == value
    assert parse_amount(str(value)) == value
