"""The worked example of DESIGN.md §4 as engine inputs (T1 2025, PAYS and ST2B)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

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
T1 = (D(2025, 1, 1), D(2025, 3, 31))


def tl(*entries):
    return Timeline(Dated(d, Fraction(v), a) for d, v, *rest in entries for a in [rest[0] if rest else None])


def worked_example() -> CostData:
    def person(ident, name, shares, payroll=None):
        return StaffInput(
            ident, name, D(2020, 1, 1), None, tl((D(2020, 1, 1), 1)),
            {ST2B.id: shares}, payroll or {},
        )  # fmt: skip

    alice = person(
        1, "Alice", tl((D(2024, 1, 1), "0.4"), (D(2025, 3, 1), "0.5", "avenant n° 1")),
        {(2025, 1): Decimal("4200.00"), (2025, 2): Decimal("4200.00"), (2025, 3): Decimal("4900.00")},
    )
    others = [person(i, n, tl((D(2024, 1, 1), 0))) for i, n in ((2, "Bruno"), (3, "Chloé"), (4, "David"))]
    keys = {
        1: KeyInput(1, "Kilomètres", "metered", meter_id=1),
        2: KeyInput(2, "Copies", "metered", meter_id=2),
        3: KeyInput(3, "Effectifs", "headcount"),
        4: KeyInput(4, "Direct ST2b", "direct", party_id=ST2B.id),
    }
    meters = {
        1: MeterInput(1, "Kilométrage", "km", (ReadingPeriod(*T1, {1: Fraction(2900), 2: Fraction(1100)}),)),
        2: MeterInput(2, "Copies", "copies", (ReadingPeriod(*T1, {1: Fraction(9600), 2: Fraction(3200)}),)),
    }
    site = SiteInput(
        1, "Bureaux de Briey",
        {
            PAYS.id: tl((D(2024, 1, 1), 104), (D(2025, 2, 15), 92, "avenant n° 1")),
            ST2B.id: tl((D(2024, 1, 1), 36), (D(2025, 2, 15), 48, "avenant n° 1")),
        },
    )  # fmt: skip
    vehicle = EquipmentInput(1, "Véhicule", Decimal("18000.00"), D(2023, 7, 1), 5, Timeline([Dated(D(2023, 7, 1), 1)]))
    categories = {
        1: CategoryInput(1, "Reprographie", Timeline([Dated(D(2024, 1, 1), 2)])),
        2: CategoryInput(2, "Fluides et télécoms", Timeline([Dated(D(2024, 1, 1), 3)])),
        3: CategoryInput(3, "Déplacements", Timeline([Dated(D(2024, 1, 1), 3)])),
    }
    site_at, vehicle_at = Attachment("site", 1), Attachment("equipment", 1)
    charges = (
        ChargeInput(1, "Loyer", Decimal("2000.00"), "month", D(2024, 1, 1), None, site_at),
        ChargeInput(2, "Charges locatives", Decimal("450.00"), "month", D(2024, 1, 1), None, site_at),
        ChargeInput(3, "Ménage", Decimal("540.00"), "month", D(2024, 1, 1), None, site_at),
        ChargeInput(4, "Location du copieur", Decimal("150.00"), "month", D(2024, 1, 1), None, Attachment("category", 1)),
    )

    def bill(ident, label, amount, attachment, day=D(2025, 2, 10), service=(None, None), override=None):
        return BillInput(ident, day, "Fournisseur", f"F{ident}", label, Decimal(amount), *service, attachment, override)

    bills = (
        bill(1, "Assurance du véhicule", "180.00", vehicle_at),
        bill(2, "Entretien du véhicule", "240.00", vehicle_at),
        bill(3, "Carburant", "310.00", vehicle_at),
        bill(4, "Assurance des locaux", "300.00", site_at, service=T1),
        bill(5, "Électricité", "1140.00", Attachment("category", 2), service=T1),
        bill(6, "Téléphone", "387.65", Attachment("category", 2), day=D(2025, 2, 5)),
        bill(7, "Frais de déplacement", "86.40", Attachment("category", 3), override=4),
    )
    return CostData(
        provider=PAYS,
        beneficiaries=(ST2B,),
        staff=(alice, *others),
        equipment=(vehicle,),
        sites={1: site},
        keys=keys,
        categories=categories,
        meters=meters,
        charges=charges,
        bills=bills,
        own_headcount={ST2B.id: tl((D(2024, 1, 1), 2))},
    )
