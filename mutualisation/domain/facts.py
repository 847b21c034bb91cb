"""The inputs of each kind of line, worded in French for its explanation.

They are rendered only when a reader asks (screen, PDF, JSON): a preview of thousands of
lines does not format thousands of sentences nobody reads.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from . import french
from .i18n import tr, tr_noop, translate_marked
from .inputs import BillInput, ChargeInput, EquipmentInput
from . import periods
from .periods import Period
from .vocabulary import ChargeFrequency

FREQUENCY_WORDS = {frequency: frequency.words for frequency in ChargeFrequency}
# The same words marked for the screen's language (documents keep the French above).
_MARKED_FREQUENCY_WORDS = (
    tr_noop("Explanation", "par mois"), tr_noop("Explanation", "par trimestre"), tr_noop("Explanation", "par an"),
)


def month_name(day: dt.date) -> str:
    """« mars 2025 » (« March 2025 » on an English screen)."""
    return f"{periods.month_name(day.month)} {day.year}"


def staff(name: str, months: tuple[tuple[dt.date, Decimal, int, int], ...]) -> tuple[str, ...]:
    """``months``: (first day, cost, employed days in the month, days in the period)."""
    return (
        tr("Explanation", "{name} : salaire chargé de chaque mois réparti sur ses jours d'emploi.", name=name),
        *(
            tr("Explanation", "Paie de {month} : {cost} sur {employed} j d'emploi, dont {inside} j dans la période.",
               month=month_name(day), cost=french.money(cost), employed=employed, inside=inside)
            for day, cost, employed, inside in months
        ),
    )


def depreciation(item: EquipmentInput, monthly: Fraction, last_day: dt.date, active: Period) -> tuple[str, ...]:
    return (
        tr("Explanation", "Valeur d'acquisition {value}, mise en service le {in_service}, amortie sur {years} ans : "
           "{monthly} par mois jusqu'au {last_day}.", value=french.money(item.value),
           in_service=french.date(item.in_service), years=item.life_years, monthly=french.money(monthly, 4),
           last_day=french.date(last_day)),
        tr("Explanation", "{days} j d'amortissement dans la période.", days=active.days),
    )


def charge(item: ChargeInput, per_month: Fraction, active: Period) -> tuple[str, ...]:
    until = tr("Explanation", " au {end}", end=french.date(item.end)) if item.end else ""
    return (
        tr("Explanation", "{amount} {frequency} du {start}{until}, soit {per_month} par mois réparti sur les jours "
           "du mois ; {days} j dans la période.", amount=french.money(item.amount),
           frequency=translate_marked("Explanation", FREQUENCY_WORDS[item.frequency]),
           start=french.date(item.start), until=until, per_month=french.money(per_month, 4), days=active.days),
    )


def bill(item: BillInput, active: Period | None) -> tuple[str, ...]:
    reference = tr("Explanation", " n° {reference}", reference=item.reference) if item.reference else ""
    fact = tr("Explanation", "Facture {supplier}{reference} du {day} : {amount}", supplier=item.supplier,
              reference=reference, day=french.date(item.date), amount=french.money(item.amount))
    if active is None:
        return (tr("Explanation", "{fact}, imputée à sa date.", fact=fact),)
    service_days = (item.service_end - item.service_start).days + 1
    return (
        tr("Explanation", "{fact}, pour la période du {start} au {end} ({service_days} j), dont {days} j dans la "
           "période.", fact=fact, start=french.date(item.service_start), end=french.date(item.service_end),
           service_days=service_days, days=active.days),
    )
