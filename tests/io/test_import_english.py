"""The import dialog speaks the interface language: rejected rows, unreadable files and the
conclusion in English on an English screen; the command line and a French screen stay French."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ..ui.test_english_texts import english  # noqa: F401  (the fixture)
from .helpers import workbook
from .test_import_dialog import isolated, opened  # noqa: F401  (settings in the test's folder, message boxes recorded)


def bad_rows(tmp_path):
    """A category without a name, a staff member leaving before arriving, an unknown key."""
    return workbook(tmp_path / "bad.xlsx", {
        "Catégories": [["Code", "Nom"], ["NEUF", "Nouvelle"], ["VIDE", None]],
        "Personnel": [["Nom", "Prénom", "Entrée", "Sortie"], ["Martin", "Anne", "01/03/2025", "01/02/2025"]],
        "Parts fixes": [["Clé", "Partie", "Date d'effet", "Part"], ["INCONNUE", "CAM", "01/01/2025", "50 %"]],
    })  # fmt: skip


def reasons(dialog) -> list[str]:
    model = dialog.rejection_model
    return [model.display_text(r, 3) for r in range(model.rowCount())]


def test_rejections_and_conclusion_in_english(english, demo_db, tmp_path, qtbot, isolated):
    dialog = opened(qtbot, demo_db, bad_rows(tmp_path))
    found = reasons(dialog)
    assert "Required value missing." in found
    assert "The leaving date (01/02/2025) is before the start (01/03/2025)." in found
    assert any(r.startswith("Unknown allocation key “INCONNUE”: add it to the “Clés” sheet.") for r in found), found
    with qtbot.waitSignal(dialog.data_imported, timeout=20000):
        qtbot.mouseClick(dialog.import_valid_button, Qt.MouseButton.LeftButton)
    assert isolated[-1][2].startswith("Imported: 1 added, 0 updated, ")
    assert isolated[-1][2].endswith(" refused row(s) left aside.")


def test_an_unreadable_file_in_english(english, db, tmp_path, qtbot):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n....")
    dialog = opened(qtbot, db, path)
    assert "“photo.xlsx” is neither an Excel workbook (.xlsx) nor a readable CSV file." in dialog.status_label.text()


def test_the_same_rejections_stay_french(demo_db, tmp_path, qtbot):
    dialog = opened(qtbot, demo_db, bad_rows(tmp_path))
    found = reasons(dialog)
    assert "Valeur obligatoire manquante." in found
    assert "La sortie (01/02/2025) précède le début (01/03/2025)." in found
    assert any(r.startswith("Clé « INCONNUE » inconnue : ajoutez-la à la feuille Clés.") for r in found), found

