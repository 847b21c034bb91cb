"""Column types: exact decimals stored as integers.

SQLite has no decimal type and SQLAlchemy's ``Numeric`` would go through float there, so
every exact quantity (money in cents, ratios in millionths, areas in hundredths of m²) is
stored as an integer scaled by a fixed power of ten.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger
from sqlalchemy.types import TypeDecorator


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
        scaled = Decimal(value).scaleb(self.places)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places).quantize(Decimal(1).scaleb(-self.places))


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
