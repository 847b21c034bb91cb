"""R11 Management fee (*frais de gestion*).

A convention may set a rate (e.g. 5 %) on chosen sections. For each beneficiary and
covered section, fee = half-up(rate × the beneficiary's subtotal of that section as
printed, i.e. the sum of its billed rounded parts). One fee line per section, placed in
that section, whose basis for each beneficiary is that subtotal. What is provided free
(R17) is not billed, so it is not in the subtotal either. The rate is constant over the
sub-period it is computed on (rates change only on the first day of a billing period).
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from . import french
from .clauses import FeeTerms
from .inputs import CostData
from .i18n import tr
from .lines import SECTION_ORDER, Explanation, Line, section_name
from .money import ZERO, apply_rate
from .periods import Period


def fee_words(rate: Fraction, basis: Decimal, fee: Decimal) -> str:
    """« Frais de gestion 5 % × 5 835,48 € = 291,77 € »."""
    return tr("Explanation", "Frais de gestion {rate} × {basis} = {fee}", rate=french.short_percent(rate),
              basis=french.money(basis), fee=french.money(fee))


def fee_lines(data: CostData, period: Period, lines: list[Line], terms: FeeTerms) -> list[Line]:
    """The fee lines of ``period`` over its ``lines`` (fee lines excluded), one per covered section."""
    beneficiaries = [p.id for p in data.beneficiaries]
    result = []
    for section in SECTION_ORDER:
        if section not in terms.sections:
            continue
        bases = {
            b: sum((line.part(b) for line in lines if line.section == section), ZERO)
            for b in beneficiaries
        }
        if not any(bases.values()):
            continue
        fees = {b: apply_rate(terms.rate, bases[b]) for b in beneficiaries}
        notes = tuple((b, fee_words(terms.rate, bases[b], fees[b])) for b in beneficiaries if bases[b])
        rate = french.short_percent(terms.rate)

        def inputs(notes=notes, section=section, rate=rate):
            codes = {p.id: p.code for p in data.parties}
            return (
                tr("Explanation", "Frais de gestion de {rate} sur le sous-total « {section} » de chaque "
                   "bénéficiaire, du {start} au {end}.", rate=rate, section=section_name(section),
                   start=french.date(period.start), end=french.date(period.end)),
                *(f"{codes[b]} : {words}." for b, words in notes),
            )

        provider = data.provider.id
        total = sum(fees.values(), ZERO)
        result.append(
            Line(
                # One fee line per section: its rank tells them apart (a correction matches lines by source).
                section, "fee", SECTION_ORDER.index(section) + 1, tr("Explanation", "Frais de gestion {rate}", rate=rate),
                Fraction(total),
                (*((b, Fraction(fees[b])) for b in beneficiaries), (provider, Fraction(0))),
                total,
                (*((b, fees[b]) for b in beneficiaries), (provider, ZERO)),
                Explanation(inputs, ()),
                bases=tuple((b, bases[b]) for b in beneficiaries),
                notes=notes,
                rate=terms.rate,
            )
        )  # fmt: skip
    return result
