"""Exporting any table as displayed (filters and sort applied) to XLSX or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QTableView, QWidget

from ..models.table_model import SORT_ROLE

_FOLDER_KEY = "export/folder"


def table_contents(view: QTableView) -> tuple[list[str], list[list], list[list[str]]]:
    """The visible columns in their visual order, and every row as the view shows it: raw
    values (sort role: Decimal, date…) and displayed texts."""
    model = view.model()
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not view.isColumnHidden(header.logicalIndex(visual))
    ]
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    values, texts = [], []
    for row in range(model.rowCount()):
        indexes = [model.index(row, c) for c in columns]
        texts.append([str(i.data(Qt.ItemDataRole.DisplayRole) or "") for i in indexes])
        values.append([i.data(SORT_ROLE) for i in indexes])
    return headers, values, texts


def export_table(view: QTableView, parent: QWidget | None = None, title: str = "") -> Path | None:
    """Ask for a file and write the table there; the path written, or None if cancelled or failed."""
    settings = QSettings()
    folder = str(settings.value(_FOLDER_KEY, "") or "")
    title = title or QCoreApplication.translate("export_table", "Tableau")
    suggested = str(Path(folder) / f"{title}.xlsx") if folder else f"{title}.xlsx"
    xlsx_filter = QCoreApplication.translate("export_table", "Classeur Excel (*.xlsx)")
    csv_filter = QCoreApplication.translate("export_table", "Fichier CSV (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("export_table", "Exporter le tableau"), suggested,
        f"{xlsx_filter};;{csv_filter}",
    )  # fmt: skip
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_suffix(".csv" if chosen == csv_filter else ".xlsx")
    # Imported on use: the spreadsheet code is not needed to start the app.
    from ...reporting.xlsx import CellTextError
    from ...services.exporting import export_table as write_table

    headers, values, texts = table_contents(view)
    try:
        write_table(target, headers, values, texts, title)
    except (OSError, CellTextError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("export_table", "Export impossible"),
            QCoreApplication.translate("export_table", "Le fichier {path} n'a pas pu être écrit : {reason}").format(
                path=target, reason=getattr(exc, "strerror", None) or exc
            ),
        )  # fmt: skip
        return None
    settings.setValue(_FOLDER_KEY, str(target.parent))
    return target


class ExportButton(QPushButton):
    """« Exporter… »: writes its table as displayed."""

    def __init__(self, view: QTableView, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(self.tr("Exporter…"), parent)
        self.view = view
        self.title = title
        self.setToolTip(self.tr("Enregistrer le tableau tel qu'il est affiché (Excel ou CSV)"))
        self.clicked.connect(self.on_clicked)

    def on_clicked(self) -> None:
        export_table(self.view, self.window(), self.title or self._page_title())

    def _page_title(self) -> str:
        """The title of the page (or dialog) holding the table, to name the file."""
        widget = self.parentWidget()
        while widget is not None:
            label = getattr(widget, "title_label", None)
            if label is not None:
                return label.text()
            if widget.isWindow():
                return widget.windowTitle()
            widget = widget.parentWidget()
        return ""
