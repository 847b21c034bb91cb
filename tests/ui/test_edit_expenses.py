"""Dépenses: bills and recurring charges added, corrected and deleted through the forms."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from mutualisation.services.editing import bills
from mutualisation.services.workspace import Workspace
from mutualisation.storage import models as m
from mutualisation.ui.dialogs.attachment_picker import AttachmentPicker
from mutualisation.ui.dialogs.bill_dialog import BillDialog
from mutualisation.ui.models.expenses import BillTableModel
from mutualisation.ui.pages.expenses import ExpensesPage

from .test_edit_support import choose, choose_text, click, issued_db, questions, rows, select_row, type_into, warnings  # noqa: F401


@pytest.fixture
def page(demo_db, qtbot):
    page = ExpensesPage(Workspace(demo_db))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    return page


def _bill_count(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(m.Bill))


def _fill_bill(qtbot, form: BillDialog, amount: str = "1 234,56") -> None:
    type_into(qtbot, form.date, "15/07/2026")
    type_into(qtbot, form.supplier, "Orange Business")
    type_into(qtbot, form.label, "Téléphonie — juillet 2026")
    type_into(qtbot, form.amount, amount)
    choose_text(form.attachment.target, "Télécommunications")


def test_a_bill_is_added_through_the_form(page, qtbot, demo_db):
    before = _bill_count(demo_db)
    click(qtbot, page.bills_bar.add_button)
    form = page.form
    assert isinstance(form, BillDialog) and form.isVisible() and not form.save_button.isEnabled()
    _fill_bill(qtbot, form)
    click(qtbot, form.save_button)
    assert not form.isVisible() and _bill_count(demo_db) == before + 1
    current = page.bills_table.current_row()
    assert (current.supplier, current.amount, current.attached_to) == ("Orange Business", Decimal("1234.56"),
                                                                       "Télécommunications")  # fmt: skip


def test_an_amount_with_three_decimals_is_refused_next_to_the_field(page, qtbot):
    click(qtbot, page.bills_bar.add_button)
    form = page.form
    _fill_bill(qtbot, form, "12,345")
    row = form.amount.parentWidget()
    assert row.message.isVisible() and "2 décimales au plus" in row.message.text()
    assert not form.save_button.isEnabled()
    type_into(qtbot, form.amount, "12,34")
    assert not row.message.isVisible() and form.save_button.isEnabled()


def test_a_service_period_ending_before_it_starts_is_refused(page, qtbot):
    click(qtbot, page.bills_bar.add_button)
    form = page.form
    _fill_bill(qtbot, form)
    click(qtbot, form.has_period)
    assert not form.save_button.isEnabled()  # both ends are now required
    type_into(qtbot, form.service_start, "01/07/2026")
    type_into(qtbot, form.service_end, "30/06/2026")
    assert form.service_end.error() == "La fin ne peut pas précéder le début."
    assert not form.save_button.isEnabled()
    type_into(qtbot, form.service_end, "31/07/2026")
    assert form.save_button.isEnabled()


def test_a_bill_is_corrected_and_a_later_one_deleted(page, qtbot, demo_db, questions):
    bill = select_row(page.bills_table, lambda r: r.label == "Téléphonie fixe et accès internet — juillet 2025")
    click(qtbot, page.bills_bar.edit_button)
    form = page.form
    assert form.amount.text() == "383,19"
    type_into(qtbot, form.amount, "390,00")
    click(qtbot, form.save_button)
    assert page.bills_table.current_row().amount == Decimal("390.00")
    before = _bill_count(demo_db)
    select_row(page.bills_table, lambda r: r.id == bill.id)
    click(qtbot, page.bills_bar.delete_button)
    assert "Téléphonie fixe et accès internet — juillet 2025" in questions[0]
    assert _bill_count(demo_db) == before - 1
    assert all(r.id != bill.id for r in rows(page.bills_table))


def test_no_is_no(page, qtbot, demo_db, questions):
    questions.answer = questions.answer.No
    before = _bill_count(demo_db)
    select_row(page.bills_table, lambda r: True)
    click(qtbot, page.bills_bar.delete_button)
    assert _bill_count(demo_db) == before


def test_deleting_a_bill_of_an_issued_quarter_is_refused_with_the_statement_number(issued_db, qtbot, questions, warnings):
    page = ExpensesPage(Workspace(issued_db))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    before = _bill_count(issued_db)
    select_row(page.bills_table, lambda r: r.label == "Téléphonie fixe et accès internet — janvier 2025")
    click(qtbot, page.bills_bar.delete_button)
    assert len(warnings) == 1 and "2025-0001" in warnings[0] and "Corrigez plutôt" in warnings[0]
    assert _bill_count(issued_db) == before


def test_the_scanned_bill_is_attached_opened_and_removed(page, qtbot, demo_db, tmp_path, monkeypatch):
    scan = tmp_path / "facture orange.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    bill = select_row(page.bills_table, lambda r: r.supplier == "MAIF")
    click(qtbot, page.bills_bar.edit_button)
    form = page.form
    assert form.file_label.text() == "Aucun fichier" and not form.open_button.isEnabled()
    click(qtbot, form.attach_button)
    assert form.file_label.text() == "facture orange.pdf"
    click(qtbot, form.save_button)
    with demo_db.session() as session:
        assert bills.attachment(session, bill.id) == ("facture orange.pdf", b"%PDF-1.4 scan")
    select_row(page.bills_table, lambda r: r.id == bill.id)
    click(qtbot, page.bills_bar.edit_button)
    form = page.form
    click(qtbot, form.open_button)
    assert opened and opened[0].endswith("facture orange.pdf")
    click(qtbot, form.remove_file_button)
    click(qtbot, form.save_button)
    with demo_db.session() as session:
        assert bills.attachment_name(session, bill.id) is None


def test_a_recurring_charge_is_added_edited_and_deleted(page, qtbot, demo_db, questions):
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.charges_bar.add_button)
    form = page.form
    type_into(qtbot, form.label, "Abonnement fibre")
    type_into(qtbot, form.amount, "59,90")
    type_into(qtbot, form.start, "01/09/2026")
    type_into(qtbot, form.end, "31/08/2026")
    assert "La fin ne peut pas précéder le début." in form.end.error() and not form.save_button.isEnabled()
    type_into(qtbot, form.end, "")
    choose(form.attachment.kind, "category")
    choose_text(form.attachment.target, "Télécommunications")
    click(qtbot, form.save_button)
    charge = page.charges_table.current_row()
    assert (charge.label, charge.amount, charge.frequency, charge.end_date) == (
        "Abonnement fibre", Decimal("59.90"), "month", None)  # fmt: skip
    click(qtbot, page.charges_bar.edit_button)
    choose(page.form.frequency, "quarter")
    click(qtbot, page.form.save_button)
    assert page.charges_table.current_row().frequency == "quarter"
    click(qtbot, page.charges_bar.delete_button)
    assert all(r.label != "Abonnement fibre" for r in rows(page.charges_table))


def test_ctrl_n_opens_the_form_of_the_register_shown(page, qtbot):
    page.activateWindow()
    page.bills_table.view.setFocus()
    qtbot.keyClick(page.bills_table.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.form, BillDialog)


def test_the_bill_form_says_what_keeps_save_disabled(page, qtbot):
    click(qtbot, page.bills_bar.add_button)
    form = page.form
    _fill_bill(qtbot, form)
    assert form.save_button.isEnabled() and not form.problem_label.isVisible()
    type_into(qtbot, form.supplier, "")
    type_into(qtbot, form.label, "")
    assert not form.save_button.isEnabled() and form.problem_label.isVisible()
    assert form.problem_label.text() == "Champs obligatoires à remplir : Fournisseur, Libellé."
    type_into(qtbot, form.amount, "12,345")
    assert form.problem_label.text() == (
        "Champs obligatoires à remplir : Fournisseur, Libellé. "
        "Corrigez les points signalés en rouge pour pouvoir enregistrer."
    )
    type_into(qtbot, form.amount, "12,34")
    type_into(qtbot, form.supplier, "Orange Business")
    assert form.problem_label.text() == "Champ obligatoire à remplir : Libellé."
    type_into(qtbot, form.label, "Téléphonie")
    click(qtbot, form.has_period)  # both ends of the period are now required
    assert form.problem_label.text() == "Champ obligatoire à remplir : Période de service."
    click(qtbot, form.has_period)
    assert form.save_button.isEnabled() and not form.problem_label.isVisible()


def test_with_nothing_to_attach_to_the_bill_form_says_where_to_create_it(db, qtbot):
    form = BillDialog(Workspace(db))
    qtbot.addWidget(form)
    form.show()
    row = form.attachment.parentWidget()
    assert row.message.isVisible()
    assert row.message.text() == (
        "Rien à quoi rattacher : créez d'abord un site (page Locaux), un matériel (page Matériel) "
        "ou une catégorie de dépenses (page Clés et relevés → onglet « Catégories de dépenses »)."
    )
    assert not form.save_button.isEnabled()


def test_an_empty_list_of_the_chosen_kind_says_where_to_create_one(qtbot):
    picker = AttachmentPicker([("Bureaux de Briey", 1)], [], [])
    qtbot.addWidget(picker)
    assert picker.kind.value() == "category" and picker.touched  # shown at once, before any choice
    assert picker.error().startswith("Aucune catégorie de dépenses : créez-la d'abord (page Clés et relevés")
    choose(picker.kind, "equipment")
    assert picker.error().startswith("Aucun matériel : créez-le d'abord (page Matériel)")
    choose(picker.kind, "site")
    assert picker.error() == "Choisissez le site, le matériel ou la catégorie." and picker.is_empty()
    choose(picker.target, 1)
    assert picker.value() == (1, None, None) and picker.is_valid()


def test_the_bill_labels_get_the_width_at_the_default_window_size(window, qtbot):
    window.resize(1280, 800)
    window.show_page("expenses")
    table = window.pages["expenses"].bills_table
    qtbot.waitUntil(lambda: table.model.rowCount() > 0)
    qtbot.wait(50)
    header = table.view.horizontalHeader()
    # The label is the widest column: the others give up width first (eight columns do not all
    # fit in 1280 pixels; the last ones scroll into view).
    label = header.sectionSize(BillTableModel.LABEL)
    assert label >= 260
    assert all(header.sectionSize(c) <= 150 for c in range(header.count()) if c != BillTableModel.LABEL)
    # What does not fit ends in « … » and reads whole in the tooltip.
    longest = max(range(table.proxy.rowCount()),
                  key=lambda r: len(table.proxy.index(r, BillTableModel.LABEL).data()))  # fmt: skip
    index = table.proxy.index(longest, BillTableModel.LABEL)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
