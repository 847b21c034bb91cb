"""Reading the audit log: entries filtered by table, user, text and dates, with their changes.

The log itself is written by the session (``storage.audit``); this module only reads it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..domain import french, kind_words
from ..domain.i18n import tr, tr_noop, translate_marked
from ..storage import models as m
from ..storage.models import AuditEntry
from .user_names import full_user_name

#: The action codes and what the user reads ("create" is written by older code, as "insert").
ACTION_LABELS = {
    "insert": tr_noop("Audit", "Création"),
    "create": tr_noop("Audit", "Création"),
    "update": tr_noop("Audit", "Modification"),
    "delete": tr_noop("Audit", "Suppression"),
    "restore": tr_noop("Audit", "Restauration"),
}

#: Tables by their French name, for the filter and the list (:func:`table_label` in the screen's language).
TABLE_LABELS = {
    "party": tr_noop("Audit", "Organisme"),
    "convention": tr_noop("Audit", "Convention"),
    "convention_beneficiary": tr_noop("Audit", "Bénéficiaire de convention"),
    "article": tr_noop("Audit", "Article de convention"),
    "amendment": tr_noop("Audit", "Avenant"),
    "staff_member": tr_noop("Audit", "Agent"),
    "working_time": tr_noop("Audit", "Quotité de travail"),
    "staff_share": tr_noop("Audit", "Part d'un agent"),
    "payroll_cost": tr_noop("Audit", "Paie"),
    "planned_staff_cost": tr_noop("Audit", "Paie prévisionnelle"),
    "equipment": tr_noop("Audit", "Matériel"),
    "equipment_key": tr_noop("Audit", "Clé d'un matériel"),
    "site": tr_noop("Audit", "Site"),
    "site_surface": tr_noop("Audit", "Surface"),
    "expense_category": tr_noop("Audit", "Catégorie de dépenses"),
    "category_key": tr_noop("Audit", "Clé d'une catégorie"),
    "category_budget": tr_noop("Audit", "Budget d'une catégorie"),
    "allocation_key": tr_noop("Audit", "Clé de répartition"),
    "fixed_key_share": tr_noop("Audit", "Part fixe d'une clé"),
    "own_headcount": tr_noop("Audit", "Effectif"),
    "meter": tr_noop("Audit", "Compteur"),
    "meter_reading": tr_noop("Audit", "Relevé"),
    "planned_meter_use": tr_noop("Audit", "Utilisation prévue"),
    "bill": tr_noop("Audit", "Facture"),
    "bill_attachment": tr_noop("Audit", "Pièce jointe"),
    "recurring_charge": tr_noop("Audit", "Charge récurrente"),
    "statement": tr_noop("Audit", "État émis"),
    "statement_line": tr_noop("Audit", "Ligne d'état"),
    "statement_sequence": tr_noop("Audit", "Numérotation des états"),
    "payment": tr_noop("Audit", "Paiement"),
    "management_fee": tr_noop("Audit", "Frais de gestion"),
    "management_fee_section": tr_noop("Audit", "Section soumise aux frais de gestion"),
    "section_vat": tr_noop("Audit", "TVA d'une section"),
    "absence_rule": tr_noop("Audit", "Absences à la charge du Pays"),
    "free_provision": tr_noop("Audit", "Mise à disposition gratuite"),
    "meter_price": tr_noop("Audit", "Prix unitaire d'un compteur"),
    "charge_amount": tr_noop("Audit", "Montant d'une charge"),
    "charge_revaluation": tr_noop("Audit", "Revalorisation d'une charge"),
    "staff_absence": tr_noop("Audit", "Absence d'un agent"),
    "payroll_reimbursement": tr_noop("Audit", "Remboursement sur paie"),
    "chorus_reference": tr_noop("Audit", "Références Chorus Pro d'une année"),
    "(base)": tr_noop("Audit", "Base entière"),
}

#: Columns by their French name, for the changes shown in the log.
FIELD_LABELS = {
    'acquisition_value': tr_noop("Audit", "Valeur d'acquisition"),
    'action': tr_noop("Audit", 'Action'),
    'address': tr_noop("Audit", 'Adresse'),
    'advance_mode': tr_noop("Audit", 'Appels de fonds'),
    'after_json': tr_noop("Audit", 'Après'),
    'amendment_id': tr_noop("Audit", 'Avenant (n° interne)'),
    'amount': tr_noop("Audit", 'Montant'),
    'area': tr_noop("Audit", 'Surface'),
    'at': tr_noop("Audit", 'Horodatage'),
    'basis': tr_noop("Audit", 'Base'),
    'before_json': tr_noop("Audit", 'Avant'),
    'beneficiary_id': tr_noop("Audit", 'Bénéficiaire (n° interne)'),
    'bic': tr_noop("Audit", 'BIC'),
    'bill_id': tr_noop("Audit", 'Facture (n° interne)'),
    'billing_frequency': tr_noop("Audit", 'Périodicité'),
    'body': tr_noop("Audit", 'Texte'),
    'category_id': tr_noop("Audit", 'Catégorie (n° interne)'),
    'charge_id': tr_noop("Audit", 'Charge (n° interne)'),
    'code': tr_noop("Audit", 'Code'),
    'code_service': tr_noop("Audit", 'Code service'),
    'service_code': tr_noop("Audit", 'Code service'),
    'common_area': tr_noop("Audit", 'Partie commune'),
    'content': tr_noop("Audit", 'Contenu'),
    'content_hash': tr_noop("Audit", 'Empreinte'),
    'convention_id': tr_noop("Audit", 'Convention (n° interne)'),
    'corrects_id': tr_noop("Audit", 'État rectifié (n° interne)'),
    'date': tr_noop("Audit", 'Date'),
    'document_json': tr_noop("Audit", 'Document'),
    'due_date': tr_noop("Audit", 'Échéance'),
    'duration_months': tr_noop("Audit", 'Durée (mois)'),
    'effective_date': tr_noop("Audit", "Date d'effet"),
    'email': tr_noop("Audit", 'Courriel'),
    'employer_charges': tr_noop("Audit", 'Charges patronales'),
    'employment_end': tr_noop("Audit", "Fin d'emploi"),
    'employment_start': tr_noop("Audit", "Début d'emploi"),
    'end_date': tr_noop("Audit", 'Date de fin'),
    'engagement_number': tr_noop("Audit", "N° d'engagement"),
    'equipment_id': tr_noop("Audit", 'Matériel (n° interne)'),
    'exemption_code': tr_noop("Audit", "Code d'exonération (EN 16931)"),
    'explanation_json': tr_noop("Audit", 'Explication'),
    'fee_id': tr_noop("Audit", 'Frais de gestion (n° interne)'),
    'filename': tr_noop("Audit", 'Fichier'),
    'first_name': tr_noop("Audit", 'Prénom'),
    'fraction': tr_noop("Audit", 'Fraction'),
    'frequency': tr_noop("Audit", 'Fréquence'),
    'fte': tr_noop("Audit", 'ETP'),
    'gross_salary': tr_noop("Audit", 'Salaire brut'),
    'iban': tr_noop("Audit", 'IBAN'),
    'id': tr_noop("Audit", 'N° interne'),
    'in_service_date': tr_noop("Audit", 'Mise en service'),
    'inputs_json': tr_noop("Audit", 'Données utilisées'),
    'is_own_organisation': tr_noop("Audit", 'Votre organisation'),
    'is_public_body': tr_noop("Audit", 'Entité publique (Chorus Pro)'),
    'issue_date': tr_noop("Audit", "Date d'émission"),
    'issuer_id': tr_noop("Audit", 'Émetteur (n° interne)'),
    'job_title': tr_noop("Audit", 'Fonction'),
    'kept_by_provider': tr_noop("Audit", 'À la charge du Pays'),
    'key_description': tr_noop("Audit", 'Description de la clé'),
    'key_id': tr_noop("Audit", 'Clé (n° interne)'),
    'key_override_id': tr_noop("Audit", 'Clé particulière (n° interne)'),
    'kind': tr_noop("Audit", 'Type'),
    'label': tr_noop("Audit", 'Libellé'),
    'last_name': tr_noop("Audit", 'Nom'),
    'last_number': tr_noop("Audit", 'Dernier numéro'),
    'legal_basis': tr_noop("Audit", 'Fondement légal'),
    'legal_form': tr_noop("Audit", 'Forme juridique'),
    'logo': tr_noop("Audit", 'Logo'),
    'meter_id': tr_noop("Audit", 'Compteur (n° interne)'),
    'month': tr_noop("Audit", 'Mois'),
    'name': tr_noop("Audit", 'Nom'),
    'note': tr_noop("Audit", 'Note'),
    'notes': tr_noop("Audit", 'Notes'),
    'notice_months': tr_noop("Audit", 'Préavis (mois)'),
    'number': tr_noop("Audit", 'Numéro'),
    'other_costs': tr_noop("Audit", 'Autres coûts'),
    'party_id': tr_noop("Audit", 'Organisme (n° interne)'),
    'payment_term_days': tr_noop("Audit", 'Délai de paiement (jours)'),
    'pdf': tr_noop("Audit", 'PDF'),
    'period_end': tr_noop("Audit", 'Fin de période'),
    'period_start': tr_noop("Audit", 'Début de période'),
    'phone': tr_noop("Audit", 'Téléphone'),
    'position': tr_noop("Audit", 'Rang'),
    'previous_hash': tr_noop("Audit", 'Empreinte précédente'),
    'provider_id': tr_noop("Audit", 'Prestataire (n° interne)'),
    'quantity': tr_noop("Audit", 'Quantité'),
    'rate': tr_noop("Audit", 'Taux'),
    'ratio': tr_noop("Audit", 'Taux'),
    'record_id': tr_noop("Audit", 'Enregistrement'),
    'reference': tr_noop("Audit", 'Référence'),
    'reference_date': tr_noop("Audit", 'Date de référence'),
    'renewal_months': tr_noop("Audit", 'Reconduction (mois)'),
    'seal': tr_noop("Audit", 'Sceau'),
    'section': tr_noop("Audit", 'Section'),
    'sequence': tr_noop("Audit", "N° d'ordre"),
    'service_end': tr_noop("Audit", 'Fin de service'),
    'service_start': tr_noop("Audit", 'Début de service'),
    'share': tr_noop("Audit", 'Part'),
    'signatory_name': tr_noop("Audit", 'Signataire'),
    'signatory_title': tr_noop("Audit", 'Qualité du signataire'),
    'signature_date': tr_noop("Audit", 'Date de signature'),
    'siret': tr_noop("Audit", 'SIRET'),
    'site_id': tr_noop("Audit", 'Site (n° interne)'),
    'source_id': tr_noop("Audit", 'Source (n° interne)'),
    'source_kind': tr_noop("Audit", 'Type de source'),
    'staff_id': tr_noop("Audit", 'Agent (n° interne)'),
    'start_date': tr_noop("Audit", 'Date de début'),
    'statement_id': tr_noop("Audit", 'État (n° interne)'),
    'summary': tr_noop("Audit", 'Objet'),
    'supplier': tr_noop("Audit", 'Fournisseur'),
    'table_name': tr_noop("Audit", 'Table'),
    'tacit_renewal': tr_noop("Audit", 'Reconduction tacite'),
    'title': tr_noop("Audit", 'Intitulé'),
    'total': tr_noop("Audit", 'Total'),
    'total_excl_vat': tr_noop("Audit", 'Total HT'),
    'transparency': tr_noop("Audit", 'Transparence entre bénéficiaires'),
    'treatment': tr_noop("Audit", 'Traitement de TVA'),
    'unit': tr_noop("Audit", 'Unité'),
    'unit_price': tr_noop("Audit", 'Prix unitaire'),
    'useful_life_years': tr_noop("Audit", "Durée d'amortissement (ans)"),
    'user': tr_noop("Audit", 'Utilisateur'),
    'vat': tr_noop("Audit", 'TVA'),
    'vat_mention': tr_noop("Audit", 'Mention de TVA'),
    'vat_rate': tr_noop("Audit", 'Taux de TVA'),
    'vat_regime': tr_noop("Audit", 'Régime de TVA'),
    'version': tr_noop("Audit", 'Version'),
    'year': tr_noop("Audit", 'Année'),
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
    "amendment": (m.Amendment, (m.Amendment.number,), tr_noop("Audit", "avenant n° {}")),
    "bill": (m.Bill, (m.Bill.label,), "{}"),
    "statement": (m.Statement, (m.Statement.number,), tr_noop("Audit", "n° {}")),
}

Names = dict[tuple[str, int], str]

#: Columns that store a code of a closed list, by table: the code is shown as its word
#: (« Nature : maladie », « Kind: sick leave »), in the interface language.
CODE_WORDS = {
    ("staff_absence", "kind"): kind_words.absence_kind,
    ("absence_rule", "kind"): kind_words.absence_kind,
    ("payroll_reimbursement", "kind"): kind_words.reimbursement_kind,
    ("allocation_key", "kind"): kind_words.key_kind,
    ("equipment", "kind"): kind_words.equipment_kind,
    ("statement", "kind"): kind_words.document_kind,
    ("section_vat", "treatment"): kind_words.vat_kind,
    ("section_vat", "section"): kind_words.section,
    ("management_fee_section", "section"): kind_words.section,
    ("statement_line", "section"): kind_words.section,
    ("convention", "billing_frequency"): kind_words.billing_frequency,
    ("recurring_charge", "frequency"): kind_words.charge_frequency,
}


def action_label(action: str) -> str:
    """« Création », « Modification »… in the interface language (stored entries keep the code)."""
    return translate_marked("Audit", ACTION_LABELS[action]) if action in ACTION_LABELS else action


def table_label(table: str) -> str:
    """The name of a table in the interface language; its own name for a table this version does not know."""
    return translate_marked("Audit", TABLE_LABELS[table]) if table in TABLE_LABELS else table


def user_label(login: str) -> str:
    """« Anne Martin (amartin) » where the system knows the login's full name, else the login."""
    full = full_user_name(login)
    return f"{full} ({login})" if full and full != login else login


