"""Adding or editing an amendment (avenant): number, signature, entry into force, object."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services import conventions
from ...services.errors import ServiceError
from ...services.workspace import Workspace
from .. import formatting
from ..widgets.fields import DateField, FieldRow, FormValidator, TextField
from .form_dialog import problem_label, save_cancel_buttons


def _amendment_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise ValueError(
            QCoreApplication.translate("AmendmentDialog", "Un numéro entier à partir de 1 (par exemple 3).")
        )
    return int(text)


class AmendmentDialog(QDialog):
    """The form of an amendment; dated values (shares, surfaces, keys) then cite it."""

    #: The amendment was saved: its id.
    amendment_saved = Signal(int)

    def __init__(self, workspace: Workspace, convention_id: int, amendment_id: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.convention_id = convention_id
        self.amendment_id = amendment_id
        self.version: int | None = None
        self.setWindowTitle(self.tr("Nouvel avenant") if amendment_id is None else self.tr("Modifier l'avenant"))

        self.number_field = TextField(_amendment_number, required=True, parent=self)
        self.signature_field = DateField(parent=self)
        self.effective_field = DateField(required=True, parent=self)
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setPlaceholderText(
            self.tr("Ce que l'avenant change : quotités, surfaces, clés, durée…")
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Numéro"), FieldRow(self.number_field, self))
        form.addRow(self.tr("Signé le"), FieldRow(self.signature_field, self))
        form.addRow(self.tr("En vigueur le"), FieldRow(self.effective_field, self))
        form.addRow(self.tr("Objet"), self.summary_edit)

        self.message = problem_label(self)
        self.buttons, self.save_button = save_cancel_buttons(self, self.on_save_clicked)

        with workspace.reading() as run:
            terms, _version = run(conventions.load_convention, convention_id)
            self.convention_start = terms.start_date
            if amendment_id is None:
                self.number_field.setText(str(run(conventions.next_amendment_number, convention_id)))
            else:
                values, self.version = run(conventions.load_amendment, amendment_id)
                self.number_field.setText(str(values.number))
                self.signature_field.set_value(values.signature_date)
                self.effective_field.set_value(values.effective_date)
                self.summary_edit.setPlainText(values.summary)

        self.validator = FormValidator(
            self.save_button, [self.number_field, self.signature_field, self.effective_field],
            self.extra_problem, self.message,
        )  # fmt: skip
        self.effective_field.edit.textChanged.connect(self.validator.update)

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def extra_problem(self) -> str:
        effective = self.effective_field.value()
        if effective is not None and self.convention_start and effective < self.convention_start:
            return self.tr("L'avenant ne peut pas entrer en vigueur avant la convention ({date}).").format(
                date=formatting.date(self.convention_start)
            )
        return ""

    def values(self) -> conventions.AmendmentValues:
        return conventions.AmendmentValues(
            self.number_field.value(), self.effective_field.value(), self.signature_field.value(),
            self.summary_edit.toPlainText(),
        )  # fmt: skip

    def on_save_clicked(self) -> None:
        try:
            with self.workspace.writing() as run:
                if self.amendment_id is None:
                    self.amendment_id = run(conventions.add_amendment, self.convention_id, self.values())
                else:
                    run(conventions.update_amendment, self.amendment_id, self.values(), self.version)
        except ServiceError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.amendment_saved.emit(self.amendment_id)
        self.accept()
