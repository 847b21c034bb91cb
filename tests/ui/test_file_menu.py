"""The « Fichier » and « Aller à » menus of the main window, the export button of every table,
and the settings page's buttons: driven as a person would (file dialogs answered at once)."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from mutualisation.services.workspace import Workspace
from mutualisation.ui.dialogs.organisation_dialog import OrganisationDialog
from mutualisation.ui.dialogs.parties_dialog import PartiesDialog
from mutualisation.ui.main_window import MainWindow
from tests.io.helpers import workbook

from .screen_checks import status_fits


def shown(qtbot, database) -> MainWindow:
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_ctrl_and_a_digit_opens_the_page_of_that_rank(demo_db, qtbot):
    window = shown(qtbot, demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "statements"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"
    assert [a.text() for a in window.go_menu.actions()][:2] == ["Tableau de bord", "Convention"]


def test_a_workbook_imported_from_the_menu_shows_on_the_pages(demo_db, qtbot, tmp_path, monkeypatch):
    path = workbook(tmp_path / "categories.xlsx", {"Catégories": [["Code", "Nom"], ["NEUF", "Nouvelle catégorie"]]})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    window = shown(qtbot, demo_db)
    window.show_page("keys")
    window.file_menu.import_action.trigger()
    dialog = window.file_menu.import_dialog
    qtbot.waitSignal(dialog.previewed, timeout=20000).wait()  # the dry run reports from a worker thread
    assert "Le fichier est valide" in dialog.status_label.text()
    with qtbot.waitSignal(dialog.data_imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "Importé : 1 ajout(s)" in window.statusBar().currentMessage()
    table = window.pages["keys"].categories_table  # the page shown reads the import at once
    names = {table.model.display_text(row, column) for row in range(table.model.rowCount()) for column in (0, 1)}
    assert "Nouvelle catégorie" in names


def test_the_whole_database_exports_from_the_menu_off_the_ui_thread(demo_db, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "base"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = shown(qtbot, demo_db)
    with qtbot.waitSignal(window.file_menu.export_task.succeeded, timeout=30000):
        window.file_menu.export_action.trigger()
        assert not window.file_menu.export_action.isEnabled()  # one export at a time
    written = target.with_suffix(".xlsx")
    assert "Factures" in load_workbook(written, read_only=True).sheetnames
    assert window.statusBar().currentMessage().endswith(" dans base.xlsx")
    assert status_fits(window)
    assert window.file_menu.export_action.isEnabled()


def test_the_empty_template_is_saved_from_the_menu(demo_db, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "modèle.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = shown(qtbot, demo_db)
    window.file_menu.template_action.trigger()
    sheets = load_workbook(target, read_only=True).sheetnames
    assert "Personnel" in sheets and "Factures" in sheets


def test_every_register_table_exports_as_shown_under_the_page_title(demo_db, qtbot, tmp_path, monkeypatch):
    asked = []

    def save_as(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "dépenses.csv"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window = shown(qtbot, demo_db)
    window.show_page("expenses")
    page = window.pages["expenses"]
    table = page.bills_table
    table.filter_edit.setText("Orange")
    qtbot.mouseClick(table.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["Dépenses.xlsx"]
    lines = (tmp_path / "dépenses.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 1 + table.proxy.rowCount() and table.proxy.rowCount() < table.model.rowCount()
    assert all("Orange" in line for line in lines[1:])


def test_the_settings_page_opens_the_organisation_and_the_parties(demo_db, qtbot):
    window = shown(qtbot, demo_db)
    window.show_page("settings")
    page = window.pages["settings"]
    qtbot.mouseClick(page.organisation_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, OrganisationDialog) and page.dialog.isVisible()
    page.dialog.name.setText("Pays du bassin de Briey (PETR)")
    with qtbot.waitSignal(page.dialog.saved):
        page.dialog.save_button.click()
    assert page.fields["name"].text() == "Pays du bassin de Briey (PETR)"

    qtbot.mouseClick(page.parties_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.dialog, PartiesDialog) and page.dialog.isVisible()
    page.dialog.done(QDialog.DialogCode.Rejected)
