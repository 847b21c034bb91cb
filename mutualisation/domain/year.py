"""R13: a year (or any run of billing periods) as the sum of its billing periods.

Each billing period is computed and rounded on its own (R8–R12), as its statement bills it;
the year adds the rounded figures up. A one-shot computation over the twelve months could
differ by a few cents (rounding once instead of four times), which is why annual figures
never come from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from fractions import Fraction

from . import french
from .i18n import tr
from .lines import SECTION_ORDER, Explanation, Line, Preview
from .periods import Period


def _fee_rates(period_lines: Sequence[tuple[Period, Line]]) -> list[Fraction]:
    """A fee line's rates over the periods, in order, each once (a rate changes only between periods)."""
    return list(dict.fromkeys(line.rate for _period, line in period_lines if line.rate is not None))


def _label(period_lines: Sequence[tuple[Period, Line]]) -> str:
    """The first period's label, or for a fee whose rate changed « Frais de gestion (5 % puis 6 %) »:
    each period's label names its own rate, and the year's line must not name only the first."""
    first = period_lines[0][1]
    rates = _fee_rates(period_lines)
    if first.source_kind == "fee" and len(rates) > 1:
        words = french.short_percent(rates[0])
        for rate in rates[1:]:
            words = tr("Explanation", "{earlier} puis {later}", earlier=words, later=french.short_percent(rate))
        return tr("Explanation", "Frais de gestion ({rates})", rates=words)
    return first.label


def _sum_lines(period_lines: Sequence[tuple[Period, Line]]) -> Line:
    first = period_lines[0][1]
    rates = _fee_rates(period_lines)
    exact_parts: dict[int, Fraction] = {}
    parts: dict[int, Decimal] = {}
    for _period, line in period_lines:
        for party, value in line.exact_parts:
            exact_parts[party] = exact_parts.get(party, Fraction(0)) + value
        for party, value in line.parts:
            parts[party] = parts.get(party, Decimal("0.00")) + value

    def describe() -> tuple[str, ...]:
        return tuple(
            f"{period.label} : {text}" for period, line in period_lines for text in line.explanation.inputs
        )

    bases: dict[int, Decimal] = {}
    notes: dict[int, list[str]] = {}
    for period, line in period_lines:
        for party, value in line.bases:
            bases[party] = bases.get(party, Decimal("0.00")) + value
        for party, text in line.notes:
            notes.setdefault(party, []).append(f"{period.label} : {text}")
    return Line(
        section=first.section, source_kind=first.source_kind, source_id=first.source_id, label=_label(period_lines),
        free_for=first.free_for, bases=tuple(bases.items()),
        notes=tuple((party, " ; ".join(texts)) for party, texts in notes.items()), vat=first.vat,
        exact_total=sum((line.exact_total for _p, line in period_lines), Fraction(0)),
        exact_parts=tuple(exact_parts.items()),
        total=sum((line.total for _p, line in period_lines), Decimal("0.00")),
        parts=tuple(parts.items()),
        explanation=Explanation(describe, tuple(s for _p, line in period_lines for s in line.explanation.steps)),
        # One rate all year: basis × rate still gives the fee (to the rounding of each period). Two
        # rates: no single rate does, so none is printed as if it did.
        rate=rates[0] if len(rates) == 1 else None,
    )  # fmt: skip


def sum_of_periods(period: Period, previews: Sequence[Preview]) -> Preview:
    """One preview over ``period`` whose every figure is the sum of the billing periods' figures.

    A line is the same source item (kind, id, section) across periods; its parts are the sums of
    the parts rounded in each period, so the total of each party equals the sum of what the
    period statements bill, to the cent.
    """
    if not previews:
        raise ValueError("a year needs at least one billing period")
    grouped: dict[tuple, list[tuple[Period, Line]]] = {}
    for preview in previews:
        for line in preview.lines:
            # A line whose clauses differ between periods (free provision from a date, another VAT
            # treatment) stays a line of its own for each state, so that each keeps its own rule.
            key = (line.section, line.source_kind, line.source_id, line.free_for, line.vat)
            grouped.setdefault(key, []).append((preview.period, line))
    return Preview(
        period=period,
        parties=previews[0].parties,
        lines=tuple(sorted((_sum_lines(lines) for lines in grouped.values()),
                           key=lambda line: SECTION_ORDER.index(line.section))),
        problems=tuple(dict.fromkeys(problem for p in previews for problem in p.problems)),
        bills=tuple({bill.id: bill for p in previews for bill in p.bills}.values()),
    )
