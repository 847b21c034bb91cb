"""Table models of the États page's preview: the lines of a beneficiary, and the problems."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...domain.inputs import PartyInfo
from ...domain.lines import SECTION_ORDER, SECTIONS, Line, Preview
from ...domain.problems import Problem
from .. import formatting
from .table_model import RIGHT, Column, RowTableModel, date_column, money_column, text_column

#: Section names as the screen shows them (the engine's are the PDF's).
SECTION_LABELS = {
    "personnel": QT_TRANSLATE_NOOP("sections", "Personnel"),
    "materiel": QT_TRANSLATE_NOOP("sections", "Matériel"),
    "locaux": QT_TRANSLATE_NOOP("sections", "Locaux"),
    "depenses": QT_TRANSLATE_NOOP("sections", "Dépenses partagées"),
}


def section_label(section: str) -> str:
    text = SECTION_LABELS.get(section)
    return QCoreApplication.translate("sections", text) if text else SECTIONS.get(section, section)


def _decimal(ratio: Fraction) -> Decimal:
    return Decimal(ratio.numerator) / Decimal(ratio.denominator)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One line of the preview as a beneficiary sees it; ``line`` keeps the engine's detail."""

    section: str
    label: str
    basis: Decimal
    key_description: str
    ratio: Decimal
    amount: Decimal
    line: Line
    party_id: int
    parties: tuple[PartyInfo, ...]

    @property
    def section_rank(self) -> int:
        return SECTION_ORDER.index(self.section) if self.section in SECTION_ORDER else len(SECTION_ORDER)

    def explanation(self) -> list[str]:
        """The line explained in French sentences (inputs, key steps, rounding)."""
        return self.line.explanation_lines(self.parties)


def preview_rows(preview: Preview, party_id: int) -> list[PreviewRow]:
    """The party's lines, in section order as the engine gives them."""
    return [
        PreviewRow(
            line.section, line.label, line.total, line.key_description(party_id),
            _decimal(line.ratio(party_id)), line.part(party_id), line, party_id, preview.parties,
        )  # fmt: skip
        for line in preview.lines_for(party_id)
    ]


def section_totals(rows: Iterable[PreviewRow]) -> list[tuple[str, Decimal]]:
    """(section, subtotal) in section order, for the sections that have lines."""
    totals: dict[str, Decimal] = {}
    for row in rows:
        totals[row.section] = totals.get(row.section, Decimal("0.00")) + row.amount
    return sorted(totals.items(), key=lambda item: SECTION_ORDER.index(item[0]))


class PreviewTableModel(RowTableModel[PreviewRow]):
    """The lines of a beneficiary's preview: what, on which base, by which key, how much."""

    SECTION, LABEL, BASIS, KEY, RATIO, AMOUNT = range(6)
    columns = (
        Column(
            QT_TRANSLATE_NOOP("PreviewTableModel", "Section"),
            lambda r: (r.section_rank, section_label(r.section)),
            lambda value: value[1],
        ),
        text_column(QT_TRANSLATE_NOOP("PreviewTableModel", "Ligne"), lambda r: r.label),
        money_column(
            QT_TRANSLATE_NOOP("PreviewTableModel", "Base"), lambda r: r.basis,
            QT_TRANSLATE_NOOP("PreviewTableModel", "Coût total de la ligne sur la période, toutes parties"),
        ),
        text_column(
            QT_TRANSLATE_NOOP("PreviewTableModel", "Clé de répartition"), lambda r: r.key_description
        ),
        Column(
            QT_TRANSLATE_NOOP("PreviewTableModel", "Taux"), lambda r: r.ratio,
            formatting.percent, RIGHT,
        ),
        money_column(QT_TRANSLATE_NOOP("PreviewTableModel", "Montant"), lambda r: r.amount),
    )
    _bold: QFont | None = None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.tr("Double-cliquez pour voir le détail du calcul.")
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.AMOUNT:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return super().data(index, role)


class ProblemTableModel(RowTableModel[Problem]):
    """What keeps the period from being issued, with the record to correct."""

    MESSAGE, DAY = range(2)
    columns = (
        text_column(QT_TRANSLATE_NOOP("ProblemTableModel", "À corriger"), lambda p: p.message),
        date_column(QT_TRANSLATE_NOOP("ProblemTableModel", "À partir du"), lambda p: p.day),
    )

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return self.row_value(index.row()).message
        return super().data(index, role)
