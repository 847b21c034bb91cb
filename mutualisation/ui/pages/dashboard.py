"""Tableau de bord: the running period's totals, the last eight periods by section, the alerts
of the day, the convention's key dates and what each register holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ServiceError
from .. import formatting
from ..models.alerts import AlertTableModel
from ..models.sort_proxy import SortFilterProxyModel
from ..models.table_model import ROW_ROLE
from ..widgets.stat_card import StatCard
from ..workers import Task
from .base import Page
from .dashboard_registers import ConventionDatesBox, RegistersBox

if TYPE_CHECKING:
    from ...services.alerts import Alert
    from ...services.dashboard import DashboardFigures
    from ...services.workspace import Unit
    from .dashboard_chart import PeriodsChart


class DashboardPage(Page):
    """An overview: where the running period stands, what to do, and the registers."""

    #: The user clicked a card: the key of the page to open.
    page_requested = Signal(str)

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Tableau de bord"),
            self.tr(
                "Montants de la période en cours, évolution des dernières périodes, alertes et dates "
                "clés de la convention."
            ),
            parent,
        )
        self.today = dt.date.today()
        self.figures: DashboardFigures | None = None
        #: The running period's figures are shown; the chart's older periods are computing.
        self._chart_pending = False

        # -- the running period: one card per beneficiary ---------------------------------------
        self.period_box = QGroupBox(self.tr("Période en cours"), self)
        self.period_cards = QHBoxLayout()
        self.period_cards.setSpacing(8)
        self.totals: dict[str, StatCard] = {}
        self.period_note = QLabel(self.period_box)
        self.period_note.setObjectName("countLabel")
        self.period_note.setWordWrap(True)
        self.busy_bar = QProgressBar(self.period_box)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(80)
        self.busy_bar.hide()
        note_row = QHBoxLayout()
        note_row.addWidget(self.period_note, 1)
        note_row.addWidget(self.busy_bar)
        period_layout = QVBoxLayout(self.period_box)
        period_layout.addLayout(self.period_cards)
        period_layout.addLayout(note_row)

        # -- the chart ---------------------------------------------------------------------------
        self.chart_box = QGroupBox(self.tr("Dernières périodes par section"), self)
        self.chart_beneficiary = QComboBox(self.chart_box)
        self.chart_beneficiary.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_beneficiary.setMinimumContentsLength(16)
        self.chart_beneficiary.currentIndexChanged.connect(self.on_chart_beneficiary_changed)
        #: Made with the first figures (QtCharts and the sections' vocabulary are not needed
        #: for the page's skeleton, which the window paints before anything is read).
        self.chart: PeriodsChart | None = None
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(QLabel(self.tr("Bénéficiaire"), self.chart_box))
        chart_bar.addWidget(self.chart_beneficiary, 1)
        chart_layout = QVBoxLayout(self.chart_box)
        chart_layout.addLayout(chart_bar)
        self.chart_layout = chart_layout

        # -- alerts ------------------------------------------------------------------------------
        self.alerts_box = QGroupBox(self.tr("Alertes"), self)
        self.alerts_model = AlertTableModel()
        self.alerts_proxy = SortFilterProxyModel(self)
        self.alerts_proxy.setSourceModel(self.alerts_model)
        self.alerts_view = QTableView(self.alerts_box)
        self.alerts_view.setModel(self.alerts_proxy)
        self.alerts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alerts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.alerts_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alerts_view.setSortingEnabled(True)
        self.alerts_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.alerts_view.verticalHeader().setVisible(False)
        self.alerts_view.setWordWrap(True)
        # Every alert whole: rows follow the message column's width as the window resizes.
        # Measured once per change (rows, order, that width), a moment later: Qt's own
        # ResizeToContents measured every row again at each layout of the page (six times while
        # the figures come in: half a second for 160 alerts).
        self.alerts_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.alerts_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_alert_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_alert_rows.timeout.connect(self._fit_alerts)
        self._fitting = False
        self.alerts_proxy.layoutChanged.connect(self._fit_alert_rows.start)
        self.alerts_proxy.modelReset.connect(self._fit_alert_rows.start)
        self.alerts_view.setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.alerts_view.horizontalHeader()
        header.setSectionResizeMode(AlertTableModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        # Sized in _fit_alerts on their widest text (Qt measured every cell at every layout).
        header.setSectionResizeMode(AlertTableModel.PAGE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(AlertTableModel.DAY, QHeaderView.ResizeMode.Fixed)
        header.sectionResized.connect(self.on_alerts_section_resized)
        self.alerts_view.setMinimumWidth(260)
        self.alerts_view.clicked.connect(self.on_alert_clicked)
        self.alerts_view.activated.connect(self.on_alert_clicked)
        self.no_alert_label = QLabel(self.tr("Rien à signaler : aucune alerte aujourd'hui."), self.alerts_box)
        self.no_alert_label.setObjectName("noneLabel")
        self.no_alert_label.hide()
        alerts_layout = QVBoxLayout(self.alerts_box)
        alerts_layout.addWidget(self.no_alert_label)
        alerts_layout.addWidget(self.alerts_view, 1)

        # -- the convention and the registers -----------------------------------------------------
        self.convention_box = ConventionDatesBox(self)
        self.registers_box = RegistersBox(self)
        self.registers_box.page_requested.connect(self.page_requested)
        # Names the rest of the application (and its tests) know the page by.
        self.dates = self.convention_box.dates
        self.none_label = self.convention_box.none_label
        self.cards = self.registers_box.cards

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setSpacing(10)
        grid.addWidget(self.period_box, 0, 0, 1, 2)
        grid.addWidget(self.chart_box, 1, 0)
        grid.addWidget(self.alerts_box, 1, 1)
        grid.addWidget(self.convention_box, 2, 0, 1, 2)
        grid.addWidget(self.registers_box, 3, 0, 1, 2)
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 3)
        self.chart_box.setMinimumHeight(360)
        self.alerts_box.setMinimumHeight(360)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.content.addWidget(scroll, 1)

        self.task = Task(self)
        self.task.succeeded.connect(self.on_figures_succeeded)
        self.task.failed.connect(self.on_figures_failed)
        self.task.busy_changed.connect(self.busy_bar.setVisible)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, run: Unit) -> None:
        # Imported here: the page's skeleton shows before the database layer is loaded.
        from ...services import registers
        from ...services.dashboard_cache import cached_dashboard_figures

        self.today = dt.date.today()
        self.convention_box.today = self.today
        conventions = run(registers.conventions)
        self.convention_box.show_convention(conventions[0] if conventions else None, len(conventions))
        self.registers_box.show_counts(run(registers.counts))
        self.period_note.setText(self.tr("Calcul des montants en cours…"))
        # The running period and the alerts first, shown as soon as they are in (a fraction
        # of the work); then the chart's older periods, on the same task.
        self._chart_pending = False
        self.task.start(self.workspace.read, cached_dashboard_figures, self.today, 1, True, QLocale().name())

    def computing_first_figures(self) -> bool:
        """Whether the running period's totals and the alerts are still being computed."""
        return self.task.is_busy() and not self._chart_pending

    def on_figures_failed(self, error: Exception) -> None:
        self._chart_pending = False
        if not isinstance(error, ServiceError):
            raise error
        self.period_note.setText(str(error))

    def on_figures_succeeded(self, figures: DashboardFigures) -> None:
        from ...services.dashboard import PERIODS_SHOWN
        from ...services.dashboard_cache import cached_dashboard_figures

        if self._chart_pending:  # the chart's periods, after the running one: same alerts
            self._chart_pending = False
            self.figures = replace(figures, alerts=self.figures.alerts)
            self._show_chart(self.figures)
            self._show_year(self.figures)
            return
        self.figures = figures
        self._show_totals(figures)
        self._show_alerts(figures.alerts)
        if figures.current is not None and len(figures.periods) < PERIODS_SHOWN:
            self._chart_pending = True
            self.task.start(
                self.workspace.read, cached_dashboard_figures, self.today, PERIODS_SHOWN, False, QLocale().name()
            )
            return
        self._show_chart(figures)
        self._show_year(figures)

    def _show_chart(self, figures: DashboardFigures) -> None:
        if self.chart is None:
            from .dashboard_chart import PeriodsChart

            self.chart = PeriodsChart(self.chart_box)
            self.chart_layout.addWidget(self.chart, 1)
        current = self.chart_beneficiary.currentData()
        self.chart_beneficiary.blockSignals(True)
        self.chart_beneficiary.clear()
        for b in figures.beneficiaries:
            self.chart_beneficiary.addItem(f"{b.code} — {b.name}", b.party_id)
        index = self.chart_beneficiary.findData(current)
        self.chart_beneficiary.setCurrentIndex(max(index, 0))
        self.chart_beneficiary.blockSignals(False)
        self.chart_box.setVisible(bool(figures.beneficiaries))
        self.on_chart_beneficiary_changed(self.chart_beneficiary.currentIndex())

    def _show_totals(self, figures: DashboardFigures) -> None:
        for card in self.totals.values():
            self.period_cards.removeWidget(card)
            card.deleteLater()
        self.totals = {}
        if figures.current is None:
            self.period_box.setTitle(self.tr("Période en cours"))
            self.period_note.setText(self.tr("Enregistrez la convention pour suivre les montants de chaque période."))
            return
        self.period_box.setTitle(self.tr("Période en cours : {period}").format(period=figures.current.label))
        for b in figures.beneficiaries:
            card = StatCard("", self.period_box)
            card.set_value(formatting.money(b.current_total), b.code, self._sections_detail(b))
            card.setToolTip(
                self.tr("{name}\nCliquez pour ouvrir l'aperçu de son état.").format(name=b.name)
            )
            card.clicked.connect(
                lambda party=b.party_id: self.navigate_requested.emit("statements", "beneficiary", party)
            )
            self.period_cards.addWidget(card)
            self.totals[b.code] = card
        if figures.current_problems:
            self.period_note.setText(
                self.tr("Montants provisoires : {count} donnée(s) manquante(s) pour la période "
                        "(voir les alertes).").format(count=figures.current_problems)
            )  # fmt: skip
        else:
            self.period_note.setText(self.tr("Montants calculés à ce jour, sur les données saisies."))

    @staticmethod
    def _sections_detail(b) -> str:
        from ..models.preview import section_label

        return " · ".join(f"{section_label(s)} {formatting.money(v)}" for s, v in b.by_period[-1].items() if v)

    def _show_year(self, figures: DashboardFigures) -> None:
        """Under each card, the year so far: the sum of its billing periods (R13)."""
        if not figures.year_periods:
            return
        for b in figures.beneficiaries:
            card = self.totals.get(b.code)
            if card is None:
                continue
            year = self.tr("Cumul {year} ({count} période(s), somme des états) : {amount}").format(
                year=figures.current.start.year, count=len(figures.year_periods),
                amount=formatting.money(b.year_to_date),
            )  # fmt: skip
            detail = self._sections_detail(b)
            card.detail_label.setText(f"{detail}\n{year}" if detail else year)

    def _show_alerts(self, alerts: tuple[Alert, ...]) -> None:
        self.alerts_model.set_rows(alerts)
        self._fit_alert_rows.start()
        count = len(alerts)
        self.alerts_box.setTitle(self.tr("Alertes ({count})").format(count=count) if count else self.tr("Alertes"))
        self.no_alert_label.setVisible(not alerts)
        self.alerts_view.setVisible(bool(alerts))

    def on_alerts_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == AlertTableModel.MESSAGE and not self._fitting:
            self._fit_alert_rows.start()

    def _fit_alerts(self) -> None:
        """The place and date columns as wide as their widest text, then each row as tall as
        its message wrapped to the width left: one measure of the widest cell per column and
        one of each row, where Qt's ResizeToContents measured every cell at every layout."""
        view, proxy = self.alerts_view, self.alerts_proxy
        header, metrics = view.horizontalHeader(), view.fontMetrics()
        grid = 1 if view.showGrid() else 0
        self._fitting = True
        try:
            for column in (AlertTableModel.PAGE, AlertTableModel.DAY):
                texts = [proxy.index(row, column).data() or "" for row in range(proxy.rowCount())]
                width = header.sectionSizeHint(column)
                if texts:
                    widest = max(range(len(texts)), key=lambda row: metrics.horizontalAdvance(texts[row]))
                    width = max(width, view.sizeHintForIndex(proxy.index(widest, column)).width() + grid)
                header.resizeSection(column, width)
            view.resizeRowsToContents()
        finally:
            self._fitting = False

    def on_chart_beneficiary_changed(self, _index: int) -> None:
        figures = self.figures
        if figures is None or self.chart is None:
            return
        party = self.chart_beneficiary.currentData()
        chosen = next((b for b in figures.beneficiaries if b.party_id == party), None)
        self.chart.show_figures(
            [p.short_label for p in figures.periods], [p.label for p in figures.periods], chosen
        )

    def on_alert_clicked(self, index) -> None:
        alert: Alert | None = index.data(ROW_ROLE) if index.isValid() else None
        if alert is not None:
            if alert.kind == "missing_data":  # the place where the data is typed, at its date
                self.entry_requested.emit(alert.page, alert.place, alert.item_id, alert.day)
            else:
                self.navigate_requested.emit(alert.page, alert.item_kind, alert.item_id)
