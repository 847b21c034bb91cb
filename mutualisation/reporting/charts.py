"""Charts for the PDFs, drawn with reportlab.graphics in the documents' fonts and colors.

:func:`comparison_chart` draws grouped vertical bars (one group per category, one bar per
series), for instance the forecast against the actual amount of each section of the annual
summary. Axis values are written the French way (« 12 000 »); every string uses the
embedded DejaVu font, never the standard Helvetica.

Amounts arrive as Decimal and become floats only here, to place bars on the page: nothing
computed from a chart is ever printed as an amount (the bar labels format the Decimals).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..domain import french
from .fonts import REGULAR, register_fonts
from .layout import ACCENT, INK, MUTED, RULE

# Series colors, in order: a light blue for the first (the plan), the accent for the second.
SERIES_COLORS = (colors.HexColor("#9db7d5"), ACCENT, colors.HexColor("#c98b3a"), colors.HexColor("#6b8f71"))

_NICE_STEPS = (1, 2, 2.5, 5, 10)


def comparison_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Decimal]]],
    width: float,
    height: float = 62 * mm,
    *,
    unit: str = "Montants en euros",
) -> Drawing:
    """Grouped bars: for each category, one bar per series, with its value above it.

    ``series`` is ``[(name, values), …]``, each with one value per category. The legend
    names the series; ``unit`` is written above the value axis, whose figures have French
    thousands separators.
    """
    register_fonts()
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its default font (Helvetica, not embedded).
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = 7.5
    chart = VerticalBarChart()
    legend_height = 9 * mm
    left = _axis_width(series) + 3 * mm
    chart.x, chart.y = left, 12 * mm
    chart.width = width - left - 2 * mm
    chart.height = height - chart.y - legend_height
    chart.data = [tuple(float(v) for v in values) for _name, values in series]
    chart.groupSpacing = 14
    chart.barSpacing = 2
    chart.strokeColor = None

    low, high, step = _scale([v for _name, values in series for v in values])
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = low, high, step
    axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = REGULAR, 7, MUTED
    axis.labelTextFormat = lambda value: french.number(Decimal(round(value)))
    axis.strokeColor = RULE
    axis.visibleGrid = True
    axis.gridStrokeColor = RULE
    axis.gridStrokeWidth = 0.3
    axis.visibleTicks = False

    names = chart.categoryAxis
    names.categoryNames = list(categories)
    names.labels.fontName, names.labels.fontSize, names.labels.fillColor = REGULAR, 7.5, INK
    names.labels.boxAnchor = "n"
    names.labels.dy = -3
    names.strokeColor = RULE
    names.visibleTicks = False

    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES_COLORS[index % len(SERIES_COLORS)]
        chart.bars[index].strokeColor = None
    labels = {(i, j): french.number(v, 0) for i, (_n, values) in enumerate(series) for j, v in enumerate(values)}
    chart.barLabelFormat = _BarLabel(chart.data, labels)
    chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.fillColor = REGULAR, 6.5, INK
    chart.barLabels.nudge = 5
    drawing.add(chart)

    legend = Legend()
    legend.fontName, legend.fontSize, legend.fillColor = REGULAR, 7.5, INK
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 0
    legend.dxTextSpace = 4
    legend.dx = legend.dy = 7
    legend.colorNamePairs = [
        (SERIES_COLORS[i % len(SERIES_COLORS)], name) for i, (name, _values) in enumerate(series)
    ]
    legend.boxAnchor = "ne"
    legend.x, legend.y = width - 2 * mm, height - 1 * mm
    legend.strokeColor = None
    legend.subCols.minWidth = 0
    # Legend entries side by side: one column per series, each as wide as its name needs.
    legend.deltax = max(stringWidth(name, REGULAR, 7.5) for name, _ in series) + 22 if series else 0
    drawing.add(legend)
    drawing.add(String(2, height - 6, unit, fontName=REGULAR, fontSize=7, fillColor=MUTED))
    return drawing


class _BarLabel:
    """Bar labels written from the Decimals, not from the floats the bars are drawn with."""

    def __init__(self, data, labels: dict[tuple[int, int], str]) -> None:
        # reportlab passes only the value: bars of equal value get the same text anyway.
        self._text = {data[i][j]: text for (i, j), text in labels.items()}

    def __call__(self, value) -> str:
        if value == 0:
            return ""
        return self._text.get(value) or french.number(Decimal(round(value)))


def _scale(values: Sequence[Decimal]) -> tuple[float, float, float]:
    """A round axis range including zero and every value, with 4 to 6 steps."""
    low = min([Decimal(0), *values])
    high = max([Decimal(0), *values])
    span = high - low
    if span == 0:
        return 0.0, 100.0, 20.0
    raw = float(span) / 5
    magnitude = 10 ** (len(str(int(raw))) - 1) if raw >= 1 else 1
    step = next(s * magnitude for s in _NICE_STEPS if s * magnitude >= raw)
    bottom = -_ceil_to(-float(low), step)
    top = _ceil_to(float(high) * 1.08, step)  # room above the highest bar for its label
    return bottom, top, step


def _ceil_to(value: float, step: float) -> float:
    count = int(value // step)
    return (count + (1 if value > count * step else 0)) * step


def _axis_width(series) -> float:
    _low, high, _step = _scale([v for _name, values in series for v in values])
    return stringWidth(french.number(Decimal(round(high))), REGULAR, 7)
