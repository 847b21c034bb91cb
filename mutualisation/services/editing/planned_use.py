"""Planned meter use: the quantity each party is expected to use over a year (km, copies,
hours), which the forecast and the advance calls bill instead of readings (R13, §5 Forecast).

One quantity per meter, year and party, edited as a grid: one row per meter, one column per
party. Every change is checked before any is written (all or nothing); the audit log records
it as any other edit, through the session.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.inputs import PartyInfo
from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from .common import check_amount, fetch
from .readings import convention_parties

#: The years a forecast may be planned for: those the year pickers offer.
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True, slots=True)
class MeterInfo:
    id: int
    name: str
    unit: str


@dataclass(frozen=True, slots=True)
class PlannedUseYear:
    year: int
    meters: tuple[MeterInfo, ...]  # the grid's rows, by name
    parties: tuple[PartyInfo, ...]  # the grid's columns
    #: (meter id, party id) → quantity planned.
    quantities: dict[tuple[int, int], Decimal]


@dataclass(frozen=True, slots=True)
class PlannedUseChange:
    """One cell typed or pasted: ``quantity`` None removes the planned quantity."""

    meter_id: int
    party_id: int
    quantity: Decimal | None


def check_year(year: int) -> int:
    if not isinstance(year, int) or not FIRST_YEAR <= year <= LAST_YEAR:
        raise ServiceError(tr("Edit", "Année {year} hors des limites : choisissez une année de {first} à {last}.",
                              year=year, first=FIRST_YEAR, last=LAST_YEAR))
    return year


def planned_use_year(session: Session, year: int) -> PlannedUseYear:
    """Every meter's planned use for ``year``.

    Columns are the conventions' parties; a party outside any convention appears only if it
    already has a planned quantity that year.
    """
    check_year(year)
    meters = tuple(MeterInfo(r.id, r.name, r.unit) for r in session.scalars(select(m.Meter).order_by(m.Meter.name)))
    rows = session.scalars(select(m.PlannedMeterUse).where(m.PlannedMeterUse.year == year)).all()
    in_convention = {pid for c in session.scalars(select(m.Convention))
                     for pid in [c.provider_id, *(b.party_id for b in c.beneficiaries)]}  # fmt: skip
    used = {row.party_id for row in rows}
    parties = tuple(p for p in convention_parties(session) if p.id in in_convention or p.id in used)
    return PlannedUseYear(year, meters, parties, {(row.meter_id, row.party_id): row.quantity for row in rows})


def set_planned_use(session: Session, year: int, changes: Sequence[PlannedUseChange]) -> None:
    """Record typed or pasted planned quantities for ``year``, all or nothing: every cell is
    checked (meter and party known, a quantity of at most three decimals, never negative)
    before any is written. A cleared cell removes the planned quantity."""
    check_year(year)
    planned = []
    seen: set[tuple[int, int]] = set()
    for change in changes:
        meter = fetch(session, m.Meter, change.meter_id, tr("Edit", "le compteur"))
        party = fetch(session, m.Party, change.party_id, tr("Edit", "la partie"))
        what = tr("Edit", "Utilisation prévue {year} du compteur « {meter} » pour {party}",
                  year=year, meter=meter.name, party=party.code)
        if (meter.id, party.id) in seen:  # one quantity per meter, year and party
            raise ServiceError(tr("Edit", "{what} : donnée deux fois, une seule quantité est possible.", what=what))
        seen.add((meter.id, party.id))
        quantity = None
        if change.quantity is not None:
            if change.quantity < 0:
                raise ServiceError(tr("Edit", "{what} : une quantité ne peut pas être négative.", what=what))
            quantity = check_amount(change.quantity, what, places=3)
        row = session.scalar(
            select(m.PlannedMeterUse).where(
                m.PlannedMeterUse.meter_id == meter.id,
                m.PlannedMeterUse.year == year,
                m.PlannedMeterUse.party_id == party.id,
            )
        )
        planned.append((meter.id, party.id, row, quantity))
    for meter_id, party_id, row, quantity in planned:
        if quantity is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = m.PlannedMeterUse(meter_id=meter_id, year=year, party_id=party_id)
            session.add(row)
        row.quantity = quantity
    session.flush()
