"""French figures: the faster wording of numbers gives, character for character, the texts of
the first one, kept here as the oracle (every amount, ratio and percentage printed goes
through it, and the seal of an issued document covers them)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from mutualisation.domain import french

from .test_engine_properties import PROPERTY

NNBSP, NBSP = "\u202f", "\u00a0"


def _group(digits: str) -> str:
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return NNBSP.join(groups)


def oracle_number(value, places=None, trim=False) -> str:
    if isinstance(value, Fraction):
        places = 4 if places is None else places
        value = Decimal(value.numerator) / Decimal(value.denominator)
    value = Decimal(value)
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if trim:
        value = value.normalize() if value else Decimal(0)
    sign = "-" if value < 0 else ""
    text = f"{abs(value):f}"
    whole, _, decimals = text.partition(".")
    return f"{sign}{_group(whole)}{',' + decimals if decimals else ''}"


def oracle_percent(ratio, places=2, trim=False) -> str:
    return f"{oracle_number(Fraction(ratio) * 100, places, trim)}{NBSP}%"


def oracle_fraction(ratio: Fraction) -> str:
    return f"{ratio.numerator}/{ratio.denominator}" if ratio.denominator != 1 else str(ratio.numerator)


# Amounts up to what the database holds, ratios with large denominators (a day's share of a
# payroll over a headcount key), halves at every place (the half-up ties), negatives and zeros.
big = st.integers(-(2**63), 2**63)
fractions = st.one_of(
    st.fractions(max_denominator=10**9).filter(lambda f: abs(f) < 10**15),
    st.builds(Fraction, big, st.integers(1, 10**12)),
    st.builds(lambda n, k: Fraction(2 * n + 1, 2 * 10**k), st.integers(-(10**12), 10**12), st.integers(0, 8)),
)
decimals = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15, places=6),
    st.builds(lambda n, k: Decimal(n).scaleb(-k), big, st.integers(0, 8)),
    st.sampled_from([Decimal("0"), Decimal("-0"), Decimal("-0.00"), Decimal("1E+3"), Decimal("0.5"), Decimal("-0.005")]),
)
places = st.one_of(st.none(), st.integers(0, 14))


def outcome(word, *args):
    """The text, or the error: beyond 28 digits both wordings refuse to round (InvalidOperation)."""
    try:
        return word(*args)
    except ArithmeticError as error:
        return type(error)


@PROPERTY
@given(st.one_of(fractions, decimals, big), places, st.booleans())
def test_number_words_any_value_as_the_first_wording_did(value, places, trim):
    assert outcome(french.number, value, places, trim) == outcome(oracle_number, value, places, trim)


@PROPERTY
@given(st.one_of(fractions, decimals), places, st.booleans())
def test_percent_and_money_as_the_first_wording_did(value, places, trim):
    assert outcome(french.percent, value, places, trim) == outcome(oracle_percent, value, places, trim)
    places = 4 if places is None else places
    money = outcome(oracle_number, value, places)
    assert outcome(french.money, value, places) == (f"{money}{NBSP}€" if isinstance(money, str) else money)


@PROPERTY
@given(fractions)
def test_fraction_as_the_first_wording_did(value):
    assert french.fraction(value) == oracle_fraction(value)


def test_examples():
    assert french.number(Decimal("1234567.5")) == f"1{NNBSP}234{NNBSP}567,5"
    assert french.number(Fraction(-1, 100000)) == "0,0000"  # rounded to zero: no sign
    assert french.money(Fraction(2000)) == f"2{NNBSP}000,00{NBSP}€"
    assert french.percent(Fraction(9, 35)) == f"25,71{NBSP}%"
    assert french.percent(Fraction(2, 5), trim=True) == f"40{NBSP}%"
    assert french.percent(Fraction(1, 3), places=None) == f"33,3333{NBSP}%"
    assert french.number(Decimal("0.80"), 2, trim=True) == "0,8"
