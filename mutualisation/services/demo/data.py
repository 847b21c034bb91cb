"""The demonstration data as values: parties, convention, premises, equipment, keys, staff,
readings, charges and the tables the bills are drawn from.

Read by :mod:`.loader` and :mod:`.bills`, which turn them into records; change a figure here
and the demonstration, its screenshots and its tests follow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from ...domain.periods import month_end
from .articles import AMENDMENT_1, AMENDMENT_2

SEED = 54150

START = dt.date(2025, 1, 1)  # the convention's start: every term is in force from here

LAST_PAYROLL_MONTH = dt.date(2026, 10, 1)

LAST_BILL_DATE = dt.date(2026, 6, 30)

FORECAST_YEAR = 2027

PARTY_CODES = ("PAYS", "ST2B", "SCOT")

MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def quarters(first_year: int, count: int):
    """``count`` consecutive calendar quarters as (label, first day, last day)."""
    for index in range(count):
        year, quarter = first_year + index // 4, index % 4 + 1
        start = dt.date(year, 3 * quarter - 2, 1)
        yield f"{year}-T{quarter}", start, month_end(dt.date(year, 3 * quarter, 1))


# 2025-T1 .. 2026-T3: the quarters with meter readings.
READING_QUARTERS = list(quarters(2025, 7))

PARTIES = {
    "PAYS": dict(
        code="PAYS",
        name="Pays du bassin de Briey",
        legal_form="Association loi 1901",
        address="12 avenue Albert de Briey\n54150 Val de Briey",
        siret="44821739800024",
        email="contact@pays-bassin-briey.example",
        phone="03 53 48 12 40",
        is_own_organisation=True,
        signatory_name="Jean-Marc Lefèvre",
        signatory_title="Président",
        iban="FR7610278040100001234560183",
        bic="CMCIFR2A",
    ),
    "ST2B": dict(
        code="ST2B",
        name="Syndicat mixte des transports du Pays du bassin de Briey (ST2b)",
        legal_form="Syndicat mixte fermé (établissement public)",
        # ST2b has its seat in the Pays's offices, where it rents bureaux under the convention.
        address="12 avenue Albert de Briey\n54150 Val de Briey",
        siret="25540917900017",
        email="secretariat@st2b.example",
        phone="03 53 48 27 15",
        signatory_name="Francis Barbier",
        signatory_title="Président",
        is_public_body=True,
    ),
    "SCOT": dict(
        code="SCOT",
        name="Syndicat mixte du SCoT Nord Meurthe-et-Mosellan (SCoT Nord 54)",
        legal_form="Syndicat mixte fermé (établissement public)",
        address="Antenne de Landres\n3 place de la Mairie\n54970 Landres",
        siret="25541082100037",
        email="contact@scot-nord54.example",
        phone="03 53 48 31 62",
        signatory_name="Sylvie Marchal",
        signatory_title="Présidente",
        is_public_body=True,
    ),
}

# party: {budget year: (Chorus Pro service code, engagement number)}; a new engagement each year.
CHORUS_REFERENCES = {
    "ST2B": {2025: ("FINANCES", "EJ-2025-000318"), 2026: ("FINANCES", "EJ-2026-000412")},
    "SCOT": {2025: ("DIRECTION", "2025-SCOT-0017"), 2026: ("DIRECTION", "2026-SCOT-0009")},
}

CONVENTION = dict(
    reference="CAM-2024-01",
    title="Convention d'assistance et de moyens",
    signature_date=dt.date(2024, 12, 12),
    start_date=START,
    # Both the initial term and its length, so that either reading gives 31 Dec 2027.
    end_date=dt.date(2027, 12, 31),
    duration_months=36,
    tacit_renewal=True,
    renewal_months=12,
    notice_months=3,
    billing_frequency="quarterly",
    payment_term_days=30,
    vat_regime="not_subject",
    vat_mention="TVA non applicable : association non assujettie à la TVA",
    vat_rate=Decimal(0),
    advance_mode=False,
)

PROVIDER, BENEFICIARIES = "PAYS", ("ST2B", "SCOT")

# number: terms of each amendment
AMENDMENTS = {
    1: dict(
        signature_date=dt.date(2025, 2, 24),
        effective_date=dt.date(2025, 3, 1),
        summary=AMENDMENT_1,
    ),
    2: dict(
        signature_date=dt.date(2025, 12, 8),
        effective_date=dt.date(2026, 1, 1),
        summary=AMENDMENT_2,
    ),
}

# name: (address, common area, {party: (m² from START, m² from amendment 2 or None)})
SITES = {
    "Bureaux de Briey": (
        "12 avenue Albert de Briey\n54150 Val de Briey",
        "42.30",
        {"PAYS": ("104.00", "92.00"), "ST2B": ("36.00", "48.00"), "SCOT": ("14.50", None)},
    ),
    "Antenne de Landres": (
        "3 place de la Mairie\n54970 Landres",
        "52.00",  # the meeting room, shared by all
        {"PAYS": ("18.00", None), "ST2B": ("0.00", None), "SCOT": ("16.00", None)},
    ),
}

# code: (name, kind, value, in service, life in years)
EQUIPMENT = {
    "vehicle": ("Renault Kangoo Van Blue dCi 95 (GE-218-KB)", "vehicle", "18000.00",
                dt.date(2023, 7, 1), 5),
    "server": ("Serveur de fichiers Dell PowerEdge T150", "it", "2640.00", dt.date(2022, 10, 1), 4),
    "laptops": ("Ordinateurs portables Lenovo ThinkPad E14 (lot de 4)", "it", "4563.60",
                dt.date(2025, 2, 1), 3),
    # Leased: its cost is the lease (a recurring charge), so nothing to depreciate.
    "copier": ("Copieur multifonction Canon imageRUNNER C3226i (en location)", "copier", "0.00",
               dt.date(2024, 1, 1), 5),
    "projector": ("Vidéoprojecteur Epson EB-W51 (salle de Landres)", "other", "689.00",
                  dt.date(2024, 9, 16), 5),
}  # fmt: skip

# equipment code: key name, for every item from the convention's start (or its date in service)
EQUIPMENT_KEYS = {
    "vehicle": "Kilomètres du véhicule",
    "server": "Forfait informatique",
    "laptops": "Effectifs (ETP)",
    "copier": "Copies du copieur",
    "projector": "Surface — Antenne de Landres",
}

# key name: {party: [(date, share, amendment number)]}; the Pays keeps the rest.
FIXED_KEYS = {
    "Forfait fournitures": {
        "ST2B": [(START, "0.25", None)],
        "SCOT": [(START, "0", None), (dt.date(2026, 1, 1), "0.10", 2)],
    },
    "Forfait informatique": {"ST2B": [(START, "0.20", None)], "SCOT": [(START, "0.15", None)]},
}

# code: (name, key from START, budget for the forecast year)
CATEGORIES = {
    "REPRO": ("Reprographie", "Copies du copieur", "2600.00"),
    "TELECOM": ("Télécommunications", "Effectifs (ETP)", "6300.00"),
    # Parking spaces rented for the ST2b and provided to it free of charge from amendment n° 2:
    # their cost is a recurring charge, so no budget for bills (it would count them twice).
    "STATION": ("Stationnement", "Direct ST2b", None),
    "FLUIDES": ("Fluides et énergie", "Effectifs (ETP)", "5200.00"),
    "FOURN": ("Fournitures de bureau", "Forfait fournitures", "1500.00"),
    "AFFRANCH": ("Affranchissement", "Effectifs (ETP)", "3400.00"),
    "INFO": ("Informatique et logiciels", "Forfait informatique", "4200.00"),
    "DEPL": ("Déplacements et missions", "Effectifs (ETP)", "1200.00"),
    "ASSUR": ("Assurances", "Effectifs (ETP)", "550.00"),
}


@dataclass(frozen=True)
class Person:
    first_name: str
    last_name: str
    job_title: str
    start: dt.date
    end: dt.date | None
    full_time_gross: str  # monthly gross for a full-time post, 2025
    charge_rate: str  # employer charges / gross
    working_times: tuple[tuple[dt.date, str], ...]
    # (party, date, share, amendment number)
    shares: tuple[tuple[str, dt.date, str, int | None], ...]


STAFF = (
    Person("Bruno", "Lambert", "Directeur", dt.date(2016, 3, 1), None, "4150.00", "0.452",
            ((dt.date(2016, 3, 1), "1"),),
            (("ST2B", START, "0.10", None), ("SCOT", START, "0.10", None))),
    Person("Alice", "Moreau", "Chargée de mission mobilité", dt.date(2019, 9, 2), None,
            "2920.00", "0.431", ((dt.date(2019, 9, 2), "1"),),
            (("ST2B", START, "0.40", None), ("ST2B", dt.date(2025, 3, 1), "0.50", 1),
             ("SCOT", START, "0", None))),
    Person("Chloé", "Girard", "Assistante de direction", dt.date(2018, 4, 3), None, "2340.00",
            "0.428", ((dt.date(2018, 4, 3), "0.8"),),
            (("ST2B", START, "0.20", None), ("SCOT", START, "0.15", None))),
    # Part time (90 %) at her request from April 2026: a dated change of working time.
    Person("David", "Schmitt", "Comptable", dt.date(2020, 1, 6), None, "2480.00", "0.434",
            ((dt.date(2020, 1, 6), "1"), (dt.date(2026, 4, 1), "0.9")),
            (("ST2B", START, "0.15", None), ("SCOT", START, "0.10", None))),
    Person("Émilie", "Thiriet", "Chargée de mission SCoT", dt.date(2021, 9, 1),
            dt.date(2026, 8, 31), "2760.00", "0.436", ((dt.date(2021, 9, 1), "1"),),
            (("ST2B", START, "0", None), ("SCOT", START, "0.60", None))),
    # Recruited mid-month in June 2025 (Article 2: the annex is updated on recruitment).
    Person("Farid", "Haddad", "Géomaticien", dt.date(2025, 6, 16), None, "2380.00", "0.433",
            ((dt.date(2025, 6, 16), "1"),),
            (("ST2B", dt.date(2025, 6, 16), "0.25", None),
             ("SCOT", dt.date(2025, 6, 16), "0.25", None))),
)  # fmt: skip

# Salary scale by year: +1.5 % in 2026, about +2 % more planned for 2027.
RAISE = {2025: Decimal("1"), 2026: Decimal("1.015"), 2027: Decimal("1.035")}

MEAL_VOUCHER = Decimal("5.40")  # employer's part of a titre-restaurant

HEALTH_COVER = Decimal("38.00")  # employer's part of the mutuelle, per month

YEAR_END_BONUS_MONTH = 11  # half a month's gross, paid in November

OWN_HEADCOUNT = (
    ("ST2B", START, "2.0"),
    # ST2b recruits a third agent in January 2026, hence the larger office of amendment 2.
    ("ST2B", dt.date(2026, 1, 1), "3.0"),
    ("SCOT", START, "1.5"),
)

# Use per party in 2025-T1; later quarters vary around it.
KM_FIRST_QUARTER = {"PAYS": 2900, "ST2B": 1100, "SCOT": 420}

COPIES_FIRST_QUARTER = {"PAYS": 9600, "ST2B": 3200, "SCOT": 1850}

PLANNED_USE = {
    "km": {"PAYS": "11500", "ST2B": "5600", "SCOT": "1800"},
    "copies": {"PAYS": "38000", "ST2B": "15500", "SCOT": "7200"},
}

# Fewer trips and copies in summer.
SEASON = {1: 100, 2: 104, 3: 82, 4: 98}

# (label, amount, frequency, start, end, attachment: ("site"|"equipment"|"category", name))
RECURRING = (
    ("Loyer des bureaux", "2000.00", "month", START, dt.date(2025, 12, 31),
     ("site", "Bureaux de Briey")),
    ("Loyer des bureaux (révision ILAT au 1er janvier 2026)", "2037.40", "month",
     dt.date(2026, 1, 1), None, ("site", "Bureaux de Briey")),
    ("Charges locatives (provision)", "450.00", "month", START, None, ("site", "Bureaux de Briey")),
    ("Ménage des bureaux — Net'Services Lorraine", "540.00", "month", START, None,
     ("site", "Bureaux de Briey")),
    ("Télésurveillance des bureaux", "39.90", "month", START, None, ("site", "Bureaux de Briey")),
    ("Occupation de l'antenne — commune de Landres", "1050.00", "quarter", START, None,
     ("site", "Antenne de Landres")),
    ("Location du copieur multifonction", "150.00", "month", START, None, ("category", "REPRO")),
    ("Logiciel de comptabilité et de paie (abonnement annuel)", "1380.00", "year", START, None,
     ("category", "INFO")),
    ("Microsoft 365 Business Standard (8 licences)", "105.60", "month", START, None,
     ("category", "INFO")),
    ("Location de la machine à affranchir", "129.00", "quarter", START, None,
     ("category", "AFFRANCH")),
    ("Location de 2 places de stationnement — parking de la gare de Briey", "60.00", "month",
     dt.date(2026, 1, 1), None, ("category", "STATION")),
)  # fmt: skip

SUPPLIES = (
    "Fournitures de bureau courantes",
    "Classeurs, chemises et intercalaires",
    "Enveloppes et étiquettes",
    "Cartouches d'encre pour l'imprimante de l'accueil",
    "Petit matériel de bureau (agrafeuses, perforateurs)",
    "Blocs-notes et stylos pour les réunions",
)

# (date, supplier, label, amount, key override or None)
TRAVEL = (
    (dt.date(2025, 2, 5), "SNCF Voyageurs",
     "Billets Briey–Nancy — réunion des autorités organisatrices de la mobilité (ST2b)",
     "86.40", "Direct ST2b"),
    (dt.date(2025, 3, 18), "SNCF Voyageurs",
     "Billets Metz–Paris — journée technique du GART (ST2b)",
     "142.00", "Direct ST2b"),
    (dt.date(2025, 5, 14), "SNCF Voyageurs", "Billets Briey–Metz — formation à la paie associative",
     "38.60", None),
    (dt.date(2025, 6, 12), "Restaurant Le Pays-Haut",
     "Repas de travail — comité de pilotage du SCoT",
     "117.50", "Direct SCoT Nord 54"),
    (dt.date(2025, 9, 23), "SNCF Voyageurs",
     "Billets Metz–Strasbourg — Rencontres nationales du transport public (ST2b)", "96.20",
     "Direct ST2b"),
    (dt.date(2025, 9, 24), "Hôtel du Rhin — Strasbourg",
     "Nuitée — Rencontres nationales du transport public (ST2b)", "118.00", "Direct ST2b"),
    (dt.date(2025, 11, 20), "SNCF Voyageurs",
     "Billets Briey–Nancy — assemblée des Pays du Grand Est",
     "44.80", None),
    (dt.date(2026, 2, 17), "SNCF Voyageurs", "Billets Metz–Paris — colloque mobilité rurale (ST2b)",
     "156.00", "Direct ST2b"),
    (dt.date(2026, 3, 12), "Restaurant Le Pays-Haut",
     "Repas de travail — réunion inter-SCoT de Lorraine", "96.00", "Direct SCoT Nord 54"),
    (dt.date(2026, 5, 20), "SNCF Voyageurs", "Billets Briey–Nancy — atelier régional des Pays",
     "44.80", None),
    (dt.date(2026, 6, 4), "Indigo", "Parking de la gare de Metz — réunion Région (ST2b)", "14.50",
     "Direct ST2b"),
)  # fmt: skip
