"""A period's computation under the convention's clauses (R11, R12, R14, R17).

The engine computes the atomic lines (R3–R9, with R15 absences and R16 amount series
inside). Here the clauses that act on those lines are applied, in this order, over each
stretch of the period during which they are constant:

1. priced meters add one line per meter (R12);
2. free provision marks the parts not billed (R17);
3. the VAT treatment of each section is set on its lines (R14);
4. the management fee adds one line per covered section, on the billed subtotals (R11).

Fee rates, VAT treatments and free provision change only on the first day of a billing
period, so a statement's period is one stretch. A preview over a free range that crosses
a change computes each stretch as its own sub-period, its lines listed per stretch.
"""

from __future__ import annotations

from collections.abc import Callable

from .clauses import ConventionClauses
from .fees import fee_lines
from .free_provision import mark_free
from .inputs import CostData
from .lines import SECTION_ORDER, Line, Preview
from .periods import ONE_DAY, Period
from .priced_meters import priced_meter_lines
from .vat import with_vat

_SECTION_ORDER = {section: index for index, section in enumerate(SECTION_ORDER)}
_KIND_ORDER = {"staff": 0, "depreciation": 1, "charge": 2, "budget": 3, "bill": 4, "meter": 5, "fee": 6}


def has_clauses(data: CostData) -> bool:
    """Whether anything here changes the engine's lines (else they are returned untouched)."""
    return data.clauses.per_period or any(meter.prices for meter in data.meters.values())


def stretches(clauses: ConventionClauses, period: Period) -> list[Period]:
    """``period`` cut where a fee rate, VAT treatment or free provision changes."""
    cuts = sorted(d for d in clauses.change_dates() if period.start < d <= period.end)
    result, first = [], period.start
    for cut in cuts:
        result.append(Period(first, cut - ONE_DAY))
        first = cut
    result.append(Period(first, period.end))
    return result


def compute_with_clauses(
    data: CostData, period: Period, compute_lines: Callable[[CostData, Period], Preview]
) -> Preview:
    """The preview of ``period`` with the clauses applied; ``compute_lines`` is the engine's core."""
    lines: list[Line] = []
    problems = set()
    beneficiaries = [p.id for p in data.beneficiaries]
    for index, stretch in enumerate(stretches(data.clauses, period)):
        base = compute_lines(data, stretch)
        problems.update(base.problems)
        meter_lines, meter_problems = priced_meter_lines(data, stretch)
        problems.update(meter_problems)
        stretch_lines = mark_free(data, stretch, [*base.lines, *meter_lines])
        terms = data.clauses.fee.value_at(stretch.start, None)
        if terms is not None and terms.rate:
            stretch_lines += fee_lines(data, stretch, stretch_lines, terms)
        stretch_lines, vat_problems = with_vat(data.clauses, stretch.start, stretch_lines, beneficiaries)
        problems.update(vat_problems)
        lines.extend((index, line) for line in stretch_lines)
    # Stable sort: sections in order, then kinds, stretch by stretch, as the engine orders.
    lines.sort(key=lambda il: (_SECTION_ORDER[il[1].section], _KIND_ORDER[il[1].source_kind], il[0]))
    return Preview(period, data.parties, tuple(line for _, line in lines), tuple(sorted(problems)), data.bills)
