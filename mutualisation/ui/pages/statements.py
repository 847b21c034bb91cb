"""États: preview a beneficiary's period, issue its numbered statement, print it, follow its
payment, and correct an issued period whose data changed since."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.periods import Period
from ...domain.problems import Problem
from ...services import dates
from ...services.alerts import entry_place, oldest_period_without_statement, page_of
from ...services.errors import ServiceError
from ...services.workspace import Unit
from .. import formatting, labels
from ..dialogs.correction_dialog import CorrectionDialog
from ..dialogs.draft_viewer import open_draft
from ..dialogs.explanation_dialog import ExplanationDialog
from ..dialogs.payment_dialog import PaymentDialog
from ..dialogs.pdf_viewer import PdfViewerDialog
from ..models.issued import IssuedRow
from ..models.preview import PreviewRow
from ..widgets.splitter import RememberedSplitter
from ..workers import Task
from .base import Page
from .chorus_action import export_for_chorus
from .statements_issued import IssuedPanel
from .statements_jobs import (
    Choice,
    DraftDocument,
    IssuedDocument,
    PreviewResult,
    choices,
    compute_drifts,
    compute_preview,
    draft_statement,
    issue_statement,
    issued_rows,
    last_ended,
    statement_pdf,
)
from .statements_period import PeriodPicker
from .statements_preview import PreviewPanel


class StatementsPage(Page):
    """The live preview of a period, issuing, and the documents issued so far."""

    #: A statement was issued: its number.
    statement_issued = Signal(str)
    #: A payment was recorded against the statement of this number.
    payment_recorded = Signal(str)

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("États"),
            self.tr(
                "Aperçu en direct de ce que doit un bénéficiaire pour une période, émission de l'état "
                "numéroté, impression, suivi des paiements et rectification des périodes déjà émises."
            ),
            parent,
        )
        self.today = dt.date.today()
        self._choices: list[Choice] = []
        self._result: PreviewResult | None = None
        self._period_set = False
        self.pdf_viewer: PdfViewerDialog | None = None
        self.dialog: QWidget | None = None

        # Toolbar: period, beneficiary, busy indicator, draft, Issue.
        self.period_picker = PeriodPicker(self)
        self.period_picker.period_changed.connect(self.on_period_changed)
        self.beneficiary_combo = QComboBox(self)
        # Wide enough for the beneficiary's whole name (« ST2B — Syndicat mixte des transports… »).
        self.beneficiary_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.beneficiary_combo.currentIndexChanged.connect(self.on_beneficiary_combo_changed)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setFixedWidth(80)
        self.busy_label = QLabel(self.tr("Calcul en cours…"), self)
        self.busy_label.setObjectName("countLabel")
        self.issue_note = QLabel(self)
        self.issue_note.setObjectName("countLabel")
        self.issue_note.setTextFormat(Qt.TextFormat.PlainText)
        # The draft: the PDF Issue would produce, unnumbered and marked as such, before the
        # irreversible step.
        self.draft_button = QPushButton(self.tr("Aperçu PDF (projet)"), self)
        self.draft_button.setEnabled(False)
        self.draft_button.clicked.connect(self.on_draft_clicked)
        self.issue_button = QPushButton(self.tr("Émettre l'état…"), self)
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.on_issue_clicked)
        # Ctrl+E issues (after the confirmation), F5 computes again.
        QShortcut(QKeySequence("Ctrl+E"), self, self.on_issue_clicked)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        font = self.issue_button.font()
        font.setBold(True)
        self.issue_button.setFont(font)
        # Two rows: the beneficiary (its whole name) and Issue, then the period and the busy sign.
        who = QHBoxLayout()
        who.setSpacing(8)
        beneficiary_label = QLabel(self.tr("Bénéficiaire"), self)
        who.addWidget(beneficiary_label)
        who.addWidget(self.beneficiary_combo)
        who.addStretch(1)
        who.addWidget(self.issue_note)
        who.addWidget(self.draft_button)
        who.addWidget(self.issue_button)
        when = QHBoxLayout()
        when.setSpacing(8)
        period_label = QLabel(self.tr("Période"), self)
        # The two combos start at the same place.
        width = max(beneficiary_label.sizeHint().width(), period_label.sizeHint().width())
        beneficiary_label.setMinimumWidth(width)
        period_label.setMinimumWidth(width)
        when.addWidget(period_label)
        when.addWidget(self.period_picker)
        when.addSpacing(12)
        when.addWidget(self.busy_bar)
        when.addWidget(self.busy_label)
        when.addStretch(1)

        self.preview = PreviewPanel(self)
        self.preview.explanation_requested.connect(self.on_preview_explanation_requested)
        self.preview.correction_requested.connect(self.on_preview_correction_requested)
        self.issued = IssuedPanel(self)
        self.issued.pdf_requested.connect(self.on_issued_pdf_requested)
        self.issued.payment_requested.connect(self.on_issued_payment_requested)
        self.issued.correction_requested.connect(self.on_issued_correction_requested)
        self.issued.chorus_export_requested.connect(
            lambda row: export_for_chorus(self, self.workspace, row.number, self.today)
        )
        # Names the rest of the application (and its tests) know the page by.
        self.statements_table = self.issued.table
        self.none_label = self.issued.none_label

        self.splitter = RememberedSplitter(Qt.Orientation.Vertical, "statements", self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.preview)
        self.splitter.addWidget(self.issued)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 250])

        # In a scroll area, so that a small window scrolls rather than growing past the screen.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(who)
        body_layout.addLayout(when)
        body_layout.addWidget(self.splitter, 1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.content.addWidget(scroll, 1)

        self.preview_task = Task(self)
        self.preview_task.succeeded.connect(self.on_preview_succeeded)
        self.preview_task.failed.connect(self.on_preview_failed)
        self.preview_task.busy_changed.connect(self.on_preview_busy_changed)
        self.drift_task = Task(self)
        self.drift_task.succeeded.connect(self.on_drift_succeeded)
        self.drift_task.failed.connect(self.on_task_failed)
        self.issue_task = Task(self)
        self.issue_task.succeeded.connect(self.on_issue_succeeded)
        self.issue_task.failed.connect(self.on_issue_failed)
        self.issue_task.busy_changed.connect(self.on_preview_busy_changed)
        self.draft_task = Task(self)
        self.draft_task.succeeded.connect(self.on_draft_succeeded)
        self.draft_task.failed.connect(self.on_draft_failed)
        self.draft_task.busy_changed.connect(self.on_preview_busy_changed)
        self._show_busy(False)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, run: Unit) -> None:
        self.today = dt.date.today()
        current = self.current_choice()
        self._choices = choices(run)
        self.beneficiary_combo.blockSignals(True)
        self.beneficiary_combo.clear()
        several = len({c.convention_id for c in self._choices}) > 1
        for choice in self._choices:
            text = f"{choice.code} — {choice.name}"
            if several:
                text += f" ({choice.convention_reference})"
            self.beneficiary_combo.addItem(text, (choice.convention_id, choice.party_id))
        if current is not None:
            index = self.beneficiary_combo.findData((current.convention_id, current.party_id))
            self.beneficiary_combo.setCurrentIndex(max(index, 0))
        self.beneficiary_combo.blockSignals(False)
        self.beneficiary_combo.setEnabled(bool(self._choices))
        if self._choices:
            first_year = min(c.convention_start.year for c in self._choices)
            self.period_picker.blockSignals(True)
            self.period_picker.set_years(min(first_year, self.today.year), self.today.year + 1)
            if not self._period_set:
                kind = self.current_choice().frequency
                self.period_picker.set_period(last_ended(kind, self.today), kind)
                self._period_set = True
            self.period_picker.blockSignals(False)
        self.issued.set_rows(issued_rows(run, self.today))
        self._balance()
        self._start_drift()
        self.start_preview()

    def reload_issued(self) -> None:
        with self.workspace.reading() as run:
            self.issued.set_rows(issued_rows(run, self.today))
        self._balance()
        self._start_drift()

    def _balance(self) -> None:
        """Little room for the issued documents while there are none, a third once there are;
        the user's own sizes are kept otherwise."""
        has_rows = self.issued.table.model.rowCount() > 0
        if has_rows == getattr(self, "_balanced_for", None):
            return
        self._balanced_for = has_rows
        total = max(sum(self.splitter.sizes()), 690)
        low = total * 38 // 100 if has_rows else self.issued.minimumSizeHint().height() + 12
        self.splitter.setSizes([total - low, low])

    def _start_drift(self) -> None:
        originals = [row.id for row in self.issued.table.model.rows if row.kind == "statement"]
        if originals:
            self.drift_task.start(compute_drifts, self.workspace, originals)

    def current_choice(self) -> Choice | None:
        data = self.beneficiary_combo.currentData()
        for choice in self._choices:
            if (choice.convention_id, choice.party_id) == data:
                return choice
        return self._choices[0] if self._choices else None

    def current_period(self) -> Period | None:
        return self.period_picker.period()

    def start_preview(self) -> None:
        """Compute the preview of the chosen beneficiary and period on a worker thread."""
        choice, period = self.current_choice(), self.current_period()
        self._result = None
        self._update_issue_button()
        if choice is None or period is None:
            self.preview.clear()
            return
        self.preview_task.start(compute_preview, self.workspace, choice, period, self.today)

    def select_period(self, period: Period, kind: str | None = None) -> None:
        """Show ``period`` (and compute its preview)."""
        self._period_set = True
        self.period_picker.blockSignals(True)
        self.period_picker.set_period(period, kind)
        self.period_picker.blockSignals(False)
        self.start_preview()

    def select_beneficiary(self, code: str) -> bool:
        for index, choice in enumerate(self._choices):
            if choice.code.casefold() == code.casefold():
                self.beneficiary_combo.setCurrentIndex(index)
                return True
        return False

    def show_record(self, item_kind: str, item_id: int) -> None:
        """Open at an issued document ("statement"), a beneficiary ("beneficiary"), or a
        beneficiary's oldest past period without a statement ("backlog")."""
        if item_kind == "statement":
            self.issued.select(item_id)
        elif item_kind in ("beneficiary", "backlog"):
            for index, choice in enumerate(self._choices):
                if choice.party_id == item_id:
                    self.beneficiary_combo.setCurrentIndex(index)
                    break
            choice = self.current_choice()
            if item_kind == "backlog" and choice is not None:
                oldest = self.workspace.read(oldest_period_without_statement, item_id, self.today)
                if oldest is not None:
                    self.select_period(oldest, choice.frequency)

    # -- preview ---------------------------------------------------------------------------------

    def on_period_changed(self, _period: Period | None) -> None:
        self.start_preview()

    def on_beneficiary_combo_changed(self, _index: int) -> None:
        self.start_preview()

    def on_preview_busy_changed(self, _busy: bool) -> None:
        self._show_busy(self._working())
        self._update_issue_button()

    def _working(self) -> bool:
        return self.preview_task.is_busy() or self.issue_task.is_busy() or self.draft_task.is_busy()

    def _show_busy(self, busy: bool) -> None:
        self.busy_bar.setVisible(busy)
        self.busy_label.setVisible(busy)
        if self.issue_task.is_busy():
            self.busy_label.setText(self.tr("Émission en cours…"))
        elif self.draft_task.is_busy():
            self.busy_label.setText(self.tr("Préparation du projet…"))
        else:
            self.busy_label.setText(self.tr("Calcul en cours…"))

    def on_preview_succeeded(self, result: PreviewResult) -> None:
        self._result = result
        self.preview.show_result(result)
        self._update_issue_button()

    def on_preview_failed(self, error: Exception) -> None:
        self.preview.clear()
        self.on_task_failed(error)

    def on_task_failed(self, error: Exception) -> None:
        if isinstance(error, ServiceError):
            QMessageBox.warning(self, self.tr("États"), str(error))
            return
        raise error

    def _update_issue_button(self) -> None:
        """Issue only a complete, not yet issued, non-empty preview; say why otherwise."""
        result = self._result
        note, tip, enabled = "", "", False
        if self._working():
            tip = self.tr("Calcul en cours…")
        elif result is None:
            tip = self.tr("Choisissez une période et un bénéficiaire.")
        elif result.problems:
            count = len(result.problems)
            note = self.tr("Données incomplètes")
            tip = (
                self.tr("Réglez d'abord le point listé sous l'aperçu.")
                if count == 1
                else self.tr("Réglez d'abord les {count} points listés sous l'aperçu.").format(count=count)
            )
        elif (earliest := dates.earliest_issue_date("statement", result.period)) and self.today < earliest:
            note = self.tr("Période en cours")
            tip = self.tr(
                "L'état pour {period} s'émet à partir du {date}, dernier jour de la période, quand toutes ses "
                "dépenses sont connues ; d'ici là, l'aperçu reste provisoire."
            ).format(period=dates.period_words(result.period), date=formatting.date(earliest))
        elif result.already_issued:
            note = self.tr("Déjà émis : n° {number}").format(number=result.already_issued)
            tip = self.tr(
                "L'état n° {number} couvre déjà cette période : pour un changement, utilisez « Rectifier… »."
            ).format(number=result.already_issued)
        elif not result.rows:
            note = tip = self.tr("Rien n'est dû pour cette période.")
        else:
            enabled = True
            tip = self.tr("Émettre l'état de {code} pour {period} : {amount} (Ctrl+E)").format(
                code=result.choice.code, period=result.period.label, amount=formatting.money(result.total)
            )
        self.issue_button.setEnabled(enabled)
        self.issue_button.setToolTip(tip)
        # The draft is offered exactly when the issue is: it is what the issue would produce.
        self.draft_button.setEnabled(enabled)
        self.draft_button.setToolTip(
            self.tr("Voir le PDF que produirait l'émission, marqué « PROJET — non émis », sans numéro : "
                    "rien n'est enregistré.") if enabled else tip
        )
        self.issue_note.setText(note)
        self.issue_note.setToolTip(tip)

    def on_preview_explanation_requested(self, row: PreviewRow) -> None:
        self.dialog = ExplanationDialog(row, self)
        self.dialog.open()

    def on_preview_correction_requested(self, problem: Problem) -> None:
        place = entry_place(problem.code, problem.item_kind)
        self.entry_requested.emit(page_of(place), place, problem.item_id, problem.day)

    # -- issuing ---------------------------------------------------------------------------------

    def on_issue_clicked(self) -> None:
        result = self._result
        if result is None or not self.issue_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Émettre l'état"),
            self.tr(
                "Émettre l'état de refacturation de la période « {period} », adressé à {name}, d'un montant de "
                "{amount} ?\n\nIl recevra le numéro {number}, attribué définitivement : une fois émis, "
                "l'état ne peut plus être modifié ni supprimé. Une correction passera par un état "
                "rectificatif ou un avoir."
            ).format(
                name=result.choice.name, period=result.period.label,
                amount=formatting.money(result.total), number=result.next_number,
            ),  # fmt: skip
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.issue_task.start(issue_statement, self.workspace, result.choice, result.period, self.today)

    def on_draft_clicked(self) -> None:
        result = self._result
        if result is None or not self.draft_button.isEnabled():
            return
        self.draft_task.start(draft_statement, self.workspace, result.choice, result.period, self.today)

    def on_draft_succeeded(self, document: DraftDocument) -> None:
        self.pdf_viewer = open_draft(document, self)

    def on_draft_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        QMessageBox.warning(self, self.tr("Aperçu impossible"), str(error))
        self.start_preview()

    def on_issue_succeeded(self, document: IssuedDocument) -> None:
        self.reload_issued()
        self.issued.select(document.id)
        self.start_preview()
        self.statement_issued.emit(document.number)
        self.records_changed.emit()
        self.show_pdf(document)

    def on_issue_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        QMessageBox.warning(self, self.tr("Émission refusée"), str(error))
        self.start_preview()

    def show_pdf(self, document: IssuedDocument) -> None:
        kind = labels.statement_kind(document.kind)
        title = self.tr("{kind} n° {number} — {beneficiary}").format(
            kind=kind, number=document.number, beneficiary=document.beneficiary
        )
        self.pdf_viewer = PdfViewerDialog(
            document.pdf, title, f"{kind} {document.number} {document.beneficiary}.pdf", self
        )
        self.pdf_viewer.show()

    # -- issued documents ------------------------------------------------------------------------

    def on_drift_succeeded(self, drifts: dict) -> None:
        self.issued.table.model.set_drift(drifts)
        self.issued.refresh_actions()

    def on_issued_pdf_requested(self, row: IssuedRow) -> None:
        self.show_pdf(statement_pdf(self.workspace, row.id))

    def on_issued_payment_requested(self, row: IssuedRow) -> None:
        dialog = PaymentDialog(self.workspace, row, self, self.today)
        dialog.payment_recorded.connect(self.on_payment_recorded)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def on_payment_recorded(self, number: str) -> None:
        self.reload_issued()
        self.payment_recorded.emit(number)
        self.records_changed.emit()

    def on_issued_correction_requested(self, row: IssuedRow) -> None:
        dialog = CorrectionDialog(self.workspace, row.drift, self, self.today)
        dialog.correction_issued.connect(self.on_correction_issued)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def on_correction_issued(self, document: IssuedDocument) -> None:
        self.reload_issued()
        self.issued.select(document.id)
        self.statement_issued.emit(document.number)
        self.records_changed.emit()
        self.show_pdf(document)
