"""The demonstration data set: what a new user sees first.

:func:`load_demo` fills an empty database with a coherent year and a half of activity under the
convention between the Pays du bassin de Briey (provider), ST2b and the SCoT Nord 54
(beneficiaries): parties, the convention with its articles and two amendments, staff with
payroll from January 2025 to October 2026, equipment, premises, keys, meter readings for each
quarter from 2025-T1 to 2026-T3, recurring charges, bills from January 2025 to June 2026 and the
planned figures for the 2027 forecast.

Identifiers (SIRET, IBAN, telephone numbers, e-mail addresses) are fictional but well formed:
SIRET pass the Luhn check, the IBAN its mod-97 check, telephone numbers lie in the range the
ARCEP reserves for fiction and e-mail domains end in ``.example``.

Everything is deterministic (a seeded :class:`random.Random`), so that screenshots, tests and
documentation show the same figures. The caller owns the transaction.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import func, select

from ..domain.money import D
from ..storage.models import (
    AllocationKey,
    Amendment,
    Article,
    Bill,
    CategoryBudget,
    CategoryKey,
    Convention,
    ConventionBeneficiary,
    Equipment,
    EquipmentKey,
    ExpenseCategory,
    FixedKeyShare,
    Meter,
    MeterReading,
    OwnHeadcount,
    Party,
    PayrollCost,
    PlannedMeterUse,
    PlannedStaffCost,
    RecurringCharge,
    Site,
    SiteSurface,
    StaffMember,
    StaffShare,
    WorkingTime,
)
from .demo_articles import AMENDMENT_1, AMENDMENT_2, ARTICLES

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


class DemoNotEmptyError(Exception):
    """The database already holds data: the demonstration never mixes with real records."""


@dataclass
class _Demo:
    """What the builders share: the session, the random source and the records made so far."""

    session: object
    rng: random.Random
    parties: dict[str, Party] = field(default_factory=dict)
    amendments: dict[int, Amendment] = field(default_factory=dict)
    sites: dict[str, Site] = field(default_factory=dict)
    equipment: dict[str, Equipment] = field(default_factory=dict)
    meters: dict[str, Meter] = field(default_factory=dict)
    keys: dict[str, AllocationKey] = field(default_factory=dict)
    categories: dict[str, ExpenseCategory] = field(default_factory=dict)

    def add(self, *records) -> None:
        self.session.add_all(records)

    def pid(self, code: str) -> int:
        return self.parties[code].id

    def amendment_id(self, number: int | None) -> int | None:
        return None if number is None else self.amendments[number].id


def load_demo(session) -> str:
    """Fill an empty database with the demonstration data; return a short French summary.

    Raises :class:`DemoNotEmptyError`, before writing anything, if a party already exists.
    Only adds and flushes: the caller commits or rolls back.
    """
    parties = session.scalar(select(func.count()).select_from(Party))
    if parties:
        raise DemoNotEmptyError(
            f"La base contient déjà des données ({_plural(parties, 'partie', 'parties')}) : "
            "les données de démonstration ne se chargent que dans une base vide."
        )
    demo = _Demo(session, random.Random(SEED))
    # Each step flushes, because the next one refers to the new rows by id.
    for step in (
        _add_parties,
        _add_convention,
        _add_sites_and_equipment,
        _add_meters_and_keys,
        _add_categories,
        _add_staff,
        _add_headcount_and_readings,
        _add_recurring_charges,
        _add_bills,
    ):
        step(demo)
        session.flush()
    return _summary(session)


# --- helpers ---------------------------------------------------------------------------------


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def _month_starts(first: dt.date, last: dt.date):
    """First days of the months from ``first``'s month to ``last``'s month, both included."""
    month = first.replace(day=1)
    while month <= last:
        yield month
        month = _next_month(month)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def _month_end(month: dt.date) -> dt.date:
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def _quarters(first_year: int, count: int):
    """``count`` consecutive calendar quarters as (label, first day, last day)."""
    for index in range(count):
        year, quarter = first_year + index // 4, index % 4 + 1
        start = dt.date(year, 3 * quarter - 2, 1)
        yield f"{year}-T{quarter}", start, _month_end(dt.date(year, 3 * quarter, 1))


# 2025-T1 .. 2026-T3: the quarters with meter readings.
READING_QUARTERS = list(_quarters(2025, 7))


def _vary(amount: str | Decimal, rng: random.Random, percent: int) -> Decimal:
    """``amount`` moved by a whole percentage drawn in ±``percent`` (exact, rounded to the cent)."""
    return D(Decimal(amount) * (100 + rng.randint(-percent, percent)) / 100)


def _thousands(number: Decimal) -> str:
    """An integer written the French way, with a no-break space between thousands."""
    return f"{number:,.0f}".replace(",", "\u00a0")


def _ref(prefix: str, rng: random.Random, digits: int = 8) -> str:
    return f"{prefix}{rng.randrange(10 ** (digits - 1), 10**digits)}"


# --- parties and convention ------------------------------------------------------------------


def _add_parties(demo: _Demo) -> None:
    demo.parties = {
        "PAYS": Party(
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
        "ST2B": Party(
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
            code_service="FINANCES",
            engagement_number="EJ-2025-000318",
        ),
        "SCOT": Party(
            code="SCOT",
            name="Syndicat mixte du SCoT Nord Meurthe-et-Mosellan (SCoT Nord 54)",
            legal_form="Syndicat mixte fermé (établissement public)",
            address="Antenne de Landres\n3 place de la Mairie\n54970 Landres",
            siret="25541082100037",
            email="contact@scot-nord54.example",
            phone="03 53 48 31 62",
            signatory_name="Sylvie Marchal",
            signatory_title="Présidente",
            code_service="DIRECTION",
            engagement_number="2025-SCOT-0017",
        ),
    }
    demo.add(*demo.parties.values())


def _add_convention(demo: _Demo) -> None:
    convention = Convention(
        reference="CAM-2024-01",
        title="Convention d'assistance et de moyens",
        provider=demo.parties["PAYS"],
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
        vat_mention="TVA non applicable, art. 261-7-1°-b du CGI",
        vat_rate=Decimal(0),
        advance_mode=False,
    )
    convention.beneficiaries = [
        ConventionBeneficiary(party=demo.parties["ST2B"], position=1),
        ConventionBeneficiary(party=demo.parties["SCOT"], position=2),
    ]
    convention.articles = [
        Article(position=n, number=str(n), title=title, body=body)
        for n, (title, body) in enumerate(ARTICLES, start=1)
    ]
    demo.amendments = {
        1: Amendment(
            number=1,
            signature_date=dt.date(2025, 2, 24),
            effective_date=dt.date(2025, 3, 1),
            summary=AMENDMENT_1,
        ),
        2: Amendment(
            number=2,
            signature_date=dt.date(2025, 12, 8),
            effective_date=dt.date(2026, 1, 1),
            summary=AMENDMENT_2,
        ),
    }
    convention.amendments = list(demo.amendments.values())
    demo.add(convention)


# --- premises and equipment ------------------------------------------------------------------

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


def _add_sites_and_equipment(demo: _Demo) -> None:
    for name, (address, common, areas) in SITES.items():
        site = Site(name=name, address=address, common_area=Decimal(common))
        for code, (first, changed) in areas.items():
            site.surfaces.append(
                SiteSurface(party_id=demo.pid(code), effective_date=START, area=Decimal(first))
            )
            if changed is not None:
                site.surfaces.append(
                    SiteSurface(
                        party_id=demo.pid(code),
                        effective_date=demo.amendments[2].effective_date,
                        area=Decimal(changed),
                        amendment_id=demo.amendment_id(2),
                    )
                )
        demo.sites[name] = site
    for code, (name, kind, value, in_service, life) in EQUIPMENT.items():
        demo.equipment[code] = Equipment(
            name=name,
            kind=kind,
            acquisition_value=D(value),
            in_service_date=in_service,
            useful_life_years=life,
        )
    demo.add(*demo.sites.values(), *demo.equipment.values())


# --- meters, keys, categories ----------------------------------------------------------------

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
    "FLUIDES": ("Fluides et énergie", "Effectifs (ETP)", "5200.00"),
    "FOURN": ("Fournitures de bureau", "Forfait fournitures", "1500.00"),
    "AFFRANCH": ("Affranchissement", "Effectifs (ETP)", "3400.00"),
    "INFO": ("Informatique et logiciels", "Forfait informatique", "4200.00"),
    "DEPL": ("Déplacements et missions", "Effectifs (ETP)", "1200.00"),
    "ASSUR": ("Assurances", "Effectifs (ETP)", "550.00"),
}


def _add_meters_and_keys(demo: _Demo) -> None:
    demo.meters = {
        "km": Meter(name="Kilométrage véhicule", unit="km",
                    equipment_id=demo.equipment["vehicle"].id),
        "copies": Meter(name="Copies copieur", unit="copies",
                        equipment_id=demo.equipment["copier"].id),
    }  # fmt: skip
    demo.add(*demo.meters.values())
    demo.session.flush()
    keys = [
        AllocationKey(name="Effectifs (ETP)", kind="headcount"),
        AllocationKey(name="Kilomètres du véhicule", kind="metered", meter_id=demo.meters["km"].id),
        AllocationKey(name="Copies du copieur", kind="metered", meter_id=demo.meters["copies"].id),
        AllocationKey(name="Direct ST2b", kind="direct", party_id=demo.pid("ST2B")),
        AllocationKey(name="Direct SCoT Nord 54", kind="direct", party_id=demo.pid("SCOT")),
    ]
    keys += [
        AllocationKey(name=f"Surface — {site.name}", kind="surface", site_id=site.id)
        for site in demo.sites.values()
    ]
    for name, shares in FIXED_KEYS.items():
        key = AllocationKey(name=name, kind="fixed")
        for code, rows in shares.items():
            key.fixed_shares += [
                FixedKeyShare(
                    party_id=demo.pid(code),
                    effective_date=day,
                    share=Decimal(share),
                    amendment_id=demo.amendment_id(number),
                )
                for day, share, number in rows
            ]
        keys.append(key)
    demo.keys = {key.name: key for key in keys}
    demo.add(*keys)
    demo.session.flush()
    for code, key_name in EQUIPMENT_KEYS.items():
        item = demo.equipment[code]
        item.keys.append(
            EquipmentKey(
                effective_date=max(START, item.in_service_date), key_id=demo.keys[key_name].id
            )
        )


def _add_categories(demo: _Demo) -> None:
    for code, (name, key_name, budget) in CATEGORIES.items():
        category = ExpenseCategory(code=code, name=name)
        category.keys.append(CategoryKey(effective_date=START, key_id=demo.keys[key_name].id))
        category.budgets.append(CategoryBudget(year=FORECAST_YEAR, amount=D(budget)))
        demo.categories[code] = category
    demo.add(*demo.categories.values())


# --- staff -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Person:
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
    _Person("Bruno", "Lambert", "Directeur", dt.date(2016, 3, 1), None, "4150.00", "0.452",
            ((dt.date(2016, 3, 1), "1"),),
            (("ST2B", START, "0.10", None), ("SCOT", START, "0.10", None))),
    _Person("Alice", "Moreau", "Chargée de mission mobilité", dt.date(2019, 9, 2), None,
            "2920.00", "0.431", ((dt.date(2019, 9, 2), "1"),),
            (("ST2B", START, "0.40", None), ("ST2B", dt.date(2025, 3, 1), "0.50", 1),
             ("SCOT", START, "0", None))),
    _Person("Chloé", "Girard", "Assistante de direction", dt.date(2018, 4, 3), None, "2340.00",
            "0.428", ((dt.date(2018, 4, 3), "0.8"),),
            (("ST2B", START, "0.20", None), ("SCOT", START, "0.15", None))),
    # Part time (90 %) at her request from April 2026: a dated change of working time.
    _Person("David", "Schmitt", "Comptable", dt.date(2020, 1, 6), None, "2480.00", "0.434",
            ((dt.date(2020, 1, 6), "1"), (dt.date(2026, 4, 1), "0.9")),
            (("ST2B", START, "0.15", None), ("SCOT", START, "0.10", None))),
    _Person("Émilie", "Thiriet", "Chargée de mission SCoT", dt.date(2021, 9, 1),
            dt.date(2026, 8, 31), "2760.00", "0.436", ((dt.date(2021, 9, 1), "1"),),
            (("ST2B", START, "0", None), ("SCOT", START, "0.60", None))),
    # Recruited mid-month in June 2025 (Article 2: the annex is updated on recruitment).
    _Person("Farid", "Haddad", "Géomaticien", dt.date(2025, 6, 16), None, "2380.00", "0.433",
            ((dt.date(2025, 6, 16), "1"),),
            (("ST2B", dt.date(2025, 6, 16), "0.25", None),
             ("SCOT", dt.date(2025, 6, 16), "0.25", None))),
)  # fmt: skip

# Salary scale by year: +1.5 % in 2026, about +2 % more planned for 2027.
RAISE = {2025: Decimal("1"), 2026: Decimal("1.015"), 2027: Decimal("1.035")}
MEAL_VOUCHER = Decimal("5.40")  # employer's part of a titre-restaurant
HEALTH_COVER = Decimal("38.00")  # employer's part of the mutuelle, per month
YEAR_END_BONUS_MONTH = 11  # half a month's gross, paid in November


def _add_staff(demo: _Demo) -> None:
    for person in STAFF:
        member = StaffMember(
            first_name=person.first_name,
            last_name=person.last_name,
            job_title=person.job_title,
            employment_start=person.start,
            employment_end=person.end,
        )
        member.working_times = [
            WorkingTime(effective_date=day, fraction=Decimal(fraction))
            for day, fraction in person.working_times
        ]
        member.shares = [
            StaffShare(
                party_id=demo.pid(code),
                effective_date=day,
                share=Decimal(share),
                amendment_id=demo.amendment_id(number),
            )
            for code, day, share, number in person.shares
        ]
        first = max(START, person.start)
        last = min(LAST_PAYROLL_MONTH, person.end or LAST_PAYROLL_MONTH)
        member.payroll = [_payroll(person, month, demo.rng) for month in _month_starts(first, last)]
        member.planned_costs = [
            PlannedStaffCost(year=year, amount=_planned_cost(person, year))
            for year in (2026, FORECAST_YEAR)
            if _employed_months(person, year)
        ]
        demo.add(member)


def _working_time(person: _Person, day: dt.date) -> Decimal:
    return Decimal([f for start, f in person.working_times if start <= day][-1])


def _employed_months(person: _Person, year: int) -> list[dt.date]:
    first, last = max(person.start, dt.date(year, 1, 1)), dt.date(year, 12, 1)
    if person.end is not None:
        last = min(last, person.end)
    return list(_month_starts(first, last)) if first <= last else []


def _payroll(person: _Person, month: dt.date, rng: random.Random | None) -> PayrollCost:
    """One month's pay, prorated to the days employed; ``rng`` draws days off (two if None)."""
    first, last = max(month, person.start), _month_end(month)
    if person.end is not None:
        last = min(last, person.end)
    days = _month_end(month).day
    employed = (last - first).days + 1
    working_time = _working_time(person, first)
    monthly = Decimal(person.full_time_gross) * working_time * RAISE[month.year]
    gross = monthly * employed / days
    if month.month == YEAR_END_BONUS_MONTH:
        gross += monthly / 2
    if person.end is not None and month <= person.end <= _month_end(month):
        gross += monthly * Decimal("0.6")  # indemnité compensatrice de congés payés
    weekdays = sum(
        1 for n in range(employed) if (first + dt.timedelta(days=n)).weekday() < 5
    )
    days_off = rng.randint(0, 4) if rng is not None else 2
    meals = max(0, int(weekdays * working_time) - days_off)
    gross = D(gross)
    return PayrollCost(
        month=month,
        gross_salary=gross,
        employer_charges=D(gross * Decimal(person.charge_rate)),
        other_costs=D(MEAL_VOUCHER * meals + HEALTH_COVER),
    )


