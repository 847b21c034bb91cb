"""Drafts from the États page: the PDF « Émettre » would produce, unnumbered, marked « PROJET —
non émis », shown in the viewer with Print, and nothing written to the ledger."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pypdf import PdfReader
from sqlalchemy import func, select

from mutualisation.domain.periods import parse_period
from mutualisation.services.costs import find_convention, find_party
from mutualisation.services.issuing import issue_statement
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.correction_dialog import CorrectionDialog

pytestmark = pytest.mark.usefixtures("no_thread_left")


def pdf_text(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def ledger_state(db) -> tuple[int, int, int, int]:
    """Statements, their lines, numbers taken and audit entries: a draft changes none of them."""
    with db.session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table)) or 0
            for table in (m.Statement, m.StatementLine, m.AuditEntry)
        ) + (session.scalar(select(func.coalesce(func.sum(m.StatementSequence.last_number), 0))),)


def idle(page) -> bool:
    return not any(t.is_busy() for t in (page.preview_task, page.issue_task, page.drift_task, page.draft_task))


@pytest.fixture
def page(window, qtbot):
    window.show_page("statements")
    page = window.pages["statements"]
    qtbot.waitUntil(lambda: idle(page), timeout=20000)
    return page


def choose(qtbot, page, period_code: str, beneficiary: str) -> None:
    period = parse_period(period_code)
    combo = page.period_picker.period_combo
    combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemData(i) == period))
    names = page.beneficiary_combo
    names.setCurrentIndex(next(i for i in range(names.count()) if names.itemText(i).startswith(beneficiary)))
    qtbot.waitUntil(lambda: idle(page), timeout=20000)
    assert page._result is not None and page._result.period == period


def test_the_draft_button_shows_the_statement_unnumbered_and_writes_nothing(page, qtbot, demo_db):
    choose(qtbot, page, "2025-T1", "ST2B")
    assert page.draft_button.text() == "Aperçu PDF (projet)"
    assert page.draft_button.isVisible() and page.draft_button.isEnabled()
    assert page.draft_button.geometry().right() < page.issue_button.geometry().left()
    before = ledger_state(demo_db)
    total = page._result.total

    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pdf_viewer is not None, timeout=20000)
    qtbot.waitUntil(lambda: idle(page), timeout=20000)
    viewer = page.pdf_viewer
    assert viewer.isVisible() and viewer.page_count() >= 1
    assert viewer.windowTitle().startswith("Projet — État de refacturation — ST2B — ")
    assert viewer.windowTitle().endswith("(non émis)")
    assert viewer.print_button.isVisible() and viewer.save_button.isVisible()
    assert viewer.file_name.startswith("Projet ") and viewer.file_name.endswith(".pdf")
    text = pdf_text(bytes(viewer._bytes.data()))
    assert "PROJET — non émis" in text
    assert f"{dt.date.today().year}-0001" not in text and " n° 20" not in text
    assert "Alice Moreau" in text

    assert ledger_state(demo_db) == before, "a draft adds no statement, takes no number, logs nothing"
    # The draft changed nothing: the issue that follows takes the first number, for the same total.
    assert page.issue_button.isEnabled()
    assert page._result.next_number == f"{dt.date.today().year}-0001" and page._result.total == total
    qtbot.wait(300)  # the viewer draws its pages after it is shown
    viewer.grab().save("/tmp/d12shots/draft_statement_viewer.png")
    page.window().grab().save("/tmp/d12shots/statements_page_draft_button.png")
    viewer.close()


def test_no_draft_while_the_period_has_problems_or_is_issued(page, qtbot, demo_db):
    choose(qtbot, page, "2026-T4", "ST2B")
    assert not page.draft_button.isEnabled()
    assert "points listés" in page.draft_button.toolTip()

    with demo_db.session() as session:
        issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"),
                        parse_period("2025-T2"))  # fmt: skip
    choose(qtbot, page, "2025-T2", "ST2B")
    assert not page.draft_button.isEnabled()
    assert "couvre déjà" in page.draft_button.toolTip()


def test_a_draft_refused_meanwhile_is_told_in_a_message_box(page, qtbot, demo_db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    choose(qtbot, page, "2025-T1", "SCOT")
    # Another computer issued the period in the meantime: the draft says why it cannot be.
    with demo_db.session() as session:
        issue_statement(session, find_convention(session, "SCOT"), find_party(session, "SCOT"),
                        parse_period("2025-T1"))  # fmt: skip
    before = ledger_state(demo_db)
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.waitUntil(lambda: idle(page), timeout=20000)
    assert shown[0][0] == "Aperçu impossible" and "couvre déjà" in shown[0][1]
    assert page.pdf_viewer is None
    assert ledger_state(demo_db) == before


def test_the_correction_dialog_shows_the_draft_of_the_corrective_statement(page, qtbot, demo_db):
    with demo_db.session() as session:
        original = issue_statement(session, find_convention(session, "ST2B"), find_party(session, "ST2B"),
                                   parse_period("2025-T1"))  # fmt: skip
        number = original.number
    # Alice's January payroll was 100 € higher than recorded: ST2B's 40 % makes 40 € more.
    with demo_db.session() as session, session.begin():
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
        payroll = session.scalar(
            select(m.PayrollCost).where(m.PayrollCost.staff_id == alice.id,
                                        m.PayrollCost.month == dt.date(2025, 1, 1))
        )  # fmt: skip
        payroll.gross_salary += Decimal("100.00")
    page.refresh()
    qtbot.waitUntil(lambda: idle(page), timeout=20000)
    issued = page.issued
    issued.select(issued.table.model.rows[0].id)
    qtbot.waitUntil(issued.correct_button.isEnabled, timeout=20000)
    qtbot.mouseClick(issued.correct_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.draft_button.isEnabled()
    before = ledger_state(demo_db)

    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pdf_viewer is not None, timeout=20000)
    qtbot.waitUntil(lambda: not dialog.draft_task.is_busy(), timeout=20000)
    viewer = dialog.pdf_viewer
    assert viewer.windowTitle().startswith("Projet — État rectificatif — ST2B — ")
    text = pdf_text(bytes(viewer._bytes.data()))
    assert "PROJET — non émis" in text and number in text
    assert "Alice Moreau" in text and "40,00" in text
    assert ledger_state(demo_db) == before
    assert dialog.issue_button.isEnabled() and dialog.draft_button.isEnabled()
    dialog.grab().save("/tmp/d12shots/correction_dialog_draft_button.png")
    qtbot.wait(300)  # the viewer draws its pages after it is shown
    viewer.grab().save("/tmp/d12shots/draft_corrective_viewer.png")
    viewer.close()
    dialog.close()
