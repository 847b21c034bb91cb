"""A splitter that remembers where the user left its handles (QSettings, per splitter)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget


class RememberedSplitter(QSplitter):
    """A QSplitter whose sizes are saved when a handle is moved and restored when it is
    first shown (its panes are all added by then)."""

    def __init__(self, orientation: Qt.Orientation, key: str, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self.settings_key = f"splitters/{key}"
        self._restored = False
        self.splitterMoved.connect(self.on_splitter_moved)

    def showEvent(self, event) -> None:
        if not self._restored:
            self._restored = True
            state = QSettings().value(self.settings_key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                self.restoreState(state)
        super().showEvent(event)

    def on_splitter_moved(self, _position: int, _index: int) -> None:
        QSettings().setValue(self.settings_key, self.saveState())
