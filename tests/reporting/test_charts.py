"""The bar chart of the annual summary: a reportlab Drawing in the documents' fonts."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.units import mm

from mutualisation.reporting.charts import _scale, comparison_chart
from mutualisation.reporting.fonts import REGULAR

SECTIONS = ["Personnel", "Matériel", "Locaux", "Dépenses partagées"]
FORECAST = [Decimal("43210.50"), Decimal("2400.00"), Decimal("10456.33"), Decimal("5200.00")]
ACTUAL = [Decimal("45000.10"), Decimal("2390.50"), Decimal("10800.00"), Decimal("4987.12")]


def _chart(drawing: Drawing):
    (chart,) = [item for item in drawing.contents if isinstance(item, VerticalBarChart)]
    (legend,) = [item for item in drawing.contents if isinstance(item, Legend)]
    return chart, legend


def _drawing() -> Drawing:
    return comparison_chart(SECTIONS, [("Prévisionnel", FORECAST), ("Réalisé", ACTUAL)], 174 * mm)


def test_one_group_per_section_and_one_bar_per_series():
    chart, legend = _chart(_drawing())
    assert chart.categoryAxis.categoryNames == SECTIONS
    assert len(chart.data) == 2 and all(len(series) == 4 for series in chart.data)
    assert chart.data[0][0] == 43210.5 and chart.data[1][3] == 4987.12
    assert [name for _color, name in legend.colorNamePairs] == ["Prévisionnel", "Réalisé"]
    assert chart.bars[0].fillColor != chart.bars[1].fillColor


def test_numbers_are_written_the_french_way():
    chart, _legend = _chart(_drawing())
    assert chart.valueAxis.labelTextFormat(20000.0) == "20\u202f000"
    assert chart.barLabelFormat(43210.5) == "43\u202f211"  # from the Decimal, half-up
    assert chart.barLabelFormat(0.0) == ""
    low, high, step = chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep
    assert low == 0 and high >= 45000.10 * 1.08 and step == 10000


def test_every_string_uses_the_embedded_font():
    drawing = _drawing()
    chart, legend = _chart(drawing)
    assert drawing.initialFontName == REGULAR
    assert chart.valueAxis.labels.fontName == chart.categoryAxis.labels.fontName == REGULAR
    assert chart.barLabels.fontName == legend.fontName == REGULAR
    assert all(s.fontName == REGULAR for s in drawing.contents if isinstance(s, String))
    pdf = renderPDF.drawToString(drawing)
    assert b"Helvetica" not in pdf


def test_empty_and_negative_values_still_draw():
    zero = comparison_chart(["Personnel"], [("Prévisionnel", [Decimal(0)]), ("Réalisé", [Decimal(0)])], 100 * mm)
    assert renderPDF.drawToString(zero).startswith(b"%PDF")
    assert _scale([Decimal(0)]) == (0.0, 100.0, 20.0)
    low, high, step = _scale([Decimal("-1500"), Decimal("9000")])
    assert low <= -1500 and high >= 9000 and step in (1000, 2000, 2500, 5000)
