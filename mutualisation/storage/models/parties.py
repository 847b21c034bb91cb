"""Organisation and parties."""

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Versioned


class Party(Versioned, Base):
    """An organisation taking part in a convention: the provider or a beneficiary.

    The user's own organisation is the party flagged ``is_own_organisation``; its logo,
    signatory and bank details print on the statements it issues.
    """

    __tablename__ = "party"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    legal_form: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    is_own_organisation: Mapped[bool] = mapped_column(Boolean, default=False)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    # A public body: its invoices are deposited on Chorus Pro, which needs its SIRET and, for
    # each budget year, the service code and engagement number (ChorusReference).
    is_public_body: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    chorus_references: Mapped[list["ChorusReference"]] = relationship(
        order_by="ChorusReference.year", cascade="all, delete-orphan", passive_deletes=True
    )


class ChorusReference(Versioned, Base):
    """A public beneficiary's Chorus Pro references for one budget year.

    The engagement number (*numéro d'engagement*, the buyer's commitment) is usually new each
    budget year and the service code may change with the buyer's organisation, so both are
    kept per year and frozen in the header of each document issued for a period of that year.
    """

    __tablename__ = "chorus_reference"
    __table_args__ = (
        UniqueConstraint("party_id", "year"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    service_code: Mapped[str] = mapped_column(String(100), default="")
    engagement_number: Mapped[str] = mapped_column(String(100), default="")
