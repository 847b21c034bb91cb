"""The payroll export import of the « Fichier » menu: columns mapped in the window, previewed,
imported, and the mapping proposed again next time (file dialogs and message boxes stubbed)."""

from __future__ import annotations

from decimal import Decimal

import platformdirs
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from mutualisation.services.importing.payroll import TARGETS, load_mapping
from mutualisation.services.workspace import Workspace
from mutualisation.ui.dialogs.payroll_import_dialog import FIELD_LABELS, PayrollImportDialog
from mutualisation.ui.main_window import MainWindow
from tests.io.helpers import snapshot, workbook

HEADERS = ["Matricule", "Nom", "Prénom", "Période", "Brut", "Charges patronales", "Primes"]
ROWS = [
    ["0012", "MOREAU", "Alice", "11/2026", 3100.5, 1336.32, 150],
    ["0007", "Lambert", "Bruno", "11/2026", 4300, 1900, 0],
    ["0099", "Inconnu", "Jean", "11/2026", 1000, 400, 0],
]
PROPOSED = {
    "Matricule": "ignore", "Nom": "last_name", "Prénom": "first_name", "Période": "month",
    "Brut": "gross_salary", "Charges patronales": "employer_charges", "Primes": "ignore",
}  # fmt: skip


@pytest.fixture(autouse=True)
def user_data(tmp_path, monkeypatch):
    """The remembered mapping in the test's own folder; message boxes answer at once, recorded."""
    folder = tmp_path / "data"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *args, **kwargs: str(folder))
    shown = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda parent, title, text, *a, _n=name, **k: shown.append((_n, title, text)))  # fmt: skip
    return shown


@pytest.fixture
def export(tmp_path, monkeypatch):
    path = workbook(tmp_path / "paie novembre.xlsx", {"Export paie": [HEADERS, *ROWS]})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    return path


def shown(qtbot, database) -> MainWindow:
    window = MainWindow(Workspace(database))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def opened_from_the_menu(qtbot, window) -> PayrollImportDialog:
    window.file_menu.payroll_import_action.trigger()
    dialog = window.file_menu.payroll_import_dialog
    qtbot.waitSignal(dialog.previewed, timeout=20000).wait()  # the dry run reports from a worker thread
    return dialog


def mapping(dialog) -> dict[str, str]:
    return {header: combo.currentData() for header, combo in dialog.field_combos.items()}


def choose(qtbot, dialog, header: str, text: str) -> None:
    """Pick ``text`` in the column's choice by typing its start, as a person would; wait for the preview."""
    combo = dialog.field_combos[header]
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # else the letters add to the last search
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        qtbot.keyClicks(combo, text.split()[0])  # QTest types ASCII only
    assert combo.currentText() == text


def payroll(database, month: str = "2026-11") -> dict[tuple[str, str], dict]:
    return {v["staff"][:2]: v for _, v in snapshot(database)["payroll"] if v["month"].isoformat().startswith(month)}


def test_the_choices_are_every_field_in_french():
    assert list(FIELD_LABELS) == list(TARGETS)
    assert list(FIELD_LABELS.values()) == ["Nom", "Prénom", "Nom complet", "Début d'emploi", "Mois",
                                           "Salaire brut", "Charges patronales", "Autres coûts",
                                           "Remboursement : IJSS", "Remboursement : subrogation",
                                           "Remboursement : aide", "Remboursement : autre", "Ignorer"]  # fmt: skip


