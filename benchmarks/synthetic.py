"""The large synthetic data set the benchmarks run on.

3 beneficiaries, 200 staff with 10 years of monthly payroll, 300 equipment items,
10 sites, 50,000 bills and quarterly meter readings, written with bulk inserts.
Deterministic (fixed seed), so figures compare between runs.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert

from mutualisation.domain.periods import billing_periods, days_in_month
from mutualisation.storage import models as m

FIRST_YEAR, YEARS = 2016, 10
STAFF, EQUIPMENT, SITES, BILLS = 200, 300, 10, 50_000


def _cents(rng: random.Random, low: int, high: int) -> Decimal:
    return Decimal(rng.randint(low * 100, high * 100)).scaleb(-2)


def build(session, seed: int = 2026) -> None:
    """Fill an empty database with the large data set."""
    rng = random.Random(seed)
    first = dt.date(FIRST_YEAR, 1, 1)
    last_year = FIRST_YEAR + YEARS - 1

    provider = m.Party(code="PAYS", name="Pays synthétique", is_own_organisation=True)
    beneficiaries = [m.Party(code=f"B{i}", name=f"Bénéficiaire {i}") for i in (1, 2, 3)]
    session.add_all([provider, *beneficiaries])
    convention = m.Convention(reference="SYNTH", title="Convention synthétique",
                              provider=provider, start_date=first)  # fmt: skip
    for position, party in enumerate(beneficiaries, 1):
        convention.beneficiaries.append(m.ConventionBeneficiary(party=party, position=position))
    session.add(convention)
    session.flush()
    parties = [*beneficiaries, provider]

    staff_rows, times, shares, payroll = [], [], [], []
    for i in range(1, STAFF + 1):
        start = first + dt.timedelta(days=rng.randint(0, 2000))
        end = start + dt.timedelta(days=rng.randint(900, 4000)) if rng.random() < 0.3 else None
        staff_rows.append(dict(id=i, first_name=f"Agent{i}", last_name="Synthèse",
                               employment_start=start, employment_end=end))  # fmt: skip
        times.append(dict(staff_id=i, effective_date=start, fraction=Decimal(rng.choice(["1", "0.8", "0.5"]))))
        for change in range(rng.randint(1, 3)):
            day = start + dt.timedelta(days=365 * change + rng.randint(0, 200))
            left = Decimal(1)
            for party in beneficiaries:
                share = min(left, Decimal(rng.randint(0, 30)).scaleb(-2))
                left -= share
                shares.append(dict(staff_id=i, party_id=party.id, effective_date=day, share=share))
        base = rng.randint(2500, 6000)
        for year in range(FIRST_YEAR, last_year + 1):
            for month in range(1, 13):
                day = dt.date(year, month, days_in_month(year, month))
                if day < start or (end and dt.date(year, month, 1) > end):
                    continue
                payroll.append(dict(staff_id=i, month=dt.date(year, month, 1),
                                    gross_salary=_cents(rng, base, base + 200),
                                    employer_charges=_cents(rng, base * 4 // 10, base // 2)))  # fmt: skip
    session.execute(insert(m.StaffMember), staff_rows)
    session.execute(insert(m.WorkingTime), times)
    session.execute(insert(m.StaffShare), shares)
    session.execute(insert(m.PayrollCost), payroll)

    meters = [m.Meter(name="Kilométrage", unit="km"), m.Meter(name="Copies", unit="copies")]
    session.add_all(meters)
    session.flush()
    readings = [
        dict(meter_id=meter.id, period_start=q.start, period_end=q.end, party_id=p.id,
             quantity=Decimal(rng.randint(100, 5000)))
        for meter in meters
        for year in range(FIRST_YEAR, last_year + 1)
        for q in billing_periods(year, "quarterly")
        for p in parties
    ]  # fmt: skip
    session.execute(insert(m.MeterReading), readings)

    sites = [m.Site(name=f"Site {i}") for i in range(1, SITES + 1)]
    session.add_all(sites)
    session.flush()
    session.execute(insert(m.SiteSurface), [
        dict(site_id=s.id, party_id=p.id, effective_date=first + dt.timedelta(days=365 * k),
             area=Decimal(rng.randint(10, 200)))
        for s in sites for p in parties for k in range(3)
    ])  # fmt: skip

    keys = [
        m.AllocationKey(name="Kilomètres", kind="metered", meter_id=meters[0].id),
        m.AllocationKey(name="Copies", kind="metered", meter_id=meters[1].id),
        m.AllocationKey(name="Effectifs", kind="headcount"),
        m.AllocationKey(name="Fixe", kind="fixed"),
        m.AllocationKey(name="Direct B1", kind="direct", party_id=beneficiaries[0].id),
    ]
    session.add_all(keys)
    session.flush()
    session.execute(insert(m.FixedKeyShare), [
        dict(key_id=keys[3].id, party_id=p.id, effective_date=first, share=Decimal("0.2"))
        for p in beneficiaries
    ])  # fmt: skip

    categories = [m.ExpenseCategory(code=f"CAT{i}", name=f"Catégorie {i}") for i in range(1, 9)]
    session.add_all(categories)
    session.flush()
    session.execute(insert(m.CategoryKey), [
        dict(category_id=c.id, effective_date=first, key_id=keys[i % 4].id) for i, c in enumerate(categories)
    ])  # fmt: skip

    session.execute(insert(m.Equipment), [
        dict(id=i, name=f"Matériel {i}", kind="it", acquisition_value=_cents(rng, 500, 30000),
             in_service_date=first + dt.timedelta(days=rng.randint(0, 3300)),
             useful_life_years=rng.randint(3, 8))
        for i in range(1, EQUIPMENT + 1)
    ])  # fmt: skip
    session.execute(insert(m.EquipmentKey), [
        dict(equipment_id=i, effective_date=first, key_id=keys[rng.randint(0, 3)].id)
        for i in range(1, EQUIPMENT + 1)
    ])  # fmt: skip

    session.execute(insert(m.RecurringCharge), [
        dict(label=f"Loyer {s.name}", amount=_cents(rng, 800, 3000), frequency="month",
             start_date=first, site_id=s.id)
        for s in sites
    ])  # fmt: skip

    span = (dt.date(last_year, 12, 31) - first).days
    bills = []
    for i in range(BILLS):
        day = first + dt.timedelta(days=rng.randint(0, span))
        service_start = service_end = None
        if rng.random() < 0.3:
            service_start = day - dt.timedelta(days=rng.randint(0, 90))
            service_end = service_start + dt.timedelta(days=rng.randint(0, 180))
        target = rng.random()
        bills.append(dict(
            date=day, supplier=f"Fournisseur {rng.randint(1, 400)}", reference=f"F{i:06d}",
            label=f"Facture {i}", amount=_cents(rng, -50, 3000) or Decimal("1.00"),
            service_start=service_start, service_end=service_end,
            site_id=rng.choice(sites).id if target < 0.3 else None,
            equipment_id=rng.randint(1, EQUIPMENT) if 0.3 <= target < 0.5 else None,
            category_id=rng.choice(categories).id if target >= 0.5 else None,
            key_override_id=keys[4].id if rng.random() < 0.02 else None,
        ))  # fmt: skip
    session.execute(insert(m.Bill), bills)
    session.execute(insert(m.OwnHeadcount), [
        dict(party_id=p.id, effective_date=first, fte=Decimal(rng.randint(1, 5))) for p in beneficiaries
    ])  # fmt: skip
