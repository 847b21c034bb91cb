"""Conventions, their ordered beneficiaries, articles and amendments."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.vocabulary import BillingFrequency, stored_words
from ..types import Ratio
from .base import Base, Versioned, one_of
from .parties import Party

BILLING_FREQUENCIES = stored_words(BillingFrequency)
VAT_REGIMES = ("not_subject", "subject")


class Convention(Versioned, Base):
    """A *convention d'assistance et de moyens* and all its terms."""

    __tablename__ = "convention"
    __table_args__ = (
        one_of("billing_frequency", BillingFrequency, name="billing_frequency"),
        CheckConstraint("vat_regime IN ('not_subject', 'subject')", name="vat_regime"),
        CheckConstraint("payment_term_days >= 0", name="payment_term"),
        CheckConstraint("notice_months >= 0", name="notice"),
        CheckConstraint("vat_rate >= 0", name="vat_rate"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(100), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    provider_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    signature_date: Mapped[dt.date | None] = mapped_column(Date)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    duration_months: Mapped[int | None] = mapped_column(Integer)
    tacit_renewal: Mapped[bool] = mapped_column(Boolean, default=False)
    renewal_months: Mapped[int | None] = mapped_column(Integer)
    notice_months: Mapped[int] = mapped_column(Integer, default=3)
    billing_frequency: Mapped[str] = mapped_column(String(20), default="quarterly")
    payment_term_days: Mapped[int] = mapped_column(Integer, default=30)
    vat_regime: Mapped[str] = mapped_column(String(20), default="not_subject")
    vat_mention: Mapped[str] = mapped_column(String(300), default="")
    vat_rate: Mapped[Decimal] = mapped_column(Ratio(), default=Decimal(0))
    advance_mode: Mapped[bool] = mapped_column(Boolean, default=False)
    # A beneficiary's documents show the other beneficiaries' parts only when the convention says so.
    transparency: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    provider: Mapped["Party"] = relationship()
    beneficiaries: Mapped[list["ConventionBeneficiary"]] = relationship(
        order_by="ConventionBeneficiary.position",
        cascade="all, delete-orphan",
        back_populates="convention",
    )
    articles: Mapped[list["Article"]] = relationship(
        order_by="Article.position", cascade="all, delete-orphan", back_populates="convention"
    )
    amendments: Mapped[list["Amendment"]] = relationship(
        order_by="Amendment.number", cascade="all, delete-orphan", back_populates="convention"
    )


class ConventionBeneficiary(Base):
    """A beneficiary of a convention, at a fixed position (rounding tie-breaks follow it)."""

    __tablename__ = "convention_beneficiary"
    __table_args__ = (
        UniqueConstraint("convention_id", "position"),
        UniqueConstraint("convention_id", "party_id"),
        CheckConstraint("position >= 1", name="position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    position: Mapped[int] = mapped_column(Integer)

    convention: Mapped["Convention"] = relationship(back_populates="beneficiaries")
    party: Mapped["Party"] = relationship()


class Article(Versioned, Base):
    """A numbered, titled article of a convention, kept so its terms can be read and searched."""

    __tablename__ = "article"
    __table_args__ = (UniqueConstraint("convention_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")

    convention: Mapped["Convention"] = relationship(back_populates="articles")


class Amendment(Versioned, Base):
    """An *avenant*: a dated change to a convention; dated values cite the one that set them."""

    __tablename__ = "amendment"
    __table_args__ = (
        UniqueConstraint("convention_id", "number"),
        CheckConstraint("number >= 1", name="number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    signature_date: Mapped[dt.date | None] = mapped_column(Date)
    effective_date: Mapped[dt.date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text, default="")

    convention: Mapped["Convention"] = relationship(back_populates="amendments")
