"""Sorting on raw values compared in Python, and filtering on folded text."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from .table_model import (
    SORT_ROLE,
    RowTableModel,
    search_fold,
    value_sort_key,
)


class SortFilterProxyModel(QSortFilterProxyModel):
    """Sorts on the sort role (Decimal, date, text without accents or case) and keeps the rows
    containing every word of the filter text.

    Over a :class:`RowTableModel` the model marks the rows holding every word in one Python
    pass over its folded texts (:meth:`RowTableModel.filter_rows`) and ``filterAcceptsRow``
    only reads that mark: asking the model for each row's search role through Qt cost five
    times as much per keystroke on 50,000 bills. Any other model is filtered by Qt on its
    displayed cells.

    Over a :class:`RowTableModel` the sort is delegated to the model, which orders its rows
    with one Python key per row; the proxy then keeps the source order and only filters.
    Any other model is sorted through :meth:`lessThan`, on the same keys.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: tuple[str, ...] = ()
        self._sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        #: The source when it is a RowTableModel (a Python reference: no Qt call per row).
        self._rows_model: RowTableModel | None = None

    # -- filtering -------------------------------------------------------------------------------

    def filter_text(self) -> str:
        return " ".join(self._words)

    def setSourceModel(self, source) -> None:
        self._rows_model = source if isinstance(source, RowTableModel) else None
        if self._rows_model is not None:
            self._rows_model.filter_rows(self._words)
        super().setSourceModel(source)
        # Another kind of model: Qt filters its displayed cells, any column, any case.
        self.setFilterRole(Qt.ItemDataRole.DisplayRole)
        self.setFilterKeyColumn(-1)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self._rows_model is None:
            return super().filterAcceptsRow(source_row, source_parent)
        accepted = self._rows_model.accepted
        return accepted is None or accepted[source_row]

    def set_filter_text(self, text: str) -> None:
        words = tuple(search_fold(text).split())
        if words == self._words:
            return
        self._words = words
        if self._rows_model is not None:
            self.beginFilterChange()
            self._rows_model.filter_rows(words)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        # Every word, in any order: one lookahead per word over the row's folded text.
        pattern = "^" + "".join(f"(?=.*{QRegularExpression.escape(word)})" for word in words) if words else ""
        options = (
            QRegularExpression.PatternOption.DotMatchesEverythingOption
            | QRegularExpression.PatternOption.CaseInsensitiveOption
        )
        self.setFilterRegularExpression(QRegularExpression(pattern, options))

    # -- sorting ---------------------------------------------------------------------------------

    def sorted_by(self) -> tuple[int, Qt.SortOrder]:
        """The column and order last asked for (``sortColumn()`` stays -1 over a RowTableModel)."""
        return self._sorted_by

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sorted_by = (column, order)
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            super().sort(-1, Qt.SortOrder.AscendingOrder)  # keep the source order as is
            source.sort(column, order)
        else:
            super().sort(column, order)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        return value_sort_key(a) < value_sort_key(b)
