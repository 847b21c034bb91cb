"""DESIGN.md §4's worked example 2 — the clauses — as engine inputs (T2 2025, PAYS → ST2B)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from mutualisation.domain.clauses import (
    EXEMPT,
    OUTSIDE_SCOPE,
    TAXABLE,
    Absence,
    ConventionClauses,
    FeeTerms,
    FreeProvision,
    Revaluation,
    VatTreatment,
)
from mutualisation.domain.inputs import (
    Attachment,
    BillInput,
    CategoryInput,
    ChargeInput,
    CostData,
    EquipmentInput,
    KeyInput,
    MeterInput,
    PartyInfo,
    ReadingPeriod,
    SiteInput,
    StaffInput,
)
from mutualisation.domain.timeline import Dated, Timeline

D = dt.date
PAYS = PartyInfo(1, "PAYS", "Pays du bassin de Briey")
ST2B = PartyInfo(2, "ST2B", "ST2b")
T2 = (D(2025, 4, 1), D(2025, 6, 30))
TELECOM = Attachment("category", 1)

PERSONNEL_VAT = VatTreatment(TAXABLE, Fraction(1, 5))
LOCAUX_VAT = VatTreatment(EXEMPT, legal_basis="art. 261 D 2° du CGI", exemption_code="VATEX-EU-F")
OTHER_VAT = VatTreatment(OUTSIDE_SCOPE, legal_basis="art. 256 B du CGI")


def tl(*entries):
    return Timeline(Dated(d, Fraction(v)) for d, v in entries)


def clauses() -> ConventionClauses:
    start = D(2025, 1, 1)
    return ConventionClauses(
        convention_id=1,
        fee=Timeline([Dated(start, FeeTerms(Fraction(5, 100), frozenset({"personnel"})))]),
        vat={
            "personnel": Timeline([Dated(start, PERSONNEL_VAT)]),
            "locaux": Timeline([Dated(start, LOCAUX_VAT)]),
            "materiel": Timeline([Dated(start, OTHER_VAT)]),
            "depenses": Timeline([Dated(start, OTHER_VAT)]),
        },
        kept_absence_kinds=Timeline([Dated(start, frozenset({"maladie", "accident_travail"}))]),
        free_provisions=(FreeProvision(TELECOM, ST2B.id, D(2025, 4, 1)),),
    )


def worked_example_2(**changes) -> CostData:
    """The example's data; keyword arguments replace fields of the CostData (e.g. ``clauses=``)."""
    month = {(2025, m): Decimal("4200.00") for m in (4, 5, 6)}
    alice = StaffInput(
        1, "Alice", D(2020, 1, 1), None, tl((D(2020, 1, 1), 1)), {ST2B.id: tl((D(2024, 1, 1), "0.5"))},
        month, absences=(Absence(D(2025, 5, 5), D(2025, 5, 9), "maladie"),),
        reimbursements={(2025, 5): Decimal("300.00")},
    )  # fmt: skip
    bruno = StaffInput(
        2, "Bruno", D(2020, 1, 1), None, tl((D(2020, 1, 1), 1)), {ST2B.id: tl((D(2024, 1, 1), 0))}, month,
    )  # fmt: skip
    keys = {
        1: KeyInput(1, "Direct Pays", "direct", party_id=PAYS.id),
        2: KeyInput(2, "Effectifs", "headcount"),
    }
    vehicle = EquipmentInput(1, "Véhicule", Decimal("18000.00"), D(2023, 7, 1), 5, Timeline([Dated(D(2023, 7, 1), 1)]))
    meter = MeterInput(
        1, "Kilométrage", "km", (ReadingPeriod(*T2, {PAYS.id: Fraction(2900), ST2B.id: Fraction(1100)}),),
        equipment_id=1, prices=Timeline([Dated(D(2025, 1, 1), Decimal("0.45"))]),
    )  # fmt: skip
    site = SiteInput(1, "Bureaux de Briey", {PAYS.id: tl((D(2024, 1, 1), 92)), ST2B.id: tl((D(2024, 1, 1), 48))})
    rent = ChargeInput(
        1, "Loyer", Decimal("2000.00"), "month", D(2024, 1, 1), None, Attachment("site", 1),
        revaluation=Revaluation(Fraction(2, 100), D(2024, 1, 1)),
    )  # fmt: skip
    telephone = BillInput(
        1, D(2025, 5, 5), "Opérateur", "T1", "Téléphone", Decimal("387.65"), None, None, TELECOM
    )
    values = dict(
        provider=PAYS,
        beneficiaries=(ST2B,),
        staff=(alice, bruno),
        equipment=(vehicle,),
        sites={1: site},
        keys=keys,
        categories={1: CategoryInput(1, "Télécoms", Timeline([Dated(D(2024, 1, 1), 2)]))},
        meters={1: meter},
        charges=(rent,),
        bills=(telephone,),
        own_headcount={ST2B.id: tl((D(2024, 1, 1), 2))},
        clauses=clauses(),
    )
    values.update(changes)
    return CostData(**values)
