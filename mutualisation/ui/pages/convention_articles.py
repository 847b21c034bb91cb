"""The Convention page's articles: a searchable list, the text, and their editing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...services.registers import ArticleRow
from ..models.convention import ArticleTableModel
from ..models.table_model import ROW_ROLE
from ..widgets.register_table import RegisterTable
from .base import EditBar
from .convention_text import SafeTextBrowser


class ArticlesTab(QSplitter):
    """Articles on the left (the filter searches their text too), the selected one on the right."""

    #: The user asked to add an article.
    add_requested = Signal()
    #: The user asked to edit, delete or move the article (ArticleRow).
    edit_requested = Signal(object)
    delete_requested = Signal(object)
    move_requested = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.table = RegisterTable(
            ArticleTableModel(),
            self,
            filter_placeholder=self.tr("Rechercher dans les articles…"),
            empty_text=self.tr("Aucun article n'est enregistré."),
            flex_column=ArticleTableModel.TITLE,
        )
        self.table.current_row_changed.connect(self.on_current_changed)
        # Ajouter / Modifier / Supprimer with Ctrl+N, Entrée, Suppr and the double click.
        self.bar = EditBar(self.table, self)
        self.bar.add_requested.connect(self.add_requested)
        self.bar.edit_requested.connect(self.on_edit_requested)
        self.bar.delete_requested.connect(self.delete_requested)
        self.add_button, self.edit_button = self.bar.add_button, self.bar.edit_button
        self.delete_button = self.bar.delete_button
        self.up_button = self.bar.add_button_widget(QPushButton(self.tr("Monter"), self))
        self.down_button = self.bar.add_button_widget(QPushButton(self.tr("Descendre"), self))
        self.up_button.clicked.connect(self.on_up_clicked)
        self.down_button.clicked.connect(self.on_down_clicked)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.bar)

        self.title = QLabel(self)
        self.title.setObjectName("articleTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = SafeTextBrowser(self)
        self.text.setObjectName("reader")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.text, 1)
        self.addWidget(left)
        self.addWidget(right)
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        self.set_editable(False)

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self.add_button.setEnabled(editable)
        self.on_current_changed(self.table.current_row())

    def set_rows(self, rows, select_id: int | None = None) -> None:
        self.table.set_rows(rows)
        if select_id is None or not self.select(select_id):
            self.table.select_first()
        if not self.table.proxy.rowCount():
            self.on_current_changed(None)

    def select(self, article_id: int) -> bool:
        proxy = self.table.proxy
        for row in range(proxy.rowCount()):
            if proxy.index(row, 0).data(ROW_ROLE).id == article_id:
                self.table.view.selectRow(row)
                return True
        return False

    def on_current_changed(self, article: ArticleRow | None) -> None:
        selected = article is not None and self._editable
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
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

    def on_edit_requested(self, article: ArticleRow) -> None:
        if self._editable:
            self.edit_requested.emit(article)

    def on_up_clicked(self) -> None:
        article = self.table.current_row()
        if article is not None:
            self.move_requested.emit(article, -1)

    def on_down_clicked(self) -> None:
        article = self.table.current_row()
        if article is not None:
            self.move_requested.emit(article, 1)
