"""An editable grid of amounts or quantities (payroll, readings): typed, pasted, saved at once.

Rows and columns are labelled; some cells may be closed (a month a person was not employed).
Each edit — one cell typed, or a block pasted from a spreadsheet — is read the French way and
handed whole to ``store``, which saves it all or nothing through a service; a refusal leaves
the grid as it was and says why through :attr:`EditableGridModel.input_refused`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.parsing import ParseError, parse_amount
from ...services.errors import ServiceError
from .table_model import CENTER, RIGHT, SORT_ROLE

Cell = tuple[int, int]
CLOSED_BRUSH = QBrush(QColor("#eceff1"))
TOTAL_BRUSH = QBrush(QColor("#f5f5f5"))


class EditableGridModel(QAbstractTableModel):
    """Values by (row, column); subclasses give the labels, the closed cells and ``store``.

    A last "Total" row and column sum what is shown; they are never editable.
    """

    #: A typed or pasted value was not recorded: the message says why.
    input_refused = Signal(str)
    #: Values were recorded.
    cells_saved = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.row_labels: list[str] = []
        self.column_labels: list[str] = []
        self.values: dict[Cell, Decimal] = {}
        self.places = 2
        self.total_caption = self.tr("Total")
        self.store: Callable[[dict[Cell, Decimal | None]], None] | None = None

    # -- what subclasses decide ------------------------------------------------------------------

    def is_open(self, row: int, column: int) -> bool:
        """Whether a value may be typed there."""
        return True

    def closed_reason(self, row: int, column: int) -> str:
        return ""

    def parse(self, text: str) -> Decimal:
        return parse_amount(text, self.places)

    def format(self, value: Decimal | None) -> str:
        from ...domain import french

        return "" if value is None else french.number(value, self.places)

    # -- sizes and totals ------------------------------------------------------------------------

    @property
    def data_rows(self) -> int:
        return len(self.row_labels)

    @property
    def data_columns(self) -> int:
        return len(self.column_labels)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.row_labels else self.data_rows + 1

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self.column_labels else self.data_columns + 1

    def is_total(self, row: int, column: int) -> bool:
        return row == self.data_rows or column == self.data_columns

    def value(self, row: int, column: int) -> Decimal | None:
        if not self.is_total(row, column):
            return self.values.get((row, column))
        rows = range(self.data_rows) if row == self.data_rows else [row]
        columns = range(self.data_columns) if column == self.data_columns else [column]
        found = [self.values[(r, c)] for r in rows for c in columns if (r, c) in self.values]
        return sum(found, Decimal(0)) if found else None

    # -- Qt interface ----------------------------------------------------------------------------

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.format(self.value(row, column))
        if role == Qt.ItemDataRole.EditRole:
            value = self.value(row, column)
            return "" if value is None else self.format(value).replace("\u202f", " ")
        if role == SORT_ROLE:
            return self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.is_total(row, column):
                return TOTAL_BRUSH
            return None if self.is_open(row, column) else CLOSED_BRUSH
        if role == Qt.ItemDataRole.FontRole and self.is_total(row, column):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and not self.is_total(row, column):
            return self.closed_reason(row, column) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            labels = self.column_labels if orientation == Qt.Orientation.Horizontal else self.row_labels
            return labels[section] if section < len(labels) else self.total_caption
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return CENTER
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.is_total(index.row(), index.column()) and self.is_open(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.set_texts({(index.row(), index.column()): str(value)})

    # -- editing ---------------------------------------------------------------------------------

    def set_texts(self, texts: dict[Cell, str]) -> bool:
        """Read and record several cells at once (a paste); all or nothing.

        Closed and total cells are skipped; an empty text clears a cell.
        """
        changes: dict[Cell, Decimal | None] = {}
        for (row, column), text in sorted(texts.items()):
            if row >= self.data_rows or column >= self.data_columns or not self.is_open(row, column):
                continue
            text = text.strip()
            try:
                value = self.parse(text) if text else None
            except ParseError as exc:
                where = f"{self.row_labels[row]}, {self.column_labels[column]}"
                self.input_refused.emit(self.tr("{where} : {message}").format(where=where, message=exc))
                return False
            if value != self.values.get((row, column)):
                changes[(row, column)] = value
        if not changes:
            return True
        if self.store is not None:
            try:
                self.store(changes)
            except ServiceError as exc:
                self.input_refused.emit(str(exc))
                return False
        for cell, value in changes.items():
            if value is None:
                self.values.pop(cell, None)
            else:
                self.values[cell] = value
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.cells_saved.emit()
        return True
