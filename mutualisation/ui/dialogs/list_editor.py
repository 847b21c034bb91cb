"""A short list edited through a small form under it: add the form's values as a new line,
correct the chosen line with them, or remove the chosen line.

Nothing is saved here: the form that holds the editor saves the list with its record.
"""

from __future__ import annotations

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

from ..models.table_model import ROW_ROLE, RowTableModel
from ..widgets.fields import FieldRow
from .form_dialog import problem_label


class ListEditor(QWidget):
    """The list, the fields side by side under it, the three buttons and a line for refusals.

    Subclasses make their fields, then call :meth:`lay_out`; they say when the form is
    complete (:meth:`form_valid`), how a chosen line fills it (:meth:`show_in_form`), and
    what the buttons do.
    """

    #: The list was changed by the user (added, corrected or removed line).
    entries_changed = Signal()

    def __init__(self, model: RowTableModel, minimum_height: int, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        model.setParent(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(minimum_height)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)

    def lay_out(self, cells: list[tuple[str, QWidget]], add_text: str, correct_text: str, remove_text: str,
                hint: QLabel | None = None) -> list[FieldRow]:  # fmt: skip
        """The list, ``hint``, the (caption, field) ``cells`` side by side, the buttons and the
        message; returns the fields' rows. The texts come translated by the subclass."""
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        rows = []
        for column, (caption, field) in enumerate(cells):
            grid.addWidget(QLabel(caption, self), 0, column)
            row = FieldRow(field, self)
            rows.append(row)
            grid.addWidget(row, 1, column, Qt.AlignmentFlag.AlignTop)
            field.validity_changed.connect(self.update_buttons)
        self.add_button = QPushButton(add_text, self)
        self.correct_button = QPushButton(correct_text, self)
        self.remove_button = QPushButton(remove_text, self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.correct_button.clicked.connect(self.on_correct_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.message = problem_label(self)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.correct_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        if hint is not None:
            layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.update_buttons()
        return rows

    def set_entries(self, entries: list) -> None:
        """Show ``entries`` as the list."""
        raise NotImplementedError

    def select_entry(self, entry) -> None:
        """Make ``entry`` the current line (and show it in the form)."""
        row = self.model.rows.index(entry)
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def replace_entries(self, entries: list, current) -> None:
        """Show ``entries`` in place of the list, ``current`` chosen, and say the list changed."""
        self.set_entries(entries)
        self.show_message("")
        if current is not None:
            self.select_entry(current)
        self.entries_changed.emit()

    def selected(self):
        """The row value of the chosen line, or None."""
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def form_valid(self) -> bool:
        """Whether the fields hold a complete line (to add, or to correct the chosen one with)."""
        raise NotImplementedError

    def show_in_form(self, item) -> None:
        """Put the chosen line's values in the fields."""
        raise NotImplementedError

    def update_buttons(self, *_args) -> None:
        valid = self.form_valid()
        selected = self.selected() is not None
        self.add_button.setEnabled(valid)
        self.correct_button.setEnabled(valid and selected)
        self.remove_button.setEnabled(selected)

    def on_view_current_row_changed(self, current, _previous) -> None:
        item = current.data(ROW_ROLE) if current.isValid() else None
        if item is not None:
            self.show_in_form(item)
        self.update_buttons()

    def form_entry(self, base=None):
        """The line the fields hold (``base``: the chosen line it corrects, keeping its id)."""
        raise NotImplementedError

    # Editors whose lines need more than the rules of the whole list (a line kept unique, say)
    # replace these three.
    def on_add_clicked(self) -> None:
        entry = self.form_entry()
        self.replace_entries([*self.model.rows, entry], entry)

    def on_correct_clicked(self) -> None:
        old = self.selected()
        if old is not None:
            entry = self.form_entry(old)
            self.replace_entries([entry if e is old else e for e in self.model.rows], entry)

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is not None:
            self.replace_entries([e for e in self.model.rows if e is not old], None)
