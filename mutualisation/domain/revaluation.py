"""R16 Recurring-charge amounts as a dated series, with a yearly revaluation.

A charge's amount is the one entered at its start, replaced by any amount entered from a
later date. With a revaluation (a rate and a reference date, e.g. +2 % each 1 January)
the amount in force is revised on each anniversary of the reference date that falls
after the last amount entered: ``half-up(previous × (1 + rate))``, rounded at each step
(a lease is revised on the rent actually invoiced). Anniversaries of a 29 February fall
on 1 March in common years and on 29 February again in leap years (``add_years``).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from . import french
from .i18n import tr
from .inputs import ChargeInput
from .money import revalue, to_fraction
from .periods import ONE_DAY, Period, add_years, days_in_month
from .timeline import Dated
from .vocabulary import ChargeFrequency

FREQUENCY_MONTHS = {frequency: frequency.months for frequency in ChargeFrequency}

# A run of days [start, end] with a constant exact amount per day (as the engine's).
Run = tuple[dt.date, dt.date, Fraction]


def has_series(charge: ChargeInput) -> bool:
    return bool(charge.later_amounts) or charge.revaluation is not None


def _entries(charge: ChargeInput) -> list[Dated[Decimal]]:
    entries = {charge.start: Dated(charge.start, charge.amount)}
    for entry in charge.later_amounts:
        entries[entry.effective] = entry
    return [entries[day] for day in sorted(entries)]


def _anniversaries(charge: ChargeInput, after: dt.date, until: dt.date) -> list[dt.date]:
    """Revaluation days strictly after ``after`` and up to ``until``."""
    if charge.revaluation is None:
        return []
    days, years = [], 1
    while (day := add_years(charge.revaluation.reference, years)) <= until:
        if day > after:
            days.append(day)
        years += 1
    return days


def amount_steps(charge: ChargeInput, until: dt.date) -> list[tuple[dt.date, Decimal, str]]:
    """Every amount of the series up to ``until``: (from, amount, why), in date order."""
    entries = _entries(charge)
    steps = []
    for index, entry in enumerate(entries):
        stop = entries[index + 1].effective - ONE_DAY if index + 1 < len(entries) else until
        amount = entry.value
        cited = f" ({entry.amendment})" if entry.amendment else ""
        steps.append((entry.effective, amount, tr("Explanation", "Montant de {amount} à partir du {day}{cited}",
                                                  amount=french.money(amount), day=french.date(entry.effective),
                                                  cited=cited)))  # fmt: skip
        for day in _anniversaries(charge, entry.effective, min(stop, until)):
            amount = revalue(amount, charge.revaluation.rate)
            rate = french.short_percent(charge.revaluation.rate)
            steps.append((day, amount, tr("Explanation", "{label} revalorisé de {rate} au {day} : {amount}",
                                          label=charge.label, rate=rate, day=french.date(day),
                                          amount=french.money(amount))))  # fmt: skip
    return [step for step in steps if step[0] <= until]


def amount_on(charge: ChargeInput, day: dt.date) -> Decimal:
    """The amount per frequency in force on ``day`` (the first amount before the start)."""
    steps = amount_steps(charge, day)
    return steps[-1][1] if steps else charge.amount


def charge_runs(charge: ChargeInput, active: Period) -> tuple[list[Run], tuple[str, ...]]:
    """The charge's daily amounts over ``active`` (R3 spreading of each amount in force).

    Each amount per month is spread over the days of its month, so a rent revised on the
    15th is half a month at each amount; the words say which amounts applied and why.
    """
    steps = amount_steps(charge, active.end)
    pieces = []
    for index, (start, amount, _) in enumerate(steps):
        end = steps[index + 1][0] - ONE_DAY if index + 1 < len(steps) else active.end
        inside = active.overlap(start, end)
        if inside is not None:
            pieces.append((inside, amount))
    runs: list[Run] = []
    for inside, amount in pieces:
        per_month = to_fraction(amount) / FREQUENCY_MONTHS[charge.frequency]
        for month in inside.months():
            runs.append((month.start, month.end, per_month / days_in_month(month.start.year, month.start.month)))
    used = [text for start, _, text in steps if start <= active.end]
    # The words of the amount in force at the start and of every change inside the period.
    first = max((i for i, (start, _, _) in enumerate(steps) if start <= active.start), default=0)
    words = tuple(used[first:])
    return [run for run in runs if run[2]], words
