"""Convention: its terms and key dates, articles, amendments, parties, what is made available
on a date; editing them, and printing the *fiche convention*."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import i18n
from ...services import conventions, convention_summaries, registers
from ...services.editing import convention_clauses
from ...services.errors import ServiceError
from ...services.registers import AmendmentRow, ArticleRow, ConventionRow
from ...services.workspace import Unit, Workspace
from ..dialogs.amendment_dialog import AmendmentDialog
from ..dialogs.article_dialog import ArticleDialog
from ..dialogs.convention_dialog import ConventionDialog
from ..dialogs.pdf_viewer import PdfViewerDialog
from ..models.convention import PartyTableModel
from ..workers import Task
from ..widgets.register_table import RegisterTable
from .base import Page
from .convention_amendments import AmendmentsTab
from .convention_articles import ArticlesTab
from .convention_at_date import AtDateTab
from .convention_terms import KeyDatesBox, TermsBox


def summary_pdf(workspace: Workspace, convention_id: int, on: dt.date) -> bytes:
    """The *fiche convention* on ``on``, with the articles' text (run on a worker thread)."""
    from ...reporting.convention_pdf import render_convention  # the PDF library, loaded on first print

    with i18n.french():  # a document for the partners: French whatever the interface language
        summary = workspace.read(convention_summaries.convention_summary_of, convention_id, on)
    if summary is None:
        raise ServiceError(
            QCoreApplication.translate("ConventionPage", "Cette convention a été supprimée entre-temps.")
        )
    with i18n.french():
        return render_convention(summary, full_text=True)