#: How storage/audit.py logs a file's content: by its size only.
_FILE_SIZE = re.compile(r"<(\d+) octets>")


def value_text(name: str, value: Any, names: Names | None = None, table: str = "") -> str:
    """A stored value as the rest of the application writes it: French amounts, percentages and
    dates, « oui »/« non », the name of a referenced record, the word of a code of ``table``'s
    column (:data:`CODE_WORDS`); anything else as stored."""
    if value is None:
        return "∅"
    if isinstance(value, str) and (table, name) in CODE_WORDS:
        return CODE_WORDS[table, name](value)
    if isinstance(value, bool):
        return tr("Audit", "oui") if value else tr("Audit", "non")
    if name in REFERENCES and isinstance(value, int):
        return (names or {}).get((REFERENCES[name], value), tr("Audit", "n° {number}", number=value))
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
        size = _FILE_SIZE.fullmatch(value)
        if size:  # a file, logged by its size (storage/audit.py)
            return tr("Audit", "<{size} octets>", size=size.group(1))
    return str(value)


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    before: Any
    after: Any
    names: Names = field(default_factory=dict, compare=False, repr=False)
    table: str = ""

    @property
    def label(self) -> str:
        """The column's name in the interface language (its own name for a column this version does not know)."""
        if self.field not in FIELD_LABELS:
            return self.field
        text = translate_marked("Audit", FIELD_LABELS[self.field])
        # A referenced record is shown by its name, not by the internal number the label announces.
        return text.removesuffix(tr("Audit", " (n° interne)")) if self.field in REFERENCES else text

    @property
    def before_text(self) -> str:
        return value_text(self.field, self.before, self.names, self.table)

    @property
    def after_text(self) -> str:
        return value_text(self.field, self.after, self.names, self.table)


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
        return action_label(self.action)

    @property
    def table_label(self) -> str:
        return table_label(self.table)

    @property
    def changes(self) -> tuple[Change, ...]:
        """The fields that differ (all of them for a creation or a deletion)."""
        before, after = self.before or {}, self.after or {}
        keys = sorted(set(before) | set(after))
        return tuple(
            Change(key, before.get(key), after.get(key), self.names, self.table)
            for key in keys
            if key not in before or key not in after or before[key] != after[key]
        )

    @property
    def summary(self) -> str:
        """``Montant : 1 200,00 € → 1 234,56 € ; Libellé : … → …`` (a creation lists its values)."""
        parts = []
        for change in self.changes:
            if self.action in ("update", "restore"):
                parts.append(tr("Audit", "{field} : {before} → {after}", field=change.label,
                                before=_short(change.before_text), after=_short(change.after_text)))
            else:
                value = change.after_text if self.after is not None else change.before_text
                parts.append(tr("Audit", "{field} : {value}", field=change.label, value=_short(value)))
        # French puts a space before the semicolon, English does not: the separator follows the language.
        return tr("Audit", " ; ").join(parts)


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
                names[(table, ident)] = translate_marked("Audit", pattern).format(*values)
    return names


def tables(session: Session) -> list[str]:
    """The tables that appear in the log."""
    return sorted(session.scalars(select(AuditEntry.table_name).distinct()))


def users(session: Session) -> list[str]:
    """The users who appear in the log."""
    return sorted(session.scalars(select(AuditEntry.user).distinct()))


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
