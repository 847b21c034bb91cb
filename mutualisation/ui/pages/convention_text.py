"""Article texts: plain text, or Markdown once the user formats them; shown without risk.

Markdown keeps a formatted article readable wherever it goes as text (PDF, export, search):
``**gras**``, ``*italique*``, lists. It is shown with HTML switched off (a ``<b>`` typed
in a text stays visible as typed) and without loading any image or link target.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...reporting.article_text import looks_like_markdown, unwrap_markdown

MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
)

def has_formatting(document: QTextDocument) -> bool:
    """Whether the user applied bold, italic, underline or a list anywhere in ``document``."""
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            return True
        iterator = block.begin()
        while not iterator.atEnd():
            fmt: QTextCharFormat = iterator.fragment().charFormat()
            if fmt.fontWeight() > QFont.Weight.Normal or fmt.fontItalic() or fmt.fontUnderline():
                return True
            iterator += 1
        block = block.next()
    return False


def document_text(document: QTextDocument) -> str:
    """What to store: the plain text, or Markdown when the user formatted it."""
    if has_formatting(document):
        return unwrap_markdown(document.toMarkdown(MARKDOWN))
    return document.toPlainText().strip()


def set_document_text(document: QTextDocument, text: str) -> None:
    """Show a stored text: Markdown when it looks like it, else exactly as typed."""
    if looks_like_markdown(text):
        document.setMarkdown(text, MARKDOWN)
    else:
        document.setPlainText(text)


class SafeTextBrowser(QTextBrowser):
    """A read-only text view that never follows links nor loads images or files."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, _type: int, _name: QUrl):  # noqa: N802 (Qt's name)
        return QByteArray()

    def set_text(self, text: str) -> None:
        set_document_text(self.document(), text)
