"""What the États page and the dashboard read, as services on the worked example (DESIGN.md
§4): the pairs offered, a period's preview with what is already issued, issuing, drift, and
the one « already issued » query."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mutualisation.domain.periods import Period
from mutualisation.services import statements_view as view
from mutualisation.services.already_issued import already_issued, covers, issued_periods
from mutualisation.services.dashboard import dashboard_figures
from mutualisation.services.workspace import Workspace

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


def test_the_pairs_offered_are_the_beneficiaries_of_each_convention(workspace):
    offered = workspace.read(view.choices)
    assert [c.code for c in offered] == ["ST2B"]
    assert offered[0].frequency == "quarterly"


def test_a_preview_says_its_total_and_the_next_number(workspace, st2b):
    found = workspace.read(view.period_preview, st2b, T1, ISSUED_ON)
    assert found.total == Decimal("9855.75")
    assert found.already_issued is None
    assert found.next_number == "2025-0001"
    assert not found.preview.problems


def test_once_issued_the_preview_names_the_statement_covering_the_period(workspace, st2b):
    document = workspace.run(view.issue_statement, st2b, T1, ISSUED_ON)
    assert (document.number, document.kind, document.beneficiary) == ("2025-0001", "statement", "ST2B")
    assert document.total == Decimal("9855.75") and document.pdf.startswith(b"%PDF")
    found = workspace.read(view.period_preview, st2b, Period.month(2025, 2), ISSUED_ON)
    assert found.already_issued == "2025-0001"  # a month inside the issued quarter
    assert found.next_number == "2025-0002"
    assert workspace.read(view.statement_pdf, document.id).pdf == document.pdf


def test_issued_documents_carry_their_original_and_no_drift_when_nothing_changed(workspace, st2b):
    document = workspace.run(view.issue_statement, st2b, T1, ISSUED_ON)
    [(summary, original)] = workspace.read(view.issued_documents, ISSUED_ON)
    assert (summary.number, summary.total, original) == ("2025-0001", Decimal("9855.75"), document.id)
    found = workspace.read(view.drifts, [document.id, 999])
    assert set(found) == {document.id}
    assert found[document.id].changed == () and found[document.id].problems == ()
    assert found[document.id].original_number == "2025-0001"
    assert sum(line.issued for line in found[document.id].lines) == Decimal("9855.75")


def test_records_deleted_meanwhile_give_none(workspace, st2b):
    gone = view.Choice(**{**{f: getattr(st2b, f) for f in st2b.__slots__}, "convention_id": 999})
    assert workspace.read(view.period_preview, gone, T1, ISSUED_ON) is None
    assert workspace.run(view.issue_statement, gone, T1, ISSUED_ON) is None
    assert workspace.read(view.statement_pdf, 999) is None


def test_already_issued_covers_overlaps_or_the_exact_period(workspace, st2b):
    workspace.run(view.issue_statement, st2b, T1, ISSUED_ON)
    ids = (st2b.convention_id, st2b.party_id)
    assert workspace.read(already_issued, *ids, Period.month(2025, 3)) == "2025-0001"
    assert workspace.read(already_issued, *ids, Period.month(2025, 3), exact=True) is None
    assert workspace.read(already_issued, *ids, T1, exact=True) == "2025-0001"
    assert workspace.read(already_issued, *ids, Period.quarter(2025, 2)) is None
    assert workspace.read(already_issued, *ids, T1, ("advance",)) is None
    issued = workspace.read(issued_periods, *ids, ("statement", "advance"))
    assert issued == [T1]
    assert covers(issued, Period(dt.date(2024, 12, 1), dt.date(2025, 1, 1)))
    assert not covers(issued, Period.quarter(2024, 4))


def test_the_dashboard_of_an_empty_database_has_no_figures(db):
    figures = Workspace(db).read(dashboard_figures, ISSUED_ON)
    assert (figures.convention_reference, figures.current, figures.periods, figures.beneficiaries) == (
        None, None, (), (),
    )  # fmt: skip


def test_the_dashboard_shows_eight_periods_ending_with_the_running_one(workspace):
    figures = workspace.read(dashboard_figures, dt.date(2025, 2, 15))
    assert figures.current == T1
    assert len(figures.periods) == 8 and figures.periods[-1] == T1
    [st2b] = figures.beneficiaries
    assert st2b.code == "ST2B" and st2b.current_total == Decimal("9855.75")
