"""The worked example of DESIGN.md §4 recorded through the storage layer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from mutualisation.storage import models as m

D = dt.date
T1_START, T1_END = D(2025, 1, 1), D(2025, 3, 31)


def record_worked_example(session) -> m.Convention:
    pays = m.Party(code="PAYS", name="Pays du bassin de Briey", is_own_organisation=True)
    st2b = m.Party(code="ST2B", name="ST2b")
    convention = m.Convention(
        reference="CAM-2024", title="Convention d'assistance et de moyens", provider=pays,
        start_date=D(2024, 1, 1),
    )  # fmt: skip
    convention.beneficiaries.append(m.ConventionBeneficiary(party=st2b, position=1))
    amendment = m.Amendment(number=1, effective_date=D(2025, 2, 15), summary="Quotité, surfaces")
    convention.amendments.append(amendment)
    session.add(convention)
    session.flush()

    def person(first, share_entries, payroll=()):
        member = m.StaffMember(first_name=first, last_name="", employment_start=D(2020, 1, 1))
        member.working_times.append(m.WorkingTime(effective_date=D(2020, 1, 1), fraction=Decimal(1)))
        for day, share, amend in share_entries:
            member.shares.append(
                m.StaffShare(party_id=st2b.id, effective_date=day, share=Decimal(share),
                             amendment_id=amend)
            )  # fmt: skip
        for month, amount in payroll:
            member.payroll.append(m.PayrollCost(month=month, gross_salary=Decimal(amount)))
        session.add(member)

    person(
        "Alice", [(D(2024, 1, 1), "0.4", None), (D(2025, 3, 1), "0.5", amendment.id)],
        [(D(2025, 1, 1), "4200.00"), (D(2025, 2, 1), "4200.00"), (D(2025, 3, 1), "4900.00")],
    )  # fmt: skip
    for name in ("Bruno", "Chloé", "David"):
        person(name, [(D(2024, 1, 1), "0", None)])
    session.add(m.OwnHeadcount(party=st2b, effective_date=D(2024, 1, 1), fte=Decimal(2)))

    km = m.Meter(name="Kilométrage", unit="km")
    copies = m.Meter(name="Copies", unit="copies")
    session.add_all([km, copies])
    for meter, pays_q, st2b_q in ((km, 2900, 1100), (copies, 9600, 3200)):
        for party, quantity in ((pays, pays_q), (st2b, st2b_q)):
            session.add(m.MeterReading(meter=meter, party=party, period_start=T1_START,
                                       period_end=T1_END, quantity=Decimal(quantity)))  # fmt: skip
    km_key = m.AllocationKey(name="Kilomètres", kind="metered", meter=km)
    copies_key = m.AllocationKey(name="Copies", kind="metered", meter=copies)
    headcount = m.AllocationKey(name="Effectifs", kind="headcount")
    direct = m.AllocationKey(name="Direct ST2b", kind="direct", party=st2b)
    session.add_all([km_key, copies_key, headcount, direct])

    vehicle = m.Equipment(name="Véhicule", kind="vehicle", acquisition_value=Decimal("18000.00"),
                          in_service_date=D(2023, 7, 1), useful_life_years=5)  # fmt: skip
    vehicle.keys.append(m.EquipmentKey(effective_date=D(2023, 7, 1), key=km_key))
    site = m.Site(name="Bureaux de Briey")
    for party, first, second in ((pays, 104, 92), (st2b, 36, 48)):
        site.surfaces.append(m.SiteSurface(party=party, effective_date=D(2024, 1, 1), area=Decimal(first)))
        site.surfaces.append(
            m.SiteSurface(party=party, effective_date=D(2025, 2, 15), area=Decimal(second),
                          amendment_id=amendment.id)
        )  # fmt: skip
    reprographie = m.ExpenseCategory(code="REPRO", name="Reprographie")
    reprographie.keys.append(m.CategoryKey(effective_date=D(2024, 1, 1), key=copies_key))
    fluids = m.ExpenseCategory(code="FLUIDES", name="Fluides et télécoms")
    fluids.keys.append(m.CategoryKey(effective_date=D(2024, 1, 1), key=headcount))
    travel = m.ExpenseCategory(code="DEPL", name="Déplacements")
    travel.keys.append(m.CategoryKey(effective_date=D(2024, 1, 1), key=headcount))
    session.add_all([vehicle, site, reprographie, fluids, travel])

    for label, amount in (("Loyer", "2000.00"), ("Charges locatives", "450.00"), ("Ménage", "540.00")):
        session.add(m.RecurringCharge(label=label, amount=Decimal(amount), frequency="month",
                                      start_date=D(2024, 1, 1), site=site))  # fmt: skip
    session.add(m.RecurringCharge(label="Location du copieur", amount=Decimal("150.00"),
                                  frequency="month", start_date=D(2024, 1, 1), category=reprographie))  # fmt: skip

    def bill(label, amount, day=D(2025, 2, 10), service=(None, None), **attachment):
        session.add(m.Bill(date=day, supplier="Fournisseur", label=label, amount=Decimal(amount),
                           service_start=service[0], service_end=service[1], **attachment))  # fmt: skip

    bill("Assurance du véhicule", "180.00", equipment=vehicle)
    bill("Entretien du véhicule", "240.00", equipment=vehicle)
    bill("Carburant", "310.00", equipment=vehicle)
    bill("Assurance des locaux", "300.00", service=(T1_START, T1_END), site=site)
    bill("Électricité", "1140.00", service=(T1_START, T1_END), category=fluids)
    bill("Téléphone", "387.65", day=D(2025, 2, 5), category=fluids)
    bill("Frais de déplacement", "86.40", category=travel, key_override=direct)
    session.flush()
    return convention
