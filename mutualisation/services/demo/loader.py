"""Filling an empty database with the demonstration data, step by step."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal, ROUND_CEILING

from sqlalchemy import func, select

from ...domain.money import D
from ...domain.periods import month_end
from ...storage.models import (
    AllocationKey,
    Amendment,
    Article,
    Bill,
    CategoryBudget,
    CategoryKey,
    ChorusReference,
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
from .articles import ARTICLES
from .bills import add_bills
from .clauses import add_clauses
from .data import (
    AMENDMENTS,
    BENEFICIARIES,
    CATEGORIES,
    CHORUS_REFERENCES,
    CONVENTION,
    COPIES_FIRST_QUARTER,
    EQUIPMENT,
    EQUIPMENT_KEYS,
    FIXED_KEYS,
    FORECAST_YEAR,
    HEALTH_COVER,
    KM_FIRST_QUARTER,
    LAST_PAYROLL_MONTH,
    MEAL_VOUCHER,
    OWN_HEADCOUNT,
    PARTIES,
    PARTY_CODES,
    PLANNED_USE,
    PROVIDER,
    Person,
    RAISE,
    READING_QUARTERS,
    RECURRING,
    SEASON,
    SEED,
    SITES,
    STAFF,
    START,
    YEAR_END_BONUS_MONTH,
)
from .records import Demo, attach_to, month_starts, plural, vary


class DemoNotEmptyError(Exception):
    """The database already holds data: the demonstration never mixes with real records."""


def load_demo(session) -> str:
    """Fill an empty database with the demonstration data; return a short French summary.

    Raises :class:`DemoNotEmptyError`, before writing anything, if a party already exists.
    Only adds and flushes: the caller commits or rolls back.
    """
    parties = session.scalar(select(func.count()).select_from(Party))
    if parties:
        raise DemoNotEmptyError(
            f"La base contient déjà des données ({plural(parties, 'partie', 'parties')}) : "
            "les données de démonstration ne se chargent que dans une base vide."
        )
    demo = Demo(session, random.Random(SEED))
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
        add_bills,
        add_clauses,
    ):
        step(demo)
        session.flush()
    return _summary(session)


def _add_parties(demo: Demo) -> None:
    demo.parties = {code: Party(**fields) for code, fields in PARTIES.items()}
    for code, years in CHORUS_REFERENCES.items():
        demo.parties[code].chorus_references = [
            ChorusReference(year=year, service_code=service, engagement_number=engagement)
            for year, (service, engagement) in years.items()
        ]
    demo.add(*demo.parties.values())


def _add_convention(demo: Demo) -> None:
    convention = Convention(provider=demo.parties[PROVIDER], **CONVENTION)
    convention.beneficiaries = [
        ConventionBeneficiary(party=demo.parties[code], position=position)
        for position, code in enumerate(BENEFICIARIES, start=1)
    ]
    convention.articles = [
        Article(position=n, number=str(n), title=title, body=body)
        for n, (title, body) in enumerate(ARTICLES, start=1)
    ]
    demo.amendments = {number: Amendment(number=number, **terms) for number, terms in AMENDMENTS.items()}
    convention.amendments = list(demo.amendments.values())
    demo.add(convention)


def _add_sites_and_equipment(demo: Demo) -> None:
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


def _add_meters_and_keys(demo: Demo) -> None:
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
        # From amendment n° 2 the vehicle is billed per km (R12): its own costs stay with the Pays.
        AllocationKey(name="Direct Pays", kind="direct", party_id=demo.pid(PROVIDER)),
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


def _add_categories(demo: Demo) -> None:
    for code, (name, key_name, budget) in CATEGORIES.items():
        category = ExpenseCategory(code=code, name=name)
        category.keys.append(CategoryKey(effective_date=START, key_id=demo.keys[key_name].id))
        if budget is not None:
            category.budgets.append(CategoryBudget(year=FORECAST_YEAR, amount=D(budget)))
        demo.categories[code] = category
    demo.add(*demo.categories.values())


def _add_staff(demo: Demo) -> None:
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
        member.payroll = [_payroll(person, month, demo.rng) for month in month_starts(first, last)]
        member.planned_costs = [
            PlannedStaffCost(year=year, amount=_planned_cost(person, year))
            for year in (2026, FORECAST_YEAR)
            if _employed_months(person, year)
        ]
        demo.add(member)


def _working_time(person: Person, day: dt.date) -> Decimal:
    return Decimal([f for start, f in person.working_times if start <= day][-1])


def _employed_months(person: Person, year: int) -> list[dt.date]:
    first, last = max(person.start, dt.date(year, 1, 1)), dt.date(year, 12, 1)
    if person.end is not None:
        last = min(last, person.end)
    return list(month_starts(first, last)) if first <= last else []


def _payroll(person: Person, month: dt.date, rng: random.Random | None) -> PayrollCost:
    """One month's pay, prorated to the days employed; ``rng`` draws days off (two if None)."""
    first, last = max(month, person.start), month_end(month)
    if person.end is not None:
        last = min(last, person.end)
    days = month_end(month).day
    employed = (last - first).days + 1
    working_time = _working_time(person, first)
    monthly = Decimal(person.full_time_gross) * working_time * RAISE[month.year]
    gross = monthly * employed / days
    if month.month == YEAR_END_BONUS_MONTH:
        gross += monthly / 2
    if person.end is not None and month <= person.end <= month_end(month):
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


def _planned_cost(person: Person, year: int) -> Decimal:
    """The year's expected cost, rounded up to ten euros as a budget line is."""
    total = sum((_payroll(person, month, None).total for month in _employed_months(person, year)),
                Decimal(0))  # fmt: skip
    return D((total / 10).to_integral_value(rounding=ROUND_CEILING) * 10)


def _add_headcount_and_readings(demo: Demo) -> None:
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
                    quantity = vary(quantity, demo.rng, 8).to_integral_value()
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


def _add_recurring_charges(demo: Demo) -> None:
    demo.add(*(
        RecurringCharge(label=label, amount=D(amount), frequency=frequency, start_date=start,
                        end_date=end, **attach_to(demo, attachment))
        for label, amount, frequency, start, end, attachment in RECURRING
    ))  # fmt: skip


def _summary(session) -> str:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model))

    return ", ".join(
        (
            plural(count(Party), "partie", "parties"),
            plural(count(Convention), "convention", "conventions")
            + f" ({count(Article)} articles, {plural(count(Amendment), 'avenant', 'avenants')})",
            plural(count(StaffMember), "agent", "agents"),
            f"{count(PayrollCost)} mois de paie",
            plural(count(Equipment), "matériel", "matériels"),
            plural(count(Site), "site", "sites"),
            plural(count(ExpenseCategory), "catégorie de dépenses", "catégories de dépenses"),
            plural(count(RecurringCharge), "charge récurrente", "charges récurrentes"),
            plural(count(Bill), "facture", "factures"),
            plural(count(MeterReading), "relevé de compteur", "relevés de compteur"),
        )
    ) + "."
