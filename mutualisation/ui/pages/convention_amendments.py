"""The Convention page's amendments: a timeline, the list, the selected one's object."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from ...services import registers
from ...services.registers import AmendmentRow, ConventionRow
from ..models.convention import AmendmentTableModel
from ..models.table_model import ROW_ROLE
from ..widgets.register_table import RegisterTable
from ..widgets.splitter import RememberedSplitter
from .base import EditBar
from .convention_timeline import ConventionTimeline


class AmendmentsTab(QWidget):
    """Amendments on a timeline and in a table; add, edit, delete."""

    add_requested = Signal()
    edit_requested = Signal(object)  # AmendmentRow
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = ConventionTimeline(self)
        self.timeline.amendment_clicked.connect(self.select)
        self.table = RegisterTable(
            AmendmentTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les avenants…"),
            empty_text=self.tr("Aucun avenant n'est enregistré."),
            flex_column=AmendmentTableModel.SUMMARY,
        )
        self.table.current_row_changed.connect(self.on_current_changed)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("reader")
        # Ajouter / Modifier / Supprimer with Ctrl+N, Entrée, Suppr and the double click.
        self.bar = EditBar(self.table, self)
        self.bar.add_requested.connect(self.add_requested)
        self.bar.edit_requested.connect(self.on_edit_requested)
        self.bar.delete_requested.connect(self.delete_requested)
        self.add_button, self.edit_button = self.bar.add_button, self.bar.edit_button
        self.delete_button = self.bar.delete_button

        split = RememberedSplitter(Qt.Orientation.Horizontal, "convention/amendments", self)
        split.setChildrenCollapsible(False)
        left = QWidget(split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.bar)
        split.addWidget(left)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)
        layout.addWidget(split, 1)
        self._editable = False

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.add_button.setEnabled(editable)
        self.on_current_changed(self.table.current_row())

    def show_convention(self, convention: ConventionRow | None, amendments: list[AmendmentRow],
                        today: dt.date, select_id: int | None = None) -> None:  # fmt: skip
        self.table.set_rows(amendments)
        if select_id is None or not self.select(select_id):
            self.table.select_first()
        if not self.table.proxy.rowCount():
            self.on_current_changed(None)
        if convention is None:
            self.timeline.clear()
            return
        dates = registers.convention_key_dates(convention, today)
        self.timeline.set_marks(
            convention.start_date,
            [(a.id, a.number, a.effective_date) for a in amendments],
            today, dates.notice_deadline, dates.current_term_end,
        )  # fmt: skip

    def select(self, amendment_id: int) -> bool:
        proxy = self.table.proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).id == amendment_id:
                self.table.view.selectRow(row)
                return True
        return False

    def on_current_changed(self, amendment: AmendmentRow | None) -> None:
        selected = amendment is not None and self._editable
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
        self.timeline.select(amendment.id if amendment else None)
        self.text.setPlainText(amendment.summary if amendment else "")

    def on_edit_requested(self, amendment: AmendmentRow) -> None:
        if self._editable:
            self.edit_requested.emit(amendment)