def _planned_cost(person: _Person, year: int) -> Decimal:
    """The year's expected cost, rounded up to ten euros as a budget line is."""
    total = sum((_payroll(person, month, None).total for month in _employed_months(person, year)),
                Decimal(0))  # fmt: skip
    return D((total / 10).to_integral_value(rounding=ROUND_CEILING) * 10)


# --- headcount and meter readings ------------------------------------------------------------

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


def _add_headcount_and_readings(demo: _Demo) -> None:
    demo.add(*(
        OwnHeadcount(party_id=demo.pid(code), effective_date=day, fte=Decimal(fte))
        for code, day, fte in OWN_HEADCOUNT
    ))  # fmt: skip
    for meter_code, first in (("km", KM_FIRST_QUARTER), ("copies", COPIES_FIRST_QUARTER)):
        meter = demo.meters[meter_code]
        for index, (_label, start, end) in enumerate(READING_QUARTERS):
            for code in PARTY_CODES:
                quantity = Decimal(first[code])
                if index:
                    quantity = quantity * SEASON[(start.month + 2) // 3] / 100
                    # Alice's larger share for ST2b (amendment 1) means more trips for it.
                    if code == "ST2B" and meter_code == "km":
                        quantity = quantity * Decimal("1.2")
                    quantity = _vary(quantity, demo.rng, 8).to_integral_value()
                demo.add(
                    MeterReading(
                        meter_id=meter.id,
                        period_start=start,
                        period_end=end,
                        party_id=demo.pid(code),
                        quantity=quantity,
                    )
                )
        demo.add(*(
            PlannedMeterUse(meter_id=meter.id, year=FORECAST_YEAR, party_id=demo.pid(code),
                            quantity=Decimal(quantity))
            for code, quantity in PLANNED_USE[meter_code].items()
        ))  # fmt: skip


# --- recurring charges -----------------------------------------------------------------------

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
)  # fmt: skip


