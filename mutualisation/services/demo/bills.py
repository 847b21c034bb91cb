"""The demonstration's bills, month by month, drawn from :mod:`.data` with the seeded random source."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from ...domain.money import D
from ...domain.periods import month_end
from ...storage.models import Bill, MeterReading
from .data import MONTHS_FR, RAISE, READING_QUARTERS, START, SUPPLIES, TRAVEL
from .records import Demo, attach_to, month_starts, next_month, ref, thousands, vary


def _bill(demo: Demo, day, supplier, reference, label, amount, attachment, *,
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
            **attach_to(demo, attachment),
        )
    )


def add_bills(demo: Demo) -> None:
    for builder in (_energy_bills, _telecom_and_postage_bills, _supplies_bills, _vehicle_bills,
                    _insurance_and_it_bills, _copy_bills, _travel_bills):  # fmt: skip
        builder(demo)


def _energy_bills(demo: Demo) -> None:
    rng = demo.rng
    # Electricity of the Briey offices, read every two months: the March-April period
    # straddles two quarters. Shared by headcount (category), as Article 5 says.
    by_bimester = {1: "1180.00", 3: "820.00", 5: "560.00", 7: "610.00", 9: "640.00", 11: "1050.00"}
    for start in month_starts(START, dt.date(2026, 3, 1)):
        if start.month % 2 == 0:
            continue
        end = month_end(next_month(start))
        base = Decimal(by_bimester[start.month]) * RAISE[start.year]  # tariff follows prices
        _bill(demo, end + dt.timedelta(days=10), "TotalEnergies Électricité et Gaz France",
              ref("FE", rng, 10),
              f"Électricité des bureaux de Briey — {MONTHS_FR[start.month - 1]}-"
              f"{MONTHS_FR[end.month - 1]} {end.year}",
              vary(base, rng, 6), ("category", "FLUIDES"), service=(start, end))  # fmt: skip
    _bill(demo, dt.date(2026, 1, 22), "TotalEnergies Électricité et Gaz France",
          ref("AV", rng, 10), "Avoir — régularisation annuelle de consommation 2025", "-184.37",
          ("category", "FLUIDES"), service=(START, dt.date(2025, 12, 31)),
          notes="Régularisation après le relevé réel du compteur du 9 janvier 2026.")  # fmt: skip
    # Heating gas, read from the 15th: periods cross both quarters and years. Heating goes
    # with the premises, so these bills are attached to the site (surface key).
    gas_start = dt.date(2024, 11, 15)
    while gas_start <= dt.date(2026, 3, 15):
        end = dt.date(gas_start.year + (gas_start.month + 1) // 12,
                      (gas_start.month + 1) % 12 + 1, 14)  # fmt: skip
        winter = gas_start.month in (11, 1)
        amount = vary("960.00" if winter else "390.00" if gas_start.month in (3, 9) else "85.00",
                       rng, 10)  # fmt: skip
        _bill(demo, end + dt.timedelta(days=9), "ENGIE", ref("GN-", rng, 9),
              f"Gaz naturel (chauffage) — du {gas_start:%d/%m/%Y} au {end:%d/%m/%Y}",
              amount, ("site", "Bureaux de Briey"), service=(gas_start, end))  # fmt: skip
        gas_start = end + dt.timedelta(days=1)
    for label, start, end in READING_QUARTERS[:5]:
        _bill(demo, end + dt.timedelta(days=15), "EDF", ref("EDF", rng, 10),
              f"Électricité de l'antenne de Landres — {label.replace('-', ' ')}",
              vary("215.00", rng, 15), ("site", "Antenne de Landres"), service=(start, end))


def _telecom_and_postage_bills(demo: Demo) -> None:
    rng = demo.rng
    for month in month_starts(START, dt.date(2026, 6, 1)):
        name = f"{MONTHS_FR[month.month - 1]} {month.year}"
        # Billed at the start of the month, no service period: the whole bill falls on its date.
        fixed = Decimal("372.00") * (Decimal("1.032") if month.year == 2026 else 1)
        _bill(demo, month.replace(day=5), "Orange Business", ref("F", rng, 10),
              f"Téléphonie fixe et accès internet — {name}",
              D(fixed) + Decimal(rng.randint(800, 2400)) / 100, ("category", "TELECOM"))
        # Calls outside the plans, now and then.
        extra = Decimal(rng.randint(300, 4200)) / 100 if rng.random() < 0.3 else 0
        mobiles = Decimal("99.50") + extra
        _bill(demo, month.replace(day=12), "Bouygues Telecom Entreprises", ref("BTE", rng, 9),
              f"Forfaits mobiles (5 lignes) — {name}", mobiles, ("category", "TELECOM"))
        _bill(demo, month.replace(day=8), "La Poste", ref("LP", rng, 10),
              f"Rechargement de la machine à affranchir — {name}",
              Decimal(rng.randrange(150, 330, 10)), ("category", "AFFRANCH"))  # fmt: skip


def _supplies_bills(demo: Demo) -> None:
    rng = demo.rng
    for month in month_starts(START, dt.date(2026, 6, 1)):
        if rng.random() < 0.65:
            _bill(demo, month.replace(day=rng.randint(3, 26)), "Bureau Vallée Briey",
                  ref("BV", rng, 7), rng.choice(SUPPLIES),
                  Decimal(rng.randint(3800, 26000)) / 100, ("category", "FOURN"))
        if month.month % 3 == 1:  # paper is ordered once a quarter
            _bill(demo, month.replace(day=rng.randint(6, 14)), "Lyreco France",
                  ref("LY", rng, 8), "Papier A4 80 g (10 cartons de 5 ramettes)",
                  vary("184.50", rng, 5), ("category", "REPRO"))
    _bill(demo, dt.date(2025, 12, 3), "Bureau Vallée Briey", ref("BV", rng, 7),
          "Agendas et calendriers 2026", "126.40", ("category", "FOURN"))  # fmt: skip


def _vehicle_bills(demo: Demo) -> None:
    rng = demo.rng
    vehicle = ("equipment", "vehicle")
    km_by_quarter = {start: _quarter_total(demo, "km", start) for _l, start, _e in READING_QUARTERS}
    for month in month_starts(START, dt.date(2026, 5, 1)):
        quarter_start = month.replace(month=3 * ((month.month - 1) // 3) + 1)
        # About 6 l/100 km of diesel at 1.75 €/l, for a third of the quarter's distance.
        fuel = km_by_quarter[quarter_start] / 3 * Decimal("0.105")
        _bill(demo, next_month(month).replace(day=4), "TotalEnergies Marketing France",
              ref("CC", rng, 8),
              f"Carte carburant — relevé de {MONTHS_FR[month.month - 1]} {month.year}",
              vary(fuel, rng, 6), vehicle)  # fmt: skip
    for day, label, amount in (
        (dt.date(2025, 4, 17), "Révision des 30 000 km", "238.90"),
        (dt.date(2025, 10, 8), "Remplacement des deux pneumatiques avant", "418.60"),
        (dt.date(2025, 12, 2), "Balais d'essuie-glace et contrôle hiver", "46.80"),
        (dt.date(2026, 3, 24), "Révision des 45 000 km et plaquettes de frein", "352.40"),
    ):
        _bill(demo, day, "Garage du Pays-Haut", ref("GPH", rng, 6), label, amount, vehicle)
    for year, amount in ((2025, "724.32"), (2026, "746.05")):
        _bill(demo, dt.date(year, 1, 15), "MAIF", ref("MAIF-VEH-", rng, 7),
              f"Assurance du véhicule — cotisation {year}", amount, vehicle,
              service=(dt.date(year, 1, 1), dt.date(year, 12, 31)))  # fmt: skip


def _quarter_total(demo: Demo, meter_code: str, start: dt.date) -> Decimal:
    """All parties' use of a meter in the quarter starting on ``start`` (readings are flushed)."""
    quantities = demo.session.scalars(
        select(MeterReading.quantity).where(
            MeterReading.meter_id == demo.meters[meter_code].id, MeterReading.period_start == start
        )
    )
    return sum(quantities, Decimal(0))


