"""The register filter: the rows the proxy keeps are exactly those holding every typed word
(accents and case aside), whatever was typed, sorted or reloaded before."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from mutualisation.ui.models.sort_proxy import SortFilterProxyModel
from mutualisation.ui.models.table_model import RowTableModel, search_fold, text_column

WORDS = ["Électricité", "eau", "EDF", "école", "Loyer", "loyers", "é", "12", "1", "2"]


class Labels(RowTableModel):
    columns = (text_column("Libellé", lambda r: r[0]), text_column("Fournisseur", lambda r: r[1]))


def shown(proxy) -> list[tuple[str, str]]:
    return [proxy.index(row, 0).data(Qt.ItemDataRole.UserRole + 2) for row in range(proxy.rowCount())]


def expected(rows, text: str) -> list[tuple[str, str]]:
    words = search_fold(text).split()
    return [r for r in rows if all(w in search_fold(f"{r[0]} {r[1]}") for w in words)]


rows_strategy = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(WORDS)), max_size=25)
step = st.one_of(
    st.tuples(st.just("type"), st.sampled_from([*WORDS, " ", "L", "o", "é"])),
    st.tuples(st.just("erase"), st.integers(1, 3)),
    st.tuples(st.just("sort"), st.tuples(st.integers(0, 1), st.booleans())),
    st.tuples(st.just("reload"), rows_strategy),
)


@settings(max_examples=150, deadline=None)
@given(rows_strategy, st.lists(step, max_size=12))
def test_the_kept_rows_are_those_holding_every_word(rows, steps):
    model = Labels(rows)
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(model)
    text = ""
    for kind, value in steps:
        if kind == "type":
            text += value
        elif kind == "erase":
            text = text[:-value]
        elif kind == "sort":
            column, descending = value
            proxy.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        else:
            rows = value
            model.set_rows(rows)
        proxy.set_filter_text(text)
        assert sorted(shown(proxy)) == sorted(expected(rows, text))
        # The kept rows keep the model's order.
        assert shown(proxy) == [r for r in model.rows if r in set(expected(rows, text))]
        # What the register's total adds up: the rows shown, read from the model's marks.
        assert model.kept_rows() == shown(proxy)


def test_a_word_typed_after_another_narrows_then_erasing_widens_again():
    model = Labels([("Loyer école", "SCI"), ("Eau", "Veolia"), ("Loyer mairie", "Commune")])
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.set_filter_text("loyer")
    assert proxy.rowCount() == 2
    proxy.set_filter_text("loyer ECOLE")
    assert shown(proxy) == [("Loyer école", "SCI")]
    proxy.set_filter_text("loyer")
    assert proxy.rowCount() == 2
    proxy.set_filter_text("")
    assert proxy.rowCount() == 3
