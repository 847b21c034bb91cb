"""The États page's work, run on a worker thread: each job opens its own session and returns
plain values (never ORM objects), so that the screen stays responsive on a large database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from ...domain.periods import Period, billing_periods
from ...domain.problems import Problem
from ...services import corrections, issuing, payments
from ...services.costs import preview
from ...services.errors import ServiceError
from ...storage import models as m
from ...storage.database import Database
from ..models.drift import DriftInfo
from ..models.issued import DRIFT_CHANGED, DRIFT_INCOMPLETE, DRIFT_NONE, IssuedRow
from ..models.preview import PreviewRow, preview_rows

#: Period kinds of the picker, and the billing frequency each matches.
PERIOD_KINDS = ("quarterly", "monthly", "half_yearly", "yearly")


@dataclass(frozen=True, slots=True)
class Choice:
    """A beneficiary of a convention, as the page's picker offers it."""

    convention_id: int
    convention_reference: str
    party_id: int
    code: str
    name: str
    frequency: str
    convention_start: dt.date
    issuer_id: int


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """A beneficiary's preview for a period, ready to show."""

    choice: Choice
    period: Period
    rows: tuple[PreviewRow, ...]
    total: Decimal
    problems: tuple[Problem, ...]
    #: The statement already covering (part of) the period, if any.
    already_issued: str | None
    #: The number the next statement would take if issued today.
    next_number: str


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    id: int
    number: str
    kind: str
    beneficiary: str
    total: Decimal
    pdf: bytes


def choices(session) -> list[Choice]:
    """Every (convention, beneficiary) pair, beneficiaries in convention order."""
    result = []
    for convention in session.scalars(select(m.Convention).order_by(m.Convention.start_date)):
        for b in convention.beneficiaries:
            result.append(
                Choice(convention.id, convention.reference, b.party_id, b.party.code, b.party.name,
                       convention.billing_frequency, convention.start_date, convention.provider_id)
            )  # fmt: skip
    return result


def periods_of(kind: str, first_year: int, last_year: int) -> list[Period]:
    return [p for year in range(first_year, last_year + 1) for p in billing_periods(year, kind)]


def last_ended(kind: str, today: dt.date) -> Period:
    """The latest period of ``kind`` that has ended by ``today``."""
    ended = [p for p in periods_of(kind, today.year - 1, today.year) if p.end < today]
    return ended[-1]


def compute_preview(database: Database, choice: Choice, period: Period, today: dt.date) -> PreviewResult:
    with database.session() as session:
        convention = session.get(m.Convention, choice.convention_id)
        if convention is None:
            raise ServiceError(
                QCoreApplication.translate("StatementsPage", "Cette convention a été supprimée entre-temps.")
            )
        result = preview(session, convention, period)
        rows = tuple(preview_rows(result, choice.party_id))
        already = session.scalar(
            select(m.Statement.number).where(
                m.Statement.beneficiary_id == choice.party_id,
                m.Statement.convention_id == choice.convention_id,
                m.Statement.kind == "statement",
                m.Statement.period_start <= period.end, m.Statement.period_end >= period.start,
            ).limit(1)
        )  # fmt: skip
        last = session.scalar(
            select(m.StatementSequence.last_number).where(
                m.StatementSequence.issuer_id == choice.issuer_id, m.StatementSequence.year == today.year
            )
        )
        return PreviewResult(
            choice, period, rows, result.total(choice.party_id), result.problems, already,
            issuing.format_number(today.year, (last or 0) + 1),
        )  # fmt: skip


def issued_rows(session, today: dt.date) -> list[IssuedRow]:
    """Every issued document with its payment status; drift comes later (``compute_drifts``)."""
    originals = dict(session.execute(select(m.Statement.id, m.Statement.corrects_id)).all())
    return [
        IssuedRow(
            s.id, s.number, s.kind, s.beneficiary, s.period_start, s.period_end, s.issue_date,
            s.due_date, s.total, s.paid, s.status, s.corrects, originals.get(s.id) or s.id,
        )  # fmt: skip
        for s in payments.list_statements(session, today)
    ]


def compute_drifts(database: Database, statement_ids: list[int]) -> dict[int, tuple[str, DriftInfo | None]]:
    """For each original statement: is what it issued still what its period computes today?"""
    result: dict[int, tuple[str, DriftInfo | None]] = {}
    with database.session() as session:
        for ident in statement_ids:
            statement = session.get(m.Statement, ident)
            if statement is None or statement.kind != "statement":
                continue
            try:
                found = corrections.drift(session, statement)
            except ServiceError:
                continue
            info = DriftInfo(
                statement.id, statement.number, statement.beneficiary.code, found.period, found.lines,
                tuple(dict.fromkeys(p.message for p in found.problems)),
            )  # fmt: skip
            if found.problems:
                result[ident] = (DRIFT_INCOMPLETE, info)
            else:
                result[ident] = (DRIFT_CHANGED if found.changed else DRIFT_NONE, info)
    return result


def _document(statement: m.Statement) -> IssuedDocument:
    return IssuedDocument(statement.id, statement.number, statement.kind, statement.beneficiary.code,
                          statement.total, bytes(statement.pdf or b""))  # fmt: skip


def issue_statement(database: Database, choice: Choice, period: Period, day: dt.date) -> IssuedDocument:
    """Issue the beneficiary's statement for the period (numbered, final)."""
    with database.session() as session:
        convention = session.get(m.Convention, choice.convention_id)
        party = session.get(m.Party, choice.party_id)
        if convention is None or party is None:
            raise ServiceError(
                QCoreApplication.translate("StatementsPage", "La convention ou le bénéficiaire a été supprimé entre-temps.")
            )
        statement = issuing.issue_statement(session, convention, party, period, day)
        return _document(statement)


def issue_correction(database: Database, number: str, day: dt.date) -> IssuedDocument:
    """Issue the drift of statement ``number`` as a corrective statement or a credit note."""
    with database.session() as session:
        return _document(corrections.issue_correction(session, number, day))


def statement_pdf(database: Database, statement_id: int) -> IssuedDocument:
    with database.session() as session:
        statement = session.get(m.Statement, statement_id)
        if statement is None:
            raise ServiceError(
                QCoreApplication.translate("StatementsPage", "Ce document n'existe plus.")
            )
        return _document(statement)
