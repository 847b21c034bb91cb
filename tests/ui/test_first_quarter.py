"""The product's acceptance criterion, driven through the real main window as a person would:

« Starting from an empty database, a person can set up the convention, the parties, one staff
member, one site, one bill and the readings, then preview, issue, print and record payment for
a quarter, entirely in the app. »

Every value is typed into the forms (French formats) and every action is a click; only the
operating system's dialogs (message boxes, the print dialog) are answered by stubs.
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox
from sqlalchemy import select

from mutualisation.domain.periods import Period
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui import workers
from mutualisation.ui.dialogs import pdf_viewer
from mutualisation.ui.dialogs.bill_dialog import BillDialog
from mutualisation.ui.dialogs.category_dialog import CategoryDialog
from mutualisation.ui.dialogs.convention_dialog import ConventionDialog
from mutualisation.ui.dialogs.key_dialog import KeyDialog
from mutualisation.ui.dialogs.meter_dialog import MeterDialog
from mutualisation.ui.dialogs.organisation_dialog import OrganisationDialog
from mutualisation.ui.dialogs.parties_dialog import PartiesDialog
from mutualisation.ui.dialogs.payment_dialog import PaymentDialog
from mutualisation.ui.dialogs.payroll_grid import PayrollGridDialog
from mutualisation.ui.dialogs.readings_grid import ReadingsGridDialog
from mutualisation.ui.dialogs.site_dialog import SiteDialog
from mutualisation.ui.dialogs.staff_dialog import StaffDialog
from mutualisation.ui.main_window import MainWindow
from mutualisation.ui.models.issued import IssuedTableModel
from mutualisation.ui.models.preview import PreviewTableModel

from .test_edit_support import choose, choose_text, click, type_into

D = Decimal
QUARTER = Period.quarter(2026, 1)  # 1 January – 31 March 2026


@pytest.fixture(autouse=True)
def no_thread_left(qapp):
    # A test that ran ``app.exec()`` can leave Qt's main loop flagged to quit, and then the
    # workers' queued signals are never delivered: running the loop once clears the flag.
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()
    yield
    assert workers.wait_all(20000)


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes: every question answered Yes; every box's text kept to be checked."""
    shown: dict[str, list[str]] = {"question": [], "information": [], "warning": []}

    def stub(kind, answer):
        def show(parent, title, text, *args, **kwargs):
            shown[kind].append(text)
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "question", stub("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "information", stub("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", stub("warning", QMessageBox.StandardButton.Ok))
    return shown


# -- what a person does with the mouse and the keyboard ------------------------------------------


def go_to(qtbot, window: MainWindow, key: str):
    """Click a page in the side navigation; return the page."""
    navigation = window.navigation
    rect = navigation.visualItemRect(navigation.item(window.page_keys().index(key)))
    qtbot.mouseClick(navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == key
    return window.pages[key]


def click_tab(qtbot, tabs, title: str) -> None:
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == title)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def add_dated_value(qtbot, editor, day: str, value: str | None = None, party: str | None = None) -> None:
    """In a dated history (shares, surfaces, keys): party, « À partir du », value, « Ajouter »."""
    if party is not None:
        choose_text(editor.party_field, party)
    type_into(qtbot, editor.date_field, day)
    if value is not None:
        type_into(qtbot, editor.value_field, value)
    before = len(editor.entries())
    click(qtbot, editor.add_button)
    assert len(editor.entries()) == before + 1, editor.message.text()


def type_down(qtbot, grid, row: int, column: int, *texts: str) -> None:
    """In a spreadsheet-like grid, click a cell, then type each text and press Enter: each
    value is saved at once and Enter goes down to the next line."""
    rect = grid.visualRect(grid.model().index(row, column))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for offset, text in enumerate(texts):
        assert (grid.currentIndex().row(), grid.currentIndex().column()) == (row + offset, column)
        qtbot.keyClicks(grid, text[0])  # a key on a cell opens its editor with that key
        editor = grid.indexWidget(grid.currentIndex())  # (the previous cell's is closed, not gone yet)
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def set_year(qtbot, spin, year: int) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(year))
    assert spin.value() == year


