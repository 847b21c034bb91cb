"""Table model of a dated history being edited: from-date, value, party, amendment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.editing.history import DatedEntry, YearAmount
from .table_model import CENTER, Column, RowTableModel, date_column, money_column, text_column


class HistoryTableModel(RowTableModel[DatedEntry]):
    """Values of a history by date (and party); the columns depend on what the history holds:
    the party first when there is one per party, then the date, the value and the amendment."""

    def __init__(self, value_caption: str, format_value: Callable[[object], str],
                 party_names: dict[int, str] | None = None, amendment_names: dict[int, str] | None = None,
                 parent=None) -> None:  # fmt: skip
        super().__init__(parent=parent)
        amendments = amendment_names or {}
        columns = [
            date_column(QT_TRANSLATE_NOOP("HistoryTableModel", "À partir du"), lambda e: e.effective_date),
            Column(value_caption, lambda e: e.value, format_value),
            text_column(
                QT_TRANSLATE_NOOP("HistoryTableModel", "Avenant"),
                lambda e: amendments.get(e.amendment_id, "") if e.amendment_id else "",
            ),
        ]
        if party_names is not None:
            columns.insert(
                0,
                text_column(QT_TRANSLATE_NOOP("HistoryTableModel", "Partie"),
                            lambda e: party_names.get(e.party_id, "")),  # fmt: skip
            )
        self.columns = tuple(columns)

class YearAmountTableModel(RowTableModel[YearAmount]):
    """Amounts per year (planned cost, budget)."""

    YEAR, AMOUNT = range(2)

    def __init__(self, amount_caption: str, parent=None) -> None:
        super().__init__(parent=parent)
        self.columns = (
            Column(QT_TRANSLATE_NOOP("YearAmountTableModel", "Année"), lambda r: r.year, str, CENTER),
            money_column(amount_caption, lambda r: r.amount),
        )

