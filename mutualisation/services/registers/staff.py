"""Staff made available, their working time and shares in force, and the payroll."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage.models import Party, PayrollCost, StaffMember, StaffShare, WorkingTime
from .common import PartyShare, beneficiary_order, in_force, on_or_today


@dataclass(frozen=True, slots=True)
class StaffRow:
    id: int
    name: str
    job_title: str
    employment_start: dt.date
    employment_end: dt.date | None
    #: Working time in force (1 = full time), None when none is recorded yet.
    working_time: Decimal | None
    #: Shares in force for each beneficiary, in convention order; zero shares are kept.
    shares: tuple[PartyShare, ...]
    employed: bool

    @property
    def total_share(self) -> Decimal:
        return sum((s.value for s in self.shares), Decimal(0))


@dataclass(frozen=True, slots=True)
class PayrollMonth:
    """What one person's month of payroll costs, in its three parts."""

    gross_salary: Decimal
    employer_charges: Decimal
    other_costs: Decimal

    @property
    def total(self) -> Decimal:
        return self.gross_salary + self.employer_charges + self.other_costs


@dataclass(frozen=True, slots=True)
class PayrollRow(PayrollMonth):
    """A month of payroll recorded for a person (the register's line)."""

    id: int
    staff_id: int
    person: str
    month: dt.date


def staff(session: Session, on: dt.date | None = None) -> list[StaffRow]:
    """The staff register with working time and shares in force on ``on``, by name."""
    on = on_or_today(on)
    working = in_force(
        session.execute(
            select(WorkingTime.staff_id, WorkingTime.effective_date, WorkingTime.fraction)
            .order_by(WorkingTime.effective_date)
        ),
        on,
    )
    share_values = in_force(
        (
            ((staff_id, party_id), effective, share)
            for staff_id, party_id, effective, share in session.execute(
                select(
                    StaffShare.staff_id, StaffShare.party_id, StaffShare.effective_date,
                    StaffShare.share,
                ).order_by(StaffShare.effective_date)
            )
        ),
        on,
    )
    order = beneficiary_order(session)
    known = {pid for pid, _, _ in order}
    extra_ids = {pid for (_, pid) in share_values if pid not in known}
    if extra_ids:
        order += session.execute(
            select(Party.id, Party.code, Party.name).where(Party.id.in_(extra_ids))
            .order_by(Party.name)
        ).all()
    result = []
    for row in session.execute(
        select(
            StaffMember.id, StaffMember.first_name, StaffMember.last_name, StaffMember.job_title,
            StaffMember.employment_start, StaffMember.employment_end,
        ).order_by(StaffMember.last_name, StaffMember.first_name)
    ):
        shares = tuple(
            PartyShare(code, name, share_values[(row.id, pid)])
            for pid, code, name in order
            if (row.id, pid) in share_values
        )
        result.append(
            StaffRow(
                id=row.id,
                name=f"{row.first_name} {row.last_name}".strip(),
                job_title=row.job_title,
                employment_start=row.employment_start,
                employment_end=row.employment_end,
                working_time=working.get(row.id),
                shares=shares,
                employed=row.employment_start <= on
                and (row.employment_end is None or row.employment_end >= on),
            )
        )
    return result


def payroll(session: Session) -> list[PayrollRow]:
    """Every month of payroll recorded, latest month first, then by name."""
    rows = session.execute(
        select(
            PayrollCost.id, PayrollCost.staff_id, StaffMember.first_name, StaffMember.last_name,
            PayrollCost.month, PayrollCost.gross_salary, PayrollCost.employer_charges,
            PayrollCost.other_costs,
        )
        .join(StaffMember, StaffMember.id == PayrollCost.staff_id)
        .order_by(PayrollCost.month.desc(), StaffMember.last_name, StaffMember.first_name)
    )
    return [
        PayrollRow(
            id=r.id, staff_id=r.staff_id, person=f"{r.first_name} {r.last_name}".strip(),
            month=r.month, gross_salary=r.gross_salary, employer_charges=r.employer_charges,
            other_costs=r.other_costs,
        )
        for r in rows
    ]
