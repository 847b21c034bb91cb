"""Organisation and parties."""

from __future__ import annotations

from sqlalchemy import Boolean, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

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
    # Chorus Pro references, for a public beneficiary.
    code_service: Mapped[str] = mapped_column(String(100), default="")
    engagement_number: Mapped[str] = mapped_column(String(100), default="")