def _attachment(demo: _Demo, attachment: tuple[str, str]) -> dict[str, object]:
    kind, name = attachment
    if kind == "site":
        return {"site": demo.sites[name]}
    if kind == "equipment":
        return {"equipment": demo.equipment[name]}
    return {"category": demo.categories[name]}


def _add_recurring_charges(demo: _Demo) -> None:
    demo.add(*(
        RecurringCharge(label=label, amount=D(amount), frequency=frequency, start_date=start,
                        end_date=end, **_attachment(demo, attachment))
        for label, amount, frequency, start, end, attachment in RECURRING
    ))  # fmt: skip


# --- bills -----------------------------------------------------------------------------------


def _bill(demo: _Demo, day, supplier, reference, label, amount, attachment, *,
          service=None, override=None, notes="") -> None:  # fmt: skip
    service_start, service_end = service or (None, None)
    demo.add(
        Bill(
            date=day,
            supplier=supplier,
            reference=reference,
            label=label,
            amount=D(amount),
            service_start=service_start,
            service_end=service_end,
            key_override=demo.keys[override] if override else None,
            notes=notes,
            **_attachment(demo, attachment),
        )
    )


def _add_bills(demo: _Demo) -> None:
    for builder in (_energy_bills, _telecom_and_postage_bills, _supplies_bills, _vehicle_bills,
                    _insurance_and_it_bills, _copy_bills, _travel_bills):  # fmt: skip
        builder(demo)


