"""A table that behaves like a spreadsheet: type to edit, Enter goes down, Tab goes right,
Suppr clears, Ctrl+C copies and Ctrl+V pastes a block copied from a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
)

from ..models.grid_model import EditableGridModel


def parse_clipboard(text: str) -> list[list[str]]:
    """Rows of cells from spreadsheet text: tab-separated cells, one line per row."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # spreadsheets end the copied block with a line break
    return [line.split("\t") for line in lines]


class GridDelegate(QStyledItemDelegate):
    """Enter records the cell at once (Qt's own delegate defers it to the event loop), so the
    value is saved and the next cell reached in the same keystroke."""

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
            return True
        return super().eventFilter(editor, event)


class GridView(QTableView):
    """The view of an :class:`EditableGridModel`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(GridDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def grid(self) -> EditableGridModel:
        return self.model()

    def move_to(self, row: int, column: int) -> None:
        model = self.model()
        row = max(0, min(row, model.rowCount() - 1))
        column = max(0, min(column, model.columnCount() - 1))
        index = model.index(row, column)
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def closeEditor(self, editor, hint) -> None:
        # Enter in a cell being edited records it and goes down, as in a spreadsheet.
        going_down = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if going_down else hint)
        if going_down:
            current = self.currentIndex()
            self.move_to(current.row() + 1, current.column())

    def keyPressEvent(self, event) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.currentIndex()
                self.move_to(current.row() + 1, current.column())
                return
        super().keyPressEvent(event)

    def selected_cells(self) -> list[tuple[int, int]]:
        return sorted({(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()})

    def clear_selection(self) -> None:
        cells = self.selected_cells() or [(self.currentIndex().row(), self.currentIndex().column())]
        self.grid().set_texts({cell: "" for cell in cells if cell[0] >= 0})

    def copy(self) -> None:
        cells = self.selected_cells()
        if not cells:
            return
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        model = self.grid()
        text = "\n".join(
            "\t".join(model.index(r, c).data(Qt.ItemDataRole.EditRole) or "" for c in columns) for r in rows
        )
        QGuiApplication.clipboard().setText(text + "\n")

    def paste(self, text: str | None = None) -> bool:
        """Paste a block of cells at the current cell (the clipboard's, or ``text``)."""
        text = QGuiApplication.clipboard().text() if text is None else text
        current = self.currentIndex()
        if not text or not current.isValid():
            return False
        texts = {
            (current.row() + r, current.column() + c): cell
            for r, line in enumerate(parse_clipboard(text))
            for c, cell in enumerate(line)
        }
        return self.grid().set_texts(texts)
