"""Equipment, sites and their surfaces, expense categories and their dated keys."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..types import Area, Money
from .base import Base, Versioned
from .keys import AllocationKey
from .parties import Party

EQUIPMENT_KINDS = ("vehicle", "it", "copier", "furniture", "other")


class Equipment(Versioned, Base):
    """An item of equipment, depreciated straight-line from its date in service (R6)."""

    __tablename__ = "equipment"
    __table_args__ = (
        CheckConstraint("acquisition_value >= 0", name="value"),
        CheckConstraint("useful_life_years >= 1", name="life"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    acquisition_value: Mapped[Decimal] = mapped_column(Money())
    in_service_date: Mapped[dt.date] = mapped_column(Date)
    useful_life_years: Mapped[int] = mapped_column(Integer)

    keys: Mapped[list["EquipmentKey"]] = relationship(
        order_by="EquipmentKey.effective_date", cascade="all, delete-orphan"
    )


class EquipmentKey(Versioned, Base):
    """The key an item's costs are shared by, from a date on."""

    __tablename__ = "equipment_key"
    __table_args__ = (UniqueConstraint("equipment_id", "effective_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(ForeignKey("equipment.id", ondelete="CASCADE"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    key_id: Mapped[int] = mapped_column(ForeignKey("allocation_key.id"))
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))

    key: Mapped["AllocationKey"] = relationship()


class Site(Versioned, Base):
    """Premises whose costs are shared by exclusive floor area (R7, surface)."""

    __tablename__ = "site"
    __table_args__ = (CheckConstraint("common_area >= 0", name="common_area"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    address: Mapped[str] = mapped_column(Text, default="")
    common_area: Mapped[Decimal] = mapped_column(Area(), default=Decimal(0))

    surfaces: Mapped[list["SiteSurface"]] = relationship(
        order_by="SiteSurface.effective_date", cascade="all, delete-orphan"
    )


class SiteSurface(Versioned, Base):
    """A party's exclusive floor area on a site, from a date on."""

    __tablename__ = "site_surface"
    __table_args__ = (
        UniqueConstraint("site_id", "party_id", "effective_date"),
        CheckConstraint("area >= 0", name="area"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    area: Mapped[Decimal] = mapped_column(Area())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))

    party: Mapped["Party"] = relationship()


class ExpenseCategory(Versioned, Base):
    """A kind of shared expense (telephone, reprographie, fluides…) with its dated key."""

    __tablename__ = "expense_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))

    keys: Mapped[list["CategoryKey"]] = relationship(
        order_by="CategoryKey.effective_date", cascade="all, delete-orphan"
    )
    budgets: Mapped[list["CategoryBudget"]] = relationship(
        order_by="CategoryBudget.year", cascade="all, delete-orphan"
    )


class CategoryKey(Versioned, Base):
    """The key a category's costs are shared by, from a date on."""

    __tablename__ = "category_key"
    __table_args__ = (UniqueConstraint("category_id", "effective_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("expense_category.id", ondelete="CASCADE")
    )
    effective_date: Mapped[dt.date] = mapped_column(Date)
    key_id: Mapped[int] = mapped_column(ForeignKey("allocation_key.id"))
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))

    key: Mapped["AllocationKey"] = relationship()


class CategoryBudget(Versioned, Base):
    """The annual budget of a category, for the forecast."""

    __tablename__ = "category_budget"
    __table_args__ = (UniqueConstraint("category_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("expense_category.id", ondelete="CASCADE")
    )
    year: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money())
