"""What every page of the main window shares: a title, a line of explanation, lazy loading."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ...storage.database import Database


class Page(QWidget):
    """A page of the main window; it reads its registers when first shown after a change."""

    def __init__(self, database: Database, title: str, description: str = "", parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self._stale = True
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.description_label = QLabel(description, self)
        self.description_label.setObjectName("pageDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setVisible(bool(description))
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(16, 14, 16, 14)
        self.content.setSpacing(10)
        self.content.addWidget(self.title_label)
        self.content.addWidget(self.description_label)

    @contextmanager
    def session(self):
        with self.database.session() as session:
            yield session

    def invalidate(self) -> None:
        """The data changed: read again when next shown."""
        self._stale = True

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        with self.session() as session:
            self.load(session)
        self._stale = False

    def load(self, session: Session) -> None:
        """Read this page's registers and show them."""
        raise NotImplementedError