def test_a_column_mapped_to_a_reimbursement_is_stored_for_the_month(demo_db, qtbot, tmp_path, monkeypatch):
    rows = [["MOREAU", "Alice", "11/2026", 500, 0, 800], ["Lambert", "Bruno", "11/2026", 4300, 1900, None]]
    path = workbook(tmp_path / "paie.xlsx", {"Export paie": [["Nom", "Prénom", "Période", "Brut",
                                                             "Charges patronales", "Versé par la CPAM"], *rows]})
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window = shown(qtbot, demo_db)
    dialog = opened_from_the_menu(qtbot, window)
    assert mapping(dialog)["Versé par la CPAM"] == "ignore"  # an unknown title: left aside until chosen
    assert [dialog.summary_model.display_text(0, c) for c in range(5)] == ["Export paie", "2", "0", "0", "0"]

    choose(qtbot, dialog, "Versé par la CPAM", "Remboursement : IJSS")
    assert mapping(dialog)["Versé par la CPAM"] == "reimbursement_ijss"
    # Alice's 800.00 becomes a reimbursement of November; Bruno's empty cell records nothing.
    assert dialog.summary_model.rowCount() == 2
    assert [dialog.summary_model.display_text(1, c) for c in range(5)] == [
        "Export paie (remboursements)", "1", "0", "0", "0"]
    assert dialog.rejection_model.rowCount() == 0 and dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.data_imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    received = [v for _, v in snapshot(demo_db)["reimbursement"] if v["month"].isoformat() == "2026-11-01"]
    assert [(v["staff"][:2], v["kind"], v["amount"]) for v in received] == [(("Moreau", "Alice"), "ijss", Decimal("800.00"))]
    assert payroll(demo_db)[("Moreau", "Alice")]["gross_salary"] == Decimal("500.00")
    assert load_mapping()["verse par la cpam"] == "reimbursement_ijss"


