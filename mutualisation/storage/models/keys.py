"""Allocation keys, meters and their readings, own headcount of each party."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.vocabulary import KeyKind, stored_words
from ..types import Quantity, Ratio
from .base import Base, Versioned, one_of
from .parties import Party

KEY_KINDS = stored_words(KeyKind)


class Meter(Versioned, Base):
    """Something counted per party and billing period: km, copies, hours…"""

    __tablename__ = "meter"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    unit: Mapped[str] = mapped_column(String(40))
    equipment_id: Mapped[int | None] = mapped_column(ForeignKey("equipment.id"))


class MeterReading(Versioned, Base):
    """The quantity one party used over one billing period of a meter."""

    __tablename__ = "meter_reading"
    __table_args__ = (
        UniqueConstraint("meter_id", "period_start", "party_id"),
        CheckConstraint("quantity >= 0", name="quantity"),
        CheckConstraint("period_end >= period_start", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meter.id", ondelete="CASCADE"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())

    meter: Mapped["Meter"] = relationship()
    party: Mapped["Party"] = relationship()


class PlannedMeterUse(Versioned, Base):
    """The quantity a party is expected to use over a year, for the forecast."""

    __tablename__ = "planned_meter_use"
    __table_args__ = (
        UniqueConstraint("meter_id", "year", "party_id"),
        CheckConstraint("quantity >= 0", name="quantity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meter_id: Mapped[int] = mapped_column(ForeignKey("meter.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())


class AllocationKey(Versioned, Base):
    """A *clé de répartition*: how a cost is split between the parties (R7).

    ``kind`` decides which other column matters: a site for *surface*, a meter for
    *metered*, a party for *direct*; *fixed* keys keep dated percentages in
    :class:`FixedKeyShare`; *headcount* keys need nothing more.
    """

    __tablename__ = "allocation_key"
    __table_args__ = (
        one_of("kind", KeyKind, name="kind"),
        # A kind that points to a site, a meter or a party must name it.
        *(
            CheckConstraint(
                f"kind <> '{kind.value}' OR {kind.reference}_id IS NOT NULL", name=f"{kind.value}_{kind.reference}"
            )
            for kind in KeyKind
            if kind.reference
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("site.id"))
    meter_id: Mapped[int | None] = mapped_column(ForeignKey("meter.id"))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))

    meter: Mapped["Meter | None"] = relationship()
    party: Mapped["Party | None"] = relationship()
    fixed_shares: Mapped[list["FixedKeyShare"]] = relationship(
        order_by="FixedKeyShare.effective_date", cascade="all, delete-orphan"
    )


class FixedKeyShare(Versioned, Base):
    """A beneficiary's percentage in a fixed key, from a date on."""

    __tablename__ = "fixed_key_share"
    __table_args__ = (
        UniqueConstraint("key_id", "party_id", "effective_date"),
        CheckConstraint("share >= 0 AND share <= 1000000", name="share"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[int] = mapped_column(ForeignKey("allocation_key.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    share: Mapped[Decimal] = mapped_column(Ratio())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))


class OwnHeadcount(Versioned, Base):
    """FTE of a party that are not in the staff register, from a date on (headcount keys)."""

    __tablename__ = "own_headcount"
    __table_args__ = (
        UniqueConstraint("party_id", "effective_date"),
        CheckConstraint("fte >= 0", name="fte"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    effective_date: Mapped[dt.date] = mapped_column(Date)
    fte: Mapped[Decimal] = mapped_column(Ratio())
    amendment_id: Mapped[int | None] = mapped_column(ForeignKey("amendment.id"))

    party: Mapped["Party"] = relationship()
