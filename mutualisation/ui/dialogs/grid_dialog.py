"""The frame of a year typed or pasted as a grid (payroll, meter readings): the choices above,
a line of help, the grid, what it refused, and Close. Each edit is saved at once."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLayout, QSpinBox, QVBoxLayout

from ..models.grid_model import EditableGridModel
from .form_dialog import hint_label, problem_label
from .grid_view import GridView


class GridDialog(QDialog):
    """A dialog over an :class:`EditableGridModel`; subclasses build their choices, then call
    :meth:`set_grid`, and implement :meth:`store`."""

    def __init__(self, workspace, parent=None) -> None:
        super().__init__(parent)
        self.workspace = workspace

    def year_box(self, year: int | None) -> QSpinBox:
        """The year shown: ``year``, or this year."""
        box = QSpinBox(self)
        box.setRange(2000, 2100)
        box.setValue(year or dt.date.today().year)
        return box

    def set_grid(self, model: EditableGridModel, top: QLayout, hint: str, close_text: str) -> None:
        """Show ``model`` below the choices laid out in ``top``.

        Called once the choices exist: the grid and Close, made here, come after them in the
        Tab order. ``close_text`` is the subclass's own translation of « Fermer ».
        """
        self.model = model
        model.store = self.store
        self.grid = GridView(self)
        self.grid.setModel(model)
        self.hint = hint_label(hint, self)
        self.message = problem_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(close_text)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        model.input_refused.connect(self.on_model_input_refused)
        model.cells_saved.connect(self.on_model_cells_saved)

    def store(self, cells) -> None:
        """Save the typed or pasted ``cells`` through the editing services (raising refuses them)."""
        raise NotImplementedError

    def on_model_input_refused(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def on_model_cells_saved(self) -> None:
        self.message.hide()
