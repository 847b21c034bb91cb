"""The payroll of a year typed or pasted as a month × person grid, saved cell by cell."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
)

from ...services.editing import payroll
from ..models.payroll_grid import VIEWS, PayrollGridModel
from ..widgets.fields import ERROR_STYLE, ChoiceField
from .form_dialog import HINT_STYLE
from .grid_view import GridView


class PayrollGridDialog(QDialog):
    """Monthly payroll of everyone employed during a year; each edit is saved at once."""

    #: Payroll amounts were recorded.
    payroll_changed = Signal()

    def __init__(self, database, year: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Saisie de la paie"))
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(year or dt.date.today().year)
        self.part = ChoiceField(
            [(QCoreApplication.translate("PayrollGridModel", text), key) for key, text in VIEWS.items()], parent=self
        )
        self.part.set_value("gross_salary")
        self.model = PayrollGridModel(self)
        self.model.store = self.store
        self.grid = GridView(self)
        self.grid.setModel(self.model)
        self.hint = QLabel(
            self.tr(
                "Montants en euros (1 234,56). Entrée descend, Tab passe à droite, Suppr efface ; "
                "Ctrl+V colle un bloc copié d'un tableur. Les cases grisées sont des mois sans "
                "emploi. Chaque saisie est enregistrée aussitôt."
            ),
            self,
        )
        self.hint.setObjectName("pageDescription")
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année"), self))
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Montant saisi"), self))
        top.addWidget(self.part)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.year.valueChanged.connect(self.reload)
        self.part.currentIndexChanged.connect(self.reload)
        self.model.input_refused.connect(self.on_model_input_refused)
        self.model.cells_saved.connect(self.on_model_cells_saved)
        self.reload()
        self.resize(1000, 560)

    def reload(self, *_args) -> None:
        with self.database.session() as session:
            data = payroll.payroll_year(session, self.year.value())
        self.model.show(data, self.part.value())
        self.message.hide()

    def store(self, cells) -> None:
        with self.database.session() as session, session.begin():
            payroll.set_payroll(session, self.model.changes(cells))

    def on_model_input_refused(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()

    def on_model_cells_saved(self) -> None:
        self.message.hide()
        self.payroll_changed.emit()
