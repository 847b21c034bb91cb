"""A read-only table model over a list of row values, described by its columns."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import compress
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from .. import formatting

R = TypeVar("R")

#: Raw value of a cell (Decimal, date, str…), for sorting.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
#: The whole row value of a line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
#: The row's folded text (every shown cell), which the filter looks into; same on every column.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

#: The roles data() answers, as plain ints: a view asks for about seven roles per cell it
#: paints or measures (font, colours, check state, icon…), most of which a register does not
#: answer; those are turned away before any other work.
_DISPLAY, _ALIGNMENT, _TOOLTIP = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole))  # fmt: skip
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP, int(SORT_ROLE), int(ROW_ROLE), int(SEARCH_ROLE)})

#: The flags of every cell (combined once: a view asks for them at each painted cell).
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter


def _text(value: Any) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """One column: its header (source text, translated in the model's context), how to get the
    raw value from a row, how to show it, and where to align it."""

    header: str
    value: Callable[[R], Any]
    display: Callable[[Any], str] = _text
    alignment: Qt.AlignmentFlag = field(default=LEFT)
    #: A longer explanation shown as the header's tooltip.
    tooltip: str = ""
    #: The column's sort key of a kept row when cheaper than ``value`` (e.g. integer cents, ISO
    #: days): it must order the rows as value_sort_key(value(row)) does. None: keyed by value.
    key: Callable[[Any], Any] | None = None


def text_column(header: str, value: Callable[[R], Any], tooltip: str = "") -> Column[R]:
    return Column(header, value, _text, LEFT, tooltip)


def money_column(header: str, value: Callable[[R], Decimal | None], tooltip: str = "") -> Column[R]:
    return Column(header, value, formatting.money, RIGHT, tooltip)


def date_column(header: str, value: Callable[[R], Any], tooltip: str = "") -> Column[R]:
    return Column(header, value, formatting.date, LEFT, tooltip)


def number_column(
    header: str, value: Callable[[R], Any], display: Callable[[Any], str] = formatting.number,
    tooltip: str = "",
) -> Column[R]:
    return Column(header, value, display, RIGHT, tooltip)


# The accents of Latin letters once decomposed (é → e + U+0301).
_COMBINING_MARKS = re.compile("[\u0300-\u036f]")


def search_fold(text: str) -> str:
    """Text folded for searching and sorting: no accents, no case (« Électricité » ~ « electricite »)."""
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


@lru_cache(maxsize=65536)
def _string_key(text: str) -> tuple[str, str]:
    # Accents and case only break ties, as in a French dictionary: « ecole » just before « école ».
    return search_fold(text), text


def value_sort_key(value: Any) -> tuple:
    """A key ordering None first, then numbers, dates and text by their natural order.

    Numbers (Decimal, int, bool) compare exactly with each other, never through float; dates
    compare by day; text compares without accents or case first.
    """
    if value is None:
        return (0,)
    if isinstance(value, (Decimal, int)):
        return (1, value)
    if isinstance(value, dt.datetime):
        return (2, value.date(), value.time())
    if isinstance(value, dt.date):
        return (2, value, dt.time.min)
    if isinstance(value, str):
        return (3, *_string_key(value))
    if isinstance(value, tuple):
        return (4, tuple(value_sort_key(v) for v in value))
    return (5, str(value))


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of immutable values shown read-only; subclasses declare ``columns`` and name their
    indexes as class constants.

    The model keeps its rows as given, or in a leaner form of a subclass's choosing (see
    :meth:`keep` and :meth:`value_of`): the columns' functions then read that form.
    """

    columns: ClassVar[Sequence[Column]] = ()

    def __init__(self, rows: Iterable[R] = (), parent=None) -> None:
        super().__init__(parent)
        self._rows: list = self.keep(rows)
        self._search: list[str | None] = [None] * len(self._rows)
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        #: Sort keys by column, one per row in the rows' order: computed on the first sort on a
        #: column, moved with the rows, dropped whenever the rows change (see rows_changed).
        self._keys: dict[int, list] = {}
        #: The filter's folded words, and for each row whether it holds them all (None: no filter).
        self._words: tuple[str, ...] = ()
        self.accepted: list[bool] | None = None

    # -- rows ------------------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[R]) -> None:
        """Replace every row, keeping the current sort order."""
        self.beginResetModel()
        self._rows = self.keep(rows)
        self._search = [None] * len(self._rows)
        self._keys = {}
        self.accepted = None
        if self._sorted_by is not None:
            self._reorder(self._permutation(*self._sorted_by))
        words, self._words = self._words, ()
        self.filter_rows(words)  # before the reset ends: the proxy filters again then
        self.endResetModel()

    def rows_changed(self) -> None:
        """Some rows were replaced in place (by a subclass): their texts and keys are read anew."""
        self._search = [None] * len(self._rows)
        self._keys = {}

    def keep(self, rows: Iterable[R]) -> list:
        """The rows as the model keeps them: as given; a subclass may keep a leaner form of
        each (read by its columns) and make the row value back in :meth:`value_of`."""
        return list(rows)

    def value_of(self, kept: Any) -> R:
        """The row value of a row as kept (itself, unless a subclass keeps another form)."""
        return kept

    def _values(self, kept: Iterable) -> list[R]:
        if type(self).value_of is RowTableModel.value_of:
            return list(kept)
        return list(map(self.value_of, kept))

    def _kept(self) -> Iterable:
        """The rows the filter keeps, as kept."""
        return self._rows if self.accepted is None else compress(self._rows, self.accepted)

    @property
    def rows(self) -> list[R]:
        return self._values(self._rows)

    def kept_rows(self) -> list[R]:
        """The rows the filter keeps (every row without a filter), in the model's order."""
        return self._values(self._kept())

    def kept_total(self, column: int) -> Decimal:
        """The exact sum of ``column`` (amounts, None counting for nothing) over the rows the
        filter keeps."""
        value = self.columns[column].value
        return sum((v for v in map(value, self._kept()) if v is not None), Decimal("0.00"))

    def row_value(self, row: int) -> R:
        return self.value_of(self._rows[row])

    def sort_key(self, row: int, column: int) -> Any:
        """The raw value the proxy sorts on (no trip through QVariant)."""
        return self.columns[column].value(self._rows[row])

    def display_text(self, row: int, column: int) -> str:
        spec = self.columns[column]
        return spec.display(spec.value(self._rows[row]))

    def search_text(self, row: int) -> str:
        """What the filter looks into: every shown cell, folded; computed once per row."""
        text = self._search[row]
        if text is None:
            text = search_fold(" ".join(self._search_parts(self._rows[row])))
            self._search[row] = text
        return text

    def filter_rows(self, words: tuple[str, ...]) -> None:
        """Mark the rows whose folded text holds every one of ``words`` (already folded).

        One Python pass over the texts, where the proxy's own filter would call back into
        Python once per row; a word typed after the others only looks at the rows still kept.
        """
        previous, self._words = self._words, words
        if not words:
            self.accepted = None
            return
        texts = self._search
        if None in texts:
            texts = [self.search_text(row) for row in range(len(self._rows))]
        refines = self.accepted is not None and all(any(old in new for new in words) for old in previous)
        kept = [row for row, ok in enumerate(self.accepted) if ok] if refines else range(len(texts))
        for word in words:
            kept = [row for row in kept if word in texts[row]]
        accepted = [False] * len(texts)
        for row in kept:
            accepted[row] = True
        self.accepted = accepted

    def _search_parts(self, value: R) -> Iterable[str]:
        for spec in self.columns:
            raw = spec.value(value)
            if isinstance(raw, Decimal):
                # "1234,56" rather than the formatted "1 234,56 €": cheap on 50,000 rows, and
                # a search for "1 234,56" still finds it word by word.
                yield format(raw, "f").replace(".", ",")
            else:
                yield spec.display(raw)

    # -- sorting ---------------------------------------------------------------------------------

    def column_keys(self, column: int) -> list:
        """One sort key per row for ``column``, in the rows' order, ordering as
        :func:`value_sort_key` does.

        Computed once per column (a sort in the other direction, Qt's second sort of a
        header click, a reload keeping the order reuse them). A column holding only amounts,
        only days or only texts is keyed by the plain values (texts by their folded form):
        the same order as value_sort_key, without a tuple per row to build and compare.
        """
        keys = self._keys.get(column)
        if keys is None and self.columns[column].key is not None:
            keys = self._keys[column] = list(map(self.columns[column].key, self._rows))
        if keys is None:
            value = self.columns[column].value
            raw = list(map(value, self._rows))
            kinds = set(map(type, raw))
            if kinds <= {Decimal, int} or kinds == {dt.date}:
                keys = raw
            elif kinds == {str}:
                keys = list(map(_string_key, raw))
            else:
                keys = list(map(value_sort_key, raw))
            self._keys[column] = keys
        return keys

    def _permutation(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self.column_keys(column)
        # sorted() is stable in both directions: equal values keep their loading order.
        return sorted(
            range(len(keys)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _reorder(self, permutation: list[int]) -> None:
        self._rows = [self._rows[i] for i in permutation]
        self._search = [self._search[i] for i in permutation]
        self._keys = {column: [keys[i] for i in permutation] for column, keys in self._keys.items()}
        if self.accepted is not None:
            self.accepted = [self.accepted[i] for i in permutation]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on the raw values of ``column``, compared in Python.

        Done here with one key per row rather than through QSortFilterProxyModel.lessThan,
        which calls back into Python for every comparison (seconds for 50,000 bills).
        A negative column restores nothing: the rows simply keep their current order.
        """
        if not 0 <= column < len(self.columns):
            self._sorted_by = None
            return
        if self._sorted_by == (column, order) and column in self._keys:
            # Already in that order since the rows last changed (Qt sorts twice on a header
            # click or sortByColumn): sorting again would give the same permutation.
            return
        self.layoutAboutToBeChanged.emit()
        permutation = self._permutation(column, order)
        new_position = [0] * len(permutation)
        for new, old in enumerate(permutation):
            new_position[old] = new
        self._reorder(permutation)
        self._sorted_by = (column, order)
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent,
            [
                self.index(new_position[index.row()], index.column())
                if index.isValid()
                else index
                for index in persistent
            ],
        )
        self.layoutChanged.emit()

    # -- Qt interface ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self.display_text(row, column)
        if role == _ALIGNMENT:
            return self.columns[column].alignment
        if role == SEARCH_ROLE:
            return self.search_text(row)
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == _TOOLTIP:
            # Long texts may be elided in their column: the tooltip shows them whole.
            text = self.display_text(row, column)
            return text if len(text) > 30 else None
        if role == ROW_ROLE:
            return self.row_value(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        spec = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.translate(spec.header)
        if role == Qt.ItemDataRole.ToolTipRole and spec.tooltip:
            return self.translate(spec.tooltip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.alignment
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _READ_ONLY

    def translate(self, text: str) -> str:
        """Header texts are marked with QT_TRANSLATE_NOOP in the subclass's context."""
        return QCoreApplication.translate(type(self).__name__, text)
