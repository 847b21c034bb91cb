"""The États page's work, run on a worker thread: each job runs a use case of
:mod:`mutualisation.services.statements_view` in a session of its own and returns plain values
(rows ready to show, never ORM objects), so that the screen stays responsive on a large database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ...domain.party_statement import PartyStatement
from ...domain.periods import Period, billing_periods
from ...domain.problems import Problem
from ...domain.vocabulary import BillingFrequency
from ...services import statements_view
from ...services.errors import ServiceError
from ...services.statements_view import Choice, DraftDocument, DriftInfo, IssuedDocument
from ...services.workspace import Unit, Workspace
from ..models.issued import DRIFT_CHANGED, DRIFT_INCOMPLETE, DRIFT_NONE, IssuedRow
from ..models.preview import PreviewRow, preview_rows

__all__ = [
    "PERIOD_KINDS", "Choice", "DraftDocument", "IssuedDocument", "PreviewResult", "choices", "compute_drifts",
    "compute_preview", "draft_correction", "draft_statement", "issue_correction", "issue_statement", "issued_rows",
    "last_ended", "periods_of", "statement_pdf",
]  # fmt: skip

#: Period kinds of the picker: the billing frequencies, the most common (quarters) first.
PERIOD_KINDS = tuple(
    frequency.value
    for frequency in (BillingFrequency.QUARTERLY, BillingFrequency.MONTHLY, BillingFrequency.HALF_YEARLY,
                      BillingFrequency.YEARLY)
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class PreviewResult:
    """A beneficiary's preview for a period, ready to show."""

    choice: Choice
    period: Period
    statement: PartyStatement  # the figures, as printed on the statement
    rows: tuple[PreviewRow, ...]  # the statement's lines, each with its explanation
    problems: tuple[Problem, ...]
    #: The statement already covering (part of) the period, if any.
    already_issued: str | None
    #: The number the next statement would take if issued today.
    next_number: str

    @property
    def total(self) -> Decimal:
        """What the statement would bill: VAT included when the convention charges any."""
        return self.statement.totals.total


def choices(run: Unit) -> list[Choice]:
    """Every (convention, beneficiary) pair, beneficiaries in convention order."""
    return run(statements_view.choices)


def periods_of(kind: str, first_year: int, last_year: int) -> list[Period]:
    return [p for year in range(first_year, last_year + 1) for p in billing_periods(year, kind)]


def last_ended(kind: str, today: dt.date) -> Period:
    """The latest period of ``kind`` that has ended by ``today``."""
    ended = [p for p in periods_of(kind, today.year - 1, today.year) if p.end < today]
    return ended[-1]


def compute_preview(workspace: Workspace, choice: Choice, period: Period, today: dt.date) -> PreviewResult:
    found = workspace.read(statements_view.period_preview, choice, period, today)
    if found is None:
        raise ServiceError(
            QCoreApplication.translate("StatementsPage", "Cette convention a été supprimée entre-temps.")
        )
    rows = preview_rows(found.statement, found.preview, choice.party_id)
    return PreviewResult(
        choice, period, found.statement, rows, found.preview.problems, found.already_issued, found.next_number
    )


def issued_rows(run: Unit, today: dt.date) -> list[IssuedRow]:
    """Every issued document with its payment status; drift comes later (``compute_drifts``)."""
    return [
        IssuedRow(
            s.id, s.number, s.kind, s.beneficiary, s.period_start, s.period_end, s.issue_date,
            s.due_date, s.total, s.paid, s.status, s.corrects, original,
        )  # fmt: skip
        for s, original in run(statements_view.issued_documents, today)
    ]


def compute_drifts(workspace: Workspace, statement_ids: list[int]) -> dict[int, tuple[str, DriftInfo | None]]:
    """For each original statement: is what it issued still what its period computes today?"""
    result: dict[int, tuple[str, DriftInfo | None]] = {}
    for ident, info in workspace.read(statements_view.drifts, statement_ids).items():
        if info.problems:
            result[ident] = (DRIFT_INCOMPLETE, info)
        else:
            result[ident] = (DRIFT_CHANGED if info.changed else DRIFT_NONE, info)
    return result


def issue_statement(workspace: Workspace, choice: Choice, period: Period, day: dt.date) -> IssuedDocument:
    """Issue the beneficiary's statement for the period (numbered, final)."""
    document = workspace.run(statements_view.issue_statement, choice, period, day)
    if document is None:
        raise ServiceError(
            QCoreApplication.translate("StatementsPage", "La convention ou le bénéficiaire a été supprimé entre-temps.")
        )
    return document


def draft_statement(workspace: Workspace, choice: Choice, period: Period, day: dt.date) -> DraftDocument:
    """The statement « Émettre » would issue, as an unnumbered draft: nothing is written."""
    document = workspace.read(statements_view.statement_draft, choice, period, day)
    if document is None:
        raise ServiceError(
            QCoreApplication.translate("StatementsPage", "La convention ou le bénéficiaire a été supprimé entre-temps.")
        )
    return document


def draft_correction(workspace: Workspace, number: str, day: dt.date) -> DraftDocument:
    """The corrective statement or credit note of statement ``number``, as an unnumbered draft."""
    return workspace.read(statements_view.correction_draft, number, day)


def issue_correction(workspace: Workspace, number: str, day: dt.date) -> IssuedDocument:
    """Issue the drift of statement ``number`` as a corrective statement or a credit note."""
    return workspace.run(statements_view.issue_correction, number, day)


def statement_pdf(workspace: Workspace, statement_id: int) -> IssuedDocument:
    document = workspace.read(statements_view.statement_pdf, statement_id)
    if document is None:
        raise ServiceError(
            QCoreApplication.translate("StatementsPage", "Ce document n'existe plus.")
        )
    return document
