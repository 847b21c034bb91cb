"""The drift of an issued period, line by line, and the corrective statement or credit note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ServiceError
from ...services.statements_view import DriftInfo
from ...services.workspace import Workspace
from .. import formatting
from ..models.drift import DriftTableModel, signed_money
from ..pages.statements_jobs import DraftDocument, IssuedDocument, draft_correction, issue_correction
from ..widgets.register_table import RegisterTable
from ..workers import Task
from .draft_viewer import open_draft
from .pdf_viewer import PdfViewerDialog


class CorrectionDialog(QDialog):
    """Issued against recomputed, line by line; issues the difference."""

    #: The corrective statement or credit note was issued.
    correction_issued = Signal(object)  # IssuedDocument

    def __init__(self, workspace: Workspace, drift: DriftInfo, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.drift = drift
        self.today = today or dt.date.today()
        self.setWindowTitle(self.tr("Rectifier l'état n° {number}").format(number=drift.original_number))

        intro = QLabel(
            self.tr(
                "Les données de la période {period} ont changé depuis l'émission de l'état n° {number} "
                "({beneficiary}). Voici, ligne par ligne, ce qui a été émis (avec les rectifications "
                "déjà faites) et ce que la période donne aujourd'hui."
            ).format(period=drift.period.label, number=drift.original_number, beneficiary=drift.beneficiary),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.table = RegisterTable(
            DriftTableModel(), self, filter_placeholder=self.tr("Filtrer les lignes…"),
            flex_column=DriftTableModel.LABEL, total_column=DriftTableModel.DIFFERENCE,
            total_caption=self.tr("Écart : {amount}"), total_format=signed_money,
        )  # fmt: skip
        self.all_lines = QCheckBox(self.tr("Afficher aussi les lignes inchangées"), self)
        self.all_lines.toggled.connect(self.on_all_lines_toggled)

        difference = drift.difference
        self.totals = QLabel(
            self.tr("Émis : {issued} — recalculé : {recomputed} — écart : {difference}").format(
                issued=formatting.money(drift.issued_total),
                recomputed=formatting.money(drift.recomputed_total),
                difference=signed_money(difference),
            ),
            self,
        )
        self.totals.setObjectName("totalLabel")
        self.credit = difference < 0
        self.explain = QLabel(
            self.tr("L'écart est en faveur du bénéficiaire : un avoir de {amount} sera émis.")
            if self.credit
            else self.tr("L'écart est dû par le bénéficiaire : un état rectificatif de {amount} sera émis."),
            self,
        )
        self.explain.setText(self.explain.text().format(amount=formatting.money(abs(difference))))
        self.explain.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        self.issue_button = self.buttons.addButton(
            self.tr("Émettre l'avoir…") if self.credit else self.tr("Émettre l'état rectificatif…"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        # The draft of the same document, unnumbered: its layout is seen before the issue.
        # Outside the button box, so that it stands just before « Émettre » whatever the platform's order.
        self.draft_button = QPushButton(self.tr("Aperçu PDF (projet)"), self)
        self.draft_button.setToolTip(
            self.tr("Voir le PDF que produirait l'émission, marqué « PROJET — non émis », sans numéro : "
                    "rien n'est enregistré.")
        )
        self.draft_button.clicked.connect(self.on_draft_clicked)
        self.can_issue = bool(drift.changed) and not drift.problems
        self.issue_button.setEnabled(self.can_issue)
        self.draft_button.setEnabled(self.can_issue)
        if drift.problems:
            self.issue_button.setToolTip("\n".join(drift.problems))
            self.draft_button.setToolTip("\n".join(drift.problems))
        self.issue_button.clicked.connect(self.on_issue_clicked)
        self.pdf_viewer: PdfViewerDialog | None = None
        self.buttons.rejected.connect(self.reject)

        self.task = Task(self)
        self.task.succeeded.connect(self.on_issue_succeeded)
        self.task.failed.connect(self.on_issue_failed)
        self.task.busy_changed.connect(self.on_task_busy_changed)
        self.draft_task = Task(self)
        self.draft_task.succeeded.connect(self.on_draft_succeeded)
        self.draft_task.failed.connect(self.on_issue_failed)
        self.draft_task.busy_changed.connect(self.on_task_busy_changed)

        bottom = QHBoxLayout()
        bottom.addWidget(self.all_lines)
        bottom.addStretch(1)
        bottom.addWidget(self.totals)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.explain)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.draft_button)
        actions.addWidget(self.buttons)
        layout.addLayout(actions)
        self.on_all_lines_toggled(False)
        self.resize(980, 560)

    def on_all_lines_toggled(self, everything: bool) -> None:
        self.table.set_rows(self.drift.lines if everything else self.drift.changed)

    def on_issue_clicked(self) -> None:
        kind = self.tr("un avoir") if self.credit else self.tr("un état rectificatif")
        answer = QMessageBox.question(
            self,
            self.tr("Émettre la correction"),
            self.tr(
                "Émettre {kind} de {amount} pour l'état n° {number} ?\n\nIl recevra le prochain numéro "
                "de la série, définitif : une fois émis, le document ne peut plus être modifié ni supprimé."
            ).format(kind=kind, amount=formatting.money(abs(self.drift.difference)),
                     number=self.drift.original_number),  # fmt: skip
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.task.start(issue_correction, self.workspace, self.drift.original_number, self.today)

    def on_draft_clicked(self) -> None:
        self.draft_task.start(draft_correction, self.workspace, self.drift.original_number, self.today)

    def on_draft_succeeded(self, document: DraftDocument) -> None:
        self.pdf_viewer = open_draft(document, self)

    def on_task_busy_changed(self, _busy: bool) -> None:
        busy = self.task.is_busy() or self.draft_task.is_busy()
        self.issue_button.setEnabled(self.can_issue and not busy)
        self.draft_button.setEnabled(self.can_issue and not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def on_issue_succeeded(self, document: IssuedDocument) -> None:
        self.correction_issued.emit(document)
        self.accept()

    def on_issue_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        QMessageBox.warning(self, self.tr("Correction refusée"), str(error))
