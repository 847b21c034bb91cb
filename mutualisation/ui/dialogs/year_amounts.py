"""Amounts per year (planned staff cost, category budget) edited as a short list, for forecasts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.editing.history import YearAmount
from ..models.history import YearAmountTableModel
from ..models.table_model import ROW_ROLE
from ..widgets.fields import ERROR_STYLE, FieldRow, IntegerField, MoneyField


class YearAmountEditor(QWidget):
    """One amount per year; saved with the record that holds the editor."""

    #: The list changed (not yet saved).
    amounts_changed = Signal()

    def __init__(self, amount_caption: str, parent=None) -> None:
        super().__init__(parent)
        self.model = YearAmountTableModel(amount_caption, self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(80)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)
        self.year_field = IntegerField(minimum=2000, maximum=2100, required=True)
        self.year_field.setText(str(dt.date.today().year + 1))
        self.amount_field = MoneyField(required=True)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (caption, field) in enumerate(
            ((self.tr("Année"), self.year_field), (amount_caption, self.amount_field))
        ):
            grid.addWidget(QLabel(caption, self), 0, column)
            grid.addWidget(FieldRow(field, self), 1, column, Qt.AlignmentFlag.AlignTop)
            field.validity_changed.connect(self.update_buttons)
        self.add_button = QPushButton(self.tr("Ajouter l'année"), self)
        self.correct_button = QPushButton(self.tr("Corriger la ligne choisie"), self)
        self.remove_button = QPushButton(self.tr("Retirer la ligne choisie"), self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.correct_button.clicked.connect(self.on_correct_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (self.add_button, self.correct_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.update_buttons()

    def amounts(self) -> list[YearAmount]:
        return self.model.rows

    def set_amounts(self, amounts) -> None:
        self.model.set_rows(sorted(amounts, key=lambda a: a.year))
        self.update_buttons()

    def selected(self) -> YearAmount | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def update_buttons(self, *_args) -> None:
        valid = self.year_field.value() is not None and self.amount_field.value() is not None
        self.add_button.setEnabled(valid)
        self.correct_button.setEnabled(valid and self.selected() is not None)
        self.remove_button.setEnabled(self.selected() is not None)

    def _set(self, items: list[YearAmount], message: str = "") -> None:
        self.set_amounts(items)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.amounts_changed.emit()

    def on_view_current_row_changed(self, current, _previous) -> None:
        item = current.data(ROW_ROLE) if current.isValid() else None
        if item is not None:
            self.year_field.setText(str(item.year))
            self.amount_field.set_value(item.amount)
        self.update_buttons()

    def on_add_clicked(self) -> None:
        year = self.year_field.value()
        if any(a.year == year for a in self.model.rows):
            self.message.setText(self.tr("L'année {0} figure déjà : corrigez sa ligne.").format(year))
            self.message.show()
            return
        self._set([*self.model.rows, YearAmount(year, self.amount_field.value())])

    def on_correct_clicked(self) -> None:
        old = self.selected()
        year = self.year_field.value()
        if old is None:
            return
        if any(a.year == year and a is not old for a in self.model.rows):
            self.message.setText(self.tr("L'année {0} figure déjà.").format(year))
            self.message.show()
            return
        self._set([YearAmount(year, self.amount_field.value(), old.id) if a is old else a for a in self.model.rows])

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is not None:
            self._set([a for a in self.model.rows if a is not old])
