"""Whether anything is recorded yet, and how much of each register."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from ...storage.models import (
    AllocationKey,
    Amendment,
    Article,
    Bill,
    Convention,
    Equipment,
    ExpenseCategory,
    MeterReading,
    Party,
    PayrollCost,
    RecurringCharge,
    Site,
    StaffMember,
    Statement,
)
from .common import count_rows


@dataclass(frozen=True, slots=True)
class RegisterCounts:
    """How many records each register holds."""

    parties: int
    conventions: int
    articles: int
    amendments: int
    staff: int
    #: Monthly payroll records (one per person and month).
    payroll_entries: int
    latest_payroll_month: dt.date | None
    equipment: int
    sites: int
    allocation_keys: int
    categories: int
    recurring_charges: int
    bills: int
    latest_bill_date: dt.date | None
    meter_readings: int
    latest_reading_end: dt.date | None
    statements: int


def is_empty(session: Session) -> bool:
    """True when nothing has been recorded yet: no party, convention or resource of any kind."""
    for model in (
        Party,
        Convention,
        StaffMember,
        Equipment,
        Site,
        ExpenseCategory,
        AllocationKey,
        RecurringCharge,
        Bill,
        Statement,
    ):
        if session.scalar(select(exists().select_from(model))):
            return False
    return True


def counts(session: Session) -> RegisterCounts:
    """The number of records in each register and the date of the latest bill."""
    return RegisterCounts(
        parties=count_rows(session, Party),
        conventions=count_rows(session, Convention),
        articles=count_rows(session, Article),
        amendments=count_rows(session, Amendment),
        staff=count_rows(session, StaffMember),
        payroll_entries=count_rows(session, PayrollCost),
        latest_payroll_month=session.scalar(select(func.max(PayrollCost.month))),
        equipment=count_rows(session, Equipment),
        sites=count_rows(session, Site),
        allocation_keys=count_rows(session, AllocationKey),
        categories=count_rows(session, ExpenseCategory),
        recurring_charges=count_rows(session, RecurringCharge),
        bills=count_rows(session, Bill),
        latest_bill_date=session.scalar(select(func.max(Bill.date))),
        meter_readings=count_rows(session, MeterReading),
        latest_reading_end=session.scalar(select(func.max(MeterReading.period_end))),
        statements=count_rows(session, Statement),
    )
