"""What the États page reads and does: the (convention, beneficiary) pairs it offers, a
period's preview with what is already issued, the issued documents and their drift, issuing.

Each function takes a session (run them through a :class:`~.workspace.Workspace`) and
returns plain values, never ORM objects, so that the interface may run them on a worker
thread and show the result after the session has closed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.lines import Preview
from ..domain.party_statement import PartyStatement
from ..domain.periods import Period
from ..storage import models as m
from . import corrections, issuing, payments
from .already_issued import already_issued
from .corrections import DriftLine, DriftTotals
from .costs import preview
from .documents import convention_statement
from .errors import ServiceError
from .payments import StatementSummary


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
class PeriodPreview:
    """A beneficiary's computation of a period, and where its issuing stands."""

    preview: Preview
    #: The beneficiary's figures as its statement prints them (lines, subtotals, totals).
    statement: PartyStatement
    #: The statement already covering (part of) the period, if any.
    already_issued: str | None
    #: The number the next statement would take if issued on the day asked.
    next_number: str

    @property
    def total(self) -> Decimal:
        """The beneficiary's total for the period as its statement bills it (VAT included, if any)."""
        return self.statement.totals.total


@dataclass(frozen=True, slots=True)
class IssuedDocument:
    id: int
    number: str
    kind: str
    beneficiary: str
    total: Decimal
    pdf: bytes


@dataclass(frozen=True, slots=True)
class DraftDocument:
    """What issuing would produce today, unnumbered: its PDF is marked « PROJET — non émis »."""

    kind: str
    beneficiary: str
    period: Period
    total: Decimal
    pdf: bytes


@dataclass(frozen=True, slots=True)
class DriftInfo(DriftTotals):
    """An issued statement (and its corrections) against the same period computed today.

    Plain values only, so that it can be computed on a worker thread and shown later: the
    :class:`~.corrections.Drift` holds the statement itself, bound to the session that read it.
    """

    original_id: int
    original_number: str
    beneficiary: str
    period: Period
    lines: tuple[DriftLine, ...]
    #: The messages of the problems that keep the period from being recomputed, once each.
    problems: tuple[str, ...]


def choices(session: Session) -> list[Choice]:
    """Every (convention, beneficiary) pair, beneficiaries in convention order."""
    result = []
    for convention in session.scalars(select(m.Convention).order_by(m.Convention.start_date)):
        for b in convention.beneficiaries:
            result.append(
                Choice(convention.id, convention.reference, b.party_id, b.party.code, b.party.name,
                       convention.billing_frequency, convention.start_date, convention.provider_id)
            )  # fmt: skip
    return result


def period_preview(session: Session, choice: Choice, period: Period, today: dt.date) -> PeriodPreview | None:
    """The preview of ``period`` for the beneficiary of ``choice``; None when its convention
    was deleted meanwhile."""
    convention = session.get(m.Convention, choice.convention_id)
    if convention is None:
        return None
    result = preview(session, convention, period)
    last = session.scalar(
        select(m.StatementSequence.last_number).where(
            m.StatementSequence.issuer_id == choice.issuer_id, m.StatementSequence.year == today.year
        )
    )
    return PeriodPreview(
        result, convention_statement(convention, result, choice.party_id, explain=False),
        already_issued(session, choice.convention_id, choice.party_id, period),
        issuing.format_number(today.year, (last or 0) + 1),
    )  # fmt: skip


def issued_documents(session: Session, today: dt.date) -> list[tuple[StatementSummary, int]]:
    """Every issued document with its payment status, and the id of the statement it corrects
    (its own id for an original)."""
    originals = dict(session.execute(select(m.Statement.id, m.Statement.corrects_id)).all())
    return [(s, originals.get(s.id) or s.id) for s in payments.list_statements(session, today)]


def drifts(session: Session, statement_ids: list[int]) -> dict[int, DriftInfo]:
    """For each original statement: is what it issued still what its period computes today?
    Documents gone, or not statements, or whose period cannot be compared, are left out."""
    result: dict[int, DriftInfo] = {}
    for ident in statement_ids:
        statement = session.get(m.Statement, ident)
        if statement is None or statement.kind != "statement":
            continue
        try:
            found = corrections.drift(session, statement)
        except ServiceError:
            continue
        result[ident] = DriftInfo(
            statement.id, statement.number, statement.beneficiary.code, found.period, found.lines,
            tuple(dict.fromkeys(p.message for p in found.problems)),
        )  # fmt: skip
    return result


def _document(statement: m.Statement) -> IssuedDocument:
    return IssuedDocument(statement.id, statement.number, statement.kind, statement.beneficiary.code,
                          statement.total, bytes(statement.pdf or b""))  # fmt: skip


def issue_statement(session: Session, choice: Choice, period: Period, day: dt.date) -> IssuedDocument | None:
    """Issue the beneficiary's statement for the period (numbered, final); None when the
    convention or the beneficiary was deleted meanwhile."""
    convention = session.get(m.Convention, choice.convention_id)
    party = session.get(m.Party, choice.party_id)
    if convention is None or party is None:
        return None
    return _document(issuing.issue_statement(session, convention, party, period, day))


def statement_draft(session: Session, choice: Choice, period: Period, day: dt.date) -> DraftDocument | None:
    """The statement :func:`issue_statement` would issue on ``day``, as a draft: refused for
    the same reasons, nothing written. None when the convention or the beneficiary is gone."""
    convention = session.get(m.Convention, choice.convention_id)
    party = session.get(m.Party, choice.party_id)
    if convention is None or party is None:
        return None
    return _draft(*issuing.draft_pdf(
        session, day, lambda: issuing.statement_draft(session, convention, party, period)
    ))  # fmt: skip


def correction_draft(session: Session, number: str, day: dt.date) -> DraftDocument:
    """The corrective statement or credit note :func:`issue_correction` would issue on ``day``
    for statement ``number``, as a draft (nothing written)."""
    original = corrections.original_of(session, payments.find_statement(session, number))
    return _draft(*issuing.draft_pdf(session, day, lambda: corrections.correction_draft(session, original)))


def _draft(document, pdf: bytes) -> DraftDocument:
    return DraftDocument(document.kind, document.recipient.code, document.period, document.total, pdf)


def issue_correction(session: Session, number: str, day: dt.date) -> IssuedDocument:
    """Issue the drift of statement ``number`` as a corrective statement or a credit note."""
    return _document(corrections.issue_correction(session, number, day))


def statement_pdf(session: Session, statement_id: int) -> IssuedDocument | None:
    """An issued document and its PDF; None when it no longer exists."""
    statement = session.get(m.Statement, statement_id)
    return None if statement is None else _document(statement)
