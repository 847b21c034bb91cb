"""The financial clauses of the demonstration convention, set by amendment n° 2 from 2026.

So that a new user sees them at work on the 2026 quarters, while 2025 keeps its figures: a
5 % management fee on staff costs, VAT at 20 % on lent staff (the others outside the scope),
an absence kept by the Pays with its IJSS, a training the beneficiaries still pay for, and the
yearly revaluation of the Landres premises. Recorded through the same validated services as
the screens use.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from ...storage.models import Convention, RecurringCharge, StaffMember
from ..editing import clauses
from .records import Demo

FROM = dt.date(2026, 1, 1)
AMENDMENT = 2
FEE = ("0.05", ("personnel",))
# section: (treatment, rate, legal basis)
VAT = {
    "personnel": ("taxable", "0.20", ""),
    "materiel": ("outside_scope", "0", "art. 261-7-1°-b du CGI"),
    "locaux": ("outside_scope", "0", "art. 261-7-1°-b du CGI"),
    "depenses": ("outside_scope", "0", "art. 261-7-1°-b du CGI"),
}
# (last name, from, to, kind, IJSS received for that month or None)
ABSENCES = (
    ("Moreau", dt.date(2026, 3, 9), dt.date(2026, 3, 13), "maladie", "186.60"),
    ("Girard", dt.date(2026, 5, 18), dt.date(2026, 5, 19), "formation", None),
)
# charge label: (yearly rate, reference date)
REVALUATIONS = {"Occupation de l'antenne — commune de Landres": ("0.015", dt.date(2025, 1, 1))}


def add_clauses(demo: Demo) -> None:
    session = demo.session
    convention = session.scalars(select(Convention)).one()
    amendment = demo.amendment_id(AMENDMENT)
    rate, sections = FEE
    clauses.set_management_fee(session, convention.id, FROM, Decimal(rate), sections, amendment)
    for section, (treatment, vat_rate, basis) in VAT.items():
        clauses.set_section_vat(session, convention.id, section, FROM, treatment, Decimal(vat_rate),
                                legal_basis=basis, amendment_id=amendment)  # fmt: skip
    for last_name, start, end, kind, received in ABSENCES:
        person = session.scalars(select(StaffMember).where(StaffMember.last_name == last_name)).one()
        clauses.save_absence(session, person.id, start, end, kind)
        if received:
            clauses.set_reimbursement(session, person.id, start.replace(day=1), Decimal(received), "ijss")
    for label, (yearly, reference) in REVALUATIONS.items():
        charge = session.scalars(select(RecurringCharge).where(RecurringCharge.label == label)).one()
        clauses.set_charge_revaluation(session, charge.id, Decimal(yearly), reference, amendment)
