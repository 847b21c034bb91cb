"""A dated history edited as a list: add a value from a date, correct one, or remove one.

Values are never overwritten by a new one: a change from a date on is a new line, and the
line before stays in force until then. Nothing is saved here; the form that holds the
editor saves the whole history with the record, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

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

from ...services.editing.history import DatedEntry
from ..models.history import HistoryTableModel
from ..models.table_model import ROW_ROLE
from ..widgets.fields import ERROR_STYLE, ChoiceField, DateField, FieldRow
from .form_dialog import HINT_STYLE


def _entry_key(entry: DatedEntry) -> tuple:
    return (entry.effective_date, entry.party_id or 0)



class HistoryEditor(QWidget):
    """The values of one history (per party when ``parties`` is given), with a form to change them.

    ``refusal(entry)`` says why a stored entry may not be removed ("" when it may): it is
    asked before removing and its answer shown under the list. Entries are sorted by date,
    then party; ``parties`` and ``amendments`` are (label, id) pairs.
    """

    #: The list of values changed (not yet saved).
    entries_changed = Signal()

    def __init__(self, value_caption: str, value_field: QWidget, format_value: Callable[[object], str], *,
                 parties: list[tuple[str, int]] | None = None, amendments: list[tuple[str, int]] = (),
                 refusal: Callable[[DatedEntry], str] | None = None, parent=None) -> None:  # fmt: skip
        super().__init__(parent)
        self.refusal = refusal
        # The list shows a party by its code (the text before « — »), the drop-down in full.
        party_names = {pid: label.partition(" — ")[0] for label, pid in parties} if parties is not None else None
        self.model = HistoryTableModel(value_caption, format_value, party_names,
                                       {aid: label for label, aid in amendments}, self)  # fmt: skip
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setMinimumHeight(110)
        self.view.selectionModel().currentRowChanged.connect(self.on_view_current_row_changed)

        self.party_field = ChoiceField(parties or (), required=True) if parties is not None else None
        self.date_field = DateField(required=True)
        self.value_field = value_field
        self.amendment_field = ChoiceField(amendments, empty_text=self.tr("Aucun"))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        cells = [(self.tr("À partir du"), self.date_field), (value_caption, value_field)]
        if self.party_field is not None:
            cells.insert(0, (self.tr("Partie"), self.party_field))
        cells.append((self.tr("Avenant"), self.amendment_field))
        self.rows: list[FieldRow] = []
        for column, (caption, field) in enumerate(cells):
            grid.addWidget(QLabel(caption, self), 0, column)
            row = FieldRow(field, self)
            self.rows.append(row)
            grid.addWidget(row, 1, column, Qt.AlignmentFlag.AlignTop)
            field.validity_changed.connect(self.update_buttons)
        self.add_button = QPushButton(self.tr("Ajouter cette valeur"), self)
        self.add_button.setToolTip(self.tr("Une nouvelle valeur, en vigueur à partir de sa date"))
        self.correct_button = QPushButton(self.tr("Corriger la ligne choisie"), self)
        self.correct_button.setToolTip(self.tr("Remplace la ligne choisie, en cas d'erreur de saisie"))
        self.remove_button = QPushButton(self.tr("Retirer la ligne choisie"), self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.correct_button.clicked.connect(self.on_correct_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.hint = QLabel(
            self.tr("Un changement à partir d'une date s'ajoute comme une nouvelle ligne ; choisissez une "
                    "ligne pour corriger une erreur de saisie."),  # fmt: skip
            self,
        )
        self.hint.setObjectName("pageDescription")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.update_buttons()

    # -- entries ---------------------------------------------------------------------------------

    def entries(self) -> list[DatedEntry]:
        return self.model.rows

    def set_entries(self, entries) -> None:
        self.model.set_rows(sorted(entries, key=_entry_key))
        self.update_buttons()

    def selected(self) -> DatedEntry | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def select_entry(self, entry: DatedEntry) -> None:
        """Make ``entry`` the current line (and show it in the form)."""
        row = self.model.rows.index(entry)
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))

    def _form_entry(self, base: DatedEntry | None = None) -> DatedEntry:
        return DatedEntry(
            effective_date=self.date_field.value(),
            value=self.value_field.value(),
            party_id=self.party_field.value() if self.party_field is not None else None,
            amendment_id=self.amendment_field.value(),
            id=base.id if base else None,
            version=base.version if base else None,
        )

    def _form_valid(self) -> bool:
        fields = [self.date_field, self.value_field] + ([self.party_field] if self.party_field else [])
        return all(f.is_valid() for f in fields) and self.date_field.value() is not None and (
            self.value_field.value() is not None
        )

    def _duplicate(self, entry: DatedEntry, ignore: DatedEntry | None) -> DatedEntry | None:
        return next(
            (e for e in self.model.rows if e is not ignore and _entry_key(e) == _entry_key(entry)), None
        )

    def _replace(self, entries: list[DatedEntry], current: DatedEntry | None) -> None:
        self.set_entries(entries)
        self.show_message("")
        if current is not None:
            self.select_entry(current)
        self.entries_changed.emit()

    # -- slots -----------------------------------------------------------------------------------

    def update_buttons(self, *_args) -> None:
        valid = self._form_valid()
        selected = self.selected() is not None
        self.add_button.setEnabled(valid)
        self.correct_button.setEnabled(valid and selected)
        self.remove_button.setEnabled(selected)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def on_view_current_row_changed(self, current, _previous) -> None:
        entry = current.data(ROW_ROLE) if current.isValid() else None
        if entry is not None:
            if self.party_field is not None:
                self.party_field.set_value(entry.party_id)
            self.date_field.set_value(entry.effective_date)
            self.value_field.set_value(entry.value)
            self.amendment_field.set_value(entry.amendment_id)
        self.update_buttons()

    def on_add_clicked(self) -> None:
        entry = self._form_entry()
        twin = self._duplicate(entry, None)
        if twin is not None:
            self.select_entry(twin)
            self.show_message(self.tr(
                "Une valeur existe déjà à cette date : corrigez-la (« Corriger la ligne choisie ») "
                "ou choisissez une autre date."
            ))  # fmt: skip
            return
        self._replace([*self.model.rows, entry], entry)

    def on_correct_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        entry = self._form_entry(old)
        if self._duplicate(entry, old) is not None:
            self.show_message(self.tr("Une autre ligne a déjà cette date : choisissez une autre date."))
            return
        self._replace([entry if e is old else e for e in self.model.rows], entry)

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        reason = self.refusal(old) if self.refusal is not None and old.id is not None else ""
        if reason:
            self.show_message(reason)
            return
        self._replace([e for e in self.model.rows if e is not old], None)
