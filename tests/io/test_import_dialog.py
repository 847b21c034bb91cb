"""The import dialog and the table export, driven headless (QFileDialog and QMessageBox stubbed)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableView

from mutualisation.services.registers import BillRow
from mutualisation.services.workspace import Workspace
from mutualisation.ui.dialogs.import_dialog import ImportDialog, RejectionTableModel, ask_import_file
from mutualisation.ui.models.expenses import BillTableModel
from mutualisation.ui.models.sort_proxy import SortFilterProxyModel
from mutualisation.ui.widgets.export_button import ExportButton, export_table

from .helpers import snapshot, workbook


@pytest.fixture(autouse=True)
def isolated(tmp_path, qapp, monkeypatch):
    """Settings in the test's folder; message boxes answer at once and are recorded."""
    qapp.setOrganizationName("MutualisationTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    shown = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda parent, title, text, *a, _n=name, **k: shown.append((_n, title, text)))
    return shown


def opened(qtbot, database, path) -> ImportDialog:
    """The dialog on ``path``, once its dry run (on a worker thread) is shown."""
    dialog = ImportDialog(Workspace(database), path)
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.previewed, timeout=20000).wait()  # the dry run reports from a worker thread
    return dialog


def categories(tmp_path, *rows):
    return workbook(tmp_path / "categories.xlsx", {"Catégories": [["Code", "Nom"], *rows]})


def test_a_valid_file_previews_then_imports(demo_db, tmp_path, qtbot, isolated):
    path = categories(tmp_path, ["NEUF", "Nouvelle"], ["REPRO", "Reprographie"])
    before = snapshot(demo_db)
    dialog = opened(qtbot, demo_db, path)
    assert snapshot(demo_db) == before  # the preview writes nothing
    summary = dialog.summary_model
    assert [summary.display_text(0, c) for c in range(5)] == ["Catégories", "1", "0", "1", "0"]
    assert dialog.rejection_model.rowCount() == 0
    assert dialog.import_button.isEnabled() and not dialog.import_valid_button.isEnabled()
    assert "Le fichier est valide" in dialog.status_label.text()

    with qtbot.waitSignal(dialog.data_imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].written
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    assert isolated[-1][:2] == ("information", "Import terminé")
    codes = {v["code"] for _, v in snapshot(demo_db)["category"]}
    assert "NEUF" in codes


def test_rejections_are_listed_and_only_valid_rows_may_go_in(demo_db, tmp_path, qtbot):
    path = categories(tmp_path, ["NEUF", "Nouvelle"], ["VIDE", None])
    dialog = opened(qtbot, demo_db, path)
    model = dialog.rejection_model
    assert model.rowCount() == 1
    assert [model.display_text(0, c) for c in range(4)] == [
        "Catégories", "3", "Nom", "Valeur obligatoire manquante."]
    assert model.headerData(RejectionTableModel.REASON, Qt.Orientation.Horizontal) == "Motif"
    assert not dialog.import_button.isEnabled()
    assert dialog.import_valid_button.isEnabled()
    assert dialog.import_valid_button.text() == "Importer seulement les lignes valides"
    with qtbot.waitSignal(dialog.data_imported, timeout=20000):
        qtbot.mouseClick(dialog.import_valid_button, Qt.MouseButton.LeftButton)
    codes = {v["code"] for _, v in snapshot(demo_db)["category"]}
    assert "NEUF" in codes and "VIDE" not in codes


def test_cancel_writes_nothing(demo_db, tmp_path, qtbot):
    path = categories(tmp_path, ["NEUF", "Nouvelle"])
    before = snapshot(demo_db)
    dialog = opened(qtbot, demo_db, path)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Rejected
    assert snapshot(demo_db) == before


def test_an_unreadable_file_says_why_and_offers_no_import(db, tmp_path, qtbot):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n....")
    dialog = opened(qtbot, db, path)
    assert "n'est pas un classeur Excel" in dialog.status_label.text()
    assert not dialog.import_button.isEnabled() and not dialog.import_valid_button.isEnabled()


def test_ask_import_file_remembers_the_folder(tmp_path, monkeypatch):
    chosen = tmp_path / "in" / "x.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    assert ask_import_file() == chosen
    assert QSettings().value("import/folder") == str(chosen.parent)


BILLS = [
    BillRow(1, dt.date(2025, 2, 5), "Orange", "F1", "Téléphone", Decimal("387.65"), None, None,
            "category", "Télécom", None),
    BillRow(2, dt.date(2025, 1, 10), "ENGIE", "F2", "=Électricité", Decimal("1140.00"),
            dt.date(2025, 1, 1), dt.date(2025, 3, 31), "site", "Bureaux", None),
    BillRow(3, dt.date(2025, 3, 2), "Orange", "F3", "Mobiles", Decimal("-12.30"), None, None,
            "category", "Télécom", "Direct ST2b"),
]  # fmt: skip


@pytest.fixture
def view(qtbot):
    proxy = SortFilterProxyModel()
    proxy.setSourceModel(BillTableModel(BILLS))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    return view


def test_a_table_exports_as_displayed_filtered_and_sorted(view, tmp_path, monkeypatch):
    proxy = view.model()
    proxy.set_filter_text("orange")
    proxy.sort(BillTableModel.AMOUNT, Qt.SortOrder.DescendingOrder)
    view.setColumnHidden(BillTableModel.REFERENCE, True)
    target = tmp_path / "out" / "factures"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Classeur Excel (*.xlsx)"))
    written = export_table(view, None, "Factures")
    assert written == target.with_suffix(".xlsx")
    ws = load_workbook(written).active
    assert ws.title == "Factures"
    assert [c.value for c in ws[1]] == ["Date", "Fournisseur", "Libellé", "Montant", "Période de service",
                                        "Rattachement", "Clé spécifique"]  # fmt: skip
    rows = list(ws.iter_rows(min_row=2))
    assert [r[2].value for r in rows] == ["Téléphone", "Mobiles"]  # filtered, then sorted by amount
    assert rows[0][0].value == dt.datetime(2025, 2, 5) and rows[0][0].is_date
    assert rows[1][3].value == -12.3 and "€" in rows[1][3].number_format
    assert rows[1][6].value == "Direct ST2b"
    assert QSettings().value("export/folder") == str(target.parent)


def test_a_table_exports_to_csv_and_keeps_formula_text_as_text(view, tmp_path, monkeypatch):
    target = tmp_path / "factures.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Fichier CSV (*.csv)"))
    button = ExportButton(view, title="Factures")
    button.click()
    text = target.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("Date;Fournisseur;Libellé;Montant")
    assert text[2].startswith("10/01/2025;ENGIE;'=Électricité;1140,00;")


def test_a_cancelled_export_writes_nothing(view, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert export_table(view) is None


def test_an_export_that_cannot_be_written_says_why(view, tmp_path, monkeypatch, isolated):
    target = tmp_path / "missing-folder" / "x.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert export_table(view) is None
    assert isolated[-1][:2] == ("warning", "Export impossible")