def test_a_payroll_export_is_mapped_previewed_and_imported_from_the_menu(demo_db, qtbot, export, user_data):
    window = shown(qtbot, demo_db)
    assert window.file_menu.payroll_import_action.text() == "Importer un export de &paie…"
    before = snapshot(demo_db)
    dialog = opened_from_the_menu(qtbot, window)
    assert dialog.windowTitle() == "Importer l'export de paie « paie novembre.xlsx »"
    assert mapping(dialog) == PROPOSED  # usual names guessed; "Primes" unknown, left aside
    assert not dialog.sheet_combo.isVisible()  # a single sheet: nothing to choose
    assert snapshot(demo_db) == before  # the preview writes nothing…
    assert load_mapping() == {}  # …and remembers nothing

    # The unknown person is refused with where and why; the two others may go in.
    rejections = dialog.rejection_model
    assert rejections.rowCount() == 1
    assert [rejections.display_text(0, c) for c in range(4)] == [
        "Export paie", "4", "Nom", "Agent inconnu : Jean Inconnu (ni dans la base ni dans la feuille Personnel)."]
    assert [dialog.summary_model.display_text(0, c) for c in range(5)] == ["Export paie", "2", "0", "0", "1"]
    assert not dialog.import_button.isEnabled() and dialog.import_valid_button.isEnabled()

    # The bonuses go to "other costs": the preview runs again with the new mapping.
    choose(qtbot, dialog, "Primes", "Autres coûts")
    assert mapping(dialog) == PROPOSED | {"Primes": "other_costs"}
    assert dialog.rejection_model.rowCount() == 1 and dialog.import_valid_button.isEnabled()
    assert load_mapping() == {}

    with qtbot.waitSignal(dialog.data_imported, timeout=20000):
        qtbot.mouseClick(dialog.import_valid_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PayrollImportDialog.DialogCode.Accepted
    assert user_data[-1][:2] == ("information", "Import terminé")
    assert "Importé : 2 ajout(s)" in window.statusBar().currentMessage()
    rows = payroll(demo_db)
    alice, bruno = rows[("Moreau", "Alice")], rows[("Lambert", "Bruno")]
    assert (alice["gross_salary"], alice["employer_charges"], alice["other_costs"]) == (
        Decimal("3100.50"), Decimal("1336.32"), Decimal("150.00"))  # fmt: skip
    assert bruno["gross_salary"] == Decimal("4300.00")
    assert ("Inconnu", "Jean") not in rows

    # The mapping is remembered: the next export of the same software opens with it.
    assert load_mapping()["primes"] == "other_costs"
    again = opened_from_the_menu(qtbot, window)
    assert again is not dialog
    assert mapping(again) == PROPOSED | {"Primes": "other_costs"}
    assert [again.summary_model.display_text(0, c) for c in range(5)] == ["Export paie", "0", "0", "2", "1"]


def test_a_column_left_without_its_field_is_named_and_nothing_can_be_imported(demo_db, qtbot, export):
    window = shown(qtbot, demo_db)
    dialog = opened_from_the_menu(qtbot, window)
    choose(qtbot, dialog, "Brut", "Ignorer")
    assert dialog.status_label.text() == "Indiquez la colonne qui contient : Salaire brut."
    assert dialog.summary_model.rowCount() == 0 and dialog.rejection_model.rowCount() == 0
    assert not dialog.import_button.isEnabled() and not dialog.import_valid_button.isEnabled()
    choose(qtbot, dialog, "Primes", "Salaire brut")  # the bonuses as gross salary, say
    choose(qtbot, dialog, "Brut", "Salaire brut")
    assert dialog.status_label.text() == "Une seule colonne peut aller dans « Salaire brut » : « Brut », « Primes »."
    choose(qtbot, dialog, "Primes", "Ignorer")
    assert dialog.import_valid_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == PayrollImportDialog.DialogCode.Rejected
    assert load_mapping() == {}  # cancelled: the choices tried are not remembered


def test_a_workbook_of_several_sheets_offers_the_choice_of_the_sheet(demo_db, qtbot, tmp_path):
    path = workbook(tmp_path / "paie.xlsx", {
        "Notes": [["Export du 30/11/2026"]],
        "Novembre": [["Salarié", "Mois", "Salaire brut", "Charges patronales"],
                     ["Alice Moreau", "11/2026", 3000, 1300]],
        "Décembre": [["Nom", "Prénom", "Mois", "Brut", "Charges patronales"],
                     ["Lambert", "Bruno", "12/2026", 4300, 1900]],
    })  # fmt: skip
    dialog = PayrollImportDialog(Workspace(demo_db), path)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.previewed, timeout=20000).wait()  # the dry run reports from a worker thread
    # The first sheet with rows below its titles (the notes have none).
    assert dialog.sheet_combo.currentText() == "Novembre"
    assert [dialog.sheet_combo.itemText(i) for i in range(3)] == ["Notes", "Novembre", "Décembre"]
    assert not dialog.sheet_combo.isHidden()
    assert mapping(dialog) == {"Salarié": "full_name", "Mois": "month", "Salaire brut": "gross_salary",
                               "Charges patronales": "employer_charges"}  # fmt: skip
    assert "Le fichier est valide" in dialog.status_label.text()
    dialog.sheet_combo.setCurrentIndex(2)
    with qtbot.waitSignal(dialog.previewed, timeout=20000):
        dialog.sheet_combo.activated.emit(2)
    assert list(mapping(dialog)) == ["Nom", "Prénom", "Mois", "Brut", "Charges patronales"]
    assert dialog.summary_model.display_text(0, 0) == "Décembre"
    with qtbot.waitSignal(dialog.data_imported, timeout=20000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert payroll(demo_db, "2026-12")[("Lambert", "Bruno")]["gross_salary"] == Decimal("4300.00")


def test_an_unreadable_file_says_why(db, qtbot, tmp_path):
    path = tmp_path / "paie.xlsx"
    path.write_bytes(b"%PDF-1.7 ...")
    dialog = PayrollImportDialog(Workspace(db), path)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.previewed, timeout=20000).wait()  # the dry run reports from a worker thread
    assert dialog.status_label.text()
    assert dialog.field_combos == {}
    assert not dialog.import_button.isEnabled() and not dialog.import_valid_button.isEnabled()
