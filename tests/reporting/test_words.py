"""Amounts in words: exact French wording for « Arrêté le présent état à la somme de … »."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mutualisation.reporting.words import amount_in_words


@pytest.mark.parametrize(
    ("amount", "words"),
    [
        ("0", "zéro euro"),
        ("0.00", "zéro euro"),
        ("-0.00", "zéro euro"),
        ("0.01", "un centime"),
        ("0.50", "cinquante centimes"),
        ("0.80", "quatre-vingts centimes"),
        ("0.99", "quatre-vingt-dix-neuf centimes"),
        ("1", "un euro"),
        ("1.00", "un euro"),
        ("1.01", "un euro et un centime"),
        ("2", "deux euros"),
        ("2.10", "deux euros et dix centimes"),
        ("12.5", "douze euros et cinquante centimes"),
        ("21", "vingt et un euros"),
        ("71.21", "soixante et onze euros et vingt et un centimes"),
        ("80", "quatre-vingts euros"),
        ("81", "quatre-vingt-un euros"),
        ("100", "cent euros"),
        ("180", "cent quatre-vingts euros"),
        ("200", "deux cents euros"),
        ("201", "deux cent un euros"),
        ("1000", "mille euros"),
        ("1001", "mille un euros"),
        ("2000", "deux mille euros"),
        ("1234.56", "mille deux cent trente-quatre euros et cinquante-six centimes"),
        ("9855.75", "neuf mille huit cent cinquante-cinq euros et soixante-quinze centimes"),
        ("80000", "quatre-vingt mille euros"),
        ("200000", "deux cent mille euros"),
        ("1000000", "un million d'euros"),
        ("1000000.00", "un million d'euros"),
        ("1000000.01", "un million d'euros et un centime"),
        ("2000000", "deux millions d'euros"),
        ("1200000", "un million deux cent mille euros"),
        ("1000080", "un million quatre-vingts euros"),
        ("300000000", "trois cents millions d'euros"),
        ("1000000000", "un milliard d'euros"),
        ("3000000000", "trois milliards d'euros"),
        ("1000000001", "un milliard un euros"),
        ("-12.30", "moins douze euros et trente centimes"),
        ("-0.05", "moins cinq centimes"),
        ("-1", "moins un euro"),
        ("-2000000", "moins deux millions d'euros"),
    ],
)
def test_exact_wording(amount: str, words: str) -> None:
    assert amount_in_words(Decimal(amount)) == words


def test_an_int_is_euros_not_cents() -> None:
    assert amount_in_words(150) == "cent cinquante euros"


@pytest.mark.parametrize("bad", [1.5, "12.00", None])
def test_refuses_what_is_not_a_decimal(bad) -> None:
    with pytest.raises(TypeError):
        amount_in_words(bad)


@pytest.mark.parametrize("bad", ["0.001", "12.345", "NaN", "Infinity"])
def test_refuses_fractions_of_a_cent_and_non_numbers(bad: str) -> None:
    with pytest.raises(ValueError):
        amount_in_words(Decimal(bad))


@given(st.integers(min_value=-(10**11), max_value=10**11))
def test_any_amount_up_to_a_billion_reads_well(cents: int) -> None:
    amount = Decimal(cents).scaleb(-2)
    words = amount_in_words(amount)
    assert words and words == words.strip()
    assert "  " not in words
    assert "zéro centime" not in words
    assert "euros euros" not in words and "euro euro" not in words
    assert words.endswith(("euro", "euros", "centime", "centimes"))
    assert ("zéro" in words) == (cents == 0)
    assert words.startswith("moins ") == (cents < 0)
    euros, centimes = divmod(abs(cents), 100)
    assert ("centime" in words) == (centimes != 0)
    assert ("euro" in words) == (euros != 0 or cents == 0)
    assert ("d'euros" in words) == (euros >= 10**6 and euros % 10**6 == 0)
    assert (re.search(r"euros? et ", words) is not None) == (euros != 0 and centimes != 0)