def _insurance_and_it_bills(demo: Demo) -> None:
    rng = demo.rng
    for year, premises, liability in ((2025, "1184.40", "486.00"), (2026, "1219.92", "502.00")):
        whole_year = (dt.date(year, 1, 1), dt.date(year, 12, 31))
        _bill(demo, dt.date(year, 1, 20), "MAIF", ref("MAIF-MRP-", rng, 7),
              f"Assurance multirisque des bureaux — cotisation {year}", premises,
              ("site", "Bureaux de Briey"), service=whole_year)
        _bill(demo, dt.date(year, 1, 20), "MAIF", ref("MAIF-RC-", rng, 7),
              f"Responsabilité civile de l'association — cotisation {year}", liability,
              ("category", "ASSUR"), service=whole_year)
        # Yearly renewals that straddle two calendar years.
        _bill(demo, dt.date(year, 2, 3), "OVHcloud", ref("FR", rng, 8),
              f"Nom de domaine et hébergement du site internet — {year}-{year + 1}",
              "215.88" if year == 2025 else "227.88", ("category", "INFO"),
              service=(dt.date(year, 2, 1), dt.date(year + 1, 1, 31)))
        _bill(demo, dt.date(year, 3, 2), "Ordi'Services Briey", ref("OSB-", rng, 5),
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
        _bill(demo, day, "Ordi'Services Briey", ref("OSB-", rng, 5), label, amount, attachment)


def _copy_bills(demo: Demo) -> None:
    # The lessor bills the copies made each quarter (toner and maintenance included),
    # so these follow the copier's own key, the copies meter.
    for label, start, end in READING_QUARTERS[:5]:
        copies = _quarter_total(demo, "copies", start)
        _bill(demo, end + dt.timedelta(days=12), "Canon France", ref("CF", demo.rng, 9),
              f"Coût des copies — {label.replace('-', ' ')} ({thousands(copies)} copies)",
              copies * Decimal("0.0078"), ("equipment", "copier"),
              service=(start, end))  # fmt: skip


def _travel_bills(demo: Demo) -> None:
    for day, supplier, label, amount, override in TRAVEL:
        _bill(demo, day, supplier, ref("DEP", demo.rng, 6), label, amount,
              ("category", "DEPL"), override=override)  # fmt: skip
