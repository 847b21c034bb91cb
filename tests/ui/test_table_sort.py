"""Sorting a register: whatever was sorted, reloaded or changed in place before, the rows
follow a stable sort on value_sort_key of the column (the per-column keys kept between sorts
never leave the rows in another order)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from mutualisation.ui.models.sort_proxy import SortFilterProxyModel
from mutualisation.ui.models.table_model import Column, RowTableModel, value_sort_key

ASCENDING, DESCENDING = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

amounts = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False)
days = st.dates(dt.date(2024, 1, 1), dt.date(2026, 12, 31))
texts = st.sampled_from(["école", "Ecole", "eau", "EDF", "Électricité", "loyer", ""])
#: Columns: an amount, a day, a text (each alone: keyed by the plain value), then a mixed one.
rows_strategy = st.lists(
    st.tuples(st.integers(0, 10**6), amounts, days, texts, st.one_of(st.none(), amounts, days, texts)),
    max_size=20,
)


class Mixed(RowTableModel):
    columns = tuple(Column(f"c{i}", lambda r, i=i: r[i]) for i in range(1, 5))


def expected(rows, column: int, order) -> list:
    """A stable sort on value_sort_key, as before the keys were kept."""
    return sorted(rows, key=lambda r: value_sort_key(r[column + 1]), reverse=order == DESCENDING)


step = st.one_of(
    st.tuples(st.just("sort"), st.tuples(st.integers(0, 3), st.booleans())),
    st.tuples(st.just("reload"), rows_strategy),
    st.tuples(st.just("change"), st.tuples(st.integers(0, 19), amounts)),
)


@settings(max_examples=150, deadline=None)
@given(rows_strategy, st.lists(step, max_size=10))
def test_rows_follow_the_last_sort_whatever_happened_before(rows, steps):
    model = Mixed(rows)
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(model)
    last = None
    for kind, value in steps:
        if kind == "sort":
            column, descending = value
            order = DESCENDING if descending else ASCENDING
            before = model.rows
            proxy.sort(column, order)
            proxy.sort(column, order)  # as Qt does on a header click: the second changes nothing
            last = (column, order)
            assert model.rows == expected(before, column, order)
        elif kind == "reload":
            model.set_rows(value)
            if last is not None:  # a reload keeps the order, from the rows' loading order
                assert model.rows == expected(value, *last)
        elif model.rows:  # a row replaced in place (as the issued statements' drift does)
            position, amount = value
            position %= len(model.rows)
            model._rows[position] = (model._rows[position][0], amount, *model._rows[position][2:])
            model.rows_changed()
    shown = [proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2) for row in range(proxy.rowCount())]
    assert shown == model.rows


def test_a_column_of_amounts_alone_is_keyed_by_the_amounts_themselves():
    model = Mixed([(1, Decimal("2.50"), dt.date(2025, 1, 1), "b", None),
                   (2, Decimal("-1.00"), dt.date(2024, 1, 1), "a", None)])  # fmt: skip
    assert model.column_keys(0) == [Decimal("2.50"), Decimal("-1.00")]
    assert model.column_keys(1) == [dt.date(2025, 1, 1), dt.date(2024, 1, 1)]
    model.sort(0)
    assert [r[0] for r in model.rows] == [2, 1]
    assert model.column_keys(1) == [dt.date(2024, 1, 1), dt.date(2025, 1, 1)]  # moved with the rows
