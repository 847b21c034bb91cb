"""The États page driven as a person would: preview, explanation, issue, PDF, payment, drift."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import select

from mutualisation.domain.periods import parse_period
from mutualisation.services.costs import find_convention, find_party, preview
from mutualisation.storage import models as m
from mutualisation.ui import formatting
from mutualisation.ui.dialogs import pdf_viewer
from mutualisation.ui.dialogs.correction_dialog import CorrectionDialog
from mutualisation.ui.dialogs.explanation_dialog import ExplanationDialog
from mutualisation.ui.dialogs.payment_dialog import PaymentDialog
from mutualisation.ui.models.issued import IssuedTableModel
from mutualisation.ui.models.preview import PreviewTableModel

pytestmark = pytest.mark.usefixtures("no_thread_left")


@pytest.fixture
def page(window, qtbot):
    window.show_page("statements")
    page = window.pages["statements"]
    wait_idle(qtbot, page)
    return page


@pytest.fixture
def answer_yes(monkeypatch):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def wait_idle(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: not page.preview_task.is_busy() and not page.issue_task.is_busy()
        and not page.drift_task.is_busy(),
        timeout=20000,
    )


def choose(qtbot, page, period_code: str, beneficiary: str) -> None:
    period = parse_period(period_code)
    combo = page.period_picker.period_combo
    index = next(i for i in range(combo.count()) if combo.itemData(i) == period)
    combo.setCurrentIndex(index)
    beneficiaries = page.beneficiary_combo
    index = next(i for i in range(beneficiaries.count()) if beneficiaries.itemText(i).startswith(beneficiary))
    beneficiaries.setCurrentIndex(index)
    wait_idle(qtbot, page)
    assert page._result is not None and page._result.period == period


def click_cell(qtbot, table, row: int, column: int, double: bool = False) -> None:
    view = table.view
    rect = view.visualRect(table.proxy.index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def expected_preview(db, code: str, period_code: str):
    with db.session() as session:
        party = find_party(session, code)
        result = preview(session, find_convention(session, code), parse_period(period_code))
        return result, party.id


def issue_from_page(qtbot, page, answer_yes) -> None:
    assert page.issue_button.isEnabled(), page.issue_button.toolTip()
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    assert answer_yes, "a confirmation is asked before issuing"
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.pdf_viewer is not None, timeout=10000)


def test_the_page_opens_on_the_period_just_ended(page):
    assert page.period_picker.kind() == "quarterly"
    period = page.current_period()
    assert period.end < dt.date.today() <= period.end + dt.timedelta(days=92)
    assert page.beneficiary_combo.currentText().startswith("ST2B — ")
    assert page.preview.lines_table.model.rowCount() > 0
    assert not page.busy_bar.isVisible()


def test_the_beneficiary_is_named_whole_at_the_default_window_size(window, page, qtbot):
    window.resize(1280, 800)
    qtbot.wait(50)
    combo = page.beneficiary_combo
    assert combo.currentText() == "ST2B — Syndicat mixte des transports du Pays du bassin de Briey (ST2b)"
    text_width = combo.fontMetrics().horizontalAdvance(combo.currentText())
    assert combo.width() >= combo.sizeHint().width() > text_width
    assert page.issue_button.isVisible() and page.issue_button.geometry().right() <= page.width()


def test_preview_of_2025_t1_matches_the_engine(page, qtbot, demo_db):
    choose(qtbot, page, "2025-T1", "ST2B")
    result, party_id = expected_preview(demo_db, "ST2B", "2025-T1")
    table = page.preview.lines_table
    assert table.model.rowCount() == len(result.lines_for(party_id))
    assert table.shown_total() == result.total(party_id)
    # The total shown is the engine's, to the cent.
    assert table.total_label.text() == f"Total : {formatting.money(result.total(party_id))}"
    labels = {table.proxy.index(r, PreviewTableModel.LABEL).data() for r in range(table.proxy.rowCount())}
    assert "Alice Moreau" in labels
    assert "Personnel" in page.preview.subtotals_label.text()
    assert not page.preview.problems_box.isVisible()
    assert page.issue_button.isEnabled()


def test_a_quarter_with_vat_shows_the_totals_its_statement_bills(page, qtbot, demo_db):
    # 2026: VAT at 20 % on lent staff (amendment n° 2); the screen shows the statement's own totals.
    choose(qtbot, page, "2026-T2", "ST2B")
    with demo_db.session() as session:
        convention = find_convention(session, "ST2B")
        from mutualisation.services.documents import convention_statement

        result = preview(session, convention, parse_period("2026-T2"))
        totals = convention_statement(convention, result, find_party(session, "ST2B").id).totals
    [vat] = totals.vat_lines
    text = page.preview.subtotals_label.text()
    assert f"Total HT : {formatting.money(totals.excl_vat)}" in text
    assert f"TVA à 20\u00a0% sur {formatting.money(vat.basis)} : {formatting.money(vat.amount)}" in text
    assert text.endswith(f"Total TTC : {formatting.money(totals.total)}")
    assert formatting.money(totals.total) in page.issue_button.toolTip()


def test_clicking_an_amount_explains_it(page, qtbot, demo_db):
    choose(qtbot, page, "2025-T1", "ST2B")
    table = page.preview.lines_table
    row = next(
        r for r in range(table.proxy.rowCount())
        if table.proxy.index(r, PreviewTableModel.LABEL).data() == "Alice Moreau"
    )
    click_cell(qtbot, table, row, PreviewTableModel.AMOUNT)
    text = page.preview.explanation_text.toPlainText()
    assert "Alice Moreau" in page.preview.explanation_title.text()
    assert "Paie de janvier 2025" in text and "arrondie à" in text
    result, party_id = expected_preview(demo_db, "ST2B", "2025-T1")
    line = next(l for l in result.lines_for(party_id) if l.label == "Alice Moreau")
    # (Qt's plain text turns no-break spaces into spaces.)
    assert text.splitlines() == [f"• {s}".replace("\u00a0", " ") for s in line.explanation_lines(result.parties)]

    click_cell(qtbot, table, row, PreviewTableModel.AMOUNT, double=True)
    dialog = page.dialog
    assert isinstance(dialog, ExplanationDialog) and dialog.isVisible()
    assert dialog.text.toPlainText() == text
    dialog.close()


def test_issue_from_the_page(page, qtbot, demo_db, answer_yes):
    choose(qtbot, page, "2025-T1", "ST2B")
    result, party_id = expected_preview(demo_db, "ST2B", "2025-T1")
    number = f"{dt.date.today().year}-0001"
    assert page._result.next_number == number
    issue_from_page(qtbot, page, answer_yes)
    assert number in answer_yes[0] and "définitivement" in answer_yes[0]

    with demo_db.session() as session:
        statement = session.scalar(select(m.Statement).where(m.Statement.number == number))
        assert statement is not None and statement.total == result.total(party_id)
    issued = page.issued.table
    assert issued.model.rowCount() == 1
    assert issued.current_row().number == number
    assert issued.proxy.index(0, IssuedTableModel.STATUS).data() == "À payer"
    assert not page.none_label.isVisible()
    viewer = page.pdf_viewer
    assert viewer.isVisible() and viewer.page_count() >= 1
    # The period is issued: no second statement for it.
    assert not page.issue_button.isEnabled()
    assert number in page.issue_button.toolTip()
    assert page.issue_note.text() == f"Déjà émis : n° {number}"
    viewer.close()


def test_print_and_save_the_pdf(page, qtbot, demo_db, answer_yes, monkeypatch, tmp_path):
    choose(qtbot, page, "2025-T1", "SCOT")
    issue_from_page(qtbot, page, answer_yes)
    viewer = page.pdf_viewer

    printed = tmp_path / "imprime.pdf"

    class FakePrintDialog:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(72)

        def setWindowTitle(self, title):
            self.title = title

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_viewer, "QPrintDialog", FakePrintDialog)
    with qtbot.waitSignal(viewer.printed):
        qtbot.mouseClick(viewer.print_button, Qt.MouseButton.LeftButton)
    assert printed.read_bytes().startswith(b"%PDF")

    target = tmp_path / "etat"
    monkeypatch.setattr(pdf_viewer.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Documents PDF (*.pdf)"))  # fmt: skip
    with qtbot.waitSignal(viewer.saved) as saved:
        qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [str(target) + ".pdf"]
    with demo_db.session() as session:
        statement = session.scalar(select(m.Statement).order_by(m.Statement.id.desc()))
        assert Path(saved.args[0]).read_bytes() == statement.pdf
    viewer.close()


def test_no_issue_with_problems_and_correct_opens_the_staff_page(window, page, qtbot, warnings):
    choose(qtbot, page, "2026-T4", "ST2B")
    assert not page.issue_button.isEnabled()
    assert "points listés" in page.issue_button.toolTip()
    problems = page.preview.problems_table
    assert page.preview.problems_box.isVisible()
    assert problems.model.rowCount() > 0
    assert "Paie manquante" in problems.proxy.index(0, 0).data()
    assert page.preview.problems_box.title().endswith("à régler avant d'émettre")
    assert page.preview.fix_button.width() > 0
    qtbot.mouseClick(page.preview.fix_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "staff"


def test_record_a_payment_through_the_dialog(page, qtbot, demo_db, answer_yes):
    choose(qtbot, page, "2025-T2", "ST2B")
    issue_from_page(qtbot, page, answer_yes)
    page.pdf_viewer.close()
    issued = page.issued
    row = issued.table.current_row()
    assert issued.payment_button.isEnabled()
    qtbot.mouseClick(issued.payment_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PaymentDialog) and dialog.isVisible()
    assert dialog.amount_field.value() == row.total

    # Too much is refused as you type, with the reason next to the fields.
    dialog.amount_field.clear()
    qtbot.keyClicks(dialog.amount_field, "999 999,99")
    assert not dialog.save_button.isEnabled()
    assert "dépasse le reste dû" in dialog.message.text()
    dialog.amount_field.clear()
    qtbot.keyClicks(dialog.amount_field, "abc")
    assert not dialog.save_button.isEnabled()

    dialog.amount_field.clear()
    qtbot.keyClicks(dialog.amount_field, "100,00")
    qtbot.keyClicks(dialog.reference_field, "Mandat 2025-118")
    assert dialog.save_button.isEnabled()
    with qtbot.waitSignal(page.payment_recorded):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    row = issued.table.current_row()
    assert row.paid == Decimal("100.00") and row.status == "part_paid"
    assert issued.table.proxy.index(0, IssuedTableModel.STATUS).data() == "Payé en partie"

    qtbot.mouseClick(issued.payment_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.amount_field.value() == row.total - Decimal("100.00")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    row = issued.table.current_row()
    assert row.status == "paid"
    assert issued.table.proxy.index(0, IssuedTableModel.STATUS).data() == "Payé"
    assert not issued.payment_button.isEnabled()
    with demo_db.session() as session:
        payments = session.scalars(select(m.Payment).order_by(m.Payment.id)).all()
        assert [p.reference for p in payments] == ["Mandat 2025-118", ""]


def test_drift_shows_and_a_corrective_statement_is_issued(page, qtbot, demo_db, answer_yes):
    choose(qtbot, page, "2025-T1", "ST2B")
    issue_from_page(qtbot, page, answer_yes)
    page.pdf_viewer.close()
    issued = page.issued
    assert issued.table.proxy.index(0, IssuedTableModel.DRIFT).data() == ""
    assert not issued.correct_button.isEnabled()

    # Alice's January payroll was 100 € higher than recorded: ST2B's 40 % makes 40 € more.
    with demo_db.session() as session, session.begin():
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
        payroll = session.scalar(
            select(m.PayrollCost).where(m.PayrollCost.staff_id == alice.id,
                                        m.PayrollCost.month == dt.date(2025, 1, 1))
        )  # fmt: skip
        payroll.gross_salary += Decimal("100.00")
    page.refresh()
    wait_idle(qtbot, page)
    issued.select(issued.table.model.rows[0].id)
    assert issued.table.proxy.index(0, IssuedTableModel.DRIFT).data() == "Écart +40,00\u00a0€"
    assert issued.correct_button.isEnabled()

    qtbot.mouseClick(issued.correct_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, CorrectionDialog) and dialog.isVisible()
    lines = dialog.table.model.rows
    assert [(l.label, l.difference) for l in lines] == [("Alice Moreau", Decimal("40.00"))]
    assert dialog.issue_button.text() == "Émettre l'état rectificatif…"
    answer_yes.clear()
    with qtbot.waitSignal(dialog.correction_issued, timeout=20000):
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert answer_yes and "état rectificatif" in answer_yes[0]
    wait_idle(qtbot, page)
    with demo_db.session() as session:
        corrective = session.scalar(select(m.Statement).where(m.Statement.kind == "corrective"))
        assert corrective is not None and corrective.total == Decimal("40.00")
    assert issued.table.model.rowCount() == 2
    assert issued.table.current_row().kind == "corrective"
    qtbot.waitUntil(lambda: all(r.drift_state != "pending" for r in issued.table.model.rows), timeout=20000)
    assert all(not r.can_correct for r in issued.table.model.rows)
    assert page.pdf_viewer.page_count() >= 1
    page.pdf_viewer.close()


def test_issuing_refused_is_told_in_a_message_box(page, qtbot, demo_db, answer_yes, warnings):
    choose(qtbot, page, "2025-T1", "ST2B")
    # Someone else issued the same period meanwhile, from another computer.
    from mutualisation.services.issuing import issue_statement

    with demo_db.session() as session:
        party = find_party(session, "ST2B")
        issue_statement(session, find_convention(session, "ST2B"), party, parse_period("2025-T1"))
    qtbot.mouseClick(page.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    wait_idle(qtbot, page)
    assert "couvre déjà" in warnings[0]
    assert page.pdf_viewer is None


def test_previous_and_next_period_buttons(page, qtbot):
    choose(qtbot, page, "2025-T2", "ST2B")
    qtbot.mouseClick(page.period_picker.previous_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page._result.period == parse_period("2025-T1")
    qtbot.mouseClick(page.period_picker.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.period_picker.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert page._result.period == parse_period("2025-T3")
    page.period_picker.kind_combo.setCurrentIndex(page.period_picker.kind_combo.findData("monthly"))
    wait_idle(qtbot, page)
    assert page._result.period == parse_period("2025-07")
    assert page.period_picker.period_combo.currentText() == "juillet 2025 (2025-07)"
