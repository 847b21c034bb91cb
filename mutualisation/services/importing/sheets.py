"""The sheets of the workbook, in the order they are read: a sheet only refers to sheets above it.

docs/import-format.md describes the same sheets for people; the help texts here are the line
of help under each header of the template.
"""

from __future__ import annotations

from decimal import Decimal

from ...storage import models as m
from .format import (
    ABSENCE_KINDS, AMENDMENT, AMOUNT, AREA, BILLING_FREQUENCIES, BOOL, CHARGE_FREQUENCIES, CHARGE_LABEL,
    CHARGE_START, CHOICE, CHOICES, COMPACT, DATE,
    DECIMAL, EQUIPMENT_KINDS, INTEGER, KEY_KINDS, MONTH, PERCENT, QUANTITY, REF, REIMBURSEMENT_KINDS, SECTIONS,
    STAFF_FIRST, STAFF_LAST, STAFF_START, TEXT, VAT_REGIMES, VAT_TREATMENTS, Column, Sheet,
)  # fmt: skip

ZERO = Decimal(0)
#: The first sheet of the template and of exports: a guide for people, skipped on import.
GUIDE_SHEET = "Mode d'emploi"
REQUIRED = "Obligatoire. "


def _text(header, field, required=False, help="", width=16) -> Column:
    return Column(header, field, TEXT, required, (REQUIRED if required else "") + help,
                  default="", width=width)  # fmt: skip


def _compact(header, field, help, width) -> Column:
    return Column(header, field, COMPACT, False, help, default="", width=width)


def _ref(header, field, register, required=False, help="", width=18) -> Column:
    return Column(header, field, REF, required, (REQUIRED if required else "") + help, ref=register,
                  width=width)  # fmt: skip


def _typed(header, field, kind, required=False, help="", default=None, width=14) -> Column:
    return Column(header, field, kind, required, (REQUIRED if required else "") + help,
                  default=default, width=width)  # fmt: skip


def _choice(header, field, choices, required=False, help="", default=None) -> Column:
    words = " ; ".join(w[0] for _, w in choices)
    return Column(header, field, CHOICE, required,
                  f"{REQUIRED if required else ''}{help}Au choix : {words}.", choices=choices,
                  default=default, width=18)  # fmt: skip


def _date(header, field, required=False, help="") -> Column:
    return _typed(header, field, DATE, required, help + "15/02/2025 ou 2025-02-15.", width=12)


EFFECTIVE = _date("Date d'effet", "effective_date", True, "Valeur en vigueur à partir de ce jour. ")
AMENDMENT_COLUMN = Column(
    "Avenant", "amendment", AMENDMENT,
    help="Numéro de l'avenant qui a fixé cette valeur (facultatif) ; « CAM-2024-01 n° 2 » "
         "s'il y a plusieurs conventions.",
    ref="amendment", width=10,
)  # fmt: skip
STAFF = (
    Column("Nom", "staff", STAFF_LAST, True, REQUIRED + "Nom de l'agent, comme dans la feuille Personnel.",
           ref="staff"),
    Column("Prénom", "staff", STAFF_FIRST, True, REQUIRED + "Prénom de l'agent.", ref="staff"),
    Column("Entrée", "staff", STAFF_START, False,
           "Date d'entrée : seulement pour distinguer deux homonymes.", ref="staff", width=12),
)  # fmt: skip
PARTY = _ref("Partie", "party", "party", True, "Code de la partie (feuille Parties).", width=10)
CONVENTION = _ref("Convention", "convention", "convention", True, "Référence de la convention.")
CLAUSE_EFFECTIVE = _date("Date d'effet", "effective_date", True, "Premier jour d'une période de facturation. ")
CHARGE = (
    Column("Charge", "charge", CHARGE_LABEL, True,
           REQUIRED + "Libellé de la charge, comme dans la feuille Charges récurrentes.", ref="charge", width=30),
    Column("Début de la charge", "charge", CHARGE_START, False,
           "Seulement pour distinguer deux charges de même libellé.", ref="charge", width=12),
)  # fmt: skip


def _amount(header, field, required=False, help="", default=None) -> Column:
    return _typed(header, field, AMOUNT, required, help + "En euros : 1 234,56.", default, 14)


