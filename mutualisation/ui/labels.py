"""French words for the codes stored in the database (kinds, frequencies, roles…)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "labels"

EQUIPMENT_KINDS = {
    "vehicle": QT_TRANSLATE_NOOP("labels", "Véhicule"),
    "it": QT_TRANSLATE_NOOP("labels", "Informatique"),
    "copier": QT_TRANSLATE_NOOP("labels", "Copieur"),
    "furniture": QT_TRANSLATE_NOOP("labels", "Mobilier"),
    "other": QT_TRANSLATE_NOOP("labels", "Autre"),
}

KEY_KINDS = {
    "fixed": QT_TRANSLATE_NOOP("labels", "Pourcentage fixe"),
    "surface": QT_TRANSLATE_NOOP("labels", "Surface"),
    "headcount": QT_TRANSLATE_NOOP("labels", "Effectifs"),
    "metered": QT_TRANSLATE_NOOP("labels", "Relevé de compteur"),
    "direct": QT_TRANSLATE_NOOP("labels", "Affectation directe"),
}

CHARGE_FREQUENCIES = {
    "month": QT_TRANSLATE_NOOP("labels", "par mois"),
    "quarter": QT_TRANSLATE_NOOP("labels", "par trimestre"),
    "year": QT_TRANSLATE_NOOP("labels", "par an"),
}

BILLING_FREQUENCIES = {
    "monthly": QT_TRANSLATE_NOOP("labels", "Mensuelle"),
    "quarterly": QT_TRANSLATE_NOOP("labels", "Trimestrielle"),
    "half_yearly": QT_TRANSLATE_NOOP("labels", "Semestrielle"),
    "yearly": QT_TRANSLATE_NOOP("labels", "Annuelle"),
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
    "statement": QT_TRANSLATE_NOOP("labels", "État de refacturation"),
    "corrective": QT_TRANSLATE_NOOP("labels", "État rectificatif"),
    "credit_note": QT_TRANSLATE_NOOP("labels", "Avoir"),
    "advance": QT_TRANSLATE_NOOP("labels", "Appel de fonds"),
    "settlement": QT_TRANSLATE_NOOP("labels", "Régularisation"),
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
