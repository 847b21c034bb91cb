"""A sortable, filterable read-only table over a RowTableModel, with its row count and export."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..models.sort_proxy import SortFilterProxyModel
from ..models.table_model import ROW_ROLE, RowTableModel
from .export_button import ExportButton

MAX_COLUMN_WIDTH = 260
MIN_FLEX_WIDTH = 260
#: Before a table scrolls sideways, its widest columns give up width down to this (their long
#: texts then end in « … », and the tooltip shows them whole).
SHRINK_FLOOR = 150


class RegisterTable(QWidget):
    """A register shown as a table: a filter box, the row count and the sortable table."""

    current_row_changed = Signal(object)

    def __init__(
        self,
        model: RowTableModel,
        parent: QWidget | None = None,
        *,
        filter_placeholder: str | None = None,
        empty_text: str = "",
        flex_column: int | None = None,
        total_column: int | None = None,
        total_caption: str | None = None,
        total_format: Callable[[Decimal], str] = formatting.money,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self._flex_column = flex_column
        self._widths: list[int] = []
        self._total_column = total_column
        self._total_caption = total_caption or self.tr("Total : {amount}")
        self._total_format = total_format

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(filter_placeholder or self.tr("Filtrer…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(260)
        self.filter_edit.setMaximumWidth(360)
        self.filter_edit.textChanged.connect(self.on_filter_text_changed)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.total_label = QLabel(self)
        self.total_label.setObjectName("totalLabel")
        self.total_label.setVisible(total_column is not None)

        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        # Columns are sized on the first thirty rows, about what a window shows (Qt measures a
        # thousand by default): widths are capped anyway, a longer value further down ends in
        # « … », and a page of 50,000 bills opens a tenth of a second sooner.
        header.setResizeContentsPrecision(30)
        header.setSortIndicatorClearable(True)
        # No sort at first: the rows keep the order the register gives them (latest first…).
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setStretchLastSection(flex_column is None)
        self.view.setSortingEnabled(True)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)
        self.view.viewport().installEventFilter(self)

        self.empty_label = QLabel(empty_text, self)
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_edit)
        bar.addStretch(1)
        bar.addWidget(self.total_label)
        bar.addSpacing(16)
        bar.addWidget(self.count_label)
        self.export_button = ExportButton(self.view, self)
        bar.addSpacing(8)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        # Rows change only through set_rows() and the filter, which update the counts once;
        # following rowsRemoved would recount after every removed range (quadratic on 50,000).
        self._update_counts()

    def set_rows(self, rows: Iterable) -> None:
        self.model.set_rows(rows)
        self._fit_columns()
        self._update_counts()

    def current_row(self):
        """The row value of the current line, or None."""
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_counts()

    def on_view_current_row_changed(self, current, _previous) -> None:
        self.current_row_changed.emit(current.data(ROW_ROLE) if current.isValid() else None)

    def _fit_columns(self) -> None:
        """Size columns to their contents (capped), then share the width left (see below)."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        self._widths = [
            min(max(header.sectionSize(c), header.sectionSizeHint(c)) + 12, MAX_COLUMN_WIDTH)
            for c in range(self.model.columnCount())
        ]
        self._apply_widths()

    def _apply_widths(self) -> None:
        """The flexible column (a label, a name) takes the width the others leave, shrinking
        down to a minimum before the table scrolls sideways; without one, the last stretches."""
        if not self._widths:
            return
        header = self.view.horizontalHeader()
        widths = list(self._widths)
        if self._flex_column is not None:
            available = self.view.viewport().width()
            others = [c for c in range(len(widths)) if c != self._flex_column]
            cap = max((widths[c] for c in others), default=0)
            while cap > SHRINK_FLOOR and sum(min(widths[c], cap) for c in others) + MIN_FLEX_WIDTH > available:
                cap -= 2
            for column in others:
                widths[column] = min(widths[column], max(cap, SHRINK_FLOOR))
            rest = sum(widths[c] for c in others)
            widths[self._flex_column] = max(MIN_FLEX_WIDTH, available - rest)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._apply_widths()
        return super().eventFilter(watched, event)

    def _update_counts(self, *_args) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.stack.setCurrentWidget(self.view if total or not self.empty_label.text() else self.empty_label)
        if shown == total:
            text = self.tr("1 ligne") if total == 1 else self.tr("{count} lignes").format(count=total)
            if total == 0:
                text = self.tr("Aucune ligne")
        else:
            text = self.tr("{shown} sur {total} lignes").format(shown=shown, total=total)
        self.count_label.setText(text)
        if self._total_column is not None:
            self.total_label.setText(
                self._total_caption.format(amount=self._total_format(self.shown_total()))
            )

    def shown_total(self) -> Decimal:
        """The sum of the total column over the rows the filter keeps (exact).

        Read from the model's own filter marks: asking the proxy for each kept row cost three
        Qt calls per row at every keystroke (14,000 bills kept by « fournisseur 12 »).
        """
        if self._total_column is None:
            return Decimal("0.00")
        return self.model.kept_total(self._total_column)
