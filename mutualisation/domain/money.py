"""Money and exact arithmetic.

Amounts are :class:`decimal.Decimal` euros with two places (R1); floats never enter the
money path. Intermediate values are :class:`fractions.Fraction` so that nothing is rounded
before the single, final rounding of a line (R9).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

CENT = Decimal("0.01")
ZERO = Decimal("0.00")


def D(value: str | int | Decimal) -> Decimal:
    """The one constructor for money: a Decimal quantised to the cent.

    Accepts strings, ints and Decimals only; a float raises ``TypeError`` because its
    binary value is not the amount the user typed.
    """
    if isinstance(value, float):
        raise TypeError("money is never built from a float")
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def to_fraction(value: Decimal | int | Fraction) -> Fraction:
    """Exact conversion of a Decimal (or int, or Fraction) to a Fraction."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, Decimal):  # its own integer ratio skips Fraction's type dispatch
        return Fraction(*value.as_integer_ratio())
    return Fraction(value)


def round_half_up(value: Fraction | Decimal) -> Decimal:
    """Round an exact value to the cent, halves away from zero (R9)."""
    value = to_fraction(value)
    numerator = value.numerator
    result = Decimal(half_up_cents(abs(numerator), value.denominator)).scaleb(-2)
    return -result if numerator < 0 else result


def half_up_cents(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` euros (both positive) in cents, rounded half-up (R9).

    Integer arithmetic only: the engine calls it once per line with the exact total's own
    numerator and denominator, so no Fraction is built to round it.
    """
    whole, rest = divmod(numerator * 100, denominator)
    return whole + 1 if 2 * rest >= denominator else whole


def cents(amount: Decimal) -> int:
    """An amount in euros as an integer number of cents (exact)."""
    return int(D(amount) * 100)


def from_cents(value: int) -> Decimal:
    """Integer cents back to a two-place Decimal."""
    return Decimal(value).scaleb(-2).quantize(CENT)


def apportion(
    total: Decimal, weights: Sequence[tuple[Hashable, Fraction]]
) -> dict[Hashable, Decimal]:
    """Split a rounded total into cent parts by largest remainder (R9).

    ``weights`` are the exact parts, in tie-break order (beneficiaries in convention order,
    then the provider). Each receives ``total × weight / Σ weights`` rounded down to the cent;
    the cents left over go one each to the largest remainders, equal remainders to the one
    listed first. A negative total is apportioned as its absolute value, then negated.
    The parts always sum exactly to ``total``.

    When every weight is zero the whole total goes to the last party (the provider), so that
    no cent is lost; the engine only calls this with zero weights for a zero total.
    """
    if not weights:
        if total != 0:
            raise ValueError("cannot apportion a non-zero total between no parties")
        return {}
    sign = -1 if total < 0 else 1
    # On a common denominator every weight is an integer, every quota has the same
    # denominator, and remainders compare as integers.
    fractions = [(key, to_fraction(w)) for key, w in weights]
    common = math.lcm(*(w.denominator for _, w in fractions))
    scaled = [abs(w.numerator) * (common // w.denominator) for _, w in fractions]
    parts = largest_remainder(abs(cents(total)), scaled)
    return {key: from_cents(sign * value) for (key, _), value in zip(fractions, parts)}


def largest_remainder(total_cents: int, weights: Sequence[int]) -> list[int]:
    """The integer core of :func:`apportion`: ``total_cents`` (≥ 0) split in proportion to
    ``weights`` (integers ≥ 0 on any common denominator), in the order given.

    Each part is ``total_cents × weight // Σ weights``; the cents left over go one each to the
    largest remainders, equal remainders to the weight listed first; with every weight zero
    the whole total goes to the last one. Multiplying every weight by the same positive
    integer changes neither the quotients nor the order of the remainders, so the engine
    passes its exact parts' numerators over their common denominator as they are.
    """
    weight_sum = sum(weights)
    if weight_sum == 0:
        parts = [0] * len(weights)
        parts[-1] = total_cents
        return parts
    parts, remainders = [], []
    for index, weight in enumerate(weights):
        part, rest = divmod(total_cents * weight, weight_sum)
        parts.append(part)
        remainders.append((index, rest))
    left = total_cents - sum(parts)
    if left:
        # Stable sort keeps the given order among equal remainders: that is the tie-break.
        for index, _ in sorted(remainders, key=lambda ir: -ir[1])[:left]:
            parts[index] += 1
    assert sum(parts) == total_cents
    return parts


def apply_rate(rate: Fraction | Decimal, basis: Decimal) -> Decimal:
    """``rate × basis`` rounded half-up to the cent, once (R11 fees, R14 VAT per rate).

    ``basis`` is an amount already rounded (a printed subtotal, the sum of a rate's lines):
    the result is rounded once and never split again, so a fee or a VAT line is exactly
    what a reader recomputes from the two figures printed next to it (EN 16931 BR-CO-17).
    """
    return round_half_up(to_fraction(rate) * to_fraction(basis))


def revalue(amount: Decimal, rate: Fraction | Decimal) -> Decimal:
    """One yearly revaluation step (R16): ``amount × (1 + rate)`` rounded half-up to the cent.

    Each step starts from the previous step's rounded amount, as a lease is revised on
    the rent actually invoiced: 2 000,00 € at +2 % gives 2 040,00 €, then 2 080,80 €.
    """
    return round_half_up(to_fraction(amount) * (1 + to_fraction(rate)))


def instalments(amount: Decimal, count: int) -> tuple[Decimal, ...]:
    """``amount`` in ``count`` instalments: equal calls rounded half-up, the last one absorbing
    the rest, so that they always add up to ``amount`` exactly.

    This is the advance mode's rule (DESIGN §5): each section's forecast annual part is called
    in one instalment per billing period. ``1000.00`` in 3 → ``333.33, 333.33, 333.34``.
    """
    if count < 1:
        raise ValueError("at least one instalment")
    call = round_half_up(to_fraction(amount) / count)
    return (call,) * (count - 1) + (amount - call * (count - 1),)


def regular_instalment(amounts: Sequence[Decimal], count: int) -> Decimal:
    """What a period other than the last is called for ``amounts`` (one per section): the sum
    of each amount's own instalment, as the advance call adds up its section lines.

    The forecast's « per period » figure is this sum too, so that it is exactly the amount of
    the advance calls (rounding the annual total divided by ``count`` could differ by a cent).
    """
    return sum((instalments(amount, count)[0] for amount in amounts), ZERO)