def _energy_bills(demo: _Demo) -> None:
    rng = demo.rng
    # Electricity of the Briey offices, read every two months: the March-April period
    # straddles two quarters. Shared by headcount (category), as Article 5 says.
    by_bimester = {1: "1180.00", 3: "820.00", 5: "560.00", 7: "610.00", 9: "640.00", 11: "1050.00"}
    for start in _month_starts(START, dt.date(2026, 3, 1)):
        if start.month % 2 == 0:
            continue
        end = _month_end(_next_month(start))
        base = Decimal(by_bimester[start.month]) * RAISE[start.year]  # tariff follows prices
        _bill(demo, end + dt.timedelta(days=10), "TotalEnergies Électricité et Gaz France",
              _ref("FE", rng, 10),
              f"Électricité des bureaux de Briey — {MONTHS_FR[start.month - 1]}-"
              f"{MONTHS_FR[end.month - 1]} {end.year}",
              _vary(base, rng, 6), ("category", "FLUIDES"), service=(start, end))  # fmt: skip
    _bill(demo, dt.date(2026, 1, 22), "TotalEnergies Électricité et Gaz France",
          _ref("AV", rng, 10), "Avoir — régularisation annuelle de consommation 2025", "-184.37",
          ("category", "FLUIDES"), service=(START, dt.date(2025, 12, 31)),
          notes="Régularisation après le relevé réel du compteur du 9 janvier 2026.")  # fmt: skip
    # Heating gas, read from the 15th: periods cross both quarters and years. Heating goes
    # with the premises, so these bills are attached to the site (surface key).
    gas_start = dt.date(2024, 11, 15)
    while gas_start <= dt.date(2026, 3, 15):
        end = dt.date(gas_start.year + (gas_start.month + 1) // 12,
                      (gas_start.month + 1) % 12 + 1, 14)  # fmt: skip
        winter = gas_start.month in (11, 1)
        amount = _vary("960.00" if winter else "390.00" if gas_start.month in (3, 9) else "85.00",
                       rng, 10)  # fmt: skip
        _bill(demo, end + dt.timedelta(days=9), "ENGIE", _ref("GN-", rng, 9),
              f"Gaz naturel (chauffage) — du {gas_start:%d/%m/%Y} au {end:%d/%m/%Y}",
              amount, ("site", "Bureaux de Briey"), service=(gas_start, end))  # fmt: skip
        gas_start = end + dt.timedelta(days=1)
    for label, start, end in READING_QUARTERS[:5]:
        _bill(demo, end + dt.timedelta(days=15), "EDF", _ref("EDF", rng, 10),
              f"Électricité de l'antenne de Landres — {label.replace('-', ' ')}",
              _vary("215.00", rng, 15), ("site", "Antenne de Landres"), service=(start, end))