def wait_statements_idle(qtbot, page) -> None:
    qtbot.waitUntil(
        lambda: not (page.preview_task.is_busy() or page.issue_task.is_busy() or page.drift_task.is_busy()),
        timeout=20000,
    )


# -- the story ------------------------------------------------------------------------------------


def test_a_first_quarter_from_an_empty_database(db, qtbot, boxes, monkeypatch, tmp_path):
    window = MainWindow(Workspace(db))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)

    # 1. The empty database opens on the welcome screen: start with an empty base.
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.empty_button, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "dashboard"

    # 2. Paramètres → « Modifier l'organisation… »: our organisation, the provider.
    settings = go_to(qtbot, window, "settings")
    click(qtbot, settings.organisation_button)
    form = settings.dialog
    assert isinstance(form, OrganisationDialog) and form.isVisible()
    assert form.party.value() is None  # « Nouvelle partie »
    type_into(qtbot, form.code, "PAYS")
    type_into(qtbot, form.name, "Pays du bassin de Briey")
    form.address.setFocus()
    qtbot.keyClicks(form.address, "2 rue de la Gare, 54150 Briey")
    type_into(qtbot, form.siret, "448 217 398 00024")
    type_into(qtbot, form.signatory_name, "Marie Durand")
    type_into(qtbot, form.signatory_title, "Présidente")
    type_into(qtbot, form.iban, "FR76 3000 6000 0112 3456 7890 189")
    type_into(qtbot, form.bic, "AGRIFRPP")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert settings.fields["name"].text() == "Pays du bassin de Briey"
    assert settings.fields["siret"].text() == "448 217 398 00024"

    # 3. Paramètres → « Parties… »: the beneficiary, with its Chorus Pro references.
    click(qtbot, settings.parties_button)
    parties = settings.dialog
    assert isinstance(parties, PartiesDialog) and parties.isVisible()
    # Its explanation names the button that sets our organisation as it is really called.
    intro = parties.findChild(QLabel, "pageDescription")
    assert f"« {settings.organisation_button.text()} »" in intro.text()
    click(qtbot, parties.bar.add_button)
    form = parties.form
    type_into(qtbot, form.code, "ST2B")
    type_into(qtbot, form.name, "Syndicat mixte des transports ST2b")
    type_into(qtbot, form.siret, "255 409 179 00017")
    click(qtbot, form.public_body)
    type_into(qtbot, form.chorus_years.year_field, "2026")
    type_into(qtbot, form.chorus_years.service_code_field, "FINANCES")
    type_into(qtbot, form.chorus_years.engagement_field, "EJ-2026-042")
    click(qtbot, form.chorus_years.add_button)
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert [row.code for row in parties.table.model.rows] == ["PAYS", "ST2B"]
    parties.close()

    # 4. Convention → « Nouvelle convention… »: quarterly (the default), ST2B as beneficiary.
    convention = go_to(qtbot, window, "convention")
    click(qtbot, convention.new_button)
    form = convention.dialog
    assert isinstance(form, ConventionDialog) and form.isVisible()
    assert form.provider_combo.currentText() == "PAYS — Pays du bassin de Briey"  # our organisation
    type_into(qtbot, form.reference_field, "CAM-2026-01")
    type_into(qtbot, form.title_field, "Convention d'assistance et de moyens")
    type_into(qtbot, form.signature_field, "15/12/2025")
    type_into(qtbot, form.start_field, "01/01/2026")
    type_into(qtbot, form.duration_field, "36")
    assert form.add_combo.currentText() == "ST2B — Syndicat mixte des transports ST2b"
    click(qtbot, form.add_button)
    assert form.beneficiaries_list.item(0).text() == "1. ST2B — Syndicat mixte des transports ST2b"
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert convention.values["reference"].text() == "CAM-2026-01"
    assert convention.values["frequency"].text() == "Trimestrielle"

    # 5. Personnel → « Nouvel agent… »: full time, 40 % for ST2B from 1 January 2026.
    staff = go_to(qtbot, window, "staff")
    click(qtbot, staff.staff_bar.add_button)
    form = staff.form
    assert isinstance(form, StaffDialog) and form.isVisible()
    type_into(qtbot, form.first_name, "Alice")
    type_into(qtbot, form.last_name, "Moreau")
    type_into(qtbot, form.job_title, "Comptable")
    type_into(qtbot, form.start, "01/09/2024")
    # The working time is offered from the day of entry, at 100 %: add it as it is.
    assert form.working_times.value_field.text() == "100 %"
    click(qtbot, form.working_times.add_button)
    click_tab(qtbot, form.tabs, "Quotités par bénéficiaire")
    add_dated_value(qtbot, form.shares, "01/01/2026", "40", party="ST2B")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert staff.staff_table.current_row().name == "Alice Moreau"

    # ... and her payroll for the quarter's three months, in the grid: gross salary, then
    # employer charges (Enter goes down to the next month).
    click_tab(qtbot, staff.tabs, "Paie mensuelle")
    click(qtbot, staff.payroll_bar.add_button)
    grid_dialog = staff.grid_dialog
    assert isinstance(grid_dialog, PayrollGridDialog) and grid_dialog.isVisible()
    set_year(qtbot, grid_dialog.year, 2026)
    alice = grid_dialog.model.column_labels.index("Alice Moreau")
    for part, amounts in (("Salaire brut", ("3 000,00", "3 000,00", "3 500,00")),
                          ("Charges patronales", ("1 200,00", "1 200,00", "1 400,00"))):  # fmt: skip
        choose_text(grid_dialog.part, part)
        type_down(qtbot, grid_dialog.grid, 0, alice, *amounts)  # January, February, March
        assert not grid_dialog.message.isVisible(), grid_dialog.message.text()
    choose_text(grid_dialog.part, "Coût total")
    totals = [grid_dialog.model.index(month, alice).data() for month in range(3)]
    assert totals == ["4\u202f200,00", "4\u202f200,00", "4\u202f900,00"]
    grid_dialog.close()
    assert len(staff.payroll_table.model.rows) == 3

    # 6. Locaux → « Nouveau site… »: the exclusive floor area of each party (it would split
    # the costs attached to the site; this quarter's only bill is attached to its category).
    premises = go_to(qtbot, window, "premises")
    click(qtbot, premises.sites_bar.add_button)
    form = premises.form
    assert isinstance(form, SiteDialog) and form.isVisible()
    type_into(qtbot, form.name, "Bureaux de Briey")
    type_into(qtbot, form.common, "20")
    add_dated_value(qtbot, form.surfaces, "01/01/2026", "104", party="PAYS")
    add_dated_value(qtbot, form.surfaces, "01/01/2026", "36", party="ST2B")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert premises.sites_table.current_row().name == "Bureaux de Briey"
    assert len(premises.surfaces_table.model.rows) == 2

    # 7. Clés et relevés: a metered key on a new meter (the copier), a category that follows
    # it, and the quarter's readings.
    keys = go_to(qtbot, window, "keys")
    # A category first? It follows a key, and there is none yet: the form says where to make it.
    click_tab(qtbot, keys.tabs, "Catégories de dépenses")
    click(qtbot, keys.categories_bar.add_button)
    form = keys.form
    type_into(qtbot, form.code, "REPRO")
    type_into(qtbot, form.name, "Reprographie")
    assert not form.save_button.isEnabled() and form.problem_label.isVisible()
    told = form.problem_label.text()
    assert "créez d'abord la clé (onglet « Clés de répartition », « Nouvelle clé… »)" in told
    click(qtbot, form.buttons.button(form.buttons.StandardButton.Cancel))
    assert not form.isVisible()

    click_tab(qtbot, keys.tabs, "Clés de répartition")
    click(qtbot, keys.keys_bar.add_button)
    form = keys.form
    assert isinstance(form, KeyDialog) and form.isVisible()
    type_into(qtbot, form.name, "Copies")
    choose(form.kind, "metered")
    assert form.meter.isVisible() and not form.save_button.isEnabled()
    click(qtbot, form.new_meter_button)
    meter_form = form.meter_dialog
    assert isinstance(meter_form, MeterDialog) and meter_form.isVisible()
    type_into(qtbot, meter_form.name, "Copieur")
    type_into(qtbot, meter_form.unit, "copies")
    click(qtbot, meter_form.save_button)
    assert form.meter.currentText() == "Copieur (copies)"
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert keys.keys_table.current_row().name == "Copies"

    click_tab(qtbot, keys.tabs, "Catégories de dépenses")
    click(qtbot, keys.categories_bar.add_button)
    form = keys.form
    assert isinstance(form, CategoryDialog) and form.isVisible()
    type_into(qtbot, form.code, "REPRO")
    type_into(qtbot, form.name, "Reprographie")
    choose_text(form.keys.value_field, "Copies")
    add_dated_value(qtbot, form.keys, "01/01/2026")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    assert keys.categories_table.current_row().name == "Reprographie"

    click_tab(qtbot, keys.tabs, "Relevés de compteurs")
    click(qtbot, keys.readings_bar.add_button)
    readings = keys.grid_dialog
    assert isinstance(readings, ReadingsGridDialog) and readings.isVisible()
    assert readings.meter.currentText() == "Copieur (copies)"
    set_year(qtbot, readings.year, 2026)
    assert readings.model.column_labels == ["PAYS", "ST2B"]
    assert readings.model.row_labels[0] == "1er trimestre 2026"
    type_down(qtbot, readings.grid, 0, 0, "9 700")
    type_down(qtbot, readings.grid, 0, 1, "3 300")
    assert not readings.message.isVisible(), readings.message.text()
    readings.close()
    assert len(keys.readings_table.model.rows) == 2

    # 8. Dépenses → « Nouvelle facture… »: one bill of the category (no file attached).
    expenses = go_to(qtbot, window, "expenses")
    click(qtbot, expenses.bills_bar.add_button)
    form = expenses.form
    assert isinstance(form, BillDialog) and form.isVisible()
    type_into(qtbot, form.date, "15/02/2026")
    type_into(qtbot, form.supplier, "Copieurs de Lorraine")
    type_into(qtbot, form.reference, "F-2026-0212")
    type_into(qtbot, form.label, "Maintenance du copieur")
    type_into(qtbot, form.amount, "1 234,56")
    assert form.attachment.kind.currentText() == "Catégorie"
    choose_text(form.attachment.target, "Reprographie")
    click(qtbot, form.save_button)
    assert not form.isVisible()
    bill = expenses.bills_table.current_row()
    assert (bill.amount, bill.attached_to) == (D("1234.56"), "Reprographie")

    # 9. États: the first quarter of 2026 for ST2B.
    statements = go_to(qtbot, window, "statements")
    wait_statements_idle(qtbot, statements)
    assert statements.beneficiary_combo.currentText() == "ST2B — Syndicat mixte des transports ST2b"
    periods = statements.period_picker.period_combo
    periods.setCurrentIndex(next(i for i in range(periods.count()) if periods.itemData(i) == QUARTER))
    wait_statements_idle(qtbot, statements)
    assert statements._result is not None and statements._result.period == QUARTER
    assert not statements.preview.problems_box.isVisible()

    # Hand-computed, exact (DESIGN.md §4):
    #   Alice Moreau: payroll 4 200,00 + 4 200,00 + 4 900,00 = 13 300,00 over the quarter,
    #     employed every day, ST2B's share 40 % → 13 300,00 × 0,40 = 5 320,00.
    #   Maintenance du copieur: 1 234,56 on 15/02/2026, metered key, readings of T1 2026
    #     PAYS 9 700 / ST2B 3 300 copies: ST2B 1 234,56 × 3 300 / 13 000 = 313,388307…,
    #     PAYS 921,171692…; floors 313,38 + 921,17 = 1 234,55, the missing cent goes to the
    #     largest remainder (ST2B 0,83 > PAYS 0,17) → ST2B 313,39.
    #   Total ST2B: 5 320,00 + 313,39 = 5 633,39.
    lines = statements.preview.lines_table
    shown = {
        lines.proxy.index(r, PreviewTableModel.LABEL).data():
        lines.proxy.index(r, PreviewTableModel.AMOUNT).data(lines.proxy.sortRole())
        for r in range(lines.proxy.rowCount())
    }  # fmt: skip
    assert shown == {
        "Alice Moreau": D("5320.00"),
        "Maintenance du copieur (Copieurs de Lorraine, 15/02/2026)": D("313.39"),
    }
    assert statements._result.total == D("5633.39")
    assert lines.total_label.text() == "Total : 5\u202f633,39\u00a0€"

    # « Émettre l'état… », confirmed: it takes the year's first number and opens its PDF.
    number = f"{dt.date.today().year}-0001"
    assert statements.issue_button.isEnabled(), statements.issue_button.toolTip()
    click(qtbot, statements.issue_button)
    assert len(boxes["question"]) == 1 and number in boxes["question"][0]
    assert "5\u202f633,39\u00a0€" in boxes["question"][0]
    wait_statements_idle(qtbot, statements)
    qtbot.waitUntil(lambda: statements.pdf_viewer is not None, timeout=20000)
    viewer = statements.pdf_viewer
    assert viewer.isVisible() and viewer.page_count() >= 1
    assert number in viewer.windowTitle()
    issued = statements.issued.table
    assert issued.current_row().number == number
    assert issued.proxy.index(0, IssuedTableModel.STATUS).data() == "À payer"
    assert statements.issue_note.text() == f"Déjà émis : n° {number}"

    # « Imprimer… » in the PDF viewer, the print dialog answered with a PDF file.
    printed = tmp_path / "imprime.pdf"

    class PrintToFile:
        def __init__(self, printer, parent=None):
            printer.setOutputFormat(printer.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))
            printer.setResolution(72)

        def setWindowTitle(self, title):
            self.title = title

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pdf_viewer, "QPrintDialog", PrintToFile)
    with qtbot.waitSignal(viewer.printed):
        click(qtbot, viewer.print_button)
    assert len(PdfReader(printed).pages) == viewer.page_count()
    click(qtbot, viewer.close_button)

    # « Enregistrer un paiement… »: the rest due is offered; paid in full.
    click(qtbot, statements.issued.payment_button)
    payment = statements.dialog
    assert isinstance(payment, PaymentDialog) and payment.isVisible()
    assert payment.amount_field.value() == D("5633.39")
    qtbot.keyClicks(payment.reference_field, "Mandat 2026-118")
    with qtbot.waitSignal(statements.payment_recorded):
        click(qtbot, payment.save_button)
    wait_statements_idle(qtbot, statements)

    # The statement is paid, on screen and in the database.
    row = issued.current_row()
    assert (row.number, row.status, row.paid) == (number, "paid", D("5633.39"))
    assert issued.proxy.index(0, IssuedTableModel.STATUS).data() == "Payé"
    assert not statements.issued.payment_button.isEnabled()
    with db.session() as session:
        statement = session.scalar(select(m.Statement).where(m.Statement.number == number))
        assert (statement.total, statement.period_start, statement.period_end) == (
            D("5633.39"), QUARTER.start, QUARTER.end,
        )  # fmt: skip
        assert [(p.amount, p.reference) for p in statement.payments] == [(D("5633.39"), "Mandat 2026-118")]
        pdf = statement.pdf
    # What the issued PDF says: who owes whom, the total in words, the bank details.
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
    for expected in (
        f"N° {number}", "SIRET 448 217 398 00024", "Code service : FINANCES", "N° d'engagement : EJ-2026-042",
        "1er trimestre 2026", "Net à payer 5 633,39 €",
        "cinq mille six cent trente-trois euros et trente-neuf centimes", "FR76 3000 6000 0112 3456 7890 189",
    ):
        assert expected in text, expected
    assert boxes["warning"] == [] and boxes["information"] == []