class ConventionPage(Page):
    """The terms of a convention, readable, searchable and editable."""

    #: The convention's terms, articles or amendments were saved.
    convention_changed = Signal(int)

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Convention"),
            self.tr(
                "Conditions et dates clés de la convention, texte de ses articles, avenants, parties "
                "et moyens mis à disposition à une date choisie."
            ),
            parent,
        )
        self.today = dt.date.today()
        self._conventions: list[ConventionRow] = []
        self._articles: list[ArticleRow] = []
        self._amendments: list[AmendmentRow] = []
        self.dialog: QWidget | None = None
        self.pdf_viewer: PdfViewerDialog | None = None

        self.convention_combo = QComboBox(self)
        self.convention_combo.currentIndexChanged.connect(self.on_convention_combo_changed)
        self.none_label = QLabel(
            self.tr("Aucune convention n'est enregistrée. Enregistrez d'abord les parties (page "
                    "Paramètres), puis la convention avec « Nouvelle convention… »."),
            self,
        )  # fmt: skip
        self.none_label.setObjectName("noneLabel")
        self.none_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Nouvelle convention…"), self)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.edit_button = QPushButton(self.tr("Modifier les conditions…"), self)
        self.edit_button.setToolTip(self.tr("Modifier les conditions et les bénéficiaires de la convention"))
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.print_button = QPushButton(self.tr("Imprimer la fiche convention…"), self)
        self.print_button.setToolTip(
            self.tr("Voir et imprimer la fiche convention, telle qu'elle est à la date de l'onglet "
                    "« Mise à disposition ».")
        )
        self.print_button.clicked.connect(self.on_print_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.convention_combo, 1)
        bar.addStretch(0)
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.print_button)

        self.terms_box = TermsBox(self)
        self.values = self.terms_box.values
        self.key_dates_box = KeyDatesBox(self)
        top = QHBoxLayout()
        top.addWidget(self.terms_box, 5)
        top.addWidget(self.key_dates_box, 2)

        self.articles = ArticlesTab(self)
        self.articles.add_requested.connect(self.on_article_add_requested)
        self.articles.edit_requested.connect(self.on_article_edit_requested)
        self.articles.delete_requested.connect(self.on_article_delete_requested)
        self.articles.move_requested.connect(self.on_article_move_requested)
        self.amendments = AmendmentsTab(self)
        self.amendments.add_requested.connect(self.on_amendment_add_requested)
        self.amendments.edit_requested.connect(self.on_amendment_edit_requested)
        self.amendments.delete_requested.connect(self.on_amendment_delete_requested)
        self.parties_table = RegisterTable(
            PartyTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les parties…"),
            empty_text=self.tr("Aucune partie n'est enregistrée."),
            flex_column=PartyTableModel.NAME,
        )
        self.at_date = AtDateTab(self)
        self.at_date.date_changed.connect(self.on_at_date_changed)
        # Names the rest of the application (and its tests) know the page by.
        self.articles_table = self.articles.table
        self.article_title = self.articles.title
        self.article_text = self.articles.text
        self.amendments_table = self.amendments.table
        self.amendment_text = self.amendments.text

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.articles, self.tr("Articles"))
        self.tabs.addTab(self.amendments, self.tr("Avenants"))
        self.tabs.addTab(self.parties_table, self.tr("Parties"))
        self.tabs.addTab(self.at_date, self.tr("Mise à disposition"))

        # In a scroll area, so that a small window scrolls rather than growing past the screen.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(bar)
        body_layout.addWidget(self.none_label)
        body_layout.addLayout(top)
        body_layout.addWidget(self.tabs, 1)
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.content.addWidget(scroll, 1)

        self.print_task = Task(self)
        self.print_task.succeeded.connect(self.on_print_succeeded)
        self.print_task.failed.connect(self.on_print_failed)
        self.print_task.busy_changed.connect(self.on_print_busy_changed)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, run: Unit) -> None:
        self.today = dt.date.today()
        self._conventions = run(registers.conventions)
        self._articles = run(registers.articles)
        self._amendments = run(registers.amendments)
        current = self.current_convention()
        self.convention_combo.blockSignals(True)
        self.convention_combo.clear()
        for convention in self._conventions:
            self.convention_combo.addItem(f"{convention.reference} — {convention.title}", convention.id)
        if current is not None:
            self.convention_combo.setCurrentIndex(max(0, self.convention_combo.findData(current.id)))
        self.convention_combo.blockSignals(False)
        self.convention_combo.setVisible(len(self._conventions) > 1)
        has = bool(self._conventions)
        self.none_label.setVisible(not has)
        self.terms_box.setVisible(has)
        self.key_dates_box.setVisible(has)
        self.edit_button.setEnabled(has)
        self.print_button.setEnabled(has)
        self.articles.set_editable(has)
        self.amendments.set_editable(has)
        self.parties_table.set_rows(run(registers.parties))
        self._show_convention()

    def current_convention(self) -> ConventionRow | None:
        convention_id = self.convention_combo.currentData()
        for convention in self._conventions:
            if convention.id == convention_id:
                return convention
        return self._conventions[0] if self._conventions else None

    def on_convention_combo_changed(self, _index: int) -> None:
        self._show_convention()

    def _show_convention(self, article_id: int | None = None, amendment_id: int | None = None) -> None:
        convention = self.current_convention()
        convention_id = convention.id if convention else None
        self.articles.set_rows([a for a in self._articles if a.convention_id == convention_id], article_id)
        self.amendments.show_convention(
            convention, [a for a in self._amendments if a.convention_id == convention_id], self.today, amendment_id
        )
        if convention is not None:
            section_vat = self.workspace.read(convention_clauses.section_vat_in_force, convention.id, self.today)
            self.terms_box.show_convention(convention, section_vat)
            self.terms_box.show_clauses(self.workspace.read(convention_clauses.clause_sentences, convention.id))
            self.key_dates_box.show_convention(convention, self.today)
        self._show_at_date()

    def _show_at_date(self) -> None:
        convention, day = self.current_convention(), self.at_date.day()
        if convention is None or day is None:
            self.at_date.show_summary(None)
            return
        self.at_date.show_summary(self.workspace.read(convention_summaries.convention_summary_of, convention.id, day))

    def on_at_date_changed(self, _day: dt.date) -> None:
        self._show_at_date()

    def show_record(self, item_kind: str, item_id: int) -> None:
        """Open at a convention (its key dates are on top)."""
        if item_kind == "convention":
            index = self.convention_combo.findData(item_id)
            if index >= 0:
                self.convention_combo.setCurrentIndex(index)

    def _saved(self, article_id: int | None = None, amendment_id: int | None = None) -> None:
        """Something was written: read again, keep the record in view, tell the other pages."""
        with self.workspace.reading() as run:
            self.load(run)
        self._stale = False
        if article_id is not None or amendment_id is not None:
            self._show_convention(article_id, amendment_id)
        convention = self.current_convention()
        self.records_changed.emit()
        if convention is not None:
            self.convention_changed.emit(convention.id)

    def _open(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _write(self, action) -> bool:
        """Run ``action(run)`` in one transaction; a refusal is told, nothing is half-written."""
        try:
            with self.workspace.writing() as run:
                action(run)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Modification refusée"), str(exc))
            return False
        return True

    # -- terms -----------------------------------------------------------------------------------

    def on_new_clicked(self) -> None:
        with self.workspace.reading() as run:
            enough = len(run(registers.parties)) >= 2
        if not enough:
            QMessageBox.information(
                self, self.tr("Nouvelle convention"),
                self.tr("Une convention lie un prestataire et au moins un bénéficiaire : enregistrez "
                        "d'abord les parties dans la page Paramètres."),
            )  # fmt: skip
            return
        dialog = ConventionDialog(self.workspace, None, self)
        dialog.convention_saved.connect(self.on_convention_saved)
        self._open(dialog)

    def on_edit_clicked(self) -> None:
        convention = self.current_convention()
        if convention is None:
            return
        dialog = ConventionDialog(self.workspace, convention.id, self)
        dialog.convention_saved.connect(self.on_convention_saved)
        self._open(dialog)

    def show_entry(self, place: str, item_id: int, day) -> None:
        """A convention lacking a clause (the VAT of a section): its form, on the clauses."""
        self.show_record(place, item_id)
        if place == "convention" and self.current_convention() is not None:
            self.on_edit_clicked()
            dialog = self.dialog
            if isinstance(dialog, ConventionDialog):
                dialog.tabs.setCurrentWidget(dialog.clauses_tab)

    def on_convention_saved(self, convention_id: int) -> None:
        self._saved()
        index = self.convention_combo.findData(convention_id)
        if index >= 0:
            self.convention_combo.setCurrentIndex(index)

    # -- articles --------------------------------------------------------------------------------

    def on_article_add_requested(self) -> None:
        convention = self.current_convention()
        if convention is not None:
            dialog = ArticleDialog(self.workspace, convention.id, None, self)
            dialog.article_saved.connect(self.on_article_saved)
            self._open(dialog)

    def on_article_edit_requested(self, article: ArticleRow) -> None:
        dialog = ArticleDialog(self.workspace, article.convention_id, article.id, self)
        dialog.article_saved.connect(self.on_article_saved)
        self._open(dialog)

    def on_article_saved(self, article_id: int) -> None:
        self._saved(article_id=article_id)

    def on_article_delete_requested(self, article: ArticleRow) -> None:
        if not self._confirm(
            self.tr("Supprimer l'article"),
            self.tr("Supprimer l'article {number} — {title} ? Son texte sera perdu.").format(
                number=article.number, title=article.title
            ),
        ):
            return
        if self._write(lambda run: run(conventions.delete_article, article.id)):
            self._saved()

    def on_article_move_requested(self, article: ArticleRow, offset: int) -> None:
        if self._write(lambda run: run(conventions.move_article, article.id, offset)):
            self._saved(article_id=article.id)

    # -- amendments ------------------------------------------------------------------------------

    def on_amendment_add_requested(self) -> None:
        convention = self.current_convention()
        if convention is not None:
            dialog = AmendmentDialog(self.workspace, convention.id, None, self)
            dialog.amendment_saved.connect(self.on_amendment_saved)
            self._open(dialog)

    def on_amendment_edit_requested(self, amendment: AmendmentRow) -> None:
        dialog = AmendmentDialog(self.workspace, amendment.convention_id, amendment.id, self)
        dialog.amendment_saved.connect(self.on_amendment_saved)
        self._open(dialog)

    def on_amendment_saved(self, amendment_id: int) -> None:
        self._saved(amendment_id=amendment_id)

    def on_amendment_delete_requested(self, amendment: AmendmentRow) -> None:
        if not self._confirm(
            self.tr("Supprimer l'avenant"),
            self.tr("Supprimer l'avenant n° {number} ?").format(number=amendment.number),
        ):
            return
        if self._write(lambda run: run(conventions.delete_amendment, amendment.id)):
            self._saved()

    # -- printing --------------------------------------------------------------------------------

    def on_print_clicked(self) -> None:
        convention = self.current_convention()
        if convention is None:
            return
        day = self.at_date.day() or self.today
        self._print_day = day
        self.print_task.start(summary_pdf, self.workspace, convention.id, day)

    def on_print_busy_changed(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy and bool(self._conventions))
        self.print_button.setText(
            self.tr("Préparation de la fiche…") if busy else self.tr("Imprimer la fiche convention…")
        )

    def on_print_succeeded(self, pdf: bytes) -> None:
        convention = self.current_convention()
        reference = convention.reference if convention else ""
        title = self.tr("Fiche convention {reference} au {date}").format(
            reference=reference, date=self._print_day.strftime("%d/%m/%Y")
        )
        self.pdf_viewer = PdfViewerDialog(
            pdf, title,
            self.tr("Fiche convention {reference} {date}.pdf").format(
                reference=reference, date=self._print_day.isoformat()
            ),
            self,
        )
        self.pdf_viewer.show()

    def on_print_failed(self, error: Exception) -> None:
        if not isinstance(error, ServiceError):
            raise error
        QMessageBox.warning(self, self.tr("Fiche convention"), str(error))