def _percent(header, field, help="") -> Column:
    return _typed(header, field, PERCENT, True,
                  help + "40 %, 40,5 % ou 0,4 (sans %, un nombre jusqu'à 1 est une fraction).")  # fmt: skip


def _attachments(help: str) -> tuple[Column, ...]:
    return (
        _ref("Site", "site", "site", help=f"Nom du site ({help})."),
        _ref("Matériel", "equipment", "equipment", help=f"Nom du matériel ({help})."),
        _ref("Catégorie", "category", "category", help=f"Code de la catégorie ({help})."),
    )


ONE_OF_THREE = "remplir une seule des trois colonnes Site, Matériel, Catégorie"

SHEETS: tuple[Sheet, ...] = (
    Sheet("Parties", "party", m.Party, (
        _text("Code", "code", True, "Code court et unique (PAYS, ST2B) : les autres feuilles y renvoient.", 10),
        _text("Nom", "name", True, width=36),
        _text("Forme juridique", "legal_form", width=24),
        _text("Adresse", "address", help="Plusieurs lignes : Alt+Entrée dans la cellule.", width=30),
        _compact("SIRET", "siret", "14 chiffres (les espaces sont retirés).", 16),
        _text("Courriel", "email", width=24),
        _text("Téléphone", "phone"),
        _typed("Notre organisme", "is_own_organisation", BOOL,
               help="oui pour l'organisme qui utilise l'application (un seul).", default=False),
        _text("Signataire", "signatory_name", width=20),
        _text("Qualité du signataire", "signatory_title", width=18),
        _compact("IBAN", "iban", "FR76 3000 … (les espaces sont retirés).", 30),
        _compact("BIC", "bic", "", 12),
        _typed("Chorus Pro", "is_public_body", BOOL,
               help="oui pour une entité publique : ses factures sont déposées sur Chorus Pro.", default=False),
    ), key=("code",), help="Les organismes : le prestataire et les bénéficiaires.", aliases=("parties",)),
    Sheet("Conventions", "convention", m.Convention, (
        _text("Référence", "reference", True, "Unique (ex. CAM-2024-01).", 14),
        _text("Intitulé", "title", True, width=36),
        _ref("Prestataire", "provider", "party", True, "Code de la partie qui met à disposition."),
        _date("Date de signature", "signature_date"),
        _date("Début", "start_date", True),
        _date("Fin", "end_date", help="Fin de la durée initiale, si elle est connue. "),
        _typed("Durée (mois)", "duration_months", INTEGER, help="Durée initiale en mois."),
        _typed("Tacite reconduction", "tacit_renewal", BOOL, help="oui ou non.", default=False),
        _typed("Reconduction (mois)", "renewal_months", INTEGER, help="Durée de chaque reconduction."),
        _typed("Préavis (mois)", "notice_months", INTEGER, help="3 par défaut.", default=3),
        _choice("Facturation", "billing_frequency", BILLING_FREQUENCIES,
                help="Trimestrielle par défaut. ", default="quarterly"),
        _typed("Délai de paiement (jours)", "payment_term_days", INTEGER, help="30 par défaut.",
               default=30),
        _choice("Régime de TVA", "vat_regime", VAT_REGIMES, default="not_subject"),
        _text("Mention de TVA", "vat_mention", help="Ex. TVA non applicable : prestataire non assujetti à la TVA.",
              width=30),
        _typed("Taux de TVA", "vat_rate", PERCENT, help="Si assujetti : 20 %.", default=ZERO),
        _typed("Appels de fonds", "advance_mode", BOOL, help="oui : appels de fonds et régularisation.",
               default=False),
        _typed("Transparence entre bénéficiaires", "transparency", BOOL,
               help="oui : les documents de chaque bénéficiaire montrent aussi les parts des autres ; "
                    "non par défaut.", default=False),
    ), key=("reference",), help="Les conventions d'assistance et de moyens.", aliases=("conventions",)),
    Sheet("Bénéficiaires", "beneficiary", m.ConventionBeneficiary, (
        _ref("Convention", "convention", "convention", True, "Référence de la convention."),
        _ref("Partie", "party", "party", True, "Code du bénéficiaire."),
        _typed("Ordre", "position", INTEGER, True, "1, 2… : l'ordre fixe de la convention (arrondis)."),
    ), key=("convention", "party"), order=("convention", "position"), help="Les bénéficiaires de chaque convention.",
        aliases=("beneficiaries",)),
    Sheet("Articles", "article", m.Article, (
        _ref("Convention", "convention", "convention", True),
        _typed("Ordre", "position", INTEGER, True, "Rang de l'article dans la convention : 1, 2…"),
        _text("Numéro", "number", True, "Tel qu'il est écrit : 3, 3.1, 4 bis…", 8),
        _text("Titre", "title", True, width=30),
        _text("Texte", "body", width=60),
    ), key=("convention", "position"), help="Les articles, pour les relire et les chercher dans l'application.",
        aliases=("articles",)),
    Sheet("Avenants", "amendment", m.Amendment, (
        _ref("Convention", "convention", "convention", True),
        _typed("Numéro", "number", INTEGER, True, "1, 2…", width=8),
        _date("Date de signature", "signature_date"),
        _date("Date d'effet", "effective_date", True),
        _text("Objet", "summary", width=60),
    ), key=("convention", "number"), help="Les avenants à une convention.", aliases=("amendments",)),
    Sheet("Sites", "site", m.Site, (
        _text("Nom", "name", True, "Unique.", 28),
        _text("Adresse", "address", width=30),
        _typed("Surface commune (m²)", "common_area", AREA, help="Pour information.", default=ZERO),
    ), key=("name",), help="Les locaux.", aliases=("sites",)),
    Sheet("Surfaces", "surface", m.SiteSurface, (
        _ref("Site", "site", "site", True, "Nom du site."), PARTY, EFFECTIVE,
        _typed("Surface (m²)", "area", AREA, True, "Surface exclusive de la partie, 0 ou plus."),
        AMENDMENT_COLUMN,
    ), key=("site", "party", "effective_date"), help="Surfaces exclusives de chaque partie, datées.",
        aliases=("surfaces",)),
    Sheet("Matériel", "equipment", m.Equipment, (
        _text("Nom", "name", True, "Unique : les autres feuilles y renvoient.", 36),
        _choice("Nature", "kind", EQUIPMENT_KINDS, default="other"),
        _amount("Valeur d'acquisition", "acquisition_value", True, "0 pour un matériel loué. "),
        _date("Mise en service", "in_service_date", True, "Début de l'amortissement. "),
        _typed("Durée (années)", "useful_life_years", INTEGER, True, "Durée d'amortissement, 1 ou plus."),
    ), key=("name",), help="Le matériel amorti.", aliases=("equipment",)),
    Sheet("Compteurs", "meter", m.Meter, (
        _text("Nom", "name", True, "Unique.", 24),
        _text("Unité", "unit", True, "km, copies, heures…", 10),
        _ref("Matériel", "equipment", "equipment", help="Matériel compté (facultatif)."),
    ), key=("name",), help="Ce qui se relève par partie : kilomètres, copies…", aliases=("meters",)),
    Sheet("Clés", "key", m.AllocationKey, (
        _text("Nom", "name", True, "Unique.", 28),
        _choice("Nature", "kind", KEY_KINDS, True),
        _ref("Site", "site", "site", help="Pour une clé surface."),
        _ref("Compteur", "meter", "meter", help="Pour une clé relevés."),
        _ref("Partie", "party", "party", help="Pour une clé directe : la partie qui paie tout."),
    ), key=("name",), help="Les clés de répartition.", aliases=("keys",)),
    Sheet("Parts fixes", "fixed_share", m.FixedKeyShare, (
        _ref("Clé", "key", "key", True, "Nom d'une clé fixe."), PARTY, EFFECTIVE,
        _percent("Part", "share", "Part du bénéficiaire ; le prestataire garde le reste. "),
        AMENDMENT_COLUMN,
    ), key=("key", "party", "effective_date"), help="Pourcentages des clés fixes, datés.",
        aliases=("fixed-shares",)),
    Sheet("Clés du matériel", "equipment_key", m.EquipmentKey, (
        _ref("Matériel", "equipment", "equipment", True, "Nom du matériel."), EFFECTIVE,
        _ref("Clé", "key", "key", True, "Nom de la clé."), AMENDMENT_COLUMN,
    ), key=("equipment", "effective_date"), help="La clé de chaque matériel, datée.",
        aliases=("equipment-keys",)),
    Sheet("Catégories", "category", m.ExpenseCategory, (
        _text("Code", "code", True, "Unique (ex. TELECOM).", 12),
        _text("Nom", "name", True, width=30),
    ), key=("code",), help="Les catégories de dépenses.", aliases=("categories",)),
    Sheet("Clés des catégories", "category_key", m.CategoryKey, (
        _ref("Catégorie", "category", "category", True, "Code de la catégorie."), EFFECTIVE,
        _ref("Clé", "key", "key", True, "Nom de la clé."), AMENDMENT_COLUMN,
    ), key=("category", "effective_date"), help="La clé de chaque catégorie, datée.",
        aliases=("category-keys",)),
    Sheet("Budgets", "budget", m.CategoryBudget, (
        _ref("Catégorie", "category", "category", True, "Code de la catégorie."),
        _typed("Année", "year", INTEGER, True, "2027…", width=8),
        _amount("Montant", "amount", True, "Budget annuel, pour le prévisionnel. "),
    ), key=("category", "year"), help="Budgets annuels des catégories (prévisionnel).", aliases=("budgets",)),
    Sheet("Personnel", "staff", m.StaffMember, (
        _text("Nom", "last_name", True, width=16),
        _text("Prénom", "first_name", True, width=14),
        _text("Fonction", "job_title", width=28),
        _date("Entrée", "employment_start", True, "Début du contrat. "),
        _date("Sortie", "employment_end", help="Vide si la personne est toujours employée. "),
    ), key=("last_name", "first_name", "employment_start"), help="Les agents dont le temps peut être partagé.",
        aliases=("staff",)),
    Sheet("Temps de travail", "working_time", m.WorkingTime, (
        *STAFF, EFFECTIVE,
        _typed("Temps de travail", "fraction", PERCENT, True, "100 % temps plein, 80 %… (ou 1, 0,8)."),
        AMENDMENT_COLUMN,
    ), key=("staff", "effective_date"), help="Temps de travail de chaque agent, daté.",
        aliases=("working-time",)),
    Sheet("Quotités", "share", m.StaffShare, (
        *STAFF, _ref("Bénéficiaire", "party", "party", True, "Code du bénéficiaire.", 10), EFFECTIVE,
        _percent("Quotité", "share", "Part du temps mise à disposition ; 100 % au plus par agent. "),
        AMENDMENT_COLUMN,
    ), key=("staff", "party", "effective_date"),
        help="Part du temps de chaque agent pour chaque bénéficiaire, datée.",
        aliases=("shares",)),
    Sheet("Paie", "payroll", m.PayrollCost, (
        *STAFF,
        _typed("Mois", "month", MONTH, True, "03/2025, 2025-03 ou mars 2025.", width=10),
        _amount("Salaire brut", "gross_salary", default=ZERO),
        _amount("Charges patronales", "employer_charges", default=ZERO),
        _amount("Autres coûts", "other_costs", help="Titres-restaurant, mutuelle… ", default=ZERO),
    ), key=("staff", "month"), help="Coût de chaque agent, mois par mois.", aliases=("payroll",)),
    Sheet("Coût prévu", "planned_cost", m.PlannedStaffCost, (
        *STAFF, _typed("Année", "year", INTEGER, True, width=8),
        _amount("Montant", "amount", True, "Coût annuel prévu, 0 ou plus. "),
    ), key=("staff", "year"), help="Coût annuel prévu de chaque agent (prévisionnel).",
        aliases=("planned-staff-cost",)),
    Sheet("Effectifs propres", "headcount", m.OwnHeadcount, (
        PARTY, EFFECTIVE,
        _typed("ETP", "fte", DECIMAL, True, "Équivalents temps plein hors registre du personnel : 2 ; 1,5."),
        AMENDMENT_COLUMN,
    ), key=("party", "effective_date"), help="Effectifs de chaque partie hors registre du personnel.",
        aliases=("own-headcount",)),
    Sheet("Relevés", "reading", m.MeterReading, (
        _ref("Compteur", "meter", "meter", True, "Nom du compteur."),
        _date("Début", "period_start", True, "Premier jour de la période relevée. "),
        _date("Fin", "period_end", True, "Dernier jour. "),
        PARTY,
        _typed("Quantité", "quantity", QUANTITY, True, "0 ou plus : 1 100 ; 2,5."),
    ), key=("meter", "period_start", "party"), help="Relevés de compteur par période et par partie.",
        aliases=("meter-readings", "readings")),
    Sheet("Utilisation prévue", "planned_use", m.PlannedMeterUse, (
        _ref("Compteur", "meter", "meter", True), _typed("Année", "year", INTEGER, True, width=8), PARTY,
        _typed("Quantité", "quantity", QUANTITY, True, "0 ou plus."),
    ), key=("meter", "year", "party"), help="Utilisation prévue des compteurs (prévisionnel).",
        aliases=("planned-meter-use",)),
    Sheet("Charges récurrentes", "charge", m.RecurringCharge, (
        _text("Libellé", "label", True, width=36),
        _amount("Montant", "amount", True, "Montant par période. "),
        _choice("Périodicité", "frequency", CHARGE_FREQUENCIES, True),
        _date("Début", "start_date", True),
        _date("Fin", "end_date", help="Vide si elle court toujours. "),
        *_attachments(ONE_OF_THREE),
    ), key=("label", "start_date", "site", "equipment", "category"),
        help="Loyers, locations, abonnements : un montant par mois, trimestre ou an.",
        aliases=("recurring-charges",)),
    Sheet("Factures", "bill", m.Bill, (
        _date("Date", "date", True),
        _text("Fournisseur", "supplier", True, width=24),
        _text("Référence", "reference", help="Numéro de la facture : il l'identifie à la réimportation.",
              width=14),
        _text("Libellé", "label", True, width=36),
        _amount("Montant", "amount", True, "Négatif pour un avoir. "),
        _date("Début de service", "service_start", help="Période couverte (facultative). "),
        _date("Fin de service", "service_end"),
        *_attachments(ONE_OF_THREE),
        _ref("Clé spécifique", "key_override", "key", help="Clé qui remplace celle du rattachement."),
        _text("Notes", "notes", width=30),
    ), key=("supplier", "reference", "date"), order=("date", "supplier", "reference", "label", "amount"),
        help="Les factures et avoirs.", aliases=("bills",)),
    # The clauses of conventions (R12, R14, R15), each referring to the sheets above.
    Sheet("Prix unitaires", "meter_price", m.MeterPrice, (
        _ref("Compteur", "meter", "meter", True, "Nom du compteur."), EFFECTIVE,
        _typed("Prix unitaire", "unit_price", DECIMAL, True, "En euros par unité, 6 décimales au plus : 0,45."),
        AMENDMENT_COLUMN,
    ), key=("meter", "effective_date"), help="Prix par unité des compteurs facturés à l'usage, datés.",
        aliases=("meter-prices",)),
    Sheet("TVA par section", "section_vat", m.SectionVat, (
        _ref("Convention", "convention", "convention", True, "Référence de la convention."),
        _choice("Section", "section", SECTIONS, True),
        _date("Date d'effet", "effective_date", True, "Premier jour d'une période de facturation. "),
        _choice("Traitement", "treatment", VAT_TREATMENTS, True),
        _typed("Taux", "rate", PERCENT, help="Si taxable : 20 %.", default=ZERO),
        _text("Fondement légal", "legal_basis", help="Si exonérée ou hors champ : art. 261 B du CGI…", width=28),
        _text("Code d'exonération", "exemption_code", help="Si exonérée : code EN 16931 (VATEX-EU-F…).",
              width=14),
        AMENDMENT_COLUMN,
    ), key=("convention", "section", "effective_date"), help="Le traitement de TVA de chaque section, daté.",
        aliases=("section-vat",)),
    Sheet("Absences conservées", "absence_rule", m.AbsenceRule, (
        _ref("Convention", "convention", "convention", True, "Référence de la convention."),
        _choice("Nature", "kind", ABSENCE_KINDS, True), EFFECTIVE,
        _typed("À la charge du prestataire", "kept_by_provider", BOOL, True,
               "oui : ces absences ne sont pas refacturées ; non : elles le sont."),
        AMENDMENT_COLUMN,
    ), key=("convention", "kind", "effective_date"),
        help="Les natures d'absence que le prestataire garde à sa charge (sans ligne : maladie et accident "
             "du travail).", aliases=("absence-rules",)),
    Sheet("Absences", "absence", m.StaffAbsence, (
        *STAFF, _date("Début", "start_date", True, "Premier jour d'absence. "),
        _date("Fin", "end_date", True, "Dernier jour d'absence. "),
        _choice("Nature", "kind", ABSENCE_KINDS, True), _text("Note", "note", width=24),
    ), key=("staff", "start_date"), help="Les absences des agents, les deux jours compris.",
        aliases=("absences",)),
    Sheet("Remboursements", "reimbursement", m.PayrollReimbursement, (
        *STAFF, _typed("Mois", "month", MONTH, True, "03/2025, 2025-03 ou mars 2025.", width=10),
        _choice("Nature", "kind", REIMBURSEMENT_KINDS, True),
        _amount("Montant", "amount", True, "Reçu pour ce mois de paie, 0 ou plus. "),
    ), key=("staff", "month", "kind"), help="IJSS, subrogation ou aides reçues pour un mois de paie.",
        aliases=("reimbursements",)),
    # The fee (R11), the charges' amount series and revaluation (R16), the free provision (R17).
    Sheet("Frais de gestion", "management_fee", m.ManagementFee, (
        CONVENTION, CLAUSE_EFFECTIVE,
        _typed("Taux", "rate", PERCENT, True, "5 % ; 0 % met fin aux frais de gestion."),
        Column("Sections", "sections", CHOICES, False,
               "Celles que les frais couvrent, séparées par « ; » : "
               + " ; ".join(words[0] for _, words in SECTIONS) + ".",
               choices=SECTIONS, default=(), width=24,
               child=(m.ManagementFeeSection, "fee_id", "section")),
        AMENDMENT_COLUMN,
    ), key=("convention", "effective_date"), help="Le taux des frais de gestion et les sections couvertes, datés.",
        aliases=("management-fees",)),
    Sheet("Montants des charges", "charge_amount", m.ChargeAmount, (
        *CHARGE, _date("Date d'effet", "effective_date", True,
                       "Après le début de la charge : ce montant remplace la série à partir de ce jour. "),
        _amount("Montant", "amount", True, "Par période de la charge, 0 ou plus. "), AMENDMENT_COLUMN,
    ), key=("charge", "effective_date"), help="Les montants d'une charge récurrente fixés à partir d'une date.",
        aliases=("charge-amounts",)),
    Sheet("Revalorisations", "charge_revaluation", m.ChargeRevaluation, (
        *CHARGE, _typed("Taux annuel", "rate", PERCENT, True, "Appliqué à chaque anniversaire : 2 %."),
        _date("Date de référence", "reference_date", True, "Son anniversaire revalorise le montant. "),
        AMENDMENT_COLUMN,
    ), key=("charge",), help="La revalorisation annuelle d'une charge récurrente.",
        aliases=("charge-revaluations",)),
    Sheet("Mises à disposition gratuites", "free_provision", m.FreeProvision, (
        CONVENTION, _ref("Bénéficiaire", "party", "party", True, "Code du bénéficiaire.", 10),
        *_attachments(ONE_OF_THREE),
        _date("Début", "start_date", True, "Premier jour d'une période de facturation. "),
        _date("Fin", "end_date", help="Veille d'une période de facturation ; vide si elle court toujours. "),
        AMENDMENT_COLUMN,
    ), key=("convention", "party", "site", "equipment", "category", "start_date"),
        order=("convention", "party", "start_date", "site", "equipment", "category"),
        help="Sites, matériels ou catégories fournis gratuitement, valorisés pour mémoire.",
        aliases=("free-provisions",)),
    # The Chorus Pro references of public beneficiaries, per budget year.
    Sheet("Chorus Pro", "chorus_reference", m.ChorusReference, (
        PARTY, _typed("Année", "year", INTEGER, True, "Exercice budgétaire : 2026.", width=8),
        _text("Code service", "service_code", help="Communiqué par le bénéficiaire public.", width=18),
        _text("N° d'engagement", "engagement_number", help="Souvent nouveau chaque année.", width=20),
    ), key=("party", "year"), help="Code service et numéro d'engagement de chaque bénéficiaire public, par année.",
        aliases=("chorus-references",)),
)  # fmt: skip

BY_REGISTER = {sheet.register: sheet for sheet in SHEETS}


def natural_key(sheet: Sheet, values: dict) -> tuple:
    """The values identifying a record. A bill without reference is told apart by its label and
    amount as well: two such bills with the same supplier, date, label and amount are one."""
    key = tuple(values.get(f) for f in sheet.key)
    if sheet.register == "bill" and not values.get("reference"):
        key += (values.get("label"), values.get("amount"))
    return key
