"""The États page's live preview: lines, section subtotals, the selected line's explanation,
and the problems that keep the period from being issued."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.problems import Problem
from .. import formatting
from ..dialogs.explanation_dialog import explanation_text
from ..models.preview import (
    PreviewRow,
    PreviewTableModel,
    ProblemTableModel,
    section_label,
)
from ..widgets.register_table import RegisterTable
from ..widgets.splitter import RememberedSplitter
from .statements_jobs import PreviewResult


class PreviewPanel(QWidget):
    """A beneficiary's lines for a period; clicking a line explains it."""

    #: The user asked for a line's full explanation (double click, Enter).
    explanation_requested = Signal(object)  # PreviewRow
    #: The user asked to correct the record behind a problem.
    correction_requested = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines_table = RegisterTable(
            PreviewTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les lignes…"),
            empty_text=self.tr("Aucune ligne pour ce bénéficiaire sur cette période."),
            flex_column=PreviewTableModel.LABEL,
            total_column=PreviewTableModel.AMOUNT,
            total_caption=self.tr("Total : {amount}"),
        )
        self.lines_table.current_row_changed.connect(self.on_line_current_changed)
        self.lines_table.view.doubleClicked.connect(self.on_line_double_clicked)
        self.lines_table.view.activated.connect(self.on_line_double_clicked)
        self.subtotals_label = QLabel(self)
        self.subtotals_label.setObjectName("countLabel")
        self.subtotals_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subtotals_label.setWordWrap(True)

        # The explanation of the selected line, beside the table.
        self.explanation_box = QGroupBox(self.tr("Détail du calcul"), self)
        self.explanation_title = QLabel(self.explanation_box)
        self.explanation_title.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_title.setWordWrap(True)
        font = self.explanation_title.font()
        font.setBold(True)
        self.explanation_title.setFont(font)
        self.explanation_text = QPlainTextEdit(self.explanation_box)
        self.explanation_text.setReadOnly(True)
        self.explanation_text.setPlaceholderText(
            self.tr("Cliquez sur une ligne pour voir comment son montant est calculé.")
        )
        self.explain_button = QPushButton(self.tr("Ouvrir le détail…"), self.explanation_box)
        self.explain_button.setEnabled(False)
        self.explain_button.clicked.connect(self.on_explain_clicked)
        box = QVBoxLayout(self.explanation_box)
        heading = QHBoxLayout()
        heading.addWidget(self.explanation_title, 1)
        heading.addWidget(self.explain_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(heading)
        box.addWidget(self.explanation_text, 1)

        # Problems: what to enter before issuing, with the way to the record.
        self.problems_box = QGroupBox(self)
        self.problems_table = RegisterTable(
            ProblemTableModel(), self.problems_box,
            filter_placeholder=self.tr("Filtrer les problèmes…"), flex_column=ProblemTableModel.MESSAGE,
        )  # fmt: skip
        self.problems_table.view.doubleClicked.connect(self.on_fix_clicked)
        self.fix_button = QPushButton(self.tr("Corriger…"), self.problems_box)
        self.fix_button.setToolTip(self.tr("Ouvrir la page où saisir la donnée manquante"))
        self.fix_button.clicked.connect(self.on_fix_clicked)
        self.problems_table.current_row_changed.connect(self.on_problem_current_changed)
        problems_layout = QVBoxLayout(self.problems_box)
        problems_layout.addWidget(self.problems_table, 1)
        problems_layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignRight)
        self.problems_box.hide()

        # The table above; below it the explanation and, when there are any, the problems.
        lines = QWidget(self)
        lines_layout = QVBoxLayout(lines)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.lines_table, 1)
        lines_layout.addWidget(self.subtotals_label)
        self.details = RememberedSplitter(Qt.Orientation.Horizontal, "statements/preview-details", self)
        self.details.setChildrenCollapsible(False)
        self.details.addWidget(self.explanation_box)
        self.details.addWidget(self.problems_box)
        self.splitter = RememberedSplitter(Qt.Orientation.Vertical, "statements/preview", self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(lines)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 130])
        self.details.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter, 1)

    # -- showing a result ------------------------------------------------------------------------

    def show_result(self, result: PreviewResult) -> None:
        self.lines_table.set_rows(result.rows)
        parts = [
            self.tr("{label} : {amount}").format(label=section_label(section.key), amount=formatting.money(section.subtotal))
            for section in result.statement.sections
        ]
        totals = result.statement.totals
        if totals.vat_lines:
            # The statement's own VAT lines (one per rate, R14): the screen bills what the PDF bills.
            parts.append(self.tr("Total HT : {amount}").format(amount=formatting.money(totals.excl_vat)))
            parts += [
                self.tr("TVA à {rate} sur {basis} : {amount}").format(
                    rate=formatting.percent(vat.rate), basis=formatting.money(vat.basis),
                    amount=formatting.money(vat.amount),
                )  # fmt: skip
                for vat in totals.vat_lines
            ]
            parts.append(self.tr("Total TTC : {amount}").format(amount=formatting.money(totals.total)))
        self.subtotals_label.setText("   ·   ".join(parts))
        self.problems_table.set_rows(result.problems)
        count = len(result.problems)
        self.problems_box.setTitle(
            self.tr("1 point à régler avant d'émettre")
            if count == 1
            else self.tr("{count} points à régler avant d'émettre").format(count=count)
        )
        if count and not self.problems_box.isVisibleTo(self):
            self.problems_box.show()
            # A splitter gives a child shown late no room: share the width again.
            width = max(self.details.width(), 600)
            self.details.setSizes([width * 11 // 20, width * 9 // 20])
        self.problems_box.setVisible(bool(count))
        self.problems_table.select_first()
        self.fix_button.setEnabled(bool(count))
        self.on_line_current_changed(None)
        self.lines_table.select_first()

    def clear(self) -> None:
        self.lines_table.set_rows([])
        self.problems_table.set_rows([])
        self.problems_box.hide()
        self.subtotals_label.clear()
        self.on_line_current_changed(None)

    # -- slots -----------------------------------------------------------------------------------

    def on_line_current_changed(self, row: PreviewRow | None) -> None:
        self.explain_button.setEnabled(row is not None)
        if row is None:
            self.explanation_title.clear()
            self.explanation_text.clear()
            return
        self.explanation_title.setText(
            self.tr("{label} : {amount}").format(label=row.label, amount=formatting.money(row.amount))
        )
        self.explanation_text.setPlainText(explanation_text(row))

    def on_line_double_clicked(self, _index=None) -> None:
        row = self.lines_table.current_row()
        if row is not None:
            self.explanation_requested.emit(row)

    def on_explain_clicked(self) -> None:
        self.on_line_double_clicked()

    def on_problem_current_changed(self, problem: Problem | None) -> None:
        self.fix_button.setEnabled(problem is not None)

    def on_fix_clicked(self, _index=None) -> None:
        problem: Problem | None = self.problems_table.current_row()
        if problem is not None:
            self.correction_requested.emit(problem)
