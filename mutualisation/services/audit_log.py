"""Reading the audit log: entries filtered by table, user, text and dates, with their changes.

The log itself is written by the session (``storage.audit``); this module only reads it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..storage.models import AuditEntry

#: The action codes and what the user reads ("create" is written by older code, as "insert").
ACTION_LABELS = {
    "insert": "Création",
    "create": "Création",
    "update": "Modification",
    "delete": "Suppression",
    "restore": "Restauration",
}

#: Tables by their French name, for the filter and the list.
TABLE_LABELS = {
    "party": "Organisme",
    "convention": "Convention",
    "convention_beneficiary": "Bénéficiaire de convention",
    "article": "Article de convention",
    "amendment": "Avenant",
    "staff_member": "Agent",
    "working_time": "Quotité de travail",
    "staff_share": "Part d'un agent",
    "payroll_cost": "Paie",
    "planned_staff_cost": "Paie prévisionnelle",
    "equipment": "Matériel",
    "equipment_key": "Clé d'un matériel",
    "site": "Site",
    "site_surface": "Surface",
    "expense_category": "Catégorie de dépenses",
    "category_key": "Clé d'une catégorie",
    "category_budget": "Budget d'une catégorie",
    "allocation_key": "Clé de répartition",
    "fixed_key_share": "Part fixe d'une clé",
    "own_headcount": "Effectif",
    "meter": "Compteur",
    "meter_reading": "Relevé",
    "planned_meter_use": "Relevé prévisionnel",
    "bill": "Facture",
    "bill_attachment": "Pièce jointe",
    "recurring_charge": "Charge récurrente",
    "statement": "État émis",
    "statement_line": "Ligne d'état",
    "statement_sequence": "Numérotation des états",
    "payment": "Paiement",
    "(base)": "Base entière",
}

#: Columns by their French name, for the changes shown in the log.
FIELD_LABELS = {
    'acquisition_value': "Valeur d'acquisition",
    'action': 'Action',
    'address': 'Adresse',
    'advance_mode': 'Appels de fonds',
    'after_json': 'Après',
    'amendment_id': 'Avenant (n° interne)',
    'amount': 'Montant',
    'area': 'Surface',
    'at': 'Horodatage',
    'basis': 'Base',
    'before_json': 'Avant',
    'beneficiary_id': 'Bénéficiaire (n° interne)',
    'bic': 'BIC',
    'bill_id': 'Facture (n° interne)',
    'billing_frequency': 'Périodicité',
    'body': 'Texte',
    'category_id': 'Catégorie (n° interne)',
    'code': 'Code',
    'code_service': 'Code service',
    'common_area': 'Partie commune',
    'content': 'Contenu',
    'content_hash': 'Empreinte',
    'convention_id': 'Convention (n° interne)',
    'corrects_id': 'État rectifié (n° interne)',
    'date': 'Date',
    'document_json': 'Document',
    'due_date': 'Échéance',
    'duration_months': 'Durée (mois)',
    'effective_date': "Date d'effet",
    'email': 'Courriel',
    'employer_charges': 'Charges patronales',
    'employment_end': "Fin d'emploi",
    'employment_start': "Début d'emploi",
    'end_date': 'Date de fin',
    'engagement_number': "N° d'engagement",
    'equipment_id': 'Matériel (n° interne)',
    'explanation_json': 'Explication',
    'filename': 'Fichier',
    'first_name': 'Prénom',
    'fraction': 'Fraction',
    'frequency': 'Fréquence',
    'fte': 'ETP',
    'gross_salary': 'Salaire brut',
    'iban': 'IBAN',
    'id': 'N° interne',
    'in_service_date': 'Mise en service',
    'inputs_json': 'Données utilisées',
    'is_own_organisation': 'Votre organisation',
    'issue_date': "Date d'émission",
    'issuer_id': 'Émetteur (n° interne)',
    'job_title': 'Fonction',
    'key_description': 'Description de la clé',
    'key_id': 'Clé (n° interne)',
    'key_override_id': 'Clé particulière (n° interne)',
    'kind': 'Type',
    'label': 'Libellé',
    'last_name': 'Nom',
    'last_number': 'Dernier numéro',
    'legal_form': 'Forme juridique',
    'logo': 'Logo',
    'meter_id': 'Compteur (n° interne)',
    'month': 'Mois',
    'name': 'Nom',
    'notes': 'Notes',
    'notice_months': 'Préavis (mois)',
    'number': 'Numéro',
    'other_costs': 'Autres coûts',
    'party_id': 'Organisme (n° interne)',
    'payment_term_days': 'Délai de paiement (jours)',
    'pdf': 'PDF',
    'period_end': 'Fin de période',
    'period_start': 'Début de période',
    'phone': 'Téléphone',
    'position': 'Rang',
    'previous_hash': 'Empreinte précédente',
    'provider_id': 'Prestataire (n° interne)',
    'quantity': 'Quantité',
    'ratio': 'Taux',
    'record_id': 'Enregistrement',
    'reference': 'Référence',
    'renewal_months': 'Reconduction (mois)',
    'seal': 'Sceau',
    'section': 'Section',
    'sequence': "N° d'ordre",
    'service_end': 'Fin de service',
    'service_start': 'Début de service',
    'share': 'Part',
    'signatory_name': 'Signataire',
    'signatory_title': 'Qualité du signataire',
    'signature_date': 'Date de signature',
    'siret': 'SIRET',
    'site_id': 'Site (n° interne)',
    'source_id': 'Source (n° interne)',
    'source_kind': 'Type de source',
    'staff_id': 'Agent (n° interne)',
    'start_date': 'Date de début',
    'statement_id': 'État (n° interne)',
    'summary': 'Objet',
    'supplier': 'Fournisseur',
    'table_name': 'Table',
    'tacit_renewal': 'Reconduction tacite',
    'title': 'Intitulé',
    'total': 'Total',
    'total_excl_vat': 'Total HT',
    'unit': 'Unité',
    'useful_life_years': "Durée d'amortissement (ans)",
    'user': 'Utilisateur',
    'vat': 'TVA',
    'vat_mention': 'Mention de TVA',
    'vat_rate': 'Taux de TVA',
    'vat_regime': 'Régime de TVA',
    'version': 'Version',
    'year': 'Année',
}


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What to keep; every field left empty keeps everything. Dates are inclusive days."""

    table: str | None = None
    user: str | None = None
    action: str | None = None
    text: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: Any
    after: Any

    @property
    def label(self) -> str:
        """The column's French name (its own name for a column this version does not know)."""
        return FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One entry of the log, its JSON read back."""

    id: int
    at: dt.datetime
    user: str
    action: str
    table: str
    record_id: int | None
    before: dict | None
    after: dict | None

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def changes(self) -> tuple[Change, ...]:
        """The fields that differ (all of them for a creation or a deletion)."""
        before, after = self.before or {}, self.after or {}
        keys = sorted(set(before) | set(after))
        return tuple(
            Change(key, before.get(key), after.get(key))
            for key in keys
            if key not in before or key not in after or before[key] != after[key]
        )

    @property
    def summary(self) -> str:
        """``Montant : 1200.00 → 1234.56 ; Libellé : … → …`` (a creation lists its values)."""
        parts = []
        for change in self.changes:
            if self.action in ("update", "restore"):
                parts.append(f"{change.label} : {_short(change.before)} → {_short(change.after)}")
            else:
                value = change.after if self.after is not None else change.before
                parts.append(f"{change.label} : {_short(value)}")
        return " ; ".join(parts)


def _short(value: Any, limit: int = 60) -> str:
    text = "∅" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _loads(text: str | None) -> dict | None:
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:  # a hand-edited row: show it as it is rather than fail
        return {"(texte)": text}
    return value if isinstance(value, dict) else {"(valeur)": value}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def list_entries(session: Session, where: AuditFilter = AuditFilter(), limit: int | None = 10_000) -> list[AuditRow]:
    """The entries kept by ``where``, latest first (at most ``limit``)."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if where.table:
        query = query.where(AuditEntry.table_name == where.table)
    if where.user:
        query = query.where(AuditEntry.user == where.user)
    if where.action:
        actions = ("insert", "create") if where.action in ("insert", "create") else (where.action,)
        query = query.where(AuditEntry.action.in_(actions))
    if where.start:
        query = query.where(AuditEntry.at >= dt.datetime.combine(where.start, dt.time.min))
    if where.end:
        query = query.where(AuditEntry.at < dt.datetime.combine(where.end + dt.timedelta(days=1), dt.time.min))
    for word in where.text.split():
        pattern = _like(word)
        query = query.where(
            or_(
                AuditEntry.before_json.like(pattern, escape="\\"),
                AuditEntry.after_json.like(pattern, escape="\\"),
                AuditEntry.user.like(pattern, escape="\\"),
                AuditEntry.table_name.like(pattern, escape="\\"),
            )
        )
    if limit is not None:
        query = query.limit(limit)
    return [
        AuditRow(e.id, e.at, e.user, e.action, e.table_name, e.record_id, _loads(e.before_json), _loads(e.after_json))
        for e in session.scalars(query)
    ]


def tables(session: Session) -> list[str]:
    """The tables that appear in the log."""
    return sorted(session.scalars(select(AuditEntry.table_name).distinct()))


def users(session: Session) -> list[str]:
    """The users who appear in the log."""
    return sorted(session.scalars(select(AuditEntry.user).distinct()))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
