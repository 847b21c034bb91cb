"""The payroll import dialog: map the export's columns to the Paie fields (and the amounts received
for the month, such as IJSS, to the reimbursements), preview, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...services.importing import ImportFileError
from ...services.importing.payroll import MappingError, MappingGaps
from ...services.importing.payroll_preview import (
    PayrollColumns,
    PayrollPreview,
    preview_payroll,
    run_payroll_import,
)
from .import_dialog import ImportDialog

#: What a column may be, in the order of the choices (the fields of payroll.TARGETS).
FIELD_LABELS = {
    "last_name": QT_TRANSLATE_NOOP("PayrollImportDialog", "Nom"),
    "first_name": QT_TRANSLATE_NOOP("PayrollImportDialog", "Prénom"),
    "full_name": QT_TRANSLATE_NOOP("PayrollImportDialog", "Nom complet"),
    "employment_start": QT_TRANSLATE_NOOP("PayrollImportDialog", "Début d'emploi"),
    "month": QT_TRANSLATE_NOOP("PayrollImportDialog", "Mois"),
    "gross_salary": QT_TRANSLATE_NOOP("PayrollImportDialog", "Salaire brut"),
    "employer_charges": QT_TRANSLATE_NOOP("PayrollImportDialog", "Charges patronales"),
    "other_costs": QT_TRANSLATE_NOOP("PayrollImportDialog", "Autres coûts"),
    "reimbursement_ijss": QT_TRANSLATE_NOOP("PayrollImportDialog", "Remboursement : IJSS"),
    "reimbursement_subrogation": QT_TRANSLATE_NOOP("PayrollImportDialog", "Remboursement : subrogation"),
    "reimbursement_aide": QT_TRANSLATE_NOOP("PayrollImportDialog", "Remboursement : aide"),
    "reimbursement_autre": QT_TRANSLATE_NOOP("PayrollImportDialog", "Remboursement : autre"),
    "ignore": QT_TRANSLATE_NOOP("PayrollImportDialog", "Ignorer"),
}
_NAME_GAP = QT_TRANSLATE_NOOP("PayrollImportDialog", "Nom et Prénom (ou Nom complet)")
_PAIRS_PER_ROW = 3  # column title and its choice, three abreast: a payroll export has many columns
_VISIBLE_ROWS = 3  # beyond, the columns scroll and the preview keeps its room
_TITLE_WIDTH = 180  # pixels


class PayrollImportDialog(ImportDialog):
    """The preview of a payroll export, with the field each of its columns goes to."""

    file_errors = (ImportFileError, MappingError)

    def __init__(self, workspace, path: str | Path, parent: QWidget | None = None, *,
                 mapping_file: Path | None = None) -> None:  # fmt: skip
        # Read by _start_preview, which ImportDialog.__init__ calls for the first preview: no
        # mapping yet, the remembered one (mapping_file, by default the user's) is proposed.
        self.mapping_file = mapping_file
        self._sheet: str | None = None
        self._mapping: dict[str, str] | None = None
        self._columns: PayrollColumns | None = None
        super().__init__(workspace, path, parent)
        self.setWindowTitle(self.tr("Importer l'export de paie « {name} »").format(name=self.path.name))
        self.resize(960, 680)
        #: The choice of field of each column, by column title.
        self.field_combos: dict[str, QComboBox] = {}

        self.mapping_box = QGroupBox(self.tr("Colonnes du fichier"), self)
        hint = QLabel(self.tr(
            "Indiquez ce que contient chaque colonne : l'aperçu se met à jour à chaque choix. "
            "La correspondance est retenue pour les prochains imports."
        ), self.mapping_box)  # fmt: skip
        hint.setWordWrap(True)
        self.sheet_label = QLabel(self.tr("Feuille :"), self.mapping_box)
        self.sheet_combo = QComboBox(self.mapping_box)
        self.sheet_combo.activated.connect(self.on_sheet_combo_activated)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet_combo)
        sheet_row.addStretch(1)
        self.sheet_label.hide()
        self.sheet_combo.hide()
        self.columns_area = QScrollArea(self.mapping_box)
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFrameShape(QFrame.Shape.NoFrame)
        self.columns_area.viewport().setAutoFillBackground(False)  # the group box's own background
        self.columns_area.hide()
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(hint)
        box_layout.addLayout(sheet_row)
        box_layout.addWidget(self.columns_area)
        self.layout().insertWidget(0, self.mapping_box)
        # No change of mapping while the import runs: it imports what the preview showed.
        self.import_task.busy_changed.connect(lambda busy: self.mapping_box.setEnabled(not busy))

    # -- preview ---------------------------------------------------------------------------------

    def _start_preview(self) -> None:
        self.preview_task.start(self.workspace.on_database, preview_payroll, self.path, sheet=self._sheet,
                                mapping=self._mapping, mapping_file=self.mapping_file)  # fmt: skip

    def on_preview_task_succeeded(self, preview: PayrollPreview) -> None:
        self._show_columns(preview.columns, preview.mapping)
        self._sheet, self._mapping = preview.columns.sheet, dict(preview.mapping)
        if preview.gaps:
            self.show_file_error(self._gaps_text(preview.gaps))
        else:
            self.show_report(preview.report)
        self.previewed.emit()

    def _show_columns(self, columns: PayrollColumns, mapping: dict[str, str]) -> None:
        """One choice per column title, set to ``mapping``; built again only for another sheet."""
        if columns == self._columns:
            return
        self._columns = columns
        self.sheet_combo.clear()
        self.sheet_combo.addItems(columns.sheets)
        self.sheet_combo.setCurrentText(columns.sheet)
        several = len(columns.sheets) > 1
        self.sheet_label.setVisible(several)
        self.sheet_combo.setVisible(several)

        self.field_combos = {}
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        row_height = 0
        label_metrics = QFontMetrics(grid_widget.font())
        for header in columns.headers:
            if not header or header in self.field_combos:
                continue  # no title, never read; the same title twice follows the first one's choice
            position = len(self.field_combos)
            row, pair = divmod(position, _PAIRS_PER_ROW)
            # A long title (« Cotisations patronales retraite complémentaire… ») is shortened,
            # whole in its tooltip.
            title = label_metrics.elidedText(header, Qt.TextElideMode.ElideMiddle, _TITLE_WIDTH)
            label = QLabel(title, grid_widget)
            label.setToolTip(header)
            combo = QComboBox(grid_widget)
            for target, text in FIELD_LABELS.items():
                combo.addItem(self.tr(text), target)
            combo.setCurrentIndex(combo.findData(mapping.get(header, "ignore")))
            combo.setAccessibleName(header)
            label.setBuddy(combo)
            combo.activated.connect(self.on_field_combo_activated)
            grid.addWidget(label, row, 2 * pair)
            grid.addWidget(combo, row, 2 * pair + 1)
            self.field_combos[header] = combo
            row_height = max(row_height, combo.sizeHint().height(), label.sizeHint().height())
        for pair in range(_PAIRS_PER_ROW):
            grid.setColumnStretch(2 * pair + 1, 1)
        self.columns_area.setWidget(grid_widget)
        grid_widget.setAutoFillBackground(False)  # setWidget turned it on: keep the group box's background
        rows = -(-len(self.field_combos) // _PAIRS_PER_ROW)
        visible = min(rows, _VISIBLE_ROWS)
        self.columns_area.setFixedHeight(visible * row_height + max(visible - 1, 0) * grid.verticalSpacing())
        self.columns_area.setVisible(bool(rows))

    def _gaps_text(self, gaps: MappingGaps) -> str:
        parts = []
        if gaps.missing:
            names = ", ".join(self.tr(_NAME_GAP if f == "name" else FIELD_LABELS[f]) for f in gaps.missing)
            if len(gaps.missing) == 1:
                parts.append(self.tr("Indiquez la colonne qui contient : {fields}.").format(fields=names))
            else:
                parts.append(self.tr("Indiquez les colonnes qui contiennent : {fields}.").format(fields=names))
        for target, headers in gaps.doubled:
            parts.append(self.tr("Une seule colonne peut aller dans « {field} » : {columns}.").format(
                field=self.tr(FIELD_LABELS[target]), columns=", ".join(f"« {h} »" for h in headers)))  # fmt: skip
        return " ".join(parts)

    def on_field_combo_activated(self, _index: int) -> None:
        self._mapping = {header: combo.currentData() for header, combo in self.field_combos.items()}
        self.refresh()

    def on_sheet_combo_activated(self, _index: int) -> None:
        self._sheet = self.sheet_combo.currentText()
        self._mapping = None  # another sheet, other columns: propose their remembered mapping
        self.refresh()

    # -- import ----------------------------------------------------------------------------------

    def _start_import(self, valid_only: bool) -> None:
        self.import_task.start(self.workspace.on_database, run_payroll_import, self.path, sheet=self._sheet,
                               mapping=dict(self._mapping or {}), valid_only=valid_only,
                               mapping_file=self.mapping_file)  # fmt: skip
