"""The États page's list of issued documents, with their actions."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..models.issued import IssuedRow, IssuedTableModel
from ..models.table_model import ROW_ROLE
from ..widgets.register_table import RegisterTable


class IssuedPanel(QGroupBox):
    """Issued statements, credit notes and corrective statements: open, pay, correct."""

    #: The user asked to see a document's PDF.
    pdf_requested = Signal(object)  # IssuedRow
    #: The user asked to record a payment against a document.
    payment_requested = Signal(object)
    #: The user asked to correct the drift of a document's period.
    correction_requested = Signal(object)
    #: The user asked to prepare a document's deposit on Chorus Pro.
    chorus_export_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Documents émis"))
        self.none_label = QLabel(self.tr("Aucun état de refacturation n'a encore été émis."), self)
        self.none_label.setObjectName("noneLabel")
        self.none_label.setTextFormat(Qt.TextFormat.PlainText)
        self.table = RegisterTable(
            IssuedTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer par numéro, bénéficiaire, période, statut…"),
        )
        self.table.current_row_changed.connect(self.on_current_changed)
        self.table.view.doubleClicked.connect(self.on_pdf_clicked)

        self.pdf_button = QPushButton(self.tr("Voir le PDF"), self)
        self.pdf_button.clicked.connect(self.on_pdf_clicked)
        self.payment_button = QPushButton(self.tr("Enregistrer un paiement…"), self)
        self.payment_button.clicked.connect(self.on_payment_clicked)
        self.correct_button = QPushButton(self.tr("Rectifier…"), self)
        self.correct_button.clicked.connect(self.on_correct_clicked)
        self.chorus_button = QPushButton(self.tr("Exporter pour Chorus Pro…"), self)
        self.chorus_button.setToolTip(
            self.tr("Écrire le PDF émis dans un dossier, avec la liste de ce que Chorus Pro demandera")
        )
        self.chorus_button.clicked.connect(self.on_chorus_clicked)
        self.actions = QWidget(self)
        buttons = QHBoxLayout(self.actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.pdf_button, self.payment_button, self.correct_button, self.chorus_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.none_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.actions)
        self.on_current_changed(None)

    def set_rows(self, rows: list[IssuedRow]) -> None:
        current = self.table.current_row()
        self.table.set_rows(rows)
        self.none_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.actions.setVisible(bool(rows))
        if current is not None:
            self.select(current.id)
        self.on_current_changed(self.table.current_row())

    def select(self, statement_id: int) -> bool:
        """Select the document ``statement_id`` (clearing the filter if it hides it)."""
        for attempt in range(2):
            proxy = self.table.proxy
            for row in range(proxy.rowCount()):
                value = proxy.index(row, 0).data(ROW_ROLE)
                if value is not None and value.id == statement_id:
                    self.table.view.selectRow(row)
                    self.table.view.scrollTo(proxy.index(row, 0))
                    return True
            if attempt == 0 and self.table.filter_edit.text():
                self.table.filter_edit.clear()
        return False

    def on_current_changed(self, row: IssuedRow | None) -> None:
        self.pdf_button.setEnabled(row is not None)
        self.chorus_button.setEnabled(row is not None)
        self.payment_button.setEnabled(row is not None and row.can_pay)
        self.payment_button.setToolTip(
            "" if row is None or row.can_pay else self.tr("Ce document est soldé ou n'appelle pas de paiement.")
        )
        self.correct_button.setEnabled(row is not None and row.can_correct)
        self.correct_button.setToolTip(
            self.tr("Aucun écart entre ce document et le recalcul de sa période.")
            if row is not None and not row.can_correct
            else ""
        )

    def refresh_actions(self) -> None:
        self.on_current_changed(self.table.current_row())

    def on_pdf_clicked(self, _index=None) -> None:
        row = self.table.current_row()
        if row is not None:
            self.pdf_requested.emit(row)

    def on_payment_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None and row.can_pay:
            self.payment_requested.emit(row)

    def on_correct_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None and row.can_correct:
            self.correction_requested.emit(row)

    def on_chorus_clicked(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self.chorus_export_requested.emit(row)
