"""Reading the audit log: entries filtered by table, user, text and dates, with their changes.

The log itself is written by the session (``storage.audit``); this module only reads it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..domain import french
from ..storage import models as m
from ..storage.models import AuditEntry
from .user_names import full_user_name

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
    "management_fee": "Frais de gestion",
    "management_fee_section": "Section soumise aux frais de gestion",
    "section_vat": "TVA d'une section",
    "absence_rule": "Absences à la charge du Pays",
    "free_provision": "Mise à disposition gratuite",
    "meter_price": "Prix unitaire d'un compteur",
    "charge_amount": "Montant d'une charge",
    "charge_revaluation": "Revalorisation d'une charge",
    "staff_absence": "Absence d'un agent",
    "payroll_reimbursement": "Remboursement sur paie",
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
    'charge_id': 'Charge (n° interne)',
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
    'exemption_code': "Code d'exonération (EN 16931)",
    'explanation_json': 'Explication',
    'fee_id': 'Frais de gestion (n° interne)',
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
    'kept_by_provider': 'À la charge du Pays',
    'key_description': 'Description de la clé',
    'key_id': 'Clé (n° interne)',
    'key_override_id': 'Clé particulière (n° interne)',
    'kind': 'Type',
    'label': 'Libellé',
    'last_name': 'Nom',
    'last_number': 'Dernier numéro',
    'legal_basis': 'Fondement légal',
    'legal_form': 'Forme juridique',
    'logo': 'Logo',
    'meter_id': 'Compteur (n° interne)',
    'month': 'Mois',
    'name': 'Nom',
    'note': 'Note',
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
    'rate': 'Taux',
    'ratio': 'Taux',
    'record_id': 'Enregistrement',
    'reference': 'Référence',
    'reference_date': 'Date de référence',
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
    'treatment': 'Traitement de TVA',
    'unit': 'Unité',
    'unit_price': 'Prix unitaire',
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


#: Stored as decimal strings: amounts in euros (« 1156.40 »), ratios (« 0.400000 »).
MONEY_FIELDS = frozenset({"acquisition_value", "amount", "basis", "employer_charges", "gross_salary",
                          "other_costs", "total", "total_excl_vat", "vat"})  # fmt: skip
PERCENT_FIELDS = frozenset({"fraction", "share", "vat_rate"})

#: The columns that point to another record, read as that record's name (by the table named).
REFERENCES = {
    "party_id": "party", "beneficiary_id": "party", "issuer_id": "party", "provider_id": "party",
    "staff_id": "staff_member", "category_id": "expense_category", "site_id": "site",
    "equipment_id": "equipment", "meter_id": "meter", "key_id": "allocation_key",
    "key_override_id": "allocation_key", "convention_id": "convention", "amendment_id": "amendment",
    "bill_id": "bill", "statement_id": "statement", "corrects_id": "statement",
}  # fmt: skip

#: How each of those tables names a record: its columns, and the words around them.
_NAMES = {
    "party": (m.Party, (m.Party.code,), "{}"),
    "staff_member": (m.StaffMember, (m.StaffMember.first_name, m.StaffMember.last_name), "{} {}"),
    "expense_category": (m.ExpenseCategory, (m.ExpenseCategory.name,), "{}"),
    "site": (m.Site, (m.Site.name,), "{}"),
    "equipment": (m.Equipment, (m.Equipment.name,), "{}"),
    "meter": (m.Meter, (m.Meter.name,), "{}"),
    "allocation_key": (m.AllocationKey, (m.AllocationKey.name,), "{}"),
    "convention": (m.Convention, (m.Convention.reference,), "{}"),
    "amendment": (m.Amendment, (m.Amendment.number,), "avenant n° {}"),
    "bill": (m.Bill, (m.Bill.label,), "{}"),
    "statement": (m.Statement, (m.Statement.number,), "n° {}"),
}

Names = dict[tuple[str, int], str]


def user_label(login: str) -> str:
    """« Anne Martin (amartin) » where the system knows the login's full name, else the login."""
    full = full_user_name(login)
    return f"{full} ({login})" if full and full != login else login


