"""The inputs of each kind of line, worded in French for its explanation.

They are rendered only when a reader asks (screen, PDF, JSON): a preview of thousands of
lines does not format thousands of sentences nobody reads.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from . import french
from .inputs import BillInput, ChargeInput, EquipmentInput
from . import periods
from .periods import Period
from .vocabulary import ChargeFrequency

FREQUENCY_WORDS = {frequency: frequency.words for frequency in ChargeFrequency}


def month_name(day: dt.date) -> str:
    """« mars 2025 » (« March 2025 » on an English screen)."""
    return f"{periods.month_name(day.month)} {day.year}"


def staff(name: str, months: tuple[tuple[dt.date, Decimal, int, int], ...]) -> tuple[str, ...]:
    """``months``: (first day, cost, employed days in the month, days in the period)."""
    return (
        f"{name} : salaire chargé de chaque mois réparti sur ses jours d'emploi.",
        *(
            f"Paie de {month_name(day)} : {french.money(cost)} sur {employed} j d'emploi, "
            f"dont {inside} j dans la période."
            for day, cost, employed, inside in months
        ),
    )


def depreciation(item: EquipmentInput, monthly: Fraction, last_day: dt.date, active: Period) -> tuple[str, ...]:
    return (
        f"Valeur d'acquisition {french.money(item.value)}, mise en service le "
        f"{french.date(item.in_service)}, amortie sur {item.life_years} ans : "
        f"{french.money(monthly, 4)} par mois jusqu'au {french.date(last_day)}.",
        f"{active.days} j d'amortissement dans la période.",
    )


def charge(item: ChargeInput, per_month: Fraction, active: Period) -> tuple[str, ...]:
    until = f" au {french.date(item.end)}" if item.end else ""
    return (
        f"{french.money(item.amount)} {FREQUENCY_WORDS[item.frequency]} du "
        f"{french.date(item.start)}{until}, soit {french.money(per_month, 4)} par mois "
        f"réparti sur les jours du mois ; {active.days} j dans la période.",
    )


def bill(item: BillInput, active: Period | None) -> tuple[str, ...]:
    reference = f" n° {item.reference}" if item.reference else ""
    fact = f"Facture {item.supplier}{reference} du {french.date(item.date)} : {french.money(item.amount)}"
    if active is None:
        return (f"{fact}, imputée à sa date.",)
    service_days = (item.service_end - item.service_start).days + 1
    return (
        f"{fact}, pour la période du {french.date(item.service_start)} au "
        f"{french.date(item.service_end)} ({service_days} j), dont {active.days} j "
        "dans la période.",
    )
