"""The lists offered by the forms' drop-downs: parties, amendments, keys, sites, items, categories."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ...services import registers
from .. import formatting, labels

Choices = list[tuple[str, int]]


def party_label(row) -> str:
    return f"{row.code} — {row.name}"


def parties(session: Session) -> Choices:
    return [(party_label(p), p.id) for p in registers.parties(session)]


def beneficiaries(session: Session) -> Choices:
    """The beneficiaries of the conventions, in convention order."""
    return [(party_label(p), p.id) for p in registers.parties(session) if p.role == "beneficiary"]


def amendments(session: Session) -> Choices:
    text = QCoreApplication.translate("choices", "n°\u00a0{number} ({date})")
    return [
        (text.format(number=a.number, date=formatting.date(a.effective_date)), a.id)
        for a in registers.amendments(session)
    ]


def keys(session: Session) -> Choices:
    return [(f"{k.name} ({labels.key_kind(k.kind).lower()})", k.id) for k in registers.allocation_keys(session)]


def sites(session: Session) -> Choices:
    return [(s.name, s.id) for s in registers.sites(session)]


def equipment(session: Session) -> Choices:
    return [(e.name, e.id) for e in registers.equipment(session)]


def categories(session: Session) -> Choices:
    return [(c.name, c.id) for c in registers.categories(session)]


def meters(session: Session) -> Choices:
    return [(f"{m.name} ({m.unit})", m.id) for m in registers.meters(session)]


def equipment_kinds() -> Choices:
    return [(labels.equipment_kind(code), code) for code in labels.EQUIPMENT_KINDS]


def key_kinds() -> Choices:
    return [(labels.key_kind(code), code) for code in labels.KEY_KINDS]


def charge_frequencies() -> Choices:
    return [(labels.charge_frequency(code), code) for code in labels.CHARGE_FREQUENCIES]
