"""French formatting of amounts, dates and ratios: exact, CLDR separators."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mutualisation.ui import formatting

NNBSP = "\u202f"  # thousands separator (CLDR fr)
NBSP = "\u00a0"  # before the euro sign and units


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (Decimal("1234.56"), f"1{NNBSP}234,56{NBSP}€"),
        (Decimal("0.00"), f"0,00{NBSP}€"),
        (Decimal("-86.40"), f"-86,40{NBSP}€"),
        (Decimal("1000000.01"), f"1{NNBSP}000{NNBSP}000,01{NBSP}€"),
        (Decimal("9855.75"), f"9{NNBSP}855,75{NBSP}€"),
    ],
)
def test_money_is_french_with_two_decimals(amount, text):
    assert formatting.money(amount) == text


def test_money_keeps_every_digit_of_a_large_amount():
    # A float would lose the last cent here; Decimal goes through untouched.
    assert formatting.money(Decimal("12345678901234.57")).startswith(f"12{NNBSP}345{NNBSP}678")
    assert formatting.money(Decimal("12345678901234.57")).endswith(f",57{NBSP}€")


def test_no_value_gives_an_empty_cell():
    assert formatting.money(None) == ""
    assert formatting.date(None) == ""
    assert formatting.period(None, None) == ""
    assert formatting.percent(None) == ""


def test_dates_are_day_month_year():
    assert formatting.date(dt.date(2025, 2, 5)) == "05/02/2025"
    assert formatting.month(dt.date(2025, 2, 1)) == "février 2025"
    assert formatting.period(dt.date(2025, 1, 1), dt.date(2025, 3, 31)) == "01/01/2025 – 31/03/2025"
    assert formatting.short_period(dt.date(2025, 1, 1), dt.date(2025, 3, 31)) == "01/01 – 31/03/2025"
    assert formatting.short_period(dt.date(2024, 12, 1), dt.date(2025, 1, 31)) == (
        "01/12/2024 – 31/01/2025"
    )


def test_ratios_and_quantities():
    assert formatting.percent(Decimal("0.4")) == f"40{NBSP}%"
    assert formatting.percent(Decimal("0.333333")) == f"33,33{NBSP}%"
    assert formatting.number(Decimal("0.800000"), 3) == "0,8"
    assert formatting.number(Decimal("8502.000"), 3) == f"8{NNBSP}502"
    assert formatting.area(Decimal("14.50")) == f"14,5{NBSP}m²"
    assert formatting.years(1) == f"1{NBSP}an"
    assert formatting.years(5) == f"5{NBSP}ans"
    assert formatting.months(12) == f"12{NBSP}mois"
