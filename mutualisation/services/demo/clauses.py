"""The financial clauses of the demonstration convention, set by amendment n° 2 from 2026.

So that a new user sees them at work on the 2026 quarters, while 2025 keeps its figures: a
5 % management fee on staff costs, VAT at 20 % on lent staff (the others exempt, art. 261 B),
an absence kept by the Pays with its IJSS, a training the beneficiaries still pay for, the
yearly revaluation of the Landres premises, the vehicle billed 0.39 €/km (R12) and two parking
spaces provided free to the ST2b (R17). Recorded through the same validated services as the
screens use.

The km price is the vehicle's 2025 cost per km (depreciation 3,600.00 + bills 3,133.82 over
17,474 km = 0.385 €/km, rounded up to the cent). Billed per km, the vehicle's own costs
(depreciation, fuel, insurance, servicing) would be billed a second time if they still followed
the km key: from the same day its key is « Direct Pays », so the Pays keeps them and recovers
them through the price, as the convention says.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from ...domain.vocabulary import Section, VatKind
from ...storage.models import Convention, EquipmentKey, RecurringCharge, StaffMember
from ..editing import clauses
from .records import Demo

FROM = dt.date(2026, 1, 1)
AMENDMENT = 2
FEE = ("0.05", ("personnel",))
# section: (treatment, rate, legal basis, EN 16931 exemption code). Subject to VAT from 2026, the
# Pays taxes lent staff; the other means it provides at cost are exempt (art. 261 B du CGI,
# the cost-sharing exemption of art. 132-1-f of the VAT directive), each with its own basis.
VAT = {
    Section.PERSONNEL: (VatKind.TAXABLE, "0.20", "", ""),
    Section.MATERIEL: (VatKind.EXEMPT, "0", "art. 261 B du CGI", "VATEX-EU-132-1F"),
    Section.LOCAUX: (VatKind.EXEMPT, "0", "art. 261 B du CGI", "VATEX-EU-132-1F"),
    Section.DEPENSES: (VatKind.EXEMPT, "0", "art. 261 B du CGI", "VATEX-EU-132-1F"),
}
# (last name, from, to, kind, IJSS received for that month or None)
ABSENCES = (
    ("Moreau", dt.date(2026, 3, 9), dt.date(2026, 3, 13), "maladie", "186.60"),
    ("Girard", dt.date(2026, 5, 18), dt.date(2026, 5, 19), "formation", None),
)
# charge label: (yearly rate, reference date)
REVALUATIONS = {"Occupation de l'antenne — commune de Landres": ("0.015", dt.date(2025, 1, 1))}
# meter code: (price per unit, equipment code, the key its own costs follow from then on)
PRICED_METERS = {"km": ("0.39", "vehicle", "Direct Pays")}
# (beneficiary, category code) provided free, pour mémoire, from FROM on
FREE = (("ST2B", "STATION"),)


def add_clauses(demo: Demo) -> None:
    session = demo.session
    convention = session.scalars(select(Convention)).one()
    amendment = demo.amendment_id(AMENDMENT)
    rate, sections = FEE
    clauses.set_management_fee(session, convention.id, FROM, Decimal(rate), sections, amendment)
    for section, (treatment, vat_rate, basis, code) in VAT.items():
        clauses.set_section_vat(session, convention.id, section, FROM, treatment, Decimal(vat_rate),
                                legal_basis=basis, exemption_code=code, amendment_id=amendment)  # fmt: skip
    for last_name, start, end, kind, received in ABSENCES:
        person = session.scalars(select(StaffMember).where(StaffMember.last_name == last_name)).one()
        clauses.save_absence(session, person.id, start, end, kind)
        if received:
            clauses.set_reimbursement(session, person.id, start.replace(day=1), Decimal(received), "ijss")
    for label, (yearly, reference) in REVALUATIONS.items():
        charge = session.scalars(select(RecurringCharge).where(RecurringCharge.label == label)).one()
        clauses.set_charge_revaluation(session, charge.id, Decimal(yearly), reference, amendment)
    for meter_code, (price, item_code, key_name) in PRICED_METERS.items():
        clauses.set_meter_price(session, demo.meters[meter_code].id, FROM, Decimal(price), amendment)
        demo.equipment[item_code].keys.append(
            EquipmentKey(effective_date=FROM, key_id=demo.keys[key_name].id, amendment_id=amendment)
        )
    for code, category in FREE:
        clauses.add_free_provision(session, convention.id, demo.pid(code), category_id=demo.categories[category].id,
                                   start_date=FROM, amendment_id=amendment)  # fmt: skip