def _telecom_and_postage_bills(demo: _Demo) -> None:
    rng = demo.rng
    for month in _month_starts(START, dt.date(2026, 6, 1)):
        name = f"{MONTHS_FR[month.month - 1]} {month.year}"
        # Billed at the start of the month, no service period: the whole bill falls on its date.
        fixed = Decimal("372.00") * (Decimal("1.032") if month.year == 2026 else 1)
        _bill(demo, month.replace(day=5), "Orange Business", _ref("F", rng, 10),
              f"Téléphonie fixe et accès internet — {name}",
              D(fixed) + Decimal(rng.randint(800, 2400)) / 100, ("category", "TELECOM"))
        # Calls outside the plans, now and then.
        extra = Decimal(rng.randint(300, 4200)) / 100 if rng.random() < 0.3 else 0
        mobiles = Decimal("99.50") + extra
        _bill(demo, month.replace(day=12), "Bouygues Telecom Entreprises", _ref("BTE", rng, 9),
              f"Forfaits mobiles (5 lignes) — {name}", mobiles, ("category", "TELECOM"))
        _bill(demo, month.replace(day=8), "La Poste", _ref("LP", rng, 10),
              f"Rechargement de la machine à affranchir — {name}",
              Decimal(rng.randrange(150, 330, 10)), ("category", "AFFRANCH"))  # fmt: skip


