"""Journal: every change made to the data — who, when, which record, before and after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services import audit_log
from ...services.workspace import Unit
from ..models.audit import AuditChangeTableModel, AuditTableModel
from ..widgets.register_table import RegisterTable
from ..widgets.splitter import RememberedSplitter
from .base import Page

#: The earliest day a date filter can take: shown as "—", meaning no bound.
NO_DATE = QDate(2000, 1, 1)
LIMIT = 10_000


class AuditPage(Page):
    """The audit log, filtered by table, user, action, dates and text."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Journal des modifications"),
            self.tr(
                "Chaque création, modification ou suppression, enregistrée avec la modification elle-même : "
                "qui, quand, quel enregistrement, et ses valeurs avant et après."
            ),
            parent,
        )
        self.table_combo = QComboBox(self)
        self.user_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("Toutes les actions"), None)
        for code in ("insert", "update", "delete", "restore"):
            self.action_combo.addItem(audit_log.action_label(code), code)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        for combo in (self.table_combo, self.user_combo, self.action_combo):
            # Sized to a few characters, not to the longest table name: the window stays narrow.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)

        # What and who on one line, when on the next: the page fits a narrow window.
        what, when = QHBoxLayout(), QHBoxLayout()
        for row, caption, widget in (
            (what, self.tr("Table"), self.table_combo),
            (what, self.tr("Utilisateur"), self.user_combo),
            (what, self.tr("Action"), self.action_combo),
            (when, self.tr("Du"), self.start_edit),
            (when, self.tr("au"), self.end_edit),
        ):
            row.addWidget(QLabel(caption, self))
            row.addWidget(widget, 1 if row is what else 0)
            row.addSpacing(8)
        when.addStretch(1)
        self.limit_label = QLabel(self)
        self.limit_label.setObjectName("countLabel")
        when.addWidget(self.limit_label)
        filters = QVBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addLayout(what)
        filters.addLayout(when)

        self.entries_table = RegisterTable(
            AuditTableModel(),
            self,
            filter_placeholder=self.tr("Chercher un nom, une valeur, un montant…"),
            empty_text=self.tr("Aucune modification ne correspond à ces critères."),
            flex_column=AuditTableModel.CHANGES,
        )
        self.changes_table = RegisterTable(
            AuditChangeTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les champs…"),
            empty_text=self.tr("Choisissez une ligne du journal pour voir ses valeurs avant et après."),
            flex_column=AuditChangeTableModel.AFTER,
        )
        splitter = RememberedSplitter(Qt.Orientation.Vertical, "audit", self)
        splitter.addWidget(self.entries_table)
        splitter.addWidget(self.changes_table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        holder = QWidget(self)
        holder.setLayout(filters)
        self.content.addWidget(holder)
        self.content.addWidget(splitter, 1)

        self.entries_table.current_row_changed.connect(self.on_entries_current_row_changed)
        for combo in (self.table_combo, self.user_combo, self.action_combo):
            combo.currentIndexChanged.connect(self.on_filter_changed)
        for edit in (self.start_edit, self.end_edit):
            edit.dateChanged.connect(self.on_filter_changed)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")  # shown at the minimum date: no bound
        edit.setDate(NO_DATE)
        return edit

    # -- reading ---------------------------------------------------------------------------------

    def current_filter(self) -> audit_log.AuditFilter:
        return audit_log.AuditFilter(
            table=self.table_combo.currentData(),
            user=self.user_combo.currentData(),
            action=self.action_combo.currentData(),
            start=_day(self.start_edit.date()),
            end=_day(self.end_edit.date()),
        )

    def load(self, run: Unit) -> None:
        self._fill_choices(
            self.table_combo, self.tr("Toutes les tables"),
            [(audit_log.table_label(t), t) for t in run(audit_log.tables)],
        )  # fmt: skip
        self._fill_choices(
            self.user_combo, self.tr("Tous les utilisateurs"), [(audit_log.user_label(u), u) for u in run(audit_log.users)]
        )
        self._show(run)

    def _show(self, run: Unit) -> None:
        rows = run(audit_log.list_entries, self.current_filter(), limit=LIMIT)
        self.entries_table.set_rows(rows)
        self.limit_label.setText(
            self.tr("Les {count} plus récentes sont affichées : précisez les critères.").format(count=LIMIT)
            if len(rows) >= LIMIT else ""
        )  # fmt: skip
        self.changes_table.set_rows(())

    def _fill_choices(self, combo: QComboBox, everything: str, choices: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, code in sorted(choices):
            combo.addItem(text, code)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    # -- slots -----------------------------------------------------------------------------------

    def on_filter_changed(self, *_args) -> None:
        with self.workspace.reading() as run:
            self._show(run)

    def on_entries_current_row_changed(self, row) -> None:
        self.changes_table.set_rows(row.changes if row is not None else ())


def _day(value: QDate) -> dt.date | None:
    if not value.isValid() or value == NO_DATE:
        return None
    return dt.date(value.year(), value.month(), value.day())
