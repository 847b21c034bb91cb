"""The Convention page's amendments: a timeline, the list, the selected one's object."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from ...services import registers
from ...services.registers import AmendmentRow, ConventionRow
from ..models.convention import AmendmentTableModel
from ..widgets.splitter import RememberedSplitter
from .convention_records import ConventionRecordsTab
from .convention_timeline import ConventionTimeline


class AmendmentsTab(ConventionRecordsTab):
    """Amendments on a timeline and in a table; add, edit, delete."""

    FILTER_PLACEHOLDER = QT_TRANSLATE_NOOP("AmendmentsTab", "Filtrer les avenants…")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("AmendmentsTab", "Aucun avenant n'est enregistré.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(AmendmentTableModel(), AmendmentTableModel.SUMMARY, parent)
        self.timeline = ConventionTimeline(self)
        self.timeline.amendment_clicked.connect(self.select)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("reader")

        split = RememberedSplitter(Qt.Orientation.Horizontal, "convention/amendments", self)
        split.setChildrenCollapsible(False)
        left = self.register_panel(split)
        split.addWidget(left)
        split.addWidget(self.text)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.timeline)
        layout.addWidget(split, 1)

    def show_convention(self, convention: ConventionRow | None, amendments: list[AmendmentRow],
                        today: dt.date, select_id: int | None = None) -> None:  # fmt: skip
        self.set_rows(amendments, select_id)
        if convention is None:
            self.timeline.clear()
            return
        dates = registers.convention_key_dates(convention, today)
        self.timeline.set_marks(
            convention.start_date,
            [(a.id, a.number, a.effective_date) for a in amendments],
            today, dates.notice_deadline, dates.current_term_end,
        )  # fmt: skip

    def on_current_changed(self, amendment: AmendmentRow | None) -> None:
        super().on_current_changed(amendment)
        self.timeline.select(amendment.id if amendment else None)
        self.text.setPlainText(amendment.summary if amendment else "")
