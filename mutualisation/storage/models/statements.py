"""Issued statements, their lines, payments, the number sequence and the audit log."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.vocabulary import DocumentKind, stored_words
from ..types import Money, Ratio
from .base import Base, Versioned, one_of
from .conventions import Convention
from .parties import Party

STATEMENT_KINDS = stored_words(DocumentKind)


class Statement(Base):
    """An issued *état de refacturation*; frozen once stored."""

    __tablename__ = "statement"
    __table_args__ = (
        UniqueConstraint("issuer_id", "year", "sequence"),
        one_of("kind", DocumentKind, name="kind"),
        CheckConstraint("sequence >= 1", name="sequence"),
        CheckConstraint("period_end >= period_start", name="period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20))
    issuer_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="statement")
    convention_id: Mapped[int] = mapped_column(ForeignKey("convention.id"))
    beneficiary_id: Mapped[int] = mapped_column(ForeignKey("party.id"))
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)
    issue_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("statement.id"))
    total_excl_vat: Mapped[Decimal] = mapped_column(Money())
    vat_rate: Mapped[Decimal] = mapped_column(Ratio(), default=Decimal(0))
    vat: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    total: Mapped[Decimal] = mapped_column(Money())
    # The computation it froze: every line with its exact parts, key steps and explanation.
    inputs_json: Mapped[str] = mapped_column(Text, default="{}")
    # The printed document as JSON (parties, amendments, lines, annex), hashed with the PDF.
    document_json: Mapped[str] = mapped_column(Text, default="{}")
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    previous_hash: Mapped[str] = mapped_column(String(64), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    # SHA-256 of every column of the row and of its lines (storage/ledger.py), printed on the
    # PDF; NULL for the documents issued before it existed (revision 0004).
    seal: Mapped[str | None] = mapped_column(String(64))

    issuer: Mapped["Party"] = relationship(foreign_keys=[issuer_id])
    beneficiary: Mapped["Party"] = relationship(foreign_keys=[beneficiary_id])
    convention: Mapped["Convention"] = relationship()
    lines: Mapped[list["StatementLine"]] = relationship(
        order_by="StatementLine.position", cascade="all, delete-orphan"
    )
    payments: Mapped[list["Payment"]] = relationship(order_by="Payment.id")


class StatementSequence(Base):
    """The last number given by an issuer in a year: numbers are gapless (``2026-0007``)."""

    __tablename__ = "statement_sequence"
    __table_args__ = (CheckConstraint("last_number >= 0", name="last_number"),)

    issuer_id: Mapped[int] = mapped_column(ForeignKey("party.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class StatementLine(Base):
    """One line of an issued statement, with the explanation shown to the reader."""

    __tablename__ = "statement_line"
    __table_args__ = (UniqueConstraint("statement_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(300))
    basis: Mapped[Decimal] = mapped_column(Money())
    key_description: Mapped[str] = mapped_column(Text, default="")
    ratio: Mapped[str] = mapped_column(String(100), default="")
    amount: Mapped[Decimal] = mapped_column(Money())
    explanation_json: Mapped[str] = mapped_column(Text, default="{}")
    # The item the line came from (staff, depreciation, charge, bill…), to compare with a
    # recomputation when the data behind an issued period changes.
    source_kind: Mapped[str] = mapped_column(String(20), default="")
    source_id: Mapped[int] = mapped_column(Integer, default=0)


class Payment(Versioned, Base):
    """A payment received against a statement: a ledger record, never changed once stored.

    Chained like the documents (storage/ledger.py): the first payment of a statement to the
    statement's hash, each later one to the previous payment's.
    """

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    reference: Mapped[str] = mapped_column(String(200), default="")
    previous_hash: Mapped[str | None] = mapped_column(String(64))
    content_hash: Mapped[str | None] = mapped_column(String(64))


class AuditEntry(Base):
    """One change to one record: who, when, before and after (JSON)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer)
    before_json: Mapped[str | None] = mapped_column(Text)
    after_json: Mapped[str | None] = mapped_column(Text)
