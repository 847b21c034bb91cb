"""What the database holds, in natural form: every register keyed by its natural key.

The catalog is read once per import (a fixed number of queries, whatever the size of the
registers) and grows as rows of the file are accepted, so that a row may refer to a party,
a site or a person added higher up in the same file. Export reads the same catalog, so the
workbook written and the workbook read are one format.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.i18n import tr, tr_noop, translate_marked
from .format import fold, fold_key
from .sheets import SHEETS, Sheet, natural_key


@dataclass(slots=True)
class Record:
    """One record: its id (None until written), its natural key and its values."""

    id: int | None
    key: tuple
    values: dict


class LookupError_(Exception):
    """A reference that names nothing, or several things; the message is for the user."""


class AmbiguousError(LookupError_):
    """A reference that names several things (rather than nothing)."""


class Register:
    """The records of one sheet, found by natural key, by id, or grouped by a field."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.records: dict[object, Record] = {}
        self.by_id: dict[int, Record] = {}
        #: Natural keys that several database records share: a row cannot tell them apart.
        self.ambiguous: set = set()
        #: Every database record, in id order (export writes them all, ambiguous or not).
        self.stored: list[Record] = []
        self._groups: dict[str, dict] = {}
        self._by_name: dict | None = None

    def get(self, key: tuple) -> Record | None:
        return self.records.get(fold_key(key))

    def put(self, record: Record) -> None:
        folded = fold_key(record.key)
        previous = self.records.get(folded)
        self.records[folded] = record
        self._by_name = None
        for field_name, groups in self._groups.items():
            if previous is not None:
                groups[fold_key(previous.values.get(field_name))].pop(folded, None)
            groups[fold_key(record.values.get(field_name))][folded] = record

    def remove(self, key: tuple) -> None:
        folded = fold_key(key)
        previous = self.records.pop(folded, None)
        self._by_name = None
        if previous is not None:
            for field_name, groups in self._groups.items():
                groups[fold_key(previous.values.get(field_name))].pop(folded, None)

    def group(self, field_name: str, value) -> dict:
        """The records whose ``field_name`` is ``value`` (an index built on first use)."""
        groups = self._groups.get(field_name)
        if groups is None:
            groups = defaultdict(dict)
            for folded, record in self.records.items():
                groups[fold_key(record.values.get(field_name))][folded] = record
            self._groups[field_name] = groups
        return groups.get(fold_key(value), {})

    def by_name(self, name: tuple) -> list[Record]:
        """Records whose first two key parts fold to ``name`` (a person's last and first name)."""
        if self._by_name is None:
            self._by_name = defaultdict(list)
            for record in self.records.values():
                self._by_name[(fold(record.key[0]), fold(record.key[1]))].append(record)
        return self._by_name.get(name, [])

    def add_stored(self, record: Record) -> None:
        self.stored.append(record)
        self.by_id[record.id] = record
        folded = fold_key(record.key)
        if folded in self.records:
            self.ambiguous.add(folded)
        else:
            self.records[folded] = record
        self._by_name = None


