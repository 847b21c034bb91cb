"""R12 Priced meters: a unit cost times the units each beneficiary used.

As CGCT D5211-16 for shared services (operating cost per unit × units recorded), or a
price per km, copy or hour. A reading's quantity is spread evenly over the days of its
reading period (as a bill over its service period, R4); a beneficiary owes, for the days
inside the computed period, Σ daily quantity × the price in force that day, rounded
half-up once per meter and beneficiary. Nothing is apportioned: the provider's own
readings are not billed, and the item's own costs go wherever its key says.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from functools import partial

from . import french
from .i18n import tr
from .inputs import CostData, MeterInput
from .lines import Explanation, Line
from .money import round_half_up, to_fraction
from .periods import ONE_DAY, Period
from .problems import MISSING_READINGS, Problem

ZERO = Fraction(0)


def priced_meter_lines(data: CostData, period: Period) -> tuple[list[Line], set[Problem]]:
    """One line per meter with a price in force during ``period``, and the readings missing."""
    lines, problems = [], set()
    for meter in data.meters.values():
        priced = [
            (start, end, entry)
            for start, end, entry in meter.prices.pieces(period.start, period.end)
            if entry is not None
        ]
        if not priced:
            continue
        problems.update(_missing_readings(meter, priced))
        line = _line(data, meter, priced, period)
        if line is not None:
            lines.append(line)
    return lines, problems


def _uses(meter: MeterInput, priced):
    """(party, quantity used on priced days, price entry) for every reading and price run."""
    for reading in meter.periods:
        reading_days = (reading.end - reading.start).days + 1
        for start, end, entry in priced:
            first, last = max(start, reading.start), min(end, reading.end)
            if first > last:
                continue
            days = (last - first).days + 1
            for party, quantity in reading.quantities.items():
                yield party, to_fraction(quantity) * days / reading_days, entry


def _line(data: CostData, meter: MeterInput, priced, period: Period) -> Line | None:
    beneficiaries = [p.id for p in data.beneficiaries]
    exact = {b: ZERO for b in beneficiaries}
    units: dict[int, dict[Decimal, Fraction]] = {b: {} for b in beneficiaries}
    for party, inside, entry in _uses(meter, priced):
        if party not in exact:
            continue  # the provider's own use is not billed
        exact[party] += inside * to_fraction(entry.value)
        units[party][entry.value] = units[party].get(entry.value, ZERO) + inside
    if not any(units.values()):
        return None
    parts = {b: round_half_up(exact[b]) for b in beneficiaries}
    provider = data.provider.id
    notes = tuple((b, _words(units[b], meter.unit)) for b in beneficiaries if units[b])
    label = tr("Explanation", "{meter} ({unit} × prix unitaire)", meter=meter.name, unit=meter.unit)
    inputs = partial(_facts, meter, priced, period, tuple(notes), tuple(parts.items()), data)
    return Line(
        "materiel" if meter.equipment_id is not None else "depenses",
        "meter", meter.id, label,
        sum(exact.values(), ZERO),
        (*((b, exact[b]) for b in beneficiaries), (provider, ZERO)),
        sum(parts.values(), Decimal("0.00")),
        (*((b, parts[b]) for b in beneficiaries), (provider, Decimal("0.00"))),
        Explanation(inputs, ()),
        notes=notes,
        # Each beneficiary's figure is its own units × price, not a share of the line's total: the
        # printed basis is that figure at 100 %, so that basis × rate = amount holds on the page,
        # the words « 1 277 km × 0,39 € » saying how it was found.
        bases=tuple((b, parts[b]) for b in beneficiaries if units[b]),
        rate=Fraction(1),
    )  # fmt: skip


def _qty(value: Fraction) -> str:
    return french.quantity(value) if value.denominator == 1 else french.number(value, 2)


def _words(units: dict[Decimal, Fraction], unit: str) -> str:
    """« 1 100 km × 0,45 € », several prices joined by « + »."""
    return " + ".join(
        f"{_qty(quantity)} {unit} × {french.money(price, _places(price))}"
        for price, quantity in units.items()
    )


def unit_price_text(price: Decimal) -> str:
    """« 0,39 € », « 0,045 € »: a unit price with all its decimals."""
    return french.money(price, _places(price))


def _places(price: Decimal) -> int:
    # A unit price may have more than two decimals (0,045 € per copy): show them all.
    return max(2, -price.normalize().as_tuple().exponent)


def _facts(meter, priced, period, notes, parts, data) -> tuple[str, ...]:
    texts = []
    for _start, _end, entry in priced:
        cited = f" ({entry.amendment})" if entry.amendment else ""
        texts.append(tr("Explanation", "Prix unitaire {price} par {unit} à partir du {day}{cited}.",
                        price=french.money(entry.value, _places(entry.value)), unit=meter.unit,
                        day=french.date(entry.effective), cited=cited))  # fmt: skip
    codes = {p.id: p.code for p in data.parties}
    for reading in meter.periods:
        inside = period.overlap(reading.start, reading.end)
        if inside is None:
            continue
        days = (reading.end - reading.start).days + 1
        texts.append(tr("Explanation", "Relevés du {start} au {end} ({days} j, dont {inside} j dans la période).",
                        start=french.date(reading.start), end=french.date(reading.end), days=days,
                        inside=inside.days))  # fmt: skip
        # One sentence per party starting « CODE : » (never translated), so that a beneficiary's
        # document keeps its own only.
        texts += [f"{codes.get(p, p)} : " + tr("Explanation", "{quantity} {unit} relevés sur ces {days} j.",
                                                  quantity=_qty(to_fraction(q)), unit=meter.unit, days=days)
                  for p, q in reading.quantities.items()]  # fmt: skip
    amounts = dict(parts)
    for party, words in notes:
        texts.append(f"{codes[party]} : {words} = {french.money(amounts[party])}.")
    return tuple(texts)


def _missing_readings(meter: MeterInput, priced) -> set[Problem]:
    """Days with a price in force but no reading period: nothing could be billed for them."""
    problems = set()
    for start, end, _entry in priced:
        day = start
        for reading in meter.periods:
            if reading.end < day or reading.start > end:
                continue
            if reading.start > day:
                problems.add(_problem(meter, day, reading.start - ONE_DAY))
            day = max(day, reading.end + ONE_DAY)
        if day <= end:
            problems.add(_problem(meter, day, end))
    return problems


def _problem(meter: MeterInput, start: dt.date, end: dt.date) -> Problem:
    return Problem(
        MISSING_READINGS, "meter", meter.id, start,
        tr("Problem", "Relevés manquants pour le compteur « {meter} », facturé au prix unitaire, du {start} au "
           "{end} : saisissez les relevés ({unit}) de chaque partie.",
           meter=meter.name, start=french.date(start), end=french.date(end), unit=meter.unit),
    )  # fmt: skip