def value_text(name: str, value: Any, names: Names | None = None) -> str:
    """A stored value as the rest of the application writes it: French amounts, percentages and
    dates, « oui »/« non », the name of a referenced record; anything else as stored."""
    if value is None:
        return "∅"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if name in REFERENCES and isinstance(value, int):
        return (names or {}).get((REFERENCES[name], value), f"n° {value}")
    if isinstance(value, str):
        if name in MONEY_FIELDS or name in PERCENT_FIELDS or name in ("area", "common_area", "fte", "quantity"):
            try:
                number = Decimal(value)
            except InvalidOperation:
                return value
            if name in MONEY_FIELDS:
                return french.money(number)
            if name in PERCENT_FIELDS:
                return french.percent(number, trim=True)
            return french.number(number, trim=True) + (" m²" if "area" in name else "")
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            try:
                return french.date(dt.date.fromisoformat(value))
            except ValueError:
                return value
    return str(value)


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: Any
    after: Any
    names: Names = field(default_factory=dict, compare=False, repr=False)

    @property
    def label(self) -> str:
        """The column's French name (its own name for a column this version does not know)."""
        text = FIELD_LABELS.get(self.field, self.field)
        # A referenced record is shown by its name, not by the internal number the label announces.
        return text.removesuffix(" (n° interne)") if self.field in REFERENCES else text

    @property
    def before_text(self) -> str:
        return value_text(self.field, self.before, self.names)

    @property
    def after_text(self) -> str:
        return value_text(self.field, self.after, self.names)


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
    names: Names = field(default_factory=dict, compare=False, repr=False)

    @property
    def user_label(self) -> str:
        return user_label(self.user)

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
            Change(key, before.get(key), after.get(key), self.names)
            for key in keys
            if key not in before or key not in after or before[key] != after[key]
        )

    @property
    def summary(self) -> str:
        """``Montant : 1 200,00 € → 1 234,56 € ; Libellé : … → …`` (a creation lists its values)."""
        parts = []
        for change in self.changes:
            if self.action in ("update", "restore"):
                parts.append(f"{change.label} : {_short(change.before_text)} → {_short(change.after_text)}")
            else:
                value = change.after_text if self.after is not None else change.before_text
                parts.append(f"{change.label} : {_short(value)}")
        return " ; ".join(parts)


def _short(text: str, limit: int = 60) -> str:
    # One line; the non-breaking spaces of French amounts stay.
    text = " ".join(line.strip() for line in text.splitlines() if line.strip())
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
    rows = [
        (e.id, e.at, e.user, e.action, e.table_name, e.record_id, _loads(e.before_json), _loads(e.after_json))
        for e in session.scalars(query)
    ]
    names = _names(session, [values for row in rows for values in row[6:8] if values])
    return [AuditRow(*row, names) for row in rows]


def _names(session: Session, records: list[dict]) -> Names:
    """The names of every record the entries point to, one query per table (a record deleted
    since keeps its number)."""
    wanted: dict[str, set[int]] = {}
    for record in records:
        for key, value in record.items():
            if key in REFERENCES and isinstance(value, int) and not isinstance(value, bool):
                wanted.setdefault(REFERENCES[key], set()).add(value)
    names: Names = {}
    for table, ids in wanted.items():
        model, columns, pattern = _NAMES[table]
        for chunk in (sorted(ids)[i:i + 500] for i in range(0, len(ids), 500)):
            for ident, *values in session.execute(select(model.id, *columns).where(model.id.in_(chunk))):
                names[(table, ident)] = pattern.format(*values)
    return names


def tables(session: Session) -> list[str]:
    """The tables that appear in the log."""
    return sorted(session.scalars(select(AuditEntry.table_name).distinct()))


def users(session: Session) -> list[str]:
    """The users who appear in the log."""
    return sorted(session.scalars(select(AuditEntry.user).distinct()))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
