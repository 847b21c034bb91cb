"""Table model of the issued documents: payment status in colour, drift warning."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.periods import Period
from ...services.payments import StatementSummary
from ...services.statements_view import DriftInfo
from .. import formatting, labels
from .drift import signed_money
from .table_model import Column, RowTableModel, date_column, money_column, text_column

#: Payment statuses in French (payments.STATUS_LABELS, for Qt's translation chain).
STATUS_TEXTS = {
    "paid": QT_TRANSLATE_NOOP("IssuedTableModel", "Payé"),
    "part_paid": QT_TRANSLATE_NOOP("IssuedTableModel", "Payé en partie"),
    "unpaid": QT_TRANSLATE_NOOP("IssuedTableModel", "À payer"),
    "overdue": QT_TRANSLATE_NOOP("IssuedTableModel", "En retard"),
    "credit": QT_TRANSLATE_NOOP("IssuedTableModel", "Avoir"),
}
STATUS_COLORS = {
    "paid": QColor("#1b5e20"),
    "part_paid": QColor("#8a5a00"),
    "unpaid": QColor("#0b57d0"),
    "overdue": QColor("#b3261e"),
    "credit": QColor("#5f6368"),
}
WARNING_COLOR = QColor("#b06000")

#: Drift states: not computed yet, none, changed, or the period cannot be recomputed.
DRIFT_PENDING, DRIFT_NONE, DRIFT_CHANGED, DRIFT_INCOMPLETE, DRIFT_NOT_APPLICABLE = (
    "pending", "none", "changed", "incomplete", "n/a",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class IssuedRow(StatementSummary):
    """An issued document as the payments service sums it up (what was paid, its status), with the
    drift of its period once computed."""

    original_id: int
    drift_state: str = DRIFT_PENDING
    drift: DriftInfo | None = None

    @property
    def period(self) -> Period:
        return Period(self.period_start, self.period_end)

    @property
    def can_pay(self) -> bool:
        return self.total > 0 and self.outstanding > 0

    @property
    def can_correct(self) -> bool:
        return self.drift_state == DRIFT_CHANGED and self.drift is not None

    def with_drift(self, state: str, drift: DriftInfo | None) -> IssuedRow:
        return replace(self, drift_state=state, drift=drift)


def status_text(status: str) -> str:
    text = STATUS_TEXTS.get(status)
    return QCoreApplication.translate("IssuedTableModel", text) if text else status


def drift_text(row: IssuedRow) -> str:
    if row.drift_state == DRIFT_PENDING:
        return QCoreApplication.translate("IssuedTableModel", "vérification…")
    if row.drift_state == DRIFT_CHANGED and row.drift is not None:
        return QCoreApplication.translate("IssuedTableModel", "Écart {amount}").format(
            amount=signed_money(row.drift.difference)
        )
    if row.drift_state == DRIFT_INCOMPLETE:
        return QCoreApplication.translate("IssuedTableModel", "Recalcul incomplet")
    return ""


class IssuedTableModel(RowTableModel[IssuedRow]):
    """Issued statements, credit notes and corrective statements, latest first."""

    NUMBER, KIND, BENEFICIARY, PERIOD, ISSUED, DUE, TOTAL, PAID, STATUS, DRIFT = range(10)
    columns = (
        text_column(QT_TRANSLATE_NOOP("IssuedTableModel", "Numéro"), lambda r: r.number),
        text_column(QT_TRANSLATE_NOOP("IssuedTableModel", "Type"), lambda r: labels.statement_kind(r.kind)),
        text_column(QT_TRANSLATE_NOOP("IssuedTableModel", "Bénéficiaire"), lambda r: r.beneficiary),
        Column(
            QT_TRANSLATE_NOOP("IssuedTableModel", "Période"),
            lambda r: (r.period_start, r.period_end),
            lambda p: Period(*p).label,
        ),
        date_column(QT_TRANSLATE_NOOP("IssuedTableModel", "Émis le"), lambda r: r.issue_date),
        date_column(QT_TRANSLATE_NOOP("IssuedTableModel", "Échéance"), lambda r: r.due_date),
        money_column(QT_TRANSLATE_NOOP("IssuedTableModel", "Total"), lambda r: r.total),
        money_column(QT_TRANSLATE_NOOP("IssuedTableModel", "Payé"), lambda r: r.paid),
        Column(QT_TRANSLATE_NOOP("IssuedTableModel", "Statut"), lambda r: r.status, status_text),
        Column(
            QT_TRANSLATE_NOOP("IssuedTableModel", "Écart"),
            lambda r: r.drift.difference if r.can_correct else None,
        ),
    )

    def display_text(self, row: int, column: int) -> str:
        if column == self.DRIFT:
            return drift_text(self.row_value(row))
        return super().display_text(row, column)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.row_value(index.row()), index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS:
                return STATUS_COLORS.get(row.status)
            if column == self.DRIFT and row.drift_state in (DRIFT_CHANGED, DRIFT_INCOMPLETE):
                return WARNING_COLOR
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.DRIFT and row.can_correct:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return super().data(index, role)

    def _tooltip(self, row: IssuedRow, column: int) -> str | None:
        if column == self.DRIFT and row.can_correct:
            return self.tr(
                "Les données de la période ont changé depuis l'émission ({count} ligne(s)) : "
                "« Rectifier… » montre l'écart et émet l'état rectificatif ou l'avoir."
            ).format(count=len(row.drift.changed))
        if column == self.DRIFT and row.drift_state == DRIFT_INCOMPLETE and row.drift is not None:
            return "\n".join(row.drift.problems)
        if column == self.PERIOD:
            return formatting.period(row.period_start, row.period_end)
        if column == self.STATUS and row.outstanding and row.total > 0:
            return self.tr("Reste dû : {amount}").format(amount=formatting.money(row.outstanding))
        if column == self.NUMBER and row.corrects:
            return self.tr("Corrige l'état n° {number}").format(number=row.corrects)
        return None

    def set_drift(self, drifts: dict[int, tuple[str, DriftInfo | None]]) -> None:
        """Show the drift computed for each original statement (by id) on its rows."""
        for position, row in enumerate(self._rows):
            if row.original_id in drifts and row.id == row.original_id:
                state, info = drifts[row.original_id]
                self._rows[position] = row.with_drift(state, info)
            elif row.drift_state == DRIFT_PENDING:
                self._rows[position] = row.with_drift(DRIFT_NOT_APPLICABLE, None)
        self.rows_changed()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))
