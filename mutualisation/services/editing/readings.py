"""Meter readings as a grid: one row per billing period of a year, one column per party."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.inputs import PartyInfo
from ...domain.periods import Period, billing_periods
from ...domain.i18n import tr
from ...storage import models as m
from .common import check_amount, fetch
from .guards import refuse_deletion_if_issued


@dataclass(frozen=True, slots=True)
class ReadingsYear:
    meter_id: int
    unit: str
    year: int
    periods: tuple[Period, ...]
    parties: tuple[PartyInfo, ...]  # the grid's columns
    #: (period start, party id) → quantity recorded.
    quantities: dict[tuple[dt.date, int], Decimal]


@dataclass(frozen=True, slots=True)
class ReadingChange:
    """One cell typed or pasted: ``quantity`` None removes the reading."""

    period: Period
    party_id: int
    quantity: Decimal | None


def billing_frequency(session: Session) -> str:
    """The billing frequency of the first convention (readings follow it), quarterly by default."""
    frequency = session.scalar(select(m.Convention.billing_frequency).order_by(m.Convention.start_date).limit(1))
    return frequency or "quarterly"


def convention_parties(session: Session) -> list[PartyInfo]:
    """The provider(s), then the beneficiaries in convention order, then the other parties."""
    order: list[int] = []
    for convention in session.scalars(select(m.Convention).order_by(m.Convention.start_date)):
        order += [convention.provider_id] + [b.party_id for b in convention.beneficiaries]
    rank = {pid: i for i, pid in reversed(list(enumerate(order)))}
    parties = session.scalars(select(m.Party)).all()
    parties.sort(key=lambda p: (rank.get(p.id, len(rank)), p.name))
    return [PartyInfo(p.id, p.code, p.name) for p in parties]


def readings_year(session: Session, meter_id: int, year: int) -> ReadingsYear:
    """The readings of ``meter_id`` for the billing periods of ``year``.

    Columns are the convention's parties; a party outside any convention appears only if
    it already has readings that year.
    """
    meter = fetch(session, m.Meter, meter_id, tr("Edit", "le compteur"))
    periods = tuple(billing_periods(year, billing_frequency(session)))
    rows = session.scalars(
        select(m.MeterReading).where(
            m.MeterReading.meter_id == meter_id,
            m.MeterReading.period_start >= dt.date(year, 1, 1),
            m.MeterReading.period_start <= dt.date(year, 12, 31),
        )
    ).all()
    in_convention = {pid for c in session.scalars(select(m.Convention))
                     for pid in [c.provider_id, *(b.party_id for b in c.beneficiaries)]}  # fmt: skip
    used = {row.party_id for row in rows}
    parties = tuple(p for p in convention_parties(session) if p.id in in_convention or p.id in used)
    quantities = {(row.period_start, row.party_id): row.quantity for row in rows}
    return ReadingsYear(meter_id, meter.unit, year, periods, parties, quantities)


def set_readings(session: Session, meter_id: int, changes: Sequence[ReadingChange]) -> None:
    """Record typed or pasted quantities, all or nothing: every cell is checked before any is
    written. A cleared cell removes its reading, unless an issued statement covers that period."""
    meter = fetch(session, m.Meter, meter_id, tr("Edit", "le compteur"))
    planned = []
    for change in changes:
        party = fetch(session, m.Party, change.party_id, tr("Edit", "la partie"))
        row = session.scalar(
            select(m.MeterReading).where(
                m.MeterReading.meter_id == meter_id,
                m.MeterReading.period_start == change.period.start,
                m.MeterReading.party_id == party.id,
            )
        )
        quantity = None
        if change.quantity is not None:
            what = tr("Edit", "Relevé {meter} de {party} ({period})", meter=meter.name, party=party.code,
                      period=change.period.label)
            quantity = check_amount(change.quantity, what, places=3)
        elif row is not None:
            refuse_deletion_if_issued(
                session, row.period_start, row.period_end, tr("Delete", "le relevé {meter} de {party}", meter=meter.name, party=party.code)
            )
        planned.append((change, party, row, quantity))
    for change, party, row, quantity in planned:
        if quantity is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = m.MeterReading(meter_id=meter_id, party_id=party.id, period_start=change.period.start)
            session.add(row)
        row.period_end, row.quantity = change.period.end, quantity
    session.flush()
