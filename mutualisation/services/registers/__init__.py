"""Read-only views of the registers, as small immutable row values for lists and tables.

Each function takes an open :class:`~sqlalchemy.orm.Session` and returns a list of frozen
dataclasses. Queries select only the columns shown and join the names they need, so that a
register of any size is read in a fixed, small number of queries (the bills register may hold
tens of thousands of rows). Dated values (working time, shares, surfaces, keys, headcount)
are given as in force on a date, ``on`` (today by default): the latest value whose
effective date is on or before it.

Amounts are :class:`~decimal.Decimal` exactly as stored; nothing here computes costs.

One module per register; this package gathers their names, so callers write
``registers.bills(session)`` whatever module serves it.
"""

from __future__ import annotations

from .common import PartyShare
from .overview import RegisterCounts, is_empty, counts
from .parties import PartyRow, parties, own_organisation
from .conventions import (
    ConventionRow,
    ConventionKeyDates,
    ArticleRow,
    AmendmentRow,
    conventions,
    convention_key_dates,
    articles,
    amendments,
)
from .staff import StaffRow, PayrollMonth, PayrollRow, staff, payroll
from .equipment import EquipmentRow, equipment
from .premises import SiteRow, SurfaceRow, sites, site_surfaces
from .keys import (
    AllocationKeyRow,
    CategoryRow,
    HeadcountRow,
    MeterReadingRow,
    MeterRow,
    allocation_keys,
    categories,
    own_headcount,
    meter_readings,
    meters,
)
from .expenses import RecurringChargeRow, BillRow, BillRows, recurring_charges, bills
from .statements import StatementRow, statements

__all__ = [
    "AllocationKeyRow",
    "AmendmentRow",
    "ArticleRow",
    "BillRow",
    "BillRows",
    "CategoryRow",
    "ConventionKeyDates",
    "ConventionRow",
    "EquipmentRow",
    "HeadcountRow",
    "MeterReadingRow",
    "MeterRow",
    "PartyRow",
    "PartyShare",
    "PayrollMonth",
    "PayrollRow",
    "RecurringChargeRow",
    "RegisterCounts",
    "SiteRow",
    "StaffRow",
    "StatementRow",
    "SurfaceRow",
    "allocation_keys",
    "amendments",
    "articles",
    "bills",
    "categories",
    "convention_key_dates",
    "conventions",
    "counts",
    "equipment",
    "is_empty",
    "meter_readings",
    "meters",
    "own_headcount",
    "own_organisation",
    "parties",
    "payroll",
    "recurring_charges",
    "site_surfaces",
    "sites",
    "staff",
    "statements",
]
