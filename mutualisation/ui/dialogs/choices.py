"""The lists offered by the forms' drop-downs: parties, amendments, keys, sites, items, categories."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...domain.vocabulary import ChargeFrequency, KeyKind
from ...services import registers
from ...services.workspace import Unit
from .. import formatting, labels
from ..models.table_model import search_fold

Choices = list[tuple[str, int]]


def party_label(row) -> str:
    return f"{row.code} — {row.name}"


def parties(run: Unit) -> Choices:
    return [(party_label(p), p.id) for p in run(registers.parties)]


def beneficiaries(run: Unit) -> Choices:
    """The beneficiaries of the conventions, in convention order."""
    return [(party_label(p), p.id) for p in run(registers.parties) if p.role == "beneficiary"]


def amendments(run: Unit) -> Choices:
    text = QCoreApplication.translate("choices", "n°\u00a0{number} ({date})")
    return [
        (text.format(number=a.number, date=formatting.date(a.effective_date)), a.id)
        for a in run(registers.amendments)
    ]


def key_label(name: str, kind: str) -> str:
    """A key as « name — type », or its name alone when it already says its type (« Effectifs (ETP) »)."""
    kind_text = labels.key_kind(kind)
    if _says(name, kind_text):
        return name
    return f"{name} — {kind_text.lower()}"


def _says(name: str, kind_text: str) -> bool:
    # A word of the name starting as a word of the type (plural or feminine aside) says the type:
    # « Surfaces — Briey » for Surface, « Direct ST2b » for Affectation directe.
    words = re.findall(r"\w+", search_fold(name))
    stems = [w.rstrip("es") or w for w in re.findall(r"\w+", search_fold(kind_text)) if len(w) > 3]
    return any(word.startswith(stem) for stem in stems for word in words)


def keys(run: Unit) -> Choices:
    return [(key_label(k.name, k.kind), k.id) for k in run(registers.allocation_keys)]


def sites(run: Unit) -> Choices:
    return [(s.name, s.id) for s in run(registers.sites)]


def equipment(run: Unit) -> Choices:
    return [(e.name, e.id) for e in run(registers.equipment)]


def categories(run: Unit) -> Choices:
    return [(c.name, c.id) for c in run(registers.categories)]


def meters(run: Unit) -> Choices:
    return [(f"{m.name} ({m.unit})", m.id) for m in run(registers.meters)]


def equipment_kinds() -> Choices:
    return [(labels.equipment_kind(code), code) for code in labels.EQUIPMENT_KINDS]


def key_kinds() -> Choices:
    return [(labels.key_kind(kind), kind.value) for kind in KeyKind]


def charge_frequencies() -> Choices:
    return [(labels.charge_frequency(frequency), frequency.value) for frequency in ChargeFrequency]
