"""The forecast: the same engine on planned inputs."""

import datetime as dt
from decimal import Decimal

from mutualisation.domain.forecast import MISSING_PLANNED_COST, forecast
from mutualisation.domain.inputs import Attachment, ChargeInput, KeyInput, MeterInput

from .builders import PAYS, ST2B, bill, category, data, fixed_key, person

D = dt.date


def test_forecast_uses_planned_cost_budgets_and_planned_meter_use():
    inputs = data(
        staff=(person(1, payroll={(2027, 1): "99999.00"}), person(2, name="Bruno")),
        keys={1: fixed_key(ST2B="0.25"), 2: KeyInput(2, "Copies", "metered", meter_id=1)},
        categories={1: category(1, 1), 2: category(2, 2)},
        meters={1: MeterInput(1, "Copies", "copies", ())},
        charges=(ChargeInput(1, "Loyer", Decimal("1000.00"), "month", D(2020, 1, 1), None,
                             Attachment("category", 1)),),
        bills=(bill(1, "5000.00", D(2027, 3, 1)),),
    )  # fmt: skip
    result = forecast(
        inputs, 2027, {1: Decimal("36000.00")}, {1: Decimal("1200.00"), 2: Decimal("800.00")},
        {1: {PAYS.id: Decimal("3000"), ST2B.id: Decimal("1000")}},
    )  # fmt: skip
    parts = {line.label: line.part(ST2B.id) for line in result.lines}
    assert parts == {
        "Alice": Decimal("18000.00"),  # planned cost, not the recorded payroll
        "Loyer": Decimal("3000.00"),
        "Budget 2027 — Catégorie 1": Decimal("300.00"),
        "Budget 2027 — Catégorie 2": Decimal("200.00"),  # planned copies 1000 / 4000
    }
    assert [p.code for p in result.problems] == [MISSING_PLANNED_COST]
    assert "Bruno" in result.problems[0].message and "2027" in result.problems[0].message
    assert result.total(ST2B.id) == Decimal("21500.00")
