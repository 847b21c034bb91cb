"""What the engine computes from: plain values loaded from storage (or built by tests).

Identifiers are whatever the caller uses (database ids); parties are told apart by id
and shown by their short code. Amounts are Decimal euros, quantities and ratios Decimal
or Fraction; dated values are :class:`Timeline` objects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from .clauses import Absence, ConventionClauses, Revaluation
from .timeline import Dated, Timeline


@dataclass(frozen=True, slots=True)
class PartyInfo:
    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class StaffInput:
    """A person: employment, dated working time, dated share per beneficiary, payroll per month."""

    id: int
    name: str
    employment_start: dt.date
    employment_end: dt.date | None
    working_time: Timeline[Fraction]
    shares: Mapping[int, Timeline[Fraction]]  # beneficiary id → share of the person's time
    payroll: Mapping[tuple[int, int], Decimal]  # (year, month) → cost of that month
    # R15: absences (a kind kept by the provider bills none of those days) and the
    # reimbursements received for a payroll month (IJSS, subrogation, aid), which reduce it.
    absences: tuple[Absence, ...] = ()
    reimbursements: Mapping[tuple[int, int], Decimal] = field(default_factory=dict)

    def employed_on(self, day: dt.date) -> bool:
        return self.employment_start <= day and (
            self.employment_end is None or day <= self.employment_end
        )

    def is_shared(self, start: dt.date, end: dt.date, beneficiaries) -> bool:
        """Whether some beneficiary has a share above zero on some day of ``[start, end]``."""
        for party in beneficiaries:
            timeline = self.shares.get(party)
            if timeline and any(e is not None and e.value > 0 for _, _, e in timeline.pieces(start, end)):
                return True
        return False


@dataclass(frozen=True, slots=True)
class KeyInput:
    """An allocation key (R7); ``site_id``, ``meter_id`` or ``party_id`` as its kind needs."""

    id: int
    name: str
    kind: str
    site_id: int | None = None
    meter_id: int | None = None
    party_id: int | None = None
    # For a fixed key: beneficiary id → dated percentage (as a ratio, 0.25 for 25 %).
    fixed_shares: Mapping[int, Timeline[Fraction]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SiteInput:
    id: int
    name: str
    surfaces: Mapping[int, Timeline[Fraction]]  # party id → exclusive m²


@dataclass(frozen=True, slots=True)
class ReadingPeriod:
    """The quantities each party used over one billing period of a meter."""

    start: dt.date
    end: dt.date
    quantities: Mapping[int, Fraction]


@dataclass(frozen=True, slots=True)
class MeterInput:
    id: int
    name: str
    unit: str
    periods: tuple[ReadingPeriod, ...]  # sorted, not overlapping
    equipment_id: int | None = None  # the item it counts for: a priced meter is then *Matériel*
    prices: Timeline[Decimal] = field(default_factory=Timeline)  # R12: dated price per unit


@dataclass(frozen=True, slots=True)
class EquipmentInput:
    id: int
    name: str
    value: Decimal
    in_service: dt.date
    life_years: int
    key: Timeline[int]  # dated key id


@dataclass(frozen=True, slots=True)
class CategoryInput:
    id: int
    name: str
    key: Timeline[int]  # dated key id


@dataclass(frozen=True, slots=True)
class Attachment:
    """What a charge or bill is attached to: ``kind`` is "site", "equipment" or "category"."""

    kind: str
    id: int


@dataclass(frozen=True, slots=True)
class ChargeInput:
    """A recurring charge: ``amount`` per ``frequency`` ("month", "quarter", "year")."""

    id: int
    label: str
    amount: Decimal
    frequency: str
    start: dt.date
    end: dt.date | None
    attachment: Attachment
    source_kind: str = "charge"  # "budget" for a forecast's category budget
    # R16: amounts entered from later dates (each replaces the series from its date on) and
    # the yearly revaluation applied on each anniversary of its reference date.
    later_amounts: tuple[Dated[Decimal], ...] = ()
    revaluation: Revaluation | None = None


@dataclass(frozen=True, slots=True)
class BillInput:
    id: int
    date: dt.date
    supplier: str
    reference: str
    label: str
    amount: Decimal
    service_start: dt.date | None
    service_end: dt.date | None
    attachment: Attachment
    key_override: int | None = None


@dataclass(frozen=True, slots=True)
class CostData:
    """Everything recorded that a period's computation may use.

    ``beneficiaries`` are in convention order: rounding ties go to them in that order,
    then to the provider (R9).
    """

    provider: PartyInfo
    beneficiaries: tuple[PartyInfo, ...]
    staff: tuple[StaffInput, ...] = ()
    equipment: tuple[EquipmentInput, ...] = ()
    sites: Mapping[int, SiteInput] = field(default_factory=dict)
    keys: Mapping[int, KeyInput] = field(default_factory=dict)
    categories: Mapping[int, CategoryInput] = field(default_factory=dict)
    meters: Mapping[int, MeterInput] = field(default_factory=dict)
    charges: tuple[ChargeInput, ...] = ()
    bills: tuple[BillInput, ...] = ()
    own_headcount: Mapping[int, Timeline[Fraction]] = field(default_factory=dict)
    clauses: ConventionClauses = field(default_factory=ConventionClauses)

    @property
    def parties(self) -> tuple[PartyInfo, ...]:
        """Beneficiaries in convention order, then the provider: the rounding tie-break order."""
        return (*self.beneficiaries, self.provider)