SUPPLIES = (
    "Fournitures de bureau courantes",
    "Classeurs, chemises et intercalaires",
    "Enveloppes et étiquettes",
    "Cartouches d'encre pour l'imprimante de l'accueil",
    "Petit matériel de bureau (agrafeuses, perforateurs)",
    "Blocs-notes et stylos pour les réunions",
)


def _supplies_bills(demo: _Demo) -> None:
    rng = demo.rng
    for month in _month_starts(START, dt.date(2026, 6, 1)):
        if rng.random() < 0.65:
            _bill(demo, month.replace(day=rng.randint(3, 26)), "Bureau Vallée Briey",
                  _ref("BV", rng, 7), rng.choice(SUPPLIES),
                  Decimal(rng.randint(3800, 26000)) / 100, ("category", "FOURN"))
        if month.month % 3 == 1:  # paper is ordered once a quarter
            _bill(demo, month.replace(day=rng.randint(6, 14)), "Lyreco France",
                  _ref("LY", rng, 8), "Papier A4 80 g (10 cartons de 5 ramettes)",
                  _vary("184.50", rng, 5), ("category", "REPRO"))
    _bill(demo, dt.date(2025, 12, 3), "Bureau Vallée Briey", _ref("BV", rng, 7),
          "Agendas et calendriers 2026", "126.40", ("category", "FOURN"))  # fmt: skip


