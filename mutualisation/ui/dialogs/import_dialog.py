"""The import dialog: preview a file, list what it would change and every refused row, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.importing import ImportFileError, ImportReport, Rejection, SheetSummary
from ...services.importing import preview_import, run_import
from ..models.table_model import RowTableModel, number_column, text_column
from ..workers import Task

_FOLDER_KEY = "import/folder"


class ImportSummaryTableModel(RowTableModel[SheetSummary]):
    """What the file would do, sheet by sheet."""

    SHEET, ADDED, UPDATED, UNCHANGED, REJECTED = range(5)
    columns = (
        text_column(QT_TRANSLATE_NOOP("ImportSummaryTableModel", "Feuille"), lambda r: r.sheet),
        number_column(QT_TRANSLATE_NOOP("ImportSummaryTableModel", "Ajouts"), lambda r: r.added, str),
        number_column(QT_TRANSLATE_NOOP("ImportSummaryTableModel", "Mises à jour"), lambda r: r.updated, str),
        number_column(QT_TRANSLATE_NOOP("ImportSummaryTableModel", "Inchangées"), lambda r: r.unchanged, str),
        number_column(QT_TRANSLATE_NOOP("ImportSummaryTableModel", "Refusées"), lambda r: r.rejected, str),
    )


class RejectionTableModel(RowTableModel[Rejection]):
    """Every refused row: sheet, row, column and reason."""

    SHEET, ROW, COLUMN, REASON = range(4)
    columns = (
        text_column(QT_TRANSLATE_NOOP("RejectionTableModel", "Feuille"), lambda r: r.sheet),
        number_column(QT_TRANSLATE_NOOP("RejectionTableModel", "Ligne"), lambda r: r.row, str),
        text_column(QT_TRANSLATE_NOOP("RejectionTableModel", "Colonne"), lambda r: r.column),
        text_column(QT_TRANSLATE_NOOP("RejectionTableModel", "Motif"), lambda r: r.reason),
    )


def _table(model: RowTableModel, parent: QWidget, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    header = view.horizontalHeader()
    # Fixed widths: sizing to contents would measure every row (thousands of refusals).
    for column, width in enumerate((180, 90, 150, 120, 90)[: model.columnCount()]):
        header.resizeSection(column, width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def ask_import_file(parent: QWidget | None = None, caption: str | None = None) -> Path | None:
    """Ask for a workbook, a CSV file; None when cancelled."""
    settings = QSettings()
    path, _ = QFileDialog.getOpenFileName(
        parent,
        caption or QCoreApplication.translate("ImportDialog", "Importer un classeur"),
        str(settings.value(_FOLDER_KEY, "") or ""),
        QCoreApplication.translate("ImportDialog", "Classeurs et CSV (*.xlsx *.xlsm *.csv);;Tous les fichiers (*)"),
    )
    if not path:
        return None
    settings.setValue(_FOLDER_KEY, str(Path(path).parent))
    return Path(path)


class ImportDialog(QDialog):
    """Dry run of an import with its preview; imports all of it, or only its valid rows.

    A kind of file read otherwise (payroll exports) subclasses it and says how to preview and
    import in :meth:`_start_preview` and :meth:`_start_import`.
    """

    data_imported = Signal(object)  # the ImportReport of what was written
    #: The dry run is shown (its report, or why the file cannot be read).
    previewed = Signal()
    #: Failures shown as the file's state; any other is a bug, for the application's error dialog.
    file_errors: tuple[type[Exception], ...] = (ImportFileError,)

    def __init__(self, workspace, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.path = Path(path)
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Importer « {name} »").format(name=self.path.name))
        self.resize(900, 600)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.summary_model = ImportSummaryTableModel(parent=self)
        self.summary_view = _table(self.summary_model, self, ImportSummaryTableModel.SHEET)
        self.rejections_label = QLabel(self)
        self.rejection_model = RejectionTableModel(parent=self)
        self.rejection_view = _table(self.rejection_model, self, RejectionTableModel.REASON)

        self.import_button = QPushButton(self.tr("Importer"), self)
        self.import_valid_button = QPushButton(self.tr("Importer seulement les lignes valides"), self)
        self.cancel_button = QPushButton(self.tr("Annuler"), self)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.import_valid_button.clicked.connect(self.on_import_valid_clicked)
        self.cancel_button.clicked.connect(self.reject)
        # Reading and checking a file of thousands of rows takes seconds: on a worker thread,
        # with a busy bar, so that the window keeps painting.
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.preview_task = Task(self)
        self.preview_task.succeeded.connect(self.on_preview_task_succeeded)
        self.preview_task.failed.connect(self.on_preview_task_failed)
        self.import_task = Task(self)
        self.import_task.succeeded.connect(self.on_import_task_succeeded)
        self.import_task.failed.connect(self.on_import_task_failed)
        for task in (self.preview_task, self.import_task):
            task.busy_changed.connect(self.on_task_busy_changed)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.import_button, self.import_valid_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary_view, 2)
        layout.addWidget(self.rejections_label)
        layout.addWidget(self.rejection_view, 3)
        layout.addLayout(buttons)
        self.refresh()

    # -- preview ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the dry run again; it is shown when done (``previewed``)."""
        self.status_label.setText(self.tr("Lecture et vérification du fichier…"))
        self.import_button.setEnabled(False)
        self.import_valid_button.setEnabled(False)
        self._start_preview()

    def _start_preview(self) -> None:
        """Start the dry run on ``preview_task``, which answers with an :class:`ImportReport`."""
        self.preview_task.start(self.workspace.on_database, preview_import, self.path)

    def on_preview_task_succeeded(self, report: ImportReport) -> None:
        self.show_report(report)
        self.previewed.emit()

    def on_preview_task_failed(self, exc: Exception) -> None:
        if not isinstance(exc, self.file_errors):
            raise exc  # unforeseen: the application's error dialog reports it
        self.show_file_error(str(exc))
        self.previewed.emit()

    def on_task_busy_changed(self, _busy: bool) -> None:
        busy = self.preview_task.is_busy() or self.import_task.is_busy()
        self.progress.setVisible(busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def show_file_error(self, message: str) -> None:
        self.report = None
        self.status_label.setText(message)
        self.summary_model.set_rows([])
        self.rejection_model.set_rows([])
        self.rejections_label.clear()
        self.import_button.setEnabled(False)
        self.import_valid_button.setEnabled(False)

    def show_report(self, report: ImportReport) -> None:
        self.report = report
        self.summary_model.set_rows(report.summaries)
        self.rejection_model.set_rows(report.rejections)
        total = report.totals()
        if report.valid:
            self.status_label.setText(self.tr(
                "Le fichier est valide : {added} ajout(s), {updated} mise(s) à jour, "
                "{unchanged} ligne(s) inchangée(s). Rien n'est écrit avant « Importer »."
            ).format(added=total.added, updated=total.updated, unchanged=total.unchanged))
            self.rejections_label.setText(self.tr("Aucune ligne refusée."))
        else:
            self.status_label.setText(self.tr(
                "{rejected} ligne(s) refusée(s) : corrigez le fichier et rouvrez-le, ou importez "
                "seulement les {valid} ligne(s) valide(s)."
            ).format(rejected=total.rejected, valid=total.added + total.updated + total.unchanged))
            self.rejections_label.setText(self.tr("Lignes refusées : {count} motif(s)").format(
                count=len(report.rejections)))
        self.import_button.setEnabled(report.valid)
        has_valid = bool(total.added + total.updated)
        self.import_valid_button.setEnabled(not report.valid and has_valid)

    # -- import ----------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.import_task.is_busy():
            return  # Échap during the import: it finishes (whole or nothing) before the dialog closes
        super().reject()

    def on_import_clicked(self) -> None:
        self._import(valid_only=False)

    def on_import_valid_clicked(self) -> None:
        self._import(valid_only=True)

    def _import(self, valid_only: bool) -> None:
        self.import_button.setEnabled(False)
        self.import_valid_button.setEnabled(False)
        self.cancel_button.setEnabled(False)  # the transaction is under way: it ends whole or not at all
        self.status_label.setText(self.tr("Import en cours…"))
        self._start_import(valid_only)

    def _start_import(self, valid_only: bool) -> None:
        """Start the import on ``import_task``, which answers with an :class:`ImportReport`."""
        self.import_task.start(self.workspace.on_database, run_import, self.path, valid_only=valid_only)

    def on_import_task_failed(self, exc: Exception) -> None:
        self.cancel_button.setEnabled(True)
        if not isinstance(exc, self.file_errors):
            self.refresh()  # nothing was written: show the file's state again
            raise exc  # unforeseen: the application's error dialog reports it
        QMessageBox.warning(self, self.tr("Import impossible"), str(exc))
        self.show_file_error(str(exc))

    def on_import_task_succeeded(self, report: ImportReport) -> None:
        self.cancel_button.setEnabled(True)
        if not report.written:  # the file or the data changed since the preview
            self.show_report(report)
            QMessageBox.warning(self, self.tr("Rien n'a été importé"), report.conclusion())
            return
        self.report = report
        self.data_imported.emit(report)
        QMessageBox.information(self, self.tr("Import terminé"), report.conclusion())
        self.accept()
