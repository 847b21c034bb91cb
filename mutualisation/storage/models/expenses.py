"""Recurring charges and bills, each attached to exactly one site, item or category."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.vocabulary import ChargeFrequency, stored_words
from ..types import Money
from .base import Base, Versioned, one_of
from .keys import AllocationKey
from .resources import Equipment, ExpenseCategory, Site

CHARGE_FREQUENCIES = stored_words(ChargeFrequency)

# Exactly one attachment: the key of the site, the item or the category applies (R7).
ONE_ATTACHMENT = (
    "(CASE WHEN site_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN equipment_id IS NULL THEN 0 ELSE 1 END)"
    " + (CASE WHEN category_id IS NULL THEN 0 ELSE 1 END) = 1"
)


class RecurringCharge(Versioned, Base):
    """Rent, lease, subscription: an amount per month, quarter or year (R3)."""

    __tablename__ = "recurring_charge"
    __table_args__ = (
        one_of("frequency", ChargeFrequency, name="frequency"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint(ONE_ATTACHMENT, name="one_attachment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money())
    frequency: Mapped[str] = mapped_column(String(10), default="month")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("expense_category.id"))

    site: Mapped["Site | None"] = relationship()
    equipment: Mapped["Equipment | None"] = relationship()
    category: Mapped["ExpenseCategory | None"] = relationship()


class Bill(Versioned, Base):
    """One cost document, optionally covering a service period (R4)."""

    __tablename__ = "bill"
    __table_args__ = (
        CheckConstraint(
            "(service_start IS NULL) = (service_end IS NULL)", name="service_both_or_none"
        ),
        CheckConstraint(
            "service_end IS NULL OR service_end >= service_start", name="service_period"
        ),
        CheckConstraint(ONE_ATTACHMENT, name="one_attachment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    supplier: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(100), default="")
    label: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money())
    service_start: Mapped[dt.date | None] = mapped_column(Date)
    # Indexed: a period's bills are found by date, or by service period for spread bills.
    service_end: Mapped[dt.date | None] = mapped_column(Date, index=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("expense_category.id"))
    key_override_id: Mapped[int | None] = mapped_column(ForeignKey("allocation_key.id"))
    notes: Mapped[str] = mapped_column(Text, default="")

    site: Mapped["Site | None"] = relationship()
    equipment: Mapped["Equipment | None"] = relationship()
    category: Mapped["ExpenseCategory | None"] = relationship()
    key_override: Mapped["AllocationKey | None"] = relationship()
    attachment: Mapped["BillAttachment | None"] = relationship(
        cascade="all, delete-orphan", uselist=False
    )


class BillAttachment(Base):
    """The scanned bill, kept apart so that listing bills never loads the files."""

    __tablename__ = "bill_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    bill_id: Mapped[int] = mapped_column(
        ForeignKey("bill.id", ondelete="CASCADE"), unique=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
