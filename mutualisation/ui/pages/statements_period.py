"""The États page's period picker: quarters by default, or months, half-years, years."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from ...domain.periods import Period
from ...domain.vocabulary import BillingFrequency
from .statements_jobs import PERIOD_KINDS, periods_of

KIND_TEXTS = {
    BillingFrequency.QUARTERLY: QT_TRANSLATE_NOOP("PeriodPicker", "Trimestre"),
    BillingFrequency.MONTHLY: QT_TRANSLATE_NOOP("PeriodPicker", "Mois"),
    BillingFrequency.HALF_YEARLY: QT_TRANSLATE_NOOP("PeriodPicker", "Semestre"),
    BillingFrequency.YEARLY: QT_TRANSLATE_NOOP("PeriodPicker", "Année"),
}


class PeriodPicker(QWidget):
    """A kind of period, the period itself, and buttons for the previous and the next one."""

    #: The period shown changed.
    period_changed = Signal(object)  # Period

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._years = (2000, 2000)
        self.kind_combo = QComboBox(self)
        for kind in PERIOD_KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("PeriodPicker", KIND_TEXTS[kind]), kind)
        self.kind_combo.setToolTip(self.tr("Découpage : trimestres, mois, semestres ou années"))
        self.period_combo = QComboBox(self)
        self.period_combo.setMinimumContentsLength(22)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("Période précédente"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Période suivante"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.period_combo)
        layout.addWidget(self.next_button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.period_combo.currentIndexChanged.connect(self.on_period_combo_changed)
        self.previous_button.clicked.connect(self.on_previous_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)

    # -- values ----------------------------------------------------------------------------------

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def period(self) -> Period | None:
        return self.period_combo.currentData()

    def set_years(self, first: int, last: int) -> None:
        self._years = (first, last)
        self._fill(self.period())

    def set_period(self, period: Period, kind: str | None = None) -> None:
        """Show ``period`` (as a period of ``kind`` when given); quiet if nothing changes."""
        if kind is not None and kind != self.kind():
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
            self.kind_combo.blockSignals(False)
            self._fill(period)
        first, last = self._years
        if period.start.year < first or period.end.year > last:
            self._years = (min(first, period.start.year), max(last, period.end.year))
            self._fill(period)
        index = self._index_of(period)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def _index_of(self, period: Period) -> int:
        for index in range(self.period_combo.count()):
            if self.period_combo.itemData(index) == period:
                return index
        return -1

    def _fill(self, keep: Period | None) -> None:
        """List the periods of the current kind; keep the one containing ``keep``'s start."""
        periods = periods_of(self.kind(), *self._years)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in periods:
            self.period_combo.addItem(f"{period.label} ({period.short_label})", period)
        chosen = 0
        if keep is not None:
            chosen = next((i for i, p in enumerate(periods) if keep.start in p), len(periods) - 1)
        self.period_combo.setCurrentIndex(chosen)
        self.period_combo.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.period_combo.currentIndex()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(0 <= index < self.period_combo.count() - 1)

    # -- slots -----------------------------------------------------------------------------------

    def on_kind_combo_changed(self, _index: int) -> None:
        self._fill(self.period())
        self.period_changed.emit(self.period())

    def on_period_combo_changed(self, _index: int) -> None:
        self._update_buttons()
        self.period_changed.emit(self.period())

    def on_previous_clicked(self) -> None:
        self.period_combo.setCurrentIndex(max(0, self.period_combo.currentIndex() - 1))

    def on_next_clicked(self) -> None:
        self.period_combo.setCurrentIndex(min(self.period_combo.count() - 1, self.period_combo.currentIndex() + 1))
