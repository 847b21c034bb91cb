"""Drafts as the États page asks for them: what issuing would produce on the worked example
(DESIGN.md §4), unnumbered, marked « PROJET — non émis », and nothing written."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from mutualisation.domain.periods import Period
from mutualisation.services import statements_view as view
from mutualisation.services.errors import ServiceError
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m

from .worked_example_db import record_worked_example

T1 = Period.quarter(2025, 1)
ISSUED_ON = dt.date(2025, 4, 10)


@pytest.fixture
def workspace(db) -> Workspace:
    with db.session() as session, session.begin():
        record_worked_example(session)
    return Workspace(db)


@pytest.fixture
def st2b(workspace) -> view.Choice:
    return next(c for c in workspace.read(view.choices) if c.code == "ST2B")


def text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def ledger(db) -> tuple:
    with db.session() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) for t in
                     (m.Statement, m.StatementLine, m.StatementSequence, m.AuditEntry))  # fmt: skip


def test_the_statement_draft_is_the_issue_without_its_number(workspace, st2b, db):
    before = ledger(db)
    draft = workspace.read(view.statement_draft, st2b, T1, ISSUED_ON)
    assert (draft.kind, draft.beneficiary, draft.period, draft.total) == ("statement", "ST2B", T1, Decimal("9855.75"))
    words = text(draft.pdf)
    assert "PROJET — non émis" in words and "2025-0001" not in words
    assert ledger(db) == before
    issued = workspace.run(view.issue_statement, st2b, T1, ISSUED_ON)
    assert issued.number == "2025-0001" and issued.total == draft.total
    with pytest.raises(ServiceError, match="couvre déjà"):
        workspace.read(view.statement_draft, st2b, T1, ISSUED_ON)


def test_the_correction_draft_cites_the_original(workspace, st2b, db):
    issued = workspace.run(view.issue_statement, st2b, T1, ISSUED_ON)
    with pytest.raises(ServiceError, match="rien à rectifier"):
        workspace.read(view.correction_draft, issued.number, ISSUED_ON)
    with db.session() as session, session.begin():
        payroll = session.scalar(select(m.PayrollCost).order_by(m.PayrollCost.id).limit(1))
        payroll.gross_salary += Decimal("100.00")
    before = ledger(db)
    draft = workspace.read(view.correction_draft, issued.number, dt.date(2025, 5, 2))
    assert draft.kind == "corrective" and draft.total > 0
    words = text(draft.pdf)
    assert "PROJET — non émis" in words and issued.number in words
    assert ledger(db) == before


def test_a_convention_deleted_meanwhile_gives_none(workspace, st2b):
    gone = view.Choice(**{**{f: getattr(st2b, f) for f in st2b.__slots__}, "convention_id": 999})
    assert workspace.read(view.statement_draft, gone, T1, ISSUED_ON) is None
