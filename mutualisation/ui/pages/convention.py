"""Convention: its terms, articles, amendments and parties."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import registers
from ...services.registers import AmendmentRow, ArticleRow, ConventionRow
from .. import formatting, labels
from ..models.convention import AmendmentTableModel, ArticleTableModel, PartyTableModel
from ..widgets.register_table import RegisterTable
from ..widgets.value_label import ValueLabel
from .base import Page


def _reader(parent: QWidget) -> QPlainTextEdit:
    reader = QPlainTextEdit(parent)
    reader.setReadOnly(True)
    reader.setObjectName("reader")
    return reader


class ConventionPage(Page):
    """The terms of a convention, readable and searchable."""

    def __init__(self, database, parent=None) -> None:
        super().__init__(
            database,
            self.tr("Convention"),
            self.tr("Conditions de la convention, texte de ses articles, avenants et parties."),
            parent,
        )
        self._conventions: list[ConventionRow] = []

        self.convention_combo = QComboBox(self)
        self.convention_combo.currentIndexChanged.connect(self.on_convention_combo_changed)
        self.none_label = QLabel(self.tr("Aucune convention n'est enregistrée."), self)
        self.none_label.setObjectName("noneLabel")

        self.terms_box = QGroupBox(self.tr("Conditions"), self)
        self.values: dict[str, ValueLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for form, key, caption in (
            (left, "reference", self.tr("Référence")),
            (left, "title", self.tr("Intitulé")),
            (left, "provider", self.tr("Prestataire")),
            (left, "beneficiaries", self.tr("Bénéficiaires")),
            (left, "signature", self.tr("Signée le")),
            (left, "start", self.tr("Prise d'effet")),
            (right, "end", self.tr("Fin")),
            (right, "renewal", self.tr("Reconduction")),
            (right, "notice", self.tr("Préavis")),
            (right, "frequency", self.tr("Facturation")),
            (right, "payment", self.tr("Délai de paiement")),
            (right, "vat", self.tr("TVA")),
            (right, "advance", self.tr("Appels de fonds")),
        ):
            self.values[key] = ValueLabel(parent=self.terms_box)
            form.addRow(caption, self.values[key])
        columns = QHBoxLayout(self.terms_box)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)

        # Articles: list on the left, text on the right.
        self.articles_table = RegisterTable(
            ArticleTableModel(),
            self,
            filter_placeholder=self.tr("Rechercher dans les articles…"),
            empty_text=self.tr("Aucun article n'est enregistré."),
            flex_column=ArticleTableModel.TITLE,
        )
        self.articles_table.current_row_changed.connect(self.on_article_current_changed)
        self.article_title = QLabel(self)
        self.article_title.setObjectName("articleTitle")
        self.article_title.setTextFormat(Qt.TextFormat.PlainText)
        self.article_title.setWordWrap(True)
        font = self.article_title.font()
        font.setBold(True)
        self.article_title.setFont(font)
        self.article_text = _reader(self)
        article_view = QWidget(self)
        article_layout = QVBoxLayout(article_view)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.addWidget(self.article_title)
        article_layout.addWidget(self.article_text, 1)
        articles = QSplitter(Qt.Orientation.Horizontal, self)
        articles.setChildrenCollapsible(False)
        articles.addWidget(self.articles_table)
        articles.addWidget(article_view)
        articles.setStretchFactor(0, 2)
        articles.setStretchFactor(1, 3)

        # Amendments: table above, full summary below.
        self.amendments_table = RegisterTable(
            AmendmentTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les avenants…"),
            empty_text=self.tr("Aucun avenant n'est enregistré."),
        )
        self.amendments_table.current_row_changed.connect(self.on_amendment_current_changed)
        self.amendment_text = _reader(self)
        amendments = QSplitter(Qt.Orientation.Vertical, self)
        amendments.setChildrenCollapsible(False)
        amendments.addWidget(self.amendments_table)
        amendments.addWidget(self.amendment_text)

        self.parties_table = RegisterTable(
            PartyTableModel(),
            self,
            filter_placeholder=self.tr("Filtrer les parties…"),
            empty_text=self.tr("Aucune partie n'est enregistrée."),
            flex_column=PartyTableModel.NAME,
        )

        self.tabs = QTabWidget(self)
        self.tabs.addTab(articles, self.tr("Articles"))
        self.tabs.addTab(amendments, self.tr("Avenants"))
        self.tabs.addTab(self.parties_table, self.tr("Parties"))

        self.content.addWidget(self.convention_combo)
        self.content.addWidget(self.none_label)
        self.content.addWidget(self.terms_box)
        self.content.addWidget(self.tabs, 1)

    # -- loading ---------------------------------------------------------------------------------

    def load(self, session) -> None:
        self._conventions = registers.conventions(session)
        self._parties = registers.parties(session)
        self._articles = registers.articles(session)
        self._amendments = registers.amendments(session)
        current = self.current_convention()
        self.convention_combo.blockSignals(True)
        self.convention_combo.clear()
        for convention in self._conventions:
            self.convention_combo.addItem(f"{convention.reference} — {convention.title}", convention.id)
        if current is not None:
            self.convention_combo.setCurrentIndex(max(0, self.convention_combo.findData(current.id)))
        self.convention_combo.blockSignals(False)
        self.convention_combo.setVisible(len(self._conventions) > 1)
        self.none_label.setVisible(not self._conventions)
        self.terms_box.setVisible(bool(self._conventions))
        self.parties_table.set_rows(self._parties)
        self._show_convention()

    def current_convention(self) -> ConventionRow | None:
        convention_id = self.convention_combo.currentData()
        for convention in self._conventions:
            if convention.id == convention_id:
                return convention
        return self._conventions[0] if self._conventions else None

    def on_convention_combo_changed(self, _index: int) -> None:
        self._show_convention()

    def _show_convention(self) -> None:
        convention = self.current_convention()
        convention_id = convention.id if convention else None
        self.articles_table.set_rows(a for a in self._articles if a.convention_id == convention_id)
        self.amendments_table.set_rows(
            a for a in self._amendments if a.convention_id == convention_id
        )
        if convention is not None:
            self._show_terms(convention)
        self.articles_table.select_first()
        self.amendments_table.select_first()
        if not self.articles_table.proxy.rowCount():
            self.on_article_current_changed(None)
        if not self.amendments_table.proxy.rowCount():
            self.on_amendment_current_changed(None)

    def _show_terms(self, c: ConventionRow) -> None:
        v = self.values
        v["reference"].setText(c.reference)
        v["title"].setText(c.title)
        v["provider"].setText(c.provider_name)
        v["beneficiaries"].setText(
            "\n".join(f"{i}. {name}" for i, name in enumerate(c.beneficiaries, start=1))
        )
        v["signature"].setText(formatting.date(c.signature_date) or self.tr("non renseignée"))
        v["start"].setText(formatting.date(c.start_date))
        if c.end_date is not None:
            end = formatting.date(c.end_date)
        elif c.duration_months:
            end = self.tr("après {duration}, le {date}").format(
                duration=formatting.months(c.duration_months), date=formatting.date(c.term_end)
            )
        else:
            end = self.tr("sans date de fin")
        v["end"].setText(end)
        if c.tacit_renewal and c.renewal_months:
            renewal = self.tr("tacite, par périodes de {duration}").format(
                duration=formatting.months(c.renewal_months)
            )
        elif c.tacit_renewal:
            renewal = self.tr("tacite")
        else:
            renewal = self.tr("non")
        v["renewal"].setText(renewal)
        dates = registers.convention_key_dates(c)
        notice = formatting.months(c.notice_months)
        if dates.notice_deadline is not None:
            notice = self.tr("{duration} (dénonciation au plus tard le {date})").format(
                duration=notice, date=formatting.date(dates.notice_deadline)
            )
        v["notice"].setText(notice)
        v["frequency"].setText(labels.billing_frequency(c.billing_frequency))
        v["payment"].setText(self.tr("{days} jours").format(days=c.payment_term_days))
        if c.vat_regime == "subject":
            vat = self.tr("assujettie, au taux de {rate}").format(rate=formatting.percent(c.vat_rate))
        else:
            vat = self.tr("non assujettie")
            if c.vat_mention:
                vat = f"{vat} — {c.vat_mention}"
        v["vat"].setText(vat)
        v["advance"].setText(
            self.tr("oui, avec régularisation annuelle") if c.advance_mode else self.tr("non")
        )

    # -- selection -------------------------------------------------------------------------------

    def on_article_current_changed(self, article: ArticleRow | None) -> None:
        if article is None:
            self.article_title.setText("")
            self.article_text.setPlainText("")
            return
        self.article_title.setText(
            self.tr("Article {number} — {title}").format(number=article.number, title=article.title)
        )
        self.article_text.setPlainText(article.body)

    def on_amendment_current_changed(self, amendment: AmendmentRow | None) -> None:
        if amendment is None:
            self.amendment_text.setPlainText("")
            return
        self.amendment_text.setPlainText(amendment.summary)