class Catalog:
    """Every register of the workbook format, read from the database."""

    def __init__(self) -> None:
        self.registers: dict[str, Register] = {s.register: Register(s) for s in SHEETS}

    def __getitem__(self, register: str) -> Register:
        return self.registers[register]

    @classmethod
    def load(cls, session: Session) -> Catalog:
        catalog = cls()
        for sheet in SHEETS:  # a sheet only refers to sheets above it: their ids are known
            catalog._load_sheet(session, sheet)
        return catalog

    def _load_sheet(self, session: Session, sheet: Sheet) -> None:
        model = sheet.model
        columns = {c.field: c for c in sheet.columns}
        own = [f for f in sheet.fields if not columns[f].child]
        query = select(model.id, *(getattr(model, columns[f].db_attribute) for f in own)).order_by(model.id)
        register = self.registers[sheet.register]
        refs = [(i, columns[f].ref) for i, f in enumerate(own) if columns[f].ref]
        children = {column.field: _children(session, column) for column in sheet.child_columns}
        for row in session.execute(query):
            raw = list(row[1:])
            for index, target in refs:
                if raw[index] is not None:
                    raw[index] = self.registers[target].by_id[raw[index]].key
            values = dict(zip(own, raw))
            for name, by_parent in children.items():
                values[name] = columns[name].in_order(by_parent.get(row[0], ()))
            register.add_stored(Record(row[0], natural_key(sheet, values), values))

    # -- references ------------------------------------------------------------------------------

    def find(self, register: str, text: str) -> tuple:
        """The key of the record a single-value reference names (code, name, reference).

        Matched without case or extra spaces; a party or category is also found by its name.
        """
        reg = self.registers[register]
        record = reg.get((text,))
        if record is not None:
            if fold_key((text,)) in reg.ambiguous:
                raise AmbiguousError(tr("Import", "Plusieurs enregistrements portent le nom « {text} » : renommez-les.",
                                        text=text))
            return record.key
        if register in ("party", "category"):
            matches = [r for r in reg.records.values() if fold(r.values.get("name", "")) == fold(text)]
            if len(matches) == 1:
                return matches[0].key
        raise LookupError_(translate_marked("Import", _UNKNOWN[register]).format(text=text))

    def find_staff(self, last: str, first: str, start: dt.date | None) -> tuple:
        """The key of a person named by last and first name (and entry date for homonyms)."""
        reg = self.registers["staff"]
        if start is not None:
            record = reg.get((last, first, start))
            if record is None:
                raise LookupError_(tr(
                    "Import", "Agent inconnu : {first} {last} entré(e) le {start} (ni dans la base ni dans la feuille "
                    "Personnel).", first=first, last=last, start=f"{start:%d/%m/%Y}",
                ))
            return record.key
        matches = reg.by_name((fold(last), fold(first)))
        if not matches:
            raise LookupError_(tr(
                "Import", "Agent inconnu : {name} (ni dans la base ni dans la feuille Personnel).",
                name=f"{first} {last}",
            ))
        if len(matches) > 1:
            dates = ", ".join(f"{r.key[2]:%d/%m/%Y}" for r in matches)
            raise AmbiguousError(tr(
                "Import", "Plusieurs agents s'appellent {first} {last} (entrés le {dates}) : indiquez la date "
                "d'entrée dans la colonne Entrée.", first=first, last=last, dates=dates,
            ))
        return matches[0].key

    def find_charge(self, label: str, start: dt.date | None) -> tuple:
        """The key of the recurring charge labelled ``label`` (starting on ``start`` when given)."""
        matches = [
            r for r in self.registers["charge"].records.values()
            if fold(r.key[0]) == fold(label) and (start is None or r.key[1] == start)
        ]  # fmt: skip
        if len(matches) == 1:
            return matches[0].key
        since = tr("Import", " commençant le {day}", day=f"{start:%d/%m/%Y}") if start else ""
        if not matches:
            raise LookupError_(tr("Import", "Charge « {label} »{since} inconnue : ajoutez-la à la feuille Charges "
                                  "récurrentes.", label=label, since=since))
        if start is None:
            dates = ", ".join(sorted({f"{r.key[1]:%d/%m/%Y}" for r in matches}))
            raise AmbiguousError(tr(
                "Import", "Plusieurs charges s'appellent « {label} » (début le {dates}) : indiquez son début dans la "
                "colonne Début de la charge.", label=label, dates=dates,
            ))
        raise AmbiguousError(tr(
            "Import", "Plusieurs charges « {label} » commencent le {day} : donnez-leur des libellés distincts.",
            label=label, day=f"{start:%d/%m/%Y}",
        ))

    def find_amendment(self, convention: str | None, number: int) -> tuple:
        """The key of amendment ``number`` (of ``convention`` when several have that number)."""
        reg = self.registers["amendment"]
        matches = [
            r for r in reg.records.values()
            if r.key[1] == number and (convention is None or fold(r.key[0][0]) == fold(convention))
        ]  # fmt: skip
        if len(matches) == 1:
            return matches[0].key
        where = tr("Import", " de la convention {convention}", convention=convention) if convention else ""
        if not matches:
            raise LookupError_(tr("Import", "Avenant n° {number}{where} inconnu : ajoutez-le à la feuille Avenants.",
                                  number=number, where=where))
        raise AmbiguousError(tr(
            "Import", "Plusieurs conventions ont un avenant n° {number} : écrivez par exemple « {reference} n° "
            "{number} ».", number=number, reference=matches[0].key[0][0],
        ))

    def amendment_text(self, key: tuple) -> str:
        """How a reference to an amendment is written: its number, or « REF n° N » if ambiguous."""
        (reference,), number = key
        same = [r for r in self.registers["amendment"].records.values() if r.key[1] == number]
        return str(number) if len(same) <= 1 else f"{reference} n° {number}"


def _children(session: Session, column) -> dict[int, list[str]]:
    """The choices of a several-choices column, by parent id: one query for the whole register."""
    model, parent, value = column.child
    by_parent: dict[int, list[str]] = defaultdict(list)
    for parent_id, code in session.execute(select(getattr(model, parent), getattr(model, value))):
        by_parent[parent_id].append(code)
    return by_parent


#: What a reference to each register says when it names nothing (« {text} »: what was typed).
_UNKNOWN = {
    "party": tr_noop("Import", "Partie « {text} » inconnue : ajoutez-la à la feuille Parties ou écrivez son code."),
    "convention": tr_noop("Import", "Convention « {text} » inconnue : ajoutez-la à la feuille Conventions."),
    "site": tr_noop("Import", "Site « {text} » inconnu : ajoutez-le à la feuille Sites."),
    "equipment": tr_noop("Import", "Matériel « {text} » inconnu : ajoutez-le à la feuille Matériel."),
    "meter": tr_noop("Import", "Compteur « {text} » inconnu : ajoutez-le à la feuille Compteurs."),
    "key": tr_noop("Import", "Clé « {text} » inconnue : ajoutez-la à la feuille Clés."),
    "category": tr_noop("Import", "Catégorie « {text} » inconnue : ajoutez-la à la feuille Catégories ou écrivez "
                                  "son code."),
}
