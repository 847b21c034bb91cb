"""Allocation keys, expense categories, own headcount, meters and their readings."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import (
    AllocationKey,
    Amendment,
    CategoryKey,
    Equipment,
    ExpenseCategory,
    FixedKeyShare,
    Meter,
    MeterReading,
    OwnHeadcount,
    Party,
    Site,
)
from .common import PartyShare, in_force, on_or_today


@dataclass(frozen=True, slots=True)
class AllocationKeyRow:
    id: int
    name: str
    kind: str
    site: str | None
    meter: str | None
    party: str | None
    #: For a fixed key: the beneficiaries' percentages in force.
    fixed_shares: tuple[PartyShare, ...]


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: int
    code: str
    name: str
    key_name: str | None
    key_since: dt.date | None


@dataclass(frozen=True, slots=True)
class HeadcountRow:
    id: int
    party: str
    effective_date: dt.date
    fte: Decimal
    amendment: int | None


@dataclass(frozen=True, slots=True)
class MeterReadingRow:
    id: int
    meter: str
    unit: str
    period_start: dt.date
    period_end: dt.date
    party: str
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class MeterRow:
    id: int
    name: str
    unit: str
    equipment: str | None


def allocation_keys(session: Session, on: dt.date | None = None) -> list[AllocationKeyRow]:
    """The allocation keys with what each is based on; fixed percentages in force on ``on``."""
    fixed = in_force(
        (
            ((key_id, code, name), effective, share)
            for key_id, code, name, effective, share in session.execute(
                select(
                    FixedKeyShare.key_id, Party.code, Party.name, FixedKeyShare.effective_date,
                    FixedKeyShare.share,
                )
                .join(Party, Party.id == FixedKeyShare.party_id)
                .order_by(FixedKeyShare.effective_date)
            )
        ),
        on_or_today(on),
    )
    by_key: dict[int, list[PartyShare]] = defaultdict(list)
    for (key_id, code, name), share in fixed.items():
        by_key[key_id].append(PartyShare(code, name, share))
    rows = session.execute(
        select(AllocationKey.id, AllocationKey.name, AllocationKey.kind, Site.name, Meter.name,
               Party.name)
        .outerjoin(Site, Site.id == AllocationKey.site_id)
        .outerjoin(Meter, Meter.id == AllocationKey.meter_id)
        .outerjoin(Party, Party.id == AllocationKey.party_id)
        .order_by(AllocationKey.name)
    )
    return [
        AllocationKeyRow(*row, fixed_shares=tuple(sorted(by_key[row[0]], key=lambda s: s.party_name)))
        for row in rows
    ]


def categories(session: Session, on: dt.date | None = None) -> list[CategoryRow]:
    """The expense categories with the key in force on ``on``, by name."""
    keys = in_force(
        (
            (category_id, effective, (name, effective))
            for category_id, effective, name in session.execute(
                select(CategoryKey.category_id, CategoryKey.effective_date, AllocationKey.name)
                .join(AllocationKey, AllocationKey.id == CategoryKey.key_id)
                .order_by(CategoryKey.effective_date)
            )
        ),
        on_or_today(on),
    )
    result = []
    for row in session.execute(
        select(ExpenseCategory.id, ExpenseCategory.code, ExpenseCategory.name)
        .order_by(ExpenseCategory.name)
    ):
        key_name, since = keys.get(row.id, (None, None))
        result.append(CategoryRow(*row, key_name=key_name, key_since=since))
    return result


def own_headcount(session: Session) -> list[HeadcountRow]:
    """Every dated FTE recorded outside the staff register, by party then date."""
    rows = session.execute(
        select(
            OwnHeadcount.id, Party.name, OwnHeadcount.effective_date, OwnHeadcount.fte,
            Amendment.number,
        )
        .join(Party, Party.id == OwnHeadcount.party_id)
        .outerjoin(Amendment, Amendment.id == OwnHeadcount.amendment_id)
        .order_by(Party.name, OwnHeadcount.effective_date)
    )
    return [HeadcountRow(*row) for row in rows]


def meter_readings(session: Session) -> list[MeterReadingRow]:
    """Every meter reading, latest period first, then by meter and party."""
    rows = session.execute(
        select(
            MeterReading.id, Meter.name, Meter.unit, MeterReading.period_start,
            MeterReading.period_end, Party.name, MeterReading.quantity,
        )
        .join(Meter, Meter.id == MeterReading.meter_id)
        .join(Party, Party.id == MeterReading.party_id)
        .order_by(MeterReading.period_start.desc(), Meter.name, Party.name)
    )
    return [MeterReadingRow(*row) for row in rows]


def meters(session: Session) -> list[MeterRow]:
    """The meters (km, copies…) with the item each belongs to, by name."""
    rows = session.execute(
        select(Meter.id, Meter.name, Meter.unit, Equipment.name)
        .outerjoin(Equipment, Equipment.id == Meter.equipment_id)
        .order_by(Meter.name)
    )
    return [MeterRow(*row) for row in rows]
