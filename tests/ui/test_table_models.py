"""Table models and the sort/filter proxy, without any widget."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from mutualisation.services import registers
from mutualisation.services.registers import BillRow, PartyShare, StaffRow
from mutualisation.ui.models.expenses import BillTableModel
from mutualisation.ui.models.sort_proxy import SortFilterProxyModel
from mutualisation.ui.models.staff import StaffTableModel
from mutualisation.ui.models.table_model import (
    RIGHT,
    ROW_ROLE,
    SORT_ROLE,
    RowTableModel,
    text_column,
    value_sort_key,
)

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal


def bill(id_, day, supplier, amount, label="Libellé", service=None, override=None) -> BillRow:
    start, end = service or (None, None)
    return BillRow(
        id=id_,
        date=day,
        supplier=supplier,
        reference=f"REF{id_}",
        label=label,
        amount=Decimal(amount),
        service_start=start,
        service_end=end,
        attached_kind="category",
        attached_to="Télécommunications",
        key_override=override,
    )


BILLS = [
    bill(1, dt.date(2025, 2, 5), "Orange Business", "387.65", "Téléphone"),
    bill(2, dt.date(2025, 1, 10), "ENGIE", "1140.00", "Électricité", (dt.date(2025, 1, 1), dt.date(2025, 3, 31))),
    bill(3, dt.date(2025, 3, 2), "SNCF Voyageurs", "86.40", "Frais de déplacement", override="Direct ST2b"),
    bill(4, dt.date(2025, 3, 15), "Assureur", "-12.30", "Remboursement"),
    bill(5, dt.date(2025, 1, 20), "égout et eau", "9.99", "Assainissement"),
]


@pytest.fixture
def bills_model():
    return BillTableModel(BILLS)


@pytest.fixture
def proxy(bills_model):
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(bills_model)
    return proxy


def column_values(model, column, role=SORT_ROLE):
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_rows_columns_and_headers(bills_model):
    assert bills_model.rowCount() == 5
    assert bills_model.columnCount() == 8
    headers = [bills_model.headerData(c, HORIZONTAL) for c in range(bills_model.columnCount())]
    assert headers == [
        "Date",
        "Fournisseur",
        "Libellé",
        "Montant",
        "Période de service",
        "Rattachement",
        "Référence",
        "Clé spécifique",
    ]
    assert bills_model.headerData(0, Qt.Orientation.Vertical) is None
    assert bills_model.headerData(BillTableModel.SERVICE_PERIOD, HORIZONTAL, Qt.ItemDataRole.ToolTipRole)


def test_display_is_french_text_and_sort_role_is_the_raw_value(bills_model):
    amount = bills_model.index(1, BillTableModel.AMOUNT)
    assert amount.data(DISPLAY) == "1\u202f140,00\u00a0€"
    assert amount.data(SORT_ROLE) == Decimal("1140.00")
    assert isinstance(amount.data(SORT_ROLE), Decimal)
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT

    day = bills_model.index(0, BillTableModel.DATE)
    assert day.data(DISPLAY) == "05/02/2025"
    assert day.data(SORT_ROLE) == dt.date(2025, 2, 5)

    period = bills_model.index(1, BillTableModel.SERVICE_PERIOD)
    assert period.data(DISPLAY) == "01/01 – 31/03/2025"
    assert bills_model.index(0, BillTableModel.SERVICE_PERIOD).data(DISPLAY) == ""
    assert bills_model.index(0, BillTableModel.ATTACHED_TO).data(DISPLAY) == (
        "Catégorie\u00a0: Télécommunications"
    )
    assert bills_model.index(2, BillTableModel.KEY_OVERRIDE).data(DISPLAY) == "Direct ST2b"
    # The bills are kept raw (integer cents, ISO days): the row value is made anew, equal to the one given.
    assert bills_model.index(0, 0).data(ROW_ROLE) == BILLS[0]


def test_cells_are_read_only(bills_model):
    flags = bills_model.flags(bills_model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


def test_sorting_by_amount_through_the_proxy_gives_ascending_decimals(proxy):
    proxy.sort(BillTableModel.AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = column_values(proxy, BillTableModel.AMOUNT)
    assert amounts == [Decimal("-12.30"), Decimal("9.99"), Decimal("86.40"), Decimal("387.65"), Decimal("1140.00")]
    assert column_values(proxy, BillTableModel.AMOUNT, DISPLAY)[0] == "-12,30\u00a0€"

    proxy.sort(BillTableModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert column_values(proxy, BillTableModel.AMOUNT) == sorted(amounts, reverse=True)
    assert proxy.sorted_by() == (BillTableModel.AMOUNT, Qt.SortOrder.DescendingOrder)


def test_sorting_by_date_compares_days_not_text(proxy):
    proxy.sort(BillTableModel.DATE)
    days = column_values(proxy, BillTableModel.DATE)
    assert days == sorted(days)
    # As text "05/02/2025" would come before "10/01/2025"; as dates January comes first.
    assert column_values(proxy, BillTableModel.DATE, DISPLAY)[:2] == ["10/01/2025", "20/01/2025"]


def test_sorting_text_ignores_accents_and_case(proxy):
    proxy.sort(BillTableModel.SUPPLIER)
    assert column_values(proxy, BillTableModel.SUPPLIER) == [
        "Assureur",
        "égout et eau",  # with the e's, not after "SNCF" as a plain code-point sort would put it
        "ENGIE",
        "Orange Business",
        "SNCF Voyageurs",
    ]


def test_empty_values_sort_first(proxy):
    proxy.sort(BillTableModel.SERVICE_PERIOD)
    periods = column_values(proxy, BillTableModel.SERVICE_PERIOD)
    assert periods[:4] == [None] * 4
    assert periods[4] == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))


def test_sort_keys_are_exact_and_typed():
    assert value_sort_key(None) < value_sort_key(Decimal("-1000"))
    assert value_sort_key(Decimal("0.10")) < value_sort_key(Decimal("0.11"))
    assert value_sort_key(Decimal("1E+1")) == value_sort_key(Decimal("10.00"))
    assert value_sort_key(dt.date(2025, 1, 2)) > value_sort_key(dt.date(2024, 12, 31))
    assert value_sort_key("ecole") < value_sort_key("école") < value_sort_key("Eglise")


def test_filter_keeps_rows_with_every_word_ignoring_accents(proxy, bills_model):
    proxy.set_filter_text("electricite")
    assert column_values(proxy, BillTableModel.SUPPLIER) == ["ENGIE"]
    proxy.set_filter_text("télécom REF3")
    assert column_values(proxy, BillTableModel.SUPPLIER) == ["SNCF Voyageurs"]
    proxy.set_filter_text("1140,00")  # an amount as the user types it
    assert column_values(proxy, BillTableModel.SUPPLIER) == ["ENGIE"]
    proxy.set_filter_text("nothing-like-this")
    assert proxy.rowCount() == 0
    proxy.set_filter_text("  ")
    assert proxy.rowCount() == bills_model.rowCount()


def test_filter_and_sort_combine(proxy):
    proxy.set_filter_text("2025 categorie")
    proxy.sort(BillTableModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    assert column_values(proxy, BillTableModel.AMOUNT) == sorted(
        (b.amount for b in BILLS), reverse=True
    )
    proxy.set_filter_text("e")  # every row has an e somewhere
    amounts = column_values(proxy, BillTableModel.AMOUNT)
    assert amounts == sorted(amounts, reverse=True)


def test_sorting_keeps_a_selected_row_pointing_at_the_same_bill(proxy, bills_model):
    kept = QPersistentModelIndex(proxy.index(1, BillTableModel.SUPPLIER))
    supplier = kept.data()
    proxy.sort(BillTableModel.AMOUNT)
    assert kept.isValid()
    assert kept.data() == supplier
    assert kept.row() != 1 or supplier == column_values(proxy, BillTableModel.SUPPLIER)[1]


def test_new_rows_keep_the_current_sort(proxy, bills_model):
    proxy.sort(BillTableModel.AMOUNT)
    bills_model.set_rows(reversed(BILLS))
    amounts = column_values(proxy, BillTableModel.AMOUNT)
    assert amounts == sorted(amounts)


def test_a_derived_column_sorts_on_its_raw_value():
    def staff(name, shares):
        return StaffRow(
            id=len(name), name=name, job_title="", employment_start=dt.date(2020, 1, 1),
            employment_end=None, working_time=Decimal("1"), employed=True,
            shares=tuple(PartyShare(code, code, Decimal(v)) for code, v in shares),
        )

    model = StaffTableModel(
        [staff("A", [("ST2B", "0.5"), ("SCOT", "0.1")]), staff("B", []), staff("C", [("ST2B", "0.2")])]
    )
    assert model.index(0, StaffTableModel.SHARES).data() == "ST2B\u00a050\u00a0%, SCOT\u00a010\u00a0%"
    assert model.index(1, StaffTableModel.SHARES).data() == "aucune"
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(StaffTableModel.SHARES)
    assert column_values(proxy, StaffTableModel.NAME) == ["B", "C", "A"]


def test_the_proxy_also_sorts_a_model_of_another_kind():
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    source = QStandardItemModel()
    for amount in ("10.00", "9.50", "100.00"):
        item = QStandardItem(amount)
        item.setData(Decimal(amount), SORT_ROLE)
        source.appendRow(item)
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.sort(0)
    assert column_values(proxy, 0, DISPLAY) == ["9.50", "10.00", "100.00"]  # not text order
    proxy.set_filter_text("100")
    assert column_values(proxy, 0, DISPLAY) == ["100.00"]


def test_header_translation_context_is_the_model_class():
    class Things(RowTableModel):
        columns = (text_column("Nom", lambda r: r),)

    model = Things(["x"])
    assert model.headerData(0, HORIZONTAL) == "Nom"
    assert model.index(0, 0).data() == "x"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None


def test_long_texts_have_a_tooltip(bills_model):
    long_label = bill(9, dt.date(2025, 1, 1), "X", "1.00", "Un libellé bien plus long que la colonne ne le montre")
    bills_model.set_rows([long_label])
    assert bills_model.index(0, BillTableModel.LABEL).data(Qt.ItemDataRole.ToolTipRole) == long_label.label


def test_the_bills_model_over_the_demo_register(demo_db):
    with demo_db.session() as session:
        rows = registers.bills(session)
        count = registers.counts(session).bills
    model = BillTableModel(rows)
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(model)
    assert model.rowCount() == count > 0
    proxy.sort(BillTableModel.AMOUNT)
    amounts = column_values(proxy, BillTableModel.AMOUNT)
    assert amounts == sorted(amounts)
    assert all(isinstance(a, Decimal) for a in amounts)
    assert sum(amounts) == sum(r.amount for r in rows)


def test_people_no_longer_employed_are_greyed_out():
    def person(name, employed):
        return StaffRow(
            id=len(name), name=name, job_title="", employment_start=dt.date(2020, 1, 1),
            employment_end=None if employed else dt.date(2024, 12, 31), working_time=Decimal("1"),
            shares=(), employed=employed,
        )

    model = StaffTableModel([person("Présent", True), person("Parti", False)])
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_every_column_of_a_dated_history_is_left_aligned_the_amendment_too():
    from mutualisation.services.editing.history import DatedEntry
    from mutualisation.ui.models.history import HistoryTableModel

    model = HistoryTableModel("Quotité", str, {1: "ST2B"}, {7: "n°\u00a01 (01/03/2025)"})
    model.set_rows([DatedEntry(effective_date=dt.date(2025, 3, 1), value=Decimal("0.5"), party_id=1, amendment_id=7)])
    headers = [model.headerData(c, HORIZONTAL, DISPLAY) for c in range(model.columnCount())]
    assert headers == ["Partie", "À partir du", "Quotité", "Avenant"]
    align = Qt.ItemDataRole.TextAlignmentRole
    left = Qt.AlignmentFlag.AlignLeft
    for column in range(model.columnCount()):
        assert model.headerData(column, HORIZONTAL, align) & left
        assert model.index(0, column).data(align) & left
    assert model.index(0, 3).data(DISPLAY) == "n°\u00a01 (01/03/2025)"
