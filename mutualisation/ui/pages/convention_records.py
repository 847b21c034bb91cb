"""What the Convention page's articles and amendments tabs share: a register of the convention's
records with its edit bar, which edits only while a convention is shown."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..models.table_model import RowTableModel
from ..widgets.register_table import RegisterTable
from .base import EditBar, select_record


class ConventionRecordsTab(QWidget):
    """A register of records (articles, amendments) with Ajouter / Modifier / Supprimer.

    Subclasses name their filter's placeholder and their empty register with
    ``QT_TRANSLATE_NOOP`` in their own context: ``self.tr`` translates them in it.
    """

    FILTER_PLACEHOLDER = ""
    EMPTY_TEXT = ""

    #: The user asked to add a record.
    add_requested = Signal()
    #: The user asked to edit or delete the record (its row value).
    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, model: RowTableModel, flex_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = RegisterTable(model, self, filter_placeholder=self.tr(self.FILTER_PLACEHOLDER),
                                   empty_text=self.tr(self.EMPTY_TEXT), flex_column=flex_column)  # fmt: skip
        self.table.current_row_changed.connect(self.on_current_changed)
        # Ajouter / Modifier / Supprimer with Ctrl+N, Entrée, Suppr and the double click.
        self.bar = EditBar(self.table, self)
        self.bar.add_requested.connect(self.add_requested)
        self.bar.edit_requested.connect(self.on_edit_requested)
        self.bar.delete_requested.connect(self.delete_requested)
        self.add_button, self.edit_button = self.bar.add_button, self.bar.edit_button
        self.delete_button = self.bar.delete_button
        self._editable = False

    def register_panel(self, parent: QWidget) -> QWidget:
        """The register with its edit bar underneath, for one side of the tab."""
        panel = QWidget(parent)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        return panel

    def set_editable(self, editable: bool) -> None:
        """Whether records may be added and edited: only while a convention is shown."""
        self._editable = editable
        self.add_button.setEnabled(editable)
        self.on_current_changed(self.table.current_row())

    def set_rows(self, rows, select_id: int | None = None) -> None:
        """Show ``rows`` with record ``select_id`` current (else the first)."""
        self.table.set_rows(rows)
        if select_id is None or not self.select(select_id):
            self.table.select_first()
        if not self.table.proxy.rowCount():
            self.on_current_changed(None)

    def select(self, record_id: int) -> bool:
        return select_record(self.table, record_id)

    def on_current_changed(self, row) -> None:
        """Subclasses show the current record too."""
        selected = row is not None and self._editable
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def on_edit_requested(self, row) -> None:
        if self._editable:
            self.edit_requested.emit(row)
