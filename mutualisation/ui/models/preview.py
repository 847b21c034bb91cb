"""Table models of the États page's preview: the lines of a beneficiary, and the problems."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...domain.inputs import PartyInfo
from ...domain.lines import SECTION_ORDER, SECTIONS, Line, Preview
from ...domain.party_statement import DocumentLine, PartyStatement
from ...domain.problems import Problem
from ...domain.vocabulary import Section
from .. import formatting
from .table_model import RIGHT, Column, RowTableModel, date_column, money_column, text_column

#: Section names as the screen shows them (the engine's are the PDF's).
SECTION_LABELS = {
    Section.PERSONNEL: QT_TRANSLATE_NOOP("sections", "Personnel"),
    Section.MATERIEL: QT_TRANSLATE_NOOP("sections", "Matériel"),
    Section.LOCAUX: QT_TRANSLATE_NOOP("sections", "Locaux"),
    Section.DEPENSES: QT_TRANSLATE_NOOP("sections", "Dépenses partagées"),
}


def section_label(section: str) -> str:
    text = SECTION_LABELS.get(section)
    return QCoreApplication.translate("sections", text) if text else SECTIONS.get(section, section)


def _decimal(ratio: Fraction) -> Decimal:
    return Decimal(ratio.numerator) / Decimal(ratio.denominator)


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One line of the party's statement as the screen lists it; ``line`` keeps the engine's
    detail for the explanation, ``ratio`` the exact ratio for sorting."""

    printed: DocumentLine
    ratio: Decimal
    line: Line
    party_id: int
    parties: tuple[PartyInfo, ...]

    @property
    def section(self) -> str:
        return self.printed.section

    @property
    def label(self) -> str:
        return self.printed.label

    @property
    def basis(self) -> Decimal:
        return self.printed.basis

    @property
    def key_description(self) -> str:
        return self.printed.key_description

    @property
    def ratio_text(self) -> str:
        """The ratio as the PDF prints it (same rounding on screen and on paper)."""
        return self.printed.ratio

    @property
    def amount(self) -> Decimal:
        return self.printed.amount

    @property
    def section_rank(self) -> int:
        return SECTION_ORDER.index(self.section) if self.section in SECTION_ORDER else len(SECTION_ORDER)

    def explanation(self) -> list[str]:
        """The line explained in French sentences (inputs, key steps, rounding)."""
        return self.line.explanation_lines(self.parties)


def preview_rows(statement: PartyStatement, preview: Preview, party_id: int) -> tuple[PreviewRow, ...]:
    """The statement's lines, in the order it gives them, each with the engine line behind it."""
    engine_lines = preview.lines_for(party_id)
    # The statement is built from exactly these lines, in this order (party_statement).
    assert len(engine_lines) == len(statement.lines)
    return tuple(
        PreviewRow(printed, _decimal(line.ratio(party_id)), line, party_id, preview.parties)
        for printed, line in zip(statement.lines, engine_lines)
    )


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
            # Sorted by the exact ratio, shown as printed on the statement.
            QT_TRANSLATE_NOOP("PreviewTableModel", "Taux"), lambda r: (r.ratio, r.ratio_text),
            lambda value: value[1], RIGHT,
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
