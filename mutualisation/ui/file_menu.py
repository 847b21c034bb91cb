"""The « Fichier » menu: import a workbook or a payroll export, export the whole base, the template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from .workers import Task

# The import and export code (openpyxl and the register catalogue) is imported when first
# used, not at start-up.

_EXPORT_FOLDER_KEY = "export/folder"


class FileMenu(QMenu):
    """Bringing data in and taking it out, whatever page is shown."""

    #: An import wrote to the database: every page must read again.
    data_imported = Signal()
    #: A line for the status bar.
    message = Signal(str)

    def __init__(self, workspace, parent: QWidget) -> None:
        super().__init__(self.tr("&Fichier"), parent)
        self.workspace = workspace
        self.import_action = self._action(self.tr("&Importer un classeur ou un CSV…"), "Ctrl+I",
                                          self.on_import_triggered)  # fmt: skip
        self.payroll_import_action = self._action(self.tr("Importer un export de &paie…"), None,
                                                  self.on_payroll_import_triggered)  # fmt: skip
        self.export_action = self._action(self.tr("&Exporter toute la base (Excel)…"), "Ctrl+Shift+E",
                                          self.on_export_triggered)  # fmt: skip
        self.template_action = self._action(self.tr("Enregistrer le &modèle d'import vide…"), None,
                                            self.on_template_triggered)  # fmt: skip
        self.addSeparator()
        self.quit_action = self._action(self.tr("&Quitter"), QKeySequence.StandardKey.Quit, parent.close)
        self.export_task = Task(self)
        self.export_task.succeeded.connect(self.on_export_task_succeeded)
        self.export_task.failed.connect(self.on_export_task_failed)
        self.export_task.busy_changed.connect(lambda busy: self.export_action.setEnabled(not busy))
        self.import_dialog = None
        self.payroll_import_dialog = None
        self._export_path: Path | None = None

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    # -- import ----------------------------------------------------------------------------------

    def on_import_triggered(self) -> None:
        from .dialogs.import_dialog import ImportDialog, ask_import_file

        path = ask_import_file(self.parentWidget())
        if path is None:
            return
        self.import_dialog = ImportDialog(self.workspace, path, self.parentWidget())
        self.import_dialog.data_imported.connect(self.on_import_dialog_data_imported)
        self.import_dialog.open()

    def on_payroll_import_triggered(self) -> None:
        from .dialogs.import_dialog import ask_import_file
        from .dialogs.payroll_import_dialog import PayrollImportDialog

        path = ask_import_file(self.parentWidget(), self.tr("Importer un export de paie"))
        if path is None:
            return
        self.payroll_import_dialog = PayrollImportDialog(self.workspace, path, self.parentWidget())
        self.payroll_import_dialog.data_imported.connect(self.on_import_dialog_data_imported)
        self.payroll_import_dialog.open()

    def on_import_dialog_data_imported(self, report) -> None:
        self.data_imported.emit()
        self.message.emit(report.conclusion())

    # -- export ----------------------------------------------------------------------------------

    def _ask_save(self, caption: str, name: str) -> Path | None:
        settings = QSettings()
        folder = str(settings.value(_EXPORT_FOLDER_KEY, "") or "")
        path, _ = QFileDialog.getSaveFileName(
            self.parentWidget(), caption, str(Path(folder) / name) if folder else name,
            self.tr("Classeur Excel (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        settings.setValue(_EXPORT_FOLDER_KEY, str(target.parent))
        return target

    def on_export_triggered(self) -> None:
        target = self._ask_save(self.tr("Exporter toute la base"), self.tr("Mutualisation.xlsx"))
        if target is None:
            return
        self._export_path = target
        # The file's name only: the status bar is one line, and the user has just chosen the folder.
        self.message.emit(self.tr("Export de la base en cours vers {path}…").format(path=target.name))
        from ..services.exporting import export_database

        self.export_task.start(self.workspace.on_database, export_database, target)

    def on_export_task_succeeded(self, counts: dict[str, int]) -> None:
        self.message.emit(self.tr("Base exportée : {rows} ligne(s) dans {path}").format(
            rows=sum(counts.values()), path=self._export_path.name))  # fmt: skip

    def on_export_task_failed(self, exc: Exception) -> None:
        from ..reporting.xlsx import CellTextError

        if not isinstance(exc, (OSError, CellTextError)):
            raise exc  # unforeseen: the application's error dialog reports it
        self.message.emit("")
        QMessageBox.warning(self.parentWidget(), self.tr("Export impossible"),
                            self.tr("Le fichier {path} n'a pas pu être écrit : {reason}").format(
                                path=self._export_path, reason=getattr(exc, "strerror", None) or exc))  # fmt: skip

    def on_template_triggered(self) -> None:
        target = self._ask_save(self.tr("Enregistrer le modèle d'import"), self.tr("Modèle d'import.xlsx"))
        if target is None:
            return
        from ..services.exporting import write_template

        try:
            write_template(target)
        except OSError as exc:
            QMessageBox.warning(self.parentWidget(), self.tr("Export impossible"),
                                self.tr("Le fichier {path} n'a pas pu être écrit : {reason}").format(
                                    path=target, reason=exc.strerror or exc))  # fmt: skip
            return
        self.message.emit(self.tr("Modèle d'import enregistré : {path}").format(path=target.name))