def _vehicle_bills(demo: _Demo) -> None:
    rng = demo.rng
    vehicle = ("equipment", "vehicle")
    km_by_quarter = {start: _quarter_total(demo, "km", start) for _l, start, _e in READING_QUARTERS}
    for month in _month_starts(START, dt.date(2026, 5, 1)):
        quarter_start = month.replace(month=3 * ((month.month - 1) // 3) + 1)
        # About 6 l/100 km of diesel at 1.75 €/l, for a third of the quarter's distance.
        fuel = km_by_quarter[quarter_start] / 3 * Decimal("0.105")
        _bill(demo, _next_month(month).replace(day=4), "TotalEnergies Marketing France",
              _ref("CC", rng, 8),
              f"Carte carburant — relevé de {MONTHS_FR[month.month - 1]} {month.year}",
              _vary(fuel, rng, 6), vehicle)  # fmt: skip
    for day, label, amount in (
        (dt.date(2025, 4, 17), "Révision des 30 000 km", "238.90"),
        (dt.date(2025, 10, 8), "Remplacement des deux pneumatiques avant", "418.60"),
        (dt.date(2025, 12, 2), "Balais d'essuie-glace et contrôle hiver", "46.80"),
        (dt.date(2026, 3, 24), "Révision des 45 000 km et plaquettes de frein", "352.40"),
    ):
        _bill(demo, day, "Garage du Pays-Haut", _ref("GPH", rng, 6), label, amount, vehicle)
    for year, amount in ((2025, "724.32"), (2026, "746.05")):
        _bill(demo, dt.date(year, 1, 15), "MAIF", _ref("MAIF-VEH-", rng, 7),
              f"Assurance du véhicule — cotisation {year}", amount, vehicle,
              service=(dt.date(year, 1, 1), dt.date(year, 12, 31)))  # fmt: skip


def _quarter_total(demo: _Demo, meter_code: str, start: dt.date) -> Decimal:
    """All parties' use of a meter in the quarter starting on ``start`` (readings are flushed)."""
    quantities = demo.session.scalars(
        select(MeterReading.quantity).where(
            MeterReading.meter_id == demo.meters[meter_code].id, MeterReading.period_start == start
        )
    )
    return sum(quantities, Decimal(0))


def _insurance_and_it_bills(demo: _Demo) -> None:
    rng = demo.rng
    for year, premises, liability in ((2025, "1184.40", "486.00"), (2026, "1219.92", "502.00")):
        whole_year = (dt.date(year, 1, 1), dt.date(year, 12, 31))
        _bill(demo, dt.date(year, 1, 20), "MAIF", _ref("MAIF-MRP-", rng, 7),
              f"Assurance multirisque des bureaux — cotisation {year}", premises,
              ("site", "Bureaux de Briey"), service=whole_year)
        _bill(demo, dt.date(year, 1, 20), "MAIF", _ref("MAIF-RC-", rng, 7),
              f"Responsabilité civile de l'association — cotisation {year}", liability,
              ("category", "ASSUR"), service=whole_year)
        # Yearly renewals that straddle two calendar years.
        _bill(demo, dt.date(year, 2, 3), "OVHcloud", _ref("FR", rng, 8),
              f"Nom de domaine et hébergement du site internet — {year}-{year + 1}",
              "215.88" if year == 2025 else "227.88", ("category", "INFO"),
              service=(dt.date(year, 2, 1), dt.date(year + 1, 1, 31)))
        _bill(demo, dt.date(year, 3, 2), "Ordi'Services Briey", _ref("OSB-", rng, 5),
              "Licences antivirus (12 postes) — renouvellement annuel",
              "348.00" if year == 2025 else "359.40", ("category", "INFO"),
              service=(dt.date(year, 3, 1), dt.date(year + 1, 2, 28)))  # fmt: skip
    for day, label, amount, attachment in (
        (dt.date(2025, 2, 6), "Installation et paramétrage de quatre postes portables", "312.00",
         ("equipment", "laptops")),
        (dt.date(2025, 5, 22), "Remplacement d'un disque du serveur de fichiers", "267.60",
         ("equipment", "server")),
        (dt.date(2026, 1, 13), "Mise à jour du serveur et contrôle des sauvegardes", "198.00",
         ("equipment", "server")),
        (dt.date(2025, 9, 30), "Câble HDMI et télécommande du vidéoprojecteur", "54.90",
         ("equipment", "projector")),
    ):  # fmt: skip
        _bill(demo, day, "Ordi'Services Briey", _ref("OSB-", rng, 5), label, amount, attachment)


def _copy_bills(demo: _Demo) -> None:
    # The lessor bills the copies made each quarter (toner and maintenance included),
    # so these follow the copier's own key, the copies meter.
    for label, start, end in READING_QUARTERS[:5]:
        copies = _quarter_total(demo, "copies", start)
        _bill(demo, end + dt.timedelta(days=12), "Canon France", _ref("CF", demo.rng, 9),
              f"Coût des copies — {label.replace('-', ' ')} ({_thousands(copies)} copies)",
              copies * Decimal("0.0078"), ("equipment", "copier"),
              service=(start, end))  # fmt: skip


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


def _travel_bills(demo: _Demo) -> None:
    for day, supplier, label, amount, override in TRAVEL:
        _bill(demo, day, supplier, _ref("DEP", demo.rng, 6), label, amount,
              ("category", "DEPL"), override=override)  # fmt: skip


# --- summary ---------------------------------------------------------------------------------


def _summary(session) -> str:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model))

    return ", ".join(
        (
            _plural(count(Party), "partie", "parties"),
            _plural(count(Convention), "convention", "conventions")
            + f" ({count(Article)} articles, {_plural(count(Amendment), 'avenant', 'avenants')})",
            _plural(count(StaffMember), "agent", "agents"),
            f"{count(PayrollCost)} mois de paie",
            _plural(count(Equipment), "matériel", "matériels"),
            _plural(count(Site), "site", "sites"),
            _plural(count(ExpenseCategory), "catégorie de dépenses", "catégories de dépenses"),
            _plural(count(RecurringCharge), "charge récurrente", "charges récurrentes"),
            _plural(count(Bill), "facture", "factures"),
            _plural(count(MeterReading), "relevé de compteur", "relevés de compteur"),
        )
    ) + "."
