"""The words of the closed lists (domain/vocabulary.py) in the interface language.

The enums carry the French words the documents and the import format use; forms, tables and
the audit log show them through these functions, which look them up in the catalogue (in
French without a translator, and inside :func:`.i18n.french`). Key kinds, document kinds,
equipment kinds and frequencies reuse the interface's own marks (context ``labels``, the same
French words as ``ui/labels.py``), so each word is translated once.

The tables keyed by code, in the order forms offer them, are public for the interface's
choices (``ui/labels.py`` reads its words here). Each function takes a stored code and returns its word, or the code itself when this version
does not know it (an older or newer database).
"""

from __future__ import annotations

from .i18n import tr_noop, translate_marked
from .lines import section_name
from .vocabulary import (
    AbsenceKind,
    BillingFrequency,
    ChargeFrequency,
    DocumentKind,
    KeyKind,
    ReimbursementKind,
    VatKind,
)

_ABSENCE = {
    AbsenceKind.MALADIE: tr_noop("Absence", "maladie"),
    AbsenceKind.ACCIDENT_TRAVAIL: tr_noop("Absence", "accident du travail"),
    AbsenceKind.FORMATION: tr_noop("Absence", "formation"),
    AbsenceKind.CONGE: tr_noop("Absence", "congé"),
    AbsenceKind.AUTRE: tr_noop("Absence", "autre"),
}

_VAT = {
    VatKind.OUTSIDE_SCOPE: tr_noop("Clause", "hors champ"),
    VatKind.EXEMPT: tr_noop("Clause", "exonérée"),
    VatKind.TAXABLE: tr_noop("Clause", "taxable"),
}

#: What a statement prints before the legal basis of an untaxed amount (VatKind.mention).
_VAT_MENTION = {
    VatKind.OUTSIDE_SCOPE: tr_noop("Clause", "Hors champ de la TVA"),
    VatKind.EXEMPT: tr_noop("Clause", "Exonération de TVA"),
    VatKind.TAXABLE: "",
}

_REIMBURSEMENT = {
    ReimbursementKind.IJSS: tr_noop("Reimbursement", "IJSS"),
    ReimbursementKind.SUBROGATION: tr_noop("Reimbursement", "subrogation"),
    ReimbursementKind.AIDE: tr_noop("Reimbursement", "aide"),
    ReimbursementKind.AUTRE: tr_noop("Reimbursement", "autre"),
}

KEY_KINDS = {
    KeyKind.FIXED: tr_noop("labels", "Pourcentage fixe"),
    KeyKind.SURFACE: tr_noop("labels", "Surface"),
    KeyKind.HEADCOUNT: tr_noop("labels", "Effectifs"),
    KeyKind.METERED: tr_noop("labels", "Relevé de compteur"),
    KeyKind.DIRECT: tr_noop("labels", "Affectation directe"),
}

DOCUMENT_KINDS = {
    DocumentKind.STATEMENT: tr_noop("labels", "État de refacturation"),
    DocumentKind.CORRECTIVE: tr_noop("labels", "État rectificatif"),
    DocumentKind.CREDIT_NOTE: tr_noop("labels", "Avoir"),
    DocumentKind.ADVANCE: tr_noop("labels", "Appel de fonds"),
    DocumentKind.SETTLEMENT: tr_noop("labels", "Régularisation"),
}

EQUIPMENT_KINDS = {
    "vehicle": tr_noop("labels", "Véhicule"),
    "it": tr_noop("labels", "Informatique"),
    "copier": tr_noop("labels", "Copieur"),
    "furniture": tr_noop("labels", "Mobilier"),
    "other": tr_noop("labels", "Autre"),
}

CHARGE_FREQUENCIES = {
    ChargeFrequency.MONTH: tr_noop("labels", "par mois"),
    ChargeFrequency.QUARTER: tr_noop("labels", "par trimestre"),
    ChargeFrequency.YEAR: tr_noop("labels", "par an"),
}

BILLING_FREQUENCIES = {
    BillingFrequency.MONTHLY: tr_noop("labels", "Mensuelle"),
    BillingFrequency.QUARTERLY: tr_noop("labels", "Trimestrielle"),
    BillingFrequency.HALF_YEARLY: tr_noop("labels", "Semestrielle"),
    BillingFrequency.YEARLY: tr_noop("labels", "Annuelle"),
}

_ROLE = {
    "provider": tr_noop("labels", "Prestataire"),
    "beneficiary": tr_noop("labels", "Bénéficiaire"),
}


def _word(context: str, table: dict, code: str | None) -> str:
    if code is None:
        return ""
    return translate_marked(context, table[code]) if code in table else str(code)


def absence_kind(code: str | None) -> str:
    """« maladie », « sick leave »…"""
    return _word("Absence", _ABSENCE, code)


def vat_kind(code: str | None) -> str:
    """« hors champ », « exonérée », « taxable »."""
    return _word("Clause", _VAT, code)


def vat_mention(code: str | None) -> str:
    """« Exonération de TVA », « Hors champ de la TVA », "" for a taxable amount."""
    if code in _VAT_MENTION and not _VAT_MENTION[code]:
        return ""
    return _word("Clause", _VAT_MENTION, code)


def reimbursement_kind(code: str | None) -> str:
    """« IJSS », « subrogation », « aide », « autre »."""
    return _word("Reimbursement", _REIMBURSEMENT, code)


def key_kind(code: str | None) -> str:
    return _word("labels", KEY_KINDS, code)


def document_kind(code: str | None) -> str:
    return _word("labels", DOCUMENT_KINDS, code)


def equipment_kind(code: str | None) -> str:
    return _word("labels", EQUIPMENT_KINDS, code)


def charge_frequency(code: str | None) -> str:
    return _word("labels", CHARGE_FREQUENCIES, code)


def billing_frequency(code: str | None) -> str:
    return _word("labels", BILLING_FREQUENCIES, code)


def party_role(code: str | None) -> str:
    return _word("labels", _ROLE, code)


def section(code: str | None) -> str:
    """A statement section's heading (« Personnel », « Staff »)."""
    return "" if code is None else section_name(code)


def choices(kinds, word) -> list[tuple[str, str]]:
    """(word in the interface language, code) of each member of ``kinds``, in their order: the
    choices of a form, built when the form is (the language is chosen before)."""
    return [(word(kind), kind) for kind in kinds]
