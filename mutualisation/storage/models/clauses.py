"""The financial clauses of conventions (DESIGN.md §3, R11–R17), each dated and citing its amendment.

Convention-wide clauses (fee, VAT per section, absence kinds kept by the provider, free
provision) belong to a convention; those of a resource (a meter's unit prices, a charge's
amount series and revaluation, a person's absences and reimbursements) belong to it, as
its surfaces, keys and payroll do. A database without any of these rows computes exactly
as before.
"""

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.vocabulary import AbsenceKind, ReimbursementKind, Section, VatKind
from ..types import Money, Ratio, UnitPrice
from .base import Base, Versioned, one_of
from .expenses import ONE_ATTACHMENT



class ManagementFee(Versioned, Base):
    """A management fee rate (R11) from a date on; ``rate`` 0.05 for 5 %."""

    __tablename__ = "management_fee"
    __table_args__ = (
        UniqueConstraint("convention_id", "effective_date"),
        CheckConstraint("rate >= 0 AND rate <= 1000000", name="rate"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(Ratio())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))

    sections: Mapped[list["ManagementFeeSection"]] = relationship(
        order_by="ManagementFeeSection.section", cascade="all, delete-orphan"
    )

    @property
    def section_codes(self) -> frozenset[str]:
        return frozenset(s.section for s in self.sections)


class ManagementFeeSection(Base):
    """A section a management fee applies to."""

    __tablename__ = "management_fee_section"
    __table_args__ = (
        UniqueConstraint("fee_id", "section"),
        one_of("section", Section, "section"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fee_id: Mapped[int] = mapped_column(ForeignKey("management_fee.id", ondelete="CASCADE"))
    section: Mapped[str] = mapped_column(String(20))


class SectionVat(Versioned, Base):
    """The VAT treatment of one section of a convention from a date on (R14)."""

    __tablename__ = "section_vat"
    __table_args__ = (
        UniqueConstraint("convention_id", "section", "effective_date"),
        one_of("section", Section, "section"),
        one_of("treatment", VatKind, "treatment"),
        CheckConstraint("rate >= 0 AND rate <= 1000000", name="rate"),
        CheckConstraint(f"treatment = '{VatKind.TAXABLE.value}' OR rate = 0", name="rate_if_taxable"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"))
    section: Mapped[str] = mapped_column(String(20))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    treatment: Mapped[str] = mapped_column(String(20))
    rate: Mapped[Decimal] = mapped_column(Ratio(), default=Decimal(0))
    legal_basis: Mapped[str] = mapped_column(String(300), default="")
    exemption_code: Mapped[str] = mapped_column(String(40), default="")
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class AbsenceRule(Versioned, Base):
    """Whether an absence kind stays with the provider (R15), from a date on.

    Without a rule, sick leave and work accidents stay with the provider and the other
    kinds do not (the usual term of a *mise à disposition*).
    """

    __tablename__ = "absence_rule"
    __table_args__ = (
        UniqueConstraint("convention_id", "kind", "effective_date"),
        one_of("kind", AbsenceKind, "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    kept_by_provider: Mapped[bool] = mapped_column(Boolean)
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class FreeProvision(Versioned, Base):
    """A site, equipment item or category provided free to a beneficiary (R17), ends included."""

    __tablename__ = "free_provision"
    __table_args__ = (
        CheckConstraint(ONE_ATTACHMENT, name="one_attachment"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("expense_category.id"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class MeterPrice(Versioned, Base):
    """A meter's price per unit (€/km, €/copy, €/hour) from a date on (R12)."""

    __tablename__ = "meter_price"
    __table_args__ = (
        UniqueConstraint("meter_id", "effective_date"),
        CheckConstraint("unit_price >= 0", name="unit_price"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meter.id", ondelete="CASCADE"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class ChargeAmount(Versioned, Base):
    """A recurring charge's amount entered from a later date (R16); it replaces the series from then on."""

    __tablename__ = "charge_amount"
    __table_args__ = (UniqueConstraint("charge_id", "effective_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    charge_id: Mapped[int] = mapped_column(ForeignKey("recurring_charge.id", ondelete="CASCADE"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class ChargeRevaluation(Versioned, Base):
    """A recurring charge's yearly revaluation (R16): ``rate`` on each anniversary of ``reference_date``."""

    __tablename__ = "charge_revaluation"
    __table_args__ = (CheckConstraint("rate > -1000000 AND rate <= 1000000", name="rate"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    charge_id: Mapped[int] = mapped_column(
        ForeignKey("recurring_charge.id", ondelete="CASCADE"), unique=True
    )
    rate: Mapped[Decimal] = mapped_column(Ratio())
    reference_date: Mapped[dt.date] = mapped_column(Date)
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class StaffAbsence(Versioned, Base):
    """A person's absence, both days included (R15)."""

    __tablename__ = "staff_absence"
    __table_args__ = (
        one_of("kind", AbsenceKind, "kind"),
        CheckConstraint("end_date >= start_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(String(300), default="")


class PayrollReimbursement(Versioned, Base):
    """What was received for one payroll month of a person (IJSS, subrogation, aid); ``month`` is its first day."""

    __tablename__ = "payroll_reimbursement"
    __table_args__ = (
        UniqueConstraint("staff_id", "month", "kind"),
        one_of("kind", ReimbursementKind, "kind"),
        CheckConstraint("amount >= 0", name="amount"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_member.id", ondelete="CASCADE"))
    month: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20), default=ReimbursementKind.IJSS.value)
    amount: Mapped[Decimal] = mapped_column(Money())
