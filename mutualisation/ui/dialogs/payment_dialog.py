"""Recording a payment received against an issued statement."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services import payments
from ...services.errors import ServiceError
from ...services.workspace import Workspace
from .. import formatting, labels
from ..models.issued import IssuedRow
from ..widgets.fields import DateField, FieldRow, FormValidator, MoneyField
from .form_dialog import problem_label, save_cancel_buttons


class PaymentDialog(QDialog):
    """Date, amount (the rest due by default) and reference of a payment; refuses too much."""

    #: The payment was recorded: the statement's number.
    payment_recorded = Signal(str)

    def __init__(self, workspace: Workspace, statement: IssuedRow, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.statement = statement
        self.setWindowTitle(self.tr("Paiement de l'état n° {number}").format(number=statement.number))

        summary = QLabel(
            self.tr("{kind} n° {number} — {beneficiary}, {period}\nTotal {total}, déjà payé {paid}, "
                    "reste dû {outstanding}.").format(
                kind=labels.statement_kind(statement.kind), number=statement.number, beneficiary=statement.beneficiary,
                period=statement.period.label, total=formatting.money(statement.total),
                paid=formatting.money(statement.paid), outstanding=formatting.money(statement.outstanding),
            ),
            self,
        )  # fmt: skip
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)

        self.date_field = DateField(required=True, parent=self)
        self.date_field.set_value(max(today or dt.date.today(), statement.issue_date))
        self.amount_field = MoneyField(required=True, parent=self)
        self.amount_field.set_value(statement.outstanding)
        self.reference_field = QLineEdit(self)
        self.reference_field.setMaxLength(200)
        self.reference_field.setPlaceholderText(self.tr("n° de mandat, de virement…"))

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Reçu le"), FieldRow(self.date_field, self))
        form.addRow(self.tr("Montant"), FieldRow(self.amount_field, self))
        form.addRow(self.tr("Référence"), self.reference_field)

        self.message = problem_label(self)
        self.buttons, self.save_button = save_cancel_buttons(
            self, self.on_save_clicked, self.tr("Enregistrer le paiement")
        )
        self.validator = FormValidator(
            self.save_button, [self.date_field, self.amount_field], self.extra_problem, self.message
        )
        # The checks across fields depend on the values, not only on each field's validity.
        self.amount_field.textChanged.connect(self.validator.update)
        self.date_field.edit.textChanged.connect(self.validator.update)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def extra_problem(self) -> str:
        """What the fields cannot say alone: too much, nothing, or before the statement."""
        amount: Decimal | None = self.amount_field.value()
        day: dt.date | None = self.date_field.value()
        if amount is not None and amount <= 0:
            return self.tr("Le montant d'un paiement doit être positif.")
        if amount is not None and amount > self.statement.outstanding:
            return self.tr("Ce montant dépasse le reste dû ({amount}).").format(
                amount=formatting.money(self.statement.outstanding)
            )
        if day is not None and day < self.statement.issue_date:
            return self.tr("Le paiement ne peut pas précéder l'émission de l'état ({date}).").format(
                date=formatting.date(self.statement.issue_date)
            )
        return ""

    def on_save_clicked(self) -> None:
        try:
            with self.workspace.writing() as run:
                run(
                    payments.record_payment, self.statement.number, self.date_field.value(), self.amount_field.value(),
                    self.reference_field.text().strip(),
                )  # fmt: skip
        except ServiceError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.payment_recorded.emit(self.statement.number)
        self.accept()

