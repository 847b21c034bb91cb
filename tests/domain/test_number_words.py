"""Whole numbers in French words: the wording the statements have always printed (num2words')."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from num2words import num2words

from mutualisation.domain.number_words import LIMIT, spell

#: The largest amount a statement can carry: 2⁶³ − 1 cents (a BIGINT column), in euros.
LARGEST_EUROS = (2**63 - 1) // 100


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zéro"),
        (1, "un"),
        (16, "seize"),
        (17, "dix-sept"),
        (21, "vingt et un"),
        (22, "vingt-deux"),
        (61, "soixante et un"),
        (70, "soixante-dix"),
        (71, "soixante et onze"),
        (77, "soixante-dix-sept"),
        (80, "quatre-vingts"),
        (81, "quatre-vingt-un"),
        (90, "quatre-vingt-dix"),
        (91, "quatre-vingt-onze"),
        (99, "quatre-vingt-dix-neuf"),
        (100, "cent"),
        (101, "cent un"),
        (180, "cent quatre-vingts"),
        (200, "deux cents"),
        (201, "deux cent un"),
        (1000, "mille"),
        (1080, "mille quatre-vingts"),
        (21_000, "vingt et un mille"),
        (80_000, "quatre-vingt mille"),
        (200_000, "deux cent mille"),
        (280_000, "deux cent quatre-vingt mille"),
        (1_000_000, "un million"),
        (1_001_000, "un million mille"),
        (80_000_000, "quatre-vingts millions"),
        (200_000_080, "deux cents millions quatre-vingts"),
        (2_000_000_000, "deux milliards"),
        (10**12, "un billion"),
        (92_233_720_368_547_758, "quatre-vingt-douze billiards deux cent trente-trois billions sept cent vingt "
                                 "milliards trois cent soixante-huit millions cinq cent quarante-sept mille "
                                 "sept cent cinquante-huit"),
        (-12, "moins douze"),
    ],
)
def test_exact_words(number: int, words: str) -> None:
    assert spell(number) == words


def test_every_number_below_a_hundred_thousand_reads_as_before() -> None:
    for number in range(100_000):
        assert spell(number) == num2words(number, lang="fr"), number


@given(st.integers(min_value=0, max_value=LARGEST_EUROS))
@example(LARGEST_EUROS)
@example(180_080_080_080)
def test_any_amount_the_database_holds_reads_as_before(number: int) -> None:
    assert spell(number) == num2words(number, lang="fr")


@given(st.integers(min_value=0, max_value=LIMIT - 1))
def test_up_to_the_limit_reads_as_before(number: int) -> None:
    assert spell(number) == num2words(number, lang="fr")


@given(st.integers(min_value=1, max_value=LIMIT - 1))
def test_a_negative_number_is_moins_and_its_opposite(number: int) -> None:
    assert spell(-number) == f"moins {spell(number)}"


def test_refuses_what_it_cannot_spell() -> None:
    with pytest.raises(ValueError):
        spell(LIMIT)
    for bad in (1.0, True, "1", None):
        with pytest.raises(TypeError):
            spell(bad)
