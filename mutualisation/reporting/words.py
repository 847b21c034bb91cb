"""Amounts in words, as public accounting writes them (« Arrêté le présent état à la somme de … »).

``domain/number_words.py`` spells the integers (as num2words did, word for word); euros and
centimes are assembled here (num2words' ``to="currency"`` mode wrote « un million euros » and
« zéro centimes », STYLE.md).

Rules applied (traditional spelling: « vingt et un », « quatre-vingts »):

- ``0`` → « zéro euro »; ``1`` → « un euro »; ``2`` and more → « euros »;
- a round number of millions or milliards takes « d'euros »: « un million d'euros »,
  « deux milliards d'euros »; « un million deux cent mille euros » does not;
- centimes follow with « et »: « un euro et un centime », « … euros et cinquante centimes »;
  no euros → centimes alone (« cinquante centimes »); no centimes → nothing (never « zéro centime »);
- a negative amount is « moins » followed by the words of its absolute value.
"""

from __future__ import annotations

from decimal import Decimal

from ..domain.number_words import spell

_CENT = Decimal("0.01")
_MILLION = 1_000_000


def _integer(value: int) -> str:
    return spell(value)


def _euros(euros: int) -> str:
    words = _integer(euros)
    if euros == 1:
        return f"{words} euro"
    if euros >= _MILLION and euros % _MILLION == 0:
        # « million », « milliard », « billion » are nouns: « un million d'euros ».
        return f"{words} d'euros"
    return f"{words} euros"


def _centimes(centimes: int) -> str:
    return f"{_integer(centimes)} centime{'s' if centimes > 1 else ''}"


def amount_in_words(amount: Decimal) -> str:
    """The amount in French words: ``Decimal("1234.56")`` → « mille deux cent trente-quatre
    euros et cinquante-six centimes ».

    ``amount`` is a Decimal in euros with at most two significant decimals (``Decimal("12.50")``
    and ``Decimal("12.5")`` alike); a float raises ``TypeError`` and a fraction of a cent
    raises ``ValueError``: an amount is spelled as issued, never silently rounded.
    """
    if isinstance(amount, float) or not isinstance(amount, (Decimal, int)):
        raise TypeError("amount_in_words needs a Decimal amount, not %s" % type(amount).__name__)
    amount = Decimal(amount)
    if not amount.is_finite():
        raise ValueError(f"amount {amount} is not a finite number")
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"amount {amount} is not a whole number of cents")
    cents = int(cents)
    if cents < 0:
        return f"moins {amount_in_words(-amount)}"
    euros, centimes = divmod(cents, 100)
    if euros == 0 and centimes == 0:
        return "zéro euro"
    if euros == 0:
        return _centimes(centimes)
    if centimes == 0:
        return _euros(euros)
    return f"{_euros(euros)} et {_centimes(centimes)}"
