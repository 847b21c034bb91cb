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
    SEARCH_ROLE,
    SORT_ROLE,
    RowTableModel,
    search_fold,
    value_sort_key,
)


class SortFilterProxyModel(QSortFilterProxyModel):
    """Sorts on the sort role (Decimal, date, text without accents or case) and keeps the rows
    containing every word of the filter text.

    The filter is Qt's own, on the source's search role (the row's folded text): with no filter
    Qt accepts every row without calling Python, where a ``filterAcceptsRow`` written in Python
    would be called for each of 50,000 rows whenever the register is read again.

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

    # -- filtering -------------------------------------------------------------------------------

    def filter_text(self) -> str:
        return " ".join(self._words)

    def setSourceModel(self, source) -> None:
        super().setSourceModel(source)
        # Another kind of model has no search role: its displayed cells, any column, any case.
        folded = isinstance(source, RowTableModel)
        self.setFilterRole(SEARCH_ROLE if folded else Qt.ItemDataRole.DisplayRole)
        self.setFilterKeyColumn(0 if folded else -1)

    def set_filter_text(self, text: str) -> None:
        words = tuple(search_fold(text).split())
        if words == self._words:
            return
        self._words = words
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
