"""DESIGN.md §4's worked example 2 (the clauses) recorded through the storage layer and its services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from mutualisation.services.editing import clauses
from mutualisation.storage import models as m

D = dt.date
T2_START, T2_END = D(2025, 4, 1), D(2025, 6, 30)


def record_worked_example_2(session) -> m.Convention:
    pays = m.Party(code="PAYS", name="Pays du bassin de Briey", is_own_organisation=True)
    st2b = m.Party(code="ST2B", name="ST2b")
    convention = m.Convention(
        reference="CAM-2024", title="Convention d'assistance et de moyens", provider=pays,
        start_date=D(2024, 1, 1), billing_frequency="quarterly",
    )  # fmt: skip
    convention.beneficiaries.append(m.ConventionBeneficiary(party=st2b, position=1))
    amendment = m.Amendment(number=1, effective_date=D(2025, 1, 1), summary="Clauses financières")
    convention.amendments.append(amendment)
    session.add(convention)
    session.flush()

    def person(first, share, absence=None):
        member = m.StaffMember(first_name=first, last_name="", employment_start=D(2020, 1, 1))
        member.working_times.append(m.WorkingTime(effective_date=D(2020, 1, 1), fraction=Decimal(1)))
        member.shares.append(m.StaffShare(party_id=st2b.id, effective_date=D(2024, 1, 1), share=Decimal(share)))
        for month in (4, 5, 6):
            member.payroll.append(m.PayrollCost(month=D(2025, month, 1), gross_salary=Decimal("4200.00")))
        session.add(member)
        session.flush()
        return member

    alice = person("Alice", "0.5")
    person("Bruno", "0")
    clauses.save_absence(session, alice.id, D(2025, 5, 5), D(2025, 5, 9), "maladie")
    clauses.set_reimbursement(session, alice.id, D(2025, 5, 1), Decimal("300.00"), "ijss")
    session.add(m.OwnHeadcount(party=st2b, effective_date=D(2024, 1, 1), fte=Decimal(2)))

    direct = m.AllocationKey(name="Direct Pays", kind="direct", party=pays)
    headcount = m.AllocationKey(name="Effectifs", kind="headcount")
    vehicle = m.Equipment(name="Véhicule", kind="vehicle", acquisition_value=Decimal("18000.00"),
                          in_service_date=D(2023, 7, 1), useful_life_years=5)  # fmt: skip
    vehicle.keys.append(m.EquipmentKey(effective_date=D(2023, 7, 1), key=direct))
    session.add_all([direct, headcount, vehicle])
    session.flush()
    km = m.Meter(name="Kilométrage", unit="km", equipment_id=vehicle.id)
    session.add(km)
    for party, quantity in ((pays, 2900), (st2b, 1100)):
        session.add(m.MeterReading(meter=km, party=party, period_start=T2_START, period_end=T2_END,
                                   quantity=Decimal(quantity)))  # fmt: skip
    session.flush()
    clauses.set_meter_price(session, km.id, D(2025, 1, 1), Decimal("0.45"), amendment.id)

    site = m.Site(name="Bureaux de Briey")
    for party, area in ((pays, 92), (st2b, 48)):
        site.surfaces.append(m.SiteSurface(party=party, effective_date=D(2024, 1, 1), area=Decimal(area)))
    telecom = m.ExpenseCategory(code="TELECOM", name="Télécoms")
    telecom.keys.append(m.CategoryKey(effective_date=D(2024, 1, 1), key=headcount))
    rent = m.RecurringCharge(label="Loyer", amount=Decimal("2000.00"), frequency="month",
                             start_date=D(2024, 1, 1), site=site)  # fmt: skip
    session.add_all([site, telecom, rent])
    session.add(m.Bill(date=D(2025, 5, 5), supplier="Opérateur", label="Téléphone",
                       amount=Decimal("387.65"), category=telecom))  # fmt: skip
    session.flush()
    clauses.set_charge_revaluation(session, rent.id, Decimal("0.02"), D(2024, 1, 1))

    cid, first = convention.id, D(2025, 1, 1)
    clauses.set_management_fee(session, cid, first, Decimal("0.05"), ["personnel"], amendment.id)
    clauses.set_section_vat(session, cid, "personnel", first, "taxable", Decimal("0.20"), amendment_id=amendment.id)
    clauses.set_section_vat(session, cid, "locaux", first, "exempt", legal_basis="art. 261 D 2° du CGI",
                            exemption_code="VATEX-EU-F")  # fmt: skip
    for section in ("materiel", "depenses"):
        clauses.set_section_vat(session, cid, section, first, "outside_scope", legal_basis="art. 256 B du CGI")
    clauses.add_free_provision(session, cid, st2b.id, category_id=telecom.id, start_date=D(2025, 4, 1))
    session.flush()
    return convention
