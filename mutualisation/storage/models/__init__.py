"""SQLAlchemy models of everything the app records (DESIGN.md §3)."""

from .base import Base
from .clauses import (
    AbsenceRule,
    ChargeAmount,
    ChargeRevaluation,
    FreeProvision,
    ManagementFee,
    ManagementFeeSection,
    MeterPrice,
    PayrollReimbursement,
    SectionVat,
    StaffAbsence,
)
from .conventions import Amendment, Article, Convention, ConventionBeneficiary
from .expenses import Bill, BillAttachment, RecurringCharge
from .keys import AllocationKey, FixedKeyShare, Meter, MeterReading, OwnHeadcount, PlannedMeterUse
from .parties import ChorusReference, Party
from .resources import (
    CategoryBudget,
    CategoryKey,
    Equipment,
    EquipmentKey,
    ExpenseCategory,
    Site,
    SiteSurface,
)
from .staff import PayrollCost, PlannedStaffCost, StaffMember, StaffShare, WorkingTime
from .statements import AuditEntry, Payment, Statement, StatementLine, StatementSequence

__all__ = [
    "AbsenceRule",
    "ChargeAmount",
    "ChargeRevaluation",
    "ChorusReference",
    "FreeProvision",
    "ManagementFee",
    "ManagementFeeSection",
    "MeterPrice",
    "PayrollReimbursement",
    "SectionVat",
    "StaffAbsence",
    "AllocationKey",
    "Amendment",
    "Article",
    "AuditEntry",
    "Base",
    "Bill",
    "BillAttachment",
    "CategoryBudget",
    "CategoryKey",
    "Convention",
    "ConventionBeneficiary",
    "Equipment",
    "EquipmentKey",
    "ExpenseCategory",
    "FixedKeyShare",
    "Meter",
    "MeterReading",
    "OwnHeadcount",
    "Party",
    "Payment",
    "PayrollCost",
    "PlannedMeterUse",
    "PlannedStaffCost",
    "RecurringCharge",
    "Site",
    "SiteSurface",
    "StaffMember",
    "StaffShare",
    "Statement",
    "StatementLine",
    "StatementSequence",
    "WorkingTime",
]
