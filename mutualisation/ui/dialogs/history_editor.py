"""A dated history edited as a list: add a value from a date, correct one, or remove one.

Values are never overwritten by a new one: a change from a date on is a new line, and the
line before stays in force until then. Nothing is saved here; the form that holds the
editor saves the whole history with the record, in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ...services.editing.history import DatedEntry
from ..models.history import HistoryTableModel
from ..widgets.fields import ChoiceField, DateField
from .form_dialog import hint_label
from .list_editor import ListEditor


def _entry_key(entry: DatedEntry) -> tuple:
    return (entry.effective_date, entry.party_id or 0)


class HistoryEditor(ListEditor):
    """The values of one history (per party when ``parties`` is given), with a form to change them.

    ``refusal(entry)`` says why a stored entry may not be removed ("" when it may): it is
    asked before removing and its answer shown under the list. Entries are sorted by date,
    then party; ``parties`` and ``amendments`` are (label, id) pairs.
    """

    def __init__(self, value_caption: str, value_field: QWidget, format_value: Callable[[object], str], *,
                 parties: list[tuple[str, int]] | None = None, amendments: list[tuple[str, int]] = (),
                 refusal: Callable[[DatedEntry], str] | None = None, parent=None) -> None:  # fmt: skip
        # The list shows a party by its code (the text before « — »), the drop-down in full.
        party_names = {pid: label.partition(" — ")[0] for label, pid in parties} if parties is not None else None
        model = HistoryTableModel(value_caption, format_value, party_names, {aid: label for label, aid in amendments})
        super().__init__(model, 110, parent)
        self.refusal = refusal
        self.party_field = ChoiceField(parties or (), required=True) if parties is not None else None
        self.date_field = DateField(required=True)
        self.value_field = value_field
        self.amendment_field = ChoiceField(amendments, empty_text=self.tr("Aucun"))
        cells = [(self.tr("À partir du"), self.date_field), (value_caption, value_field)]
        if self.party_field is not None:
            cells.insert(0, (self.tr("Partie"), self.party_field))
        cells.append((self.tr("Avenant"), self.amendment_field))
        self.hint = hint_label(
            self.tr("Un changement à partir d'une date s'ajoute comme une nouvelle ligne ; choisissez une "
                    "ligne pour corriger une erreur de saisie."),  # fmt: skip
            self,
        )
        self.rows = self.lay_out(
            cells, self.tr("Ajouter cette valeur"), self.tr("Corriger la ligne choisie"),
            self.tr("Retirer la ligne choisie"), self.hint,
        )  # fmt: skip
        self.add_button.setToolTip(self.tr("Une nouvelle valeur, en vigueur à partir de sa date"))
        self.correct_button.setToolTip(self.tr("Remplace la ligne choisie, en cas d'erreur de saisie"))

    # -- entries ---------------------------------------------------------------------------------

    def entries(self) -> list[DatedEntry]:
        return self.model.rows

    def set_entries(self, entries) -> None:
        self.model.set_rows(sorted(entries, key=_entry_key))
        self.update_buttons()

    def _form_entry(self, base: DatedEntry | None = None) -> DatedEntry:
        return DatedEntry(
            effective_date=self.date_field.value(),
            value=self.value_field.value(),
            party_id=self.party_field.value() if self.party_field is not None else None,
            amendment_id=self.amendment_field.value(),
            id=base.id if base else None,
            version=base.version if base else None,
        )

    def form_valid(self) -> bool:
        fields = [self.date_field, self.value_field] + ([self.party_field] if self.party_field else [])
        return all(f.is_valid() for f in fields) and self.date_field.value() is not None and (
            self.value_field.value() is not None
        )

    def show_in_form(self, entry: DatedEntry) -> None:
        if self.party_field is not None:
            self.party_field.set_value(entry.party_id)
        self.date_field.set_value(entry.effective_date)
        self.value_field.set_value(entry.value)
        self.amendment_field.set_value(entry.amendment_id)

    def _duplicate(self, entry: DatedEntry, ignore: DatedEntry | None) -> DatedEntry | None:
        return next(
            (e for e in self.model.rows if e is not ignore and _entry_key(e) == _entry_key(entry)), None
        )


    # -- slots -----------------------------------------------------------------------------------

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
        self.replace_entries([*self.model.rows, entry], entry)

    def on_correct_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        entry = self._form_entry(old)
        if self._duplicate(entry, old) is not None:
            self.show_message(self.tr("Une autre ligne a déjà cette date : choisissez une autre date."))
            return
        self.replace_entries([entry if e is old else e for e in self.model.rows], entry)

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        reason = self.refusal(old) if self.refusal is not None and old.id is not None else ""
        if reason:
            self.show_message(reason)
            return
        self.replace_entries([e for e in self.model.rows if e is not old], None)
