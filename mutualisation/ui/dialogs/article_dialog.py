"""Adding or editing an article of a convention: number, title and formatted text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services import conventions, registers
from ...services.errors import ServiceError
from ...services.workspace import Workspace
from ..pages.convention_text import document_text, set_document_text
from ..widgets.fields import FieldRow, FormValidator, TextField
from .form_dialog import problem_label, save_cancel_buttons


class RichTextEditor(QWidget):
    """A text with a small toolbar: bold, italic, bulleted and numbered lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTextEdit(self)
        self.edit.setAcceptRichText(False)  # pasted text comes in plain, formatting by the buttons
        self.edit.setTabChangesFocus(True)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        self.bold_button = self._button(self.tr("G"), self.tr("Gras (Ctrl+B)"), QKeySequence.StandardKey.Bold)
        font = self.bold_button.font()
        font.setBold(True)
        self.bold_button.setFont(font)
        self.bold_button.setCheckable(True)
        self.bold_button.clicked.connect(self.on_bold_clicked)
        self.italic_button = self._button(self.tr("I"), self.tr("Italique (Ctrl+I)"), QKeySequence.StandardKey.Italic)
        font = self.italic_button.font()
        font.setItalic(True)
        self.italic_button.setFont(font)
        self.italic_button.setCheckable(True)
        self.italic_button.clicked.connect(self.on_italic_clicked)
        self.bullets_button = self._button(self.tr("• Liste"), self.tr("Liste à puces"))
        self.bullets_button.clicked.connect(self.on_bullets_clicked)
        self.numbers_button = self._button(self.tr("1. Liste"), self.tr("Liste numérotée"))
        self.numbers_button.clicked.connect(self.on_numbers_clicked)
        for button in (self.bold_button, self.italic_button, self.bullets_button, self.numbers_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.edit, 1)
        self.edit.currentCharFormatChanged.connect(self.on_edit_format_changed)
        self.setFocusProxy(self.edit)

    def _button(self, text: str, tip: str, shortcut=None) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if shortcut is not None:
            button.setShortcut(QKeySequence(shortcut))
        return button

    def text(self) -> str:
        return document_text(self.edit.document())

    def set_text(self, text: str) -> None:
        set_document_text(self.edit.document(), text)

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection, or what is typed next when nothing is selected."""
        cursor = self.edit.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)

    def on_bold_clicked(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if checked else QFont.Weight.Normal)
        self._merge(fmt)

    def on_italic_clicked(self, checked: bool) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(checked)
        self._merge(fmt)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            # Pressed again: the paragraphs leave the list.
            for _ in range(current.count()):
                current.remove(current.item(0))
            return
        list_format = QTextListFormat()
        list_format.setStyle(style)
        cursor.createList(list_format)

    def on_bullets_clicked(self) -> None:
        self._list(QTextListFormat.Style.ListDisc)

    def on_numbers_clicked(self) -> None:
        self._list(QTextListFormat.Style.ListDecimal)

    def on_edit_format_changed(self, fmt: QTextCharFormat) -> None:
        self.bold_button.setChecked(fmt.fontWeight() > QFont.Weight.Normal)
        self.italic_button.setChecked(fmt.fontItalic())


class ArticleDialog(QDialog):
    """The number, title and text of an article; the same form adds and edits."""

    #: The article was saved: its id.
    article_saved = Signal(int)

    def __init__(self, workspace: Workspace, convention_id: int, article_id: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.convention_id = convention_id
        self.article_id = article_id
        self.version: int | None = None
        self.setWindowTitle(self.tr("Nouvel article") if article_id is None else self.tr("Modifier l'article"))

        self.number_field = TextField(required=True, placeholder=self.tr("4, 4 bis…"), parent=self)
        self.number_field.setMaxLength(20)
        self.title_field = TextField(required=True, placeholder=self.tr("Objet de l'article"), parent=self)
        self.title_field.setMaxLength(300)
        self.body_editor = RichTextEditor(self)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Numéro"), FieldRow(self.number_field, self))
        form.addRow(self.tr("Titre"), FieldRow(self.title_field, self))
        form.addRow(self.tr("Texte"), self.body_editor)

        self.message = problem_label(self)
        self.buttons, self.save_button = save_cancel_buttons(self, self.on_save_clicked)
        self.validator = FormValidator(self.save_button, [self.number_field, self.title_field])

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

        with workspace.reading() as run:
            if article_id is None:
                numbers = [a.number for a in run(registers.articles, convention_id)]
                self.number_field.setText(_next_number(numbers))
            else:
                values, self.version = run(conventions.load_article, article_id)
                self.number_field.setText(values.number)
                self.title_field.setText(values.title)
                self.body_editor.set_text(values.body)

    def values(self) -> conventions.ArticleValues:
        return conventions.ArticleValues(
            self.number_field.text().strip(), self.title_field.text().strip(), self.body_editor.text()
        )

    def on_save_clicked(self) -> None:
        try:
            with self.workspace.writing() as run:
                if self.article_id is None:
                    self.article_id = run(conventions.add_article, self.convention_id, self.values())
                else:
                    run(conventions.update_article, self.article_id, self.values(), self.version)
        except ServiceError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.article_saved.emit(self.article_id)
        self.accept()


def _next_number(numbers: list[str]) -> str:
    """The number after the highest plain number used (« 12 » after « 11 »), or « 1 »."""
    plain = [int(n) for n in numbers if n.strip().isdigit()]
    return str(max(plain, default=0) + 1)
