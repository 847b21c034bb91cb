"""The Convention page's articles: a searchable list, the text, and their editing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...services.registers import ArticleRow
from ..models.convention import ArticleTableModel
from .convention_records import ConventionRecordsTab
from .convention_text import SafeTextBrowser


class ArticlesTab(ConventionRecordsTab):
    """Articles on the left (the filter searches their text too), the selected one on the right."""

    FILTER_PLACEHOLDER = QT_TRANSLATE_NOOP("ArticlesTab", "Rechercher dans les articles…")
    EMPTY_TEXT = QT_TRANSLATE_NOOP("ArticlesTab", "Aucun article n'est enregistré.")

    #: The user asked to move the article (ArticleRow) up (−1) or down (+1).
    move_requested = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(ArticleTableModel(), ArticleTableModel.TITLE, parent)
        self.up_button = self.bar.add_button_widget(QPushButton(self.tr("Monter"), self))
        self.down_button = self.bar.add_button_widget(QPushButton(self.tr("Descendre"), self))
        self.up_button.clicked.connect(self.on_up_clicked)
        self.down_button.clicked.connect(self.on_down_clicked)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setChildrenCollapsible(False)
        left = self.register_panel(split)

        self.title = QLabel(self)
        self.title.setObjectName("articleTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = SafeTextBrowser(self)
        self.text.setObjectName("reader")
        right = QWidget(split)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.text, 1)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.set_editable(False)

    def on_current_changed(self, article: ArticleRow | None) -> None:
        super().on_current_changed(article)
        selected = article is not None and self._editable
        row = self.table.view.currentIndex().row()
        # Moving follows the articles' own order, not a sort or a filter of the list.
        plain = self.table.proxy.sorted_by()[0] < 0 and not self.table.filter_edit.text()
        self.up_button.setEnabled(selected and plain and row > 0)
        self.down_button.setEnabled(selected and plain and 0 <= row < self.table.proxy.rowCount() - 1)
        if article is None:
            self.title.setText("")
            self.text.clear()
            return
        self.title.setText(self.tr("Article {number} — {title}").format(number=article.number, title=article.title))
        self.text.set_text(article.body)

    def on_up_clicked(self) -> None:
        article = self.table.current_row()
        if article is not None:
            self.move_requested.emit(article, -1)

    def on_down_clicked(self) -> None:
        article = self.table.current_row()
        if article is not None:
            self.move_requested.emit(article, 1)
