"""Drift of an issued period, line by line: issued, recomputed today, difference."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from ...services.corrections import DriftLine
from .. import formatting
from .preview import section_label
from .table_model import RIGHT, Column, RowTableModel, money_column, text_column

POSITIVE = QColor("#1b5e20")
NEGATIVE = QColor("#b3261e")


def signed_money(value: Decimal) -> str:
    """``+12,34 €`` / ``−12,34 €`` / ``0,00 €``."""
    if value > 0:
        return "+" + formatting.money(value)
    return formatting.money(value)


class DriftTableModel(RowTableModel[DriftLine]):
    """Each line of an issued period: what was issued, what it computes today, the difference."""

    SECTION, LABEL, ISSUED, RECOMPUTED, DIFFERENCE = range(5)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("DriftTableModel", "Section"),
            lambda d: section_label(d.section),
        ),
        text_column(QT_TRANSLATE_NOOP("DriftTableModel", "Ligne"), lambda d: d.label),
        money_column(QT_TRANSLATE_NOOP("DriftTableModel", "Émis"), lambda d: d.issued),
        money_column(QT_TRANSLATE_NOOP("DriftTableModel", "Recalculé"), lambda d: d.recomputed),
        Column(
            QT_TRANSLATE_NOOP("DriftTableModel", "Écart"), lambda d: d.difference, signed_money, RIGHT,
        ),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == self.DIFFERENCE:
            difference = self.row_value(index.row()).difference
            if difference:
                return POSITIVE if difference > 0 else NEGATIVE
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            line = self.row_value(index.row())
            return line.key_description or None
        return super().data(index, role)
