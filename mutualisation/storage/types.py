"""Column types: exact decimals stored as integers.

SQLite has no decimal type and SQLAlchemy's ``Numeric`` would go through float there, so
every exact quantity (money in cents, ratios in millionths, areas in hundredths of m²) is
stored as an integer scaled by a fixed power of ten.
"""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, InvalidOperation

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator

# Scaling must never round: the default context (28 digits) would silently turn
# 1.0000000000000000000000000001 into 1.00 instead of refusing it. An exponent overflow
# gives Infinity, refused below as too large.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation])
_BIGINT_MAX = Decimal(2**63 - 1)


class ScaledDecimal(TypeDecorator):
    """A Decimal with ``places`` decimal places, stored as an integer."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact columns never take a float")
        number = Decimal(value)
        if not number.is_finite():
            raise ValueError(f"{value} is not a finite number")
        scaled = number.scaleb(self.places, context=_EXACT)
        if scaled != scaled.to_integral_value(context=_EXACT):
            raise ValueError(f"{value} has more than {self.places} decimal places")
        if scaled.copy_abs() > _BIGINT_MAX:
            raise ValueError(f"{value} is too large to store")
        return int(scaled)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        # An integer's Decimal has exponent 0: scaleb gives exactly ``places`` decimals.
        return Decimal(int(value)).scaleb(-self.places)


def Money() -> ScaledDecimal:
    """Euros, stored as integer cents (R1)."""
    return ScaledDecimal(2)


def Ratio() -> ScaledDecimal:
    """A share, working time, rate or FTE, stored in millionths (40 % → 400000)."""
    return ScaledDecimal(6)


def Area() -> ScaledDecimal:
    """Floor area in m², stored in hundredths of m²."""
    return ScaledDecimal(2)


def Quantity() -> ScaledDecimal:
    """A meter reading (km, copies, hours), stored in thousandths."""
    return ScaledDecimal(3)


def UnitPrice() -> ScaledDecimal:
    """A price per unit (€/km, €/copy), stored in millionths of a euro: 0,0045 €/copy is exact."""
    return ScaledDecimal(6)
