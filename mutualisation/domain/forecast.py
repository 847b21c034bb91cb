"""The forecast: the same engine on planned inputs for a whole year (DESIGN.md §5).

Planned inputs replace the actual ones: each person's planned annual cost, spread as one
twelfth per month of employment (R5 then spreads each month over the employed days); an
annual budget per expense category, spread like a yearly recurring charge (R3); and
planned meter quantities over the whole year. Depreciation and recurring charges are
already known and stay as recorded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from .engine import compute
from .i18n import tr
from .inputs import Attachment, ChargeInput, CostData, ReadingPeriod
from .lines import Preview
from .periods import Period
from .problems import MISSING_READINGS, Problem

MISSING_PLANNED_COST = "missing_planned_cost"
MISSING_PLANNED_USE = "missing_planned_use"


def forecast(
    data: CostData,
    year: int,
    planned_staff_cost: Mapping[int, Decimal],
    category_budgets: Mapping[int, Decimal],
    planned_meter_use: Mapping[int, Mapping[int, Decimal]],
) -> Preview:
    """The year's forecast for every party; ``data`` holds the recorded resources and keys."""
    period = Period.year(year)
    problems: list[Problem] = []
    staff = []
    for person in data.staff:
        employed = period.overlap(person.employment_start, person.employment_end or dt.date.max)
        if employed is None:
            continue
        annual = planned_staff_cost.get(person.id)
        if annual is None:
            if person.is_shared(employed.start, employed.end, [b.id for b in data.beneficiaries]):
                problems.append(
                    Problem(
                        MISSING_PLANNED_COST, "staff", person.id, period.start,
                        tr("Problem", "Coût prévisionnel {year} manquant pour {name} : saisissez son "
                           "coût annuel prévu.", year=year, name=person.name),
                    )
                )  # fmt: skip
            continue
        monthly = Fraction(annual) / 12
        payroll = {(m.start.year, m.start.month): monthly for m in employed.months()}
        staff.append(dataclasses.replace(person, payroll=payroll))
    budgets = tuple(
        ChargeInput(
            category_id, f"Budget {year} — {data.categories[category_id].name}", amount, "year",
            period.start, period.end, Attachment("category", category_id), source_kind="budget",
        )
        for category_id, amount in sorted(category_budgets.items())
        if category_id in data.categories
    )  # fmt: skip
    # The meter's other terms stay as recorded: a priced meter bills planned units × price (R12).
    meters = {
        ident: dataclasses.replace(
            meter,
            periods=(ReadingPeriod(period.start, period.end,
                                   {p: Fraction(q) for p, q in planned_meter_use[ident].items()}),)
            if ident in planned_meter_use else (),
        )
        for ident, meter in data.meters.items()
    }  # fmt: skip
    planned = dataclasses.replace(
        data, staff=tuple(staff), bills=(), charges=data.charges + budgets, meters=meters
    )
    preview = compute(planned, period)
    engine_problems = {_planned_use_problem(p, data, year) for p in preview.problems}
    return dataclasses.replace(preview, problems=tuple(sorted({*engine_problems, *problems})))


def _planned_use_problem(problem: Problem, data: CostData, year: int) -> Problem:
    """A forecast reads no readings: what the engine finds missing is the meter's planned use."""
    if problem.code != MISSING_READINGS or problem.item_kind != "meter" or problem.item_id not in data.meters:
        return problem
    meter = data.meters[problem.item_id]
    return Problem(
        MISSING_PLANNED_USE, "meter", meter.id, Period.year(year).start,
        tr("Problem", "Utilisation prévue {year} manquante pour le compteur « {meter} » : saisissez la quantité "
           "prévue ({unit}) de chaque partie pour {year} (page Clés et relevés, bouton « Prévisions… », ou "
           "import, feuille « Utilisation prévue »).", year=year, meter=meter.name, unit=meter.unit),
    )  # fmt: skip

