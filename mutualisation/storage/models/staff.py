"""Staff made available: employment, dated working time and shares, payroll, planned cost."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..types import Money, Ratio
from .base import Base, Versioned
from .parties import Party


class StaffMember(Versioned, Base):
    """A person employed by the provider whose time may be shared."""

    __tablename__ = "staff_member"
    __table_args__ = (
        CheckConstraint(
            "employment_end IS NULL OR employment_end >= employment_start", name="employment"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    job_title: Mapped[str] = mapped_column(String(200), default="")
    employment_start: Mapped[dt.date] = mapped_column(Date)
    employment_end: Mapped[dt.date | None] = mapped_column(Date)

    working_times: Mapped[list["WorkingTime"]] = relationship(
        order_by="WorkingTime.effective_date", cascade="all, delete-orphan"
    )
    shares: Mapped[list["StaffShare"]] = relationship(
        order_by="StaffShare.effective_date", cascade="all, delete-orphan"
    )
    payroll: Mapped[list["PayrollCost"]] = relationship(
        order_by="PayrollCost.month", cascade="all, delete-orphan"
    )
    planned_costs: Mapped[list["PlannedStaffCost"]] = relationship(
        order_by="PlannedStaffCost.year", cascade="all, delete-orphan"
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class WorkingTime(Versioned, Base):
    """Working time (1 = full time, 0.8 = 80 %) from a date on."""

    __tablename__ = "working_time"
    __table_args__ = (
        UniqueConstraint("staff_id", "effective_date"),
        CheckConstraint("fraction > 0 AND fraction <= 1000000", name="fraction"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    fraction: Mapped[Decimal] = mapped_column(Ratio())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class StaffShare(Versioned, Base):
    """The share of a person's time made available to one beneficiary, from a date on."""

    __tablename__ = "staff_share"
    __table_args__ = (
        UniqueConstraint("staff_id", "party_id", "effective_date"),
        CheckConstraint("share >= 0 AND share <= 1000000", name="share"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    share: Mapped[Decimal] = mapped_column(Ratio())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))

    party: Mapped["Party"] = relationship()


class PayrollCost(Versioned, Base):
    """What a person cost the provider in one month (``month`` is its first day)."""

    __tablename__ = "payroll_cost"
    __table_args__ = (UniqueConstraint("staff_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"))
    month: Mapped[dt.date] = mapped_column(Date)
    gross_salary: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    employer_charges: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    other_costs: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))

    @property
    def total(self) -> Decimal:
        return self.gross_salary + self.employer_charges + self.other_costs


class PlannedStaffCost(Versioned, Base):
    """A person's expected cost for a whole year, for the forecast."""

    __tablename__ = "planned_staff_cost"
    __table_args__ = (
        UniqueConstraint("staff_id", "year"),
        CheckConstraint("amount >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money())
