"""The bills model keeps the bills raw (ISO days, integer cents): whatever the bills, it shows,
sorts, filters and adds up exactly as a model over the BillRow values themselves would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from mutualisation.services.registers import BillRow, BillRows
from mutualisation.services.registers.expenses import bill_row, raw_bill
from mutualisation.ui import formatting
from mutualisation.ui.models.expenses import BillTableModel, attachment_text
from mutualisation.ui.models.sort_proxy import SortFilterProxyModel
from mutualisation.ui.models.table_model import ROW_ROLE, SORT_ROLE, search_fold, value_sort_key

DISPLAY = Qt.ItemDataRole.DisplayRole
days = st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
texts = st.sampled_from(["Électricité", "eau", "EDF", "école", "Loyer 12", "", "Orange", "1 234,56"])


@st.composite
def bills(draw) -> BillRow:
    start = draw(st.one_of(st.none(), days))
    end = None if start is None else start + dt.timedelta(days=draw(st.integers(0, 400)))
    return BillRow(
        id=draw(st.integers(1, 10**6)), date=draw(days), supplier=draw(texts), reference=draw(texts),
        label=draw(texts), amount=draw(st.decimals(-10**6, 10**6, places=2, allow_nan=False)),
        service_start=start, service_end=end,
        attached_kind=draw(st.sampled_from(["site", "equipment", "category"])), attached_to=draw(texts),
        key_override=draw(st.one_of(st.none(), texts)),
    )  # fmt: skip


def cells(bill: BillRow) -> list:
    """What each column showed when the model kept BillRow values: the raw value of each."""
    period = (bill.service_start, bill.service_end) if bill.service_start else None
    return [bill.date, bill.supplier, bill.label, bill.amount, period,
            attachment_text(bill.attached_kind, bill.attached_to), bill.reference, bill.key_override]  # fmt: skip


def shown(cell) -> str:
    if isinstance(cell, Decimal):
        return formatting.money(cell)
    if isinstance(cell, dt.date):
        return formatting.date(cell)
    if isinstance(cell, tuple):
        return formatting.short_period(*cell)
    return "" if cell is None else str(cell)


def searched(bill: BillRow) -> str:
    parts = [format(c, "f").replace(".", ",") if isinstance(c, Decimal) else shown(c) for c in cells(bill)]
    return search_fold(" ".join(parts))


@settings(max_examples=120, deadline=None)
@given(st.lists(bills(), max_size=25), st.integers(0, 7), st.booleans(), st.sampled_from(["", "e", "12", "eau 1", "-"]))
def test_raw_bills_show_sort_filter_and_add_up_as_their_values(rows, column, descending, text):
    assert [bill_row(raw_bill(bill)) for bill in rows] == rows
    raw = BillRows([raw_bill(bill) for bill in rows])
    assert list(raw) == rows
    model = BillTableModel(raw)
    for row, bill in enumerate(rows):
        for col, cell in enumerate(cells(bill)):
            index = model.index(row, col)
            assert index.data(DISPLAY) == shown(cell)
            assert index.data(SORT_ROLE) == cell
        assert model.index(row, 0).data(ROW_ROLE) == bill
        assert model.search_text(row) == searched(bill)

    proxy = SortFilterProxyModel()
    proxy.setSourceModel(model)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    proxy.sort(column, order)
    expected = sorted(rows, key=lambda b: value_sort_key(cells(b)[column]), reverse=descending)
    assert model.rows == expected  # the same stable order as the values' keys give

    proxy.set_filter_text(text)
    words = search_fold(text).split()
    kept = [b for b in expected if all(w in searched(b) for w in words)]
    assert [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())] == kept
    assert model.kept_total(BillTableModel.AMOUNT) == sum((b.amount for b in kept), Decimal("0.00"))
    assert str(model.kept_total(BillTableModel.AMOUNT)) == str(sum((b.amount for b in kept), Decimal("0.00")))
