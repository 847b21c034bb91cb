"""French words for the codes stored in the database (kinds, frequencies, roles…).

The kinds and frequencies of domain/vocabulary.py come from domain/kind_words.py, which the
domain's and services' texts use too: one table, one translation, per kind. The words below
are the interface's alone.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.kind_words import (  # noqa: F401 -- one table per kind, shared with the domain's texts
    BILLING_FREQUENCIES,
    CHARGE_FREQUENCIES,
    EQUIPMENT_KINDS,
    KEY_KINDS,
    billing_frequency,
    charge_frequency,
    equipment_kind,
    key_kind,
)
from ..domain.kind_words import DOCUMENT_KINDS as STATEMENT_KINDS  # noqa: F401
from ..domain.kind_words import document_kind as statement_kind  # noqa: F401
from ..domain.vocabulary import KeyKind

_CONTEXT = "labels"

# Shown under the kind in the key dialog, translated in its context.
KEY_KIND_EXPLANATIONS = {
    KeyKind.FIXED: QT_TRANSLATE_NOOP("KeyDialog", "Un pourcentage par bénéficiaire ; le prestataire garde le reste."),
    KeyKind.SURFACE: QT_TRANSLATE_NOOP(
        "KeyDialog", "Au prorata des surfaces exclusives de chaque partie sur le site."
    ),
    KeyKind.HEADCOUNT: QT_TRANSLATE_NOOP(
        "KeyDialog", "Au prorata des équivalents temps plein : personnel mis à disposition et effectifs propres."
    ),
    KeyKind.METERED: QT_TRANSLATE_NOOP("KeyDialog", "Au prorata des relevés du compteur sur chaque période."),
    KeyKind.DIRECT: QT_TRANSLATE_NOOP("KeyDialog", "Tout le coût à une seule partie."),
}

ATTACHMENT_KINDS = {
    "site": QT_TRANSLATE_NOOP("labels", "Site"),
    "equipment": QT_TRANSLATE_NOOP("labels", "Matériel"),
    "category": QT_TRANSLATE_NOOP("labels", "Catégorie"),
}

PARTY_ROLES = {
    "provider": QT_TRANSLATE_NOOP("labels", "Prestataire"),
    "beneficiary": QT_TRANSLATE_NOOP("labels", "Bénéficiaire"),
    "": QT_TRANSLATE_NOOP("labels", "Hors convention"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code``, or the code itself when it is unknown."""
    if code is None:
        return ""
    text = table.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else code


def attachment_kind(code: str | None) -> str:
    return label(ATTACHMENT_KINDS, code)


def party_role(code: str | None) -> str:
    return label(PARTY_ROLES, code)

