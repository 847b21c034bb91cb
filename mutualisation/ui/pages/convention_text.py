"""Article texts: plain text, or Markdown once the user formats them; shown without risk.

Markdown keeps a formatted article readable wherever it goes as text (PDF, export, search):
``**gras**``, ``*italique*``, lists. It is shown with HTML switched off (a ``<b>`` typed
in a text stays visible as typed) and without loading any image or link target.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QFont, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
)

_MARKERS = re.compile(
    r"\*\*[^*\n]+\*\*"  # bold
    r"|(?<![*\w])\*[^*\s][^*\n]*\*(?![*\w])"  # italic
    r"|(?m:^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S)"  # list items
    r"|(?m:^#{1,6}\s)"  # headings
)
_LIST_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+")


def looks_like_markdown(text: str) -> bool:
    """Whether a stored text carries Markdown formatting (else it is shown as typed)."""
    return bool(_MARKERS.search(text or ""))


def unwrap_markdown(text: str) -> str:
    """Qt writes Markdown wrapped at 80 columns: join the lines of each paragraph and list item."""
    blocks = re.split(r"\n\s*\n", text.strip())
    result = []
    for block in blocks:
        lines = block.splitlines()
        if any(_LIST_ITEM.match(line) for line in lines):
            items: list[str] = []
            for line in lines:
                if _LIST_ITEM.match(line) or not items:
                    items.append(line.rstrip())
                else:
                    items[-1] += " " + line.strip()
            result.append("\n".join(items))
        else:
            result.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(result)


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
