"""« Exporter pour Chorus Pro… » on an issued document: choose a folder, write its PDF and the
checklist of what Chorus Pro will ask, or say clearly what the beneficiary lacks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services.chorus_export import ChorusExport, export_documents
from ...services.errors import ServiceError

_FOLDER_KEY = "chorus/folder"


def export_for_chorus(parent: QWidget, workspace, number: str, today: dt.date) -> ChorusExport | None:
    """Ask for a folder and export document ``number`` there; what was written, or None."""
    settings = QSettings()
    title = QCoreApplication.translate("chorus_action", "Dossier où préparer le dépôt sur Chorus Pro")
    folder = QFileDialog.getExistingDirectory(parent, title, str(settings.value(_FOLDER_KEY, "") or ""))
    if not folder:
        return None
    try:
        result = workspace.read(export_documents, Path(folder), (number,), today)
    except ServiceError as exc:
        refused = QCoreApplication.translate("chorus_action", "Export pour Chorus Pro refusé")
        QMessageBox.warning(parent, refused, str(exc))
        return None
    settings.setValue(_FOLDER_KEY, folder)
    names = "\n".join(f"  • {path.name}" for path in (*result.files, result.checklist))
    QMessageBox.information(
        parent, QCoreApplication.translate("chorus_action", "Exporter pour Chorus Pro"),
        QCoreApplication.translate(
            "chorus_action",
            "Fichiers écrits dans {folder} :\n{names}\n\nDéposez le PDF sur Chorus Pro ; la liste indique ce "
            "que le formulaire de dépôt demandera.",
        ).format(folder=folder, names=names),
    )  # fmt: skip
    return result
