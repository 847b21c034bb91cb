"""The dashboard's chart: a beneficiary's last eight billing periods, stacked by section."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QCategoryAxis, QChart, QChartView, QStackedBarSeries
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from ...domain.lines import SECTION_ORDER
from ...domain.vocabulary import Section
from ...services.dashboard import BeneficiaryFigures
from .. import formatting
from ..models.preview import section_label

SECTION_COLORS = {
    Section.PERSONNEL: QColor("#3367d6"),
    Section.MATERIEL: QColor("#f29900"),
    Section.LOCAUX: QColor("#188038"),
    Section.DEPENSES: QColor("#9334e6"),
}


class PeriodsChart(QChartView):
    """Stacked bars: one per period, one colour per section; hovering shows the amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.setBackgroundRoundness(0)
        self.setChart(self.chart_)
        self.setMinimumHeight(220)
        self.series: QStackedBarSeries | None = None
        self.axis_x: QBarCategoryAxis | None = None
        self.axis_y: QCategoryAxis | None = None
        self._labels: list[str] = []
        self._figures: BeneficiaryFigures | None = None
        self._sections: dict[str, str] = {}

    def categories(self) -> list[str]:
        return list(self.axis_x.categories()) if self.axis_x is not None else []

    def show_figures(self, codes: list[str], labels: list[str], figures: BeneficiaryFigures | None) -> None:
        """``codes``: the periods' short codes (categories); ``labels`` their wording for tooltips."""
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._labels = labels
        self._figures = figures
        self._sections: dict[str, str] = {}
        self.series = QStackedBarSeries()
        highest = Decimal(0)
        for section in SECTION_ORDER:
            bar = QBarSet(section_label(section))
            self._sections[bar.label()] = section
            bar.setColor(SECTION_COLORS[section])
            bar.setBorderColor(SECTION_COLORS[section])
            for amounts in figures.by_period if figures else [{} for _ in codes]:
                # The chart draws floats; the amounts shown in words stay Decimal.
                bar.append(float(amounts.get(section, Decimal(0))))
            self.series.append(bar)
        if figures:
            highest = max((sum(a.values(), Decimal(0)) for a in figures.by_period), default=Decimal(0))
        self.series.hovered.connect(self.on_series_hovered)
        chart.addSeries(self.series)
        self.axis_x = QBarCategoryAxis()
        self.axis_x.append(codes)
        font = self.axis_x.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.axis_x.setLabelsFont(font)
        chart.addAxis(self.axis_x, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.axis_x)
        # Qt's value axis formats with printf (« 12000 »): labelled ticks carry the figures written
        # like every amount of the app, thousands separated (« 12 000 »).
        self.axis_y = QCategoryAxis()
        self.axis_y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.axis_y.setTitleText(self.tr("euros"))
        self.axis_y.setLabelsFont(font)
        step, count = nice_step(highest)
        self.axis_y.setRange(0, float(step * count))
        for tick in range(count + 1):
            self.axis_y.append(formatting.number(step * tick), float(step * tick))
        chart.addAxis(self.axis_y, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.axis_y)

    def axis_labels(self) -> list[str]:
        return list(self.axis_y.categoriesLabels()) if self.axis_y is not None else []

    def on_series_hovered(self, status: bool, index: int, bar: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        period = self._labels[index] if index < len(self._labels) else ""
        figures = self._figures
        if figures is None or index >= len(figures.by_period):
            return
        amount = formatting.money(figures.by_period[index].get(self._sections.get(bar.label(), ""), Decimal("0.00")))
        text = self.tr("{section} — {period} : {amount}").format(section=bar.label(), period=period, amount=amount)
        QToolTip.showText(QCursor.pos(), text, self)


def nice_step(highest: Decimal) -> tuple[int, int]:
    """A round step (1, 2 or 5 × a power of ten) and 3 to 6 steps reaching above ``highest``."""
    if highest <= 0:
        return 1, 1
    magnitude = 1
    while True:
        for factor in (1, 2, 5):
            step = factor * magnitude
            count = int(highest * Decimal("1.05") // step) + 1
            if count <= 6:
                return step, count
        magnitude *= 10
