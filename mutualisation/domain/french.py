"""French wording of numbers for explanations (no locale module: it is absent here).

Thousands are separated by U+202F (narrow no-break space) and the unit by U+00A0, as
CLDR's French does, so texts from here and from babel/Qt look the same.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import cache

NNBSP = "\u202f"
NBSP = "\u00a0"


@cache
def _quantum(places: int) -> Decimal:
    """The step of ``places`` decimals (``0.01`` for 2), made once per number of places."""
    return Decimal(1).scaleb(-places)


def number(value: Decimal | Fraction | int, places: int | None = None, trim: bool = False) -> str:
    """``1234.5`` → ``1 234,5``; with ``places``, rounded half-up to that many decimals.

    Without ``places`` a Decimal keeps its own decimals and a Fraction is shown with up to 4
    decimals. ``trim`` drops trailing zeros after rounding (``0,8`` rather than ``0,80``).
    This is the one place figures are rounded for display, on screen as on paper.
    """
    if isinstance(value, Fraction):
        return _quotient_text(value.numerator, value.denominator, places, trim)
    return _decimal_text(value if isinstance(value, Decimal) else Decimal(value), places, trim)


def _quotient_text(numerator: int, denominator: int, places: int | None, trim: bool) -> str:
    """The French text of a quotient: divided in the decimal context (28 digits), then rounded
    half-up to ``places`` (4 by default)."""
    return _decimal_text(Decimal(numerator) / Decimal(denominator), 4 if places is None else places, trim)


def _decimal_text(value: Decimal, places: int | None, trim: bool) -> str:
    """The French text of ``value``, rounded half-up to ``places`` (none: as it is)."""
    if places is not None:
        value = value.quantize(_quantum(places), rounding=ROUND_HALF_UP)
    if trim:
        value = value.normalize() if value else Decimal(0)
    sign = "-" if value < 0 else ""
    # Python's own grouping of the whole part by three, then the French marks: a narrow no-break
    # space between the groups, a comma before the decimals.
    whole, _, decimals = format(abs(value), ",f").partition(".")
    whole = whole.replace(",", NNBSP)
    return f"{sign}{whole},{decimals}" if decimals else f"{sign}{whole}"


def quantity(value: Decimal | Fraction | int) -> str:
    """A count or area without useless trailing zeros: ``36``, ``1 100``, ``2,5``."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    value = Decimal(value)
    if value == value.to_integral_value():
        return number(value.to_integral_value())
    return number(value.normalize())


def money(value: Decimal | Fraction, places: int = 2) -> str:
    """``1234.5`` → ``1 234,50 €``."""
    return f"{number(value, places)}{NBSP}€"


def percent(ratio: Fraction | Decimal, places: int = 2, trim: bool = False) -> str:
    """``Fraction(9, 35)`` → ``25,71 %`` (``trim``: ``Fraction(2, 5)`` → ``40 %``)."""
    if isinstance(ratio, Fraction):  # the quotient of n × 100 by d is that of the reduced fraction
        return f"{_quotient_text(ratio.numerator * 100, ratio.denominator, places, trim)}{NBSP}%"
    return f"{number(Fraction(ratio) * 100, places, trim)}{NBSP}%"


def short_percent(ratio: Fraction | Decimal) -> str:
    """A percentage without useless decimals: ``40 %``, ``12,5 %``."""
    return f"{quantity(Fraction(ratio) * 100 if isinstance(ratio, Fraction) else Decimal(ratio) * 100)}{NBSP}%"


def siret(value: str) -> str:
    """« 12345678900012 » → « 123 456 789 00012 »; anything else as typed."""
    digits = value.replace(" ", "")
    if len(digits) == 14 and digits.isdigit():
        return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    return value.strip()


def date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def fraction(ratio: Fraction) -> str:
    """``Fraction(9, 35)`` → ``9/35``."""
    numerator, denominator = ratio.numerator, ratio.denominator
    return f"{numerator}/{denominator}" if denominator != 1 else str(numerator)
