"""French words for the codes stored in the database (kinds, frequencies, roles…).

The kinds and frequencies listed by domain/vocabulary.py are keyed by its enums, in their
order (the order of the choices offered); tests/ui/test_labels.py checks none is missing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.vocabulary import BillingFrequency, ChargeFrequency, DocumentKind, KeyKind

_CONTEXT = "labels"

EQUIPMENT_KINDS = {
    "vehicle": QT_TRANSLATE_NOOP("labels", "Véhicule"),
    "it": QT_TRANSLATE_NOOP("labels", "Informatique"),
    "copier": QT_TRANSLATE_NOOP("labels", "Copieur"),
    "furniture": QT_TRANSLATE_NOOP("labels", "Mobilier"),
    "other": QT_TRANSLATE_NOOP("labels", "Autre"),
}

KEY_KINDS = {
    KeyKind.FIXED: QT_TRANSLATE_NOOP("labels", "Pourcentage fixe"),
    KeyKind.SURFACE: QT_TRANSLATE_NOOP("labels", "Surface"),
    KeyKind.HEADCOUNT: QT_TRANSLATE_NOOP("labels", "Effectifs"),
    KeyKind.METERED: QT_TRANSLATE_NOOP("labels", "Relevé de compteur"),
    KeyKind.DIRECT: QT_TRANSLATE_NOOP("labels", "Affectation directe"),
}

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

CHARGE_FREQUENCIES = {
    ChargeFrequency.MONTH: QT_TRANSLATE_NOOP("labels", "par mois"),
    ChargeFrequency.QUARTER: QT_TRANSLATE_NOOP("labels", "par trimestre"),
    ChargeFrequency.YEAR: QT_TRANSLATE_NOOP("labels", "par an"),
}

BILLING_FREQUENCIES = {
    BillingFrequency.MONTHLY: QT_TRANSLATE_NOOP("labels", "Mensuelle"),
    BillingFrequency.QUARTERLY: QT_TRANSLATE_NOOP("labels", "Trimestrielle"),
    BillingFrequency.HALF_YEARLY: QT_TRANSLATE_NOOP("labels", "Semestrielle"),
    BillingFrequency.YEARLY: QT_TRANSLATE_NOOP("labels", "Annuelle"),
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

STATEMENT_KINDS = {
    DocumentKind.STATEMENT: QT_TRANSLATE_NOOP("labels", "État de refacturation"),
    DocumentKind.CORRECTIVE: QT_TRANSLATE_NOOP("labels", "État rectificatif"),
    DocumentKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("labels", "Avoir"),
    DocumentKind.ADVANCE: QT_TRANSLATE_NOOP("labels", "Appel de fonds"),
    DocumentKind.SETTLEMENT: QT_TRANSLATE_NOOP("labels", "Régularisation"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated word for ``code``, or the code itself when it is unknown."""
    if code is None:
        return ""
    text = table.get(code)
    return QCoreApplication.translate(_CONTEXT, text) if text is not None else code


def equipment_kind(code: str | None) -> str:
    return label(EQUIPMENT_KINDS, code)


def key_kind(code: str | None) -> str:
    return label(KEY_KINDS, code)


def charge_frequency(code: str | None) -> str:
    return label(CHARGE_FREQUENCIES, code)


def billing_frequency(code: str | None) -> str:
    return label(BILLING_FREQUENCIES, code)


def attachment_kind(code: str | None) -> str:
    return label(ATTACHMENT_KINDS, code)


def party_role(code: str | None) -> str:
    return label(PARTY_ROLES, code)


def statement_kind(code: str | None) -> str:
    return label(STATEMENT_KINDS, code)
