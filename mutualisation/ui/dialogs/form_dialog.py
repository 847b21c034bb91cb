"""The frame every record form shares: fields in a QFormLayout, messages next to them, a Save
button enabled only while the form is valid, and the service's refusal shown in the form."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import ServiceError
from ...services.workspace import Unit, Workspace
from ..widgets.fields import ERROR_STYLE, HINT_STYLE, FieldRow, FormValidator


def new_form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


class FormDialog(QDialog):
    """A form over one record; subclasses build their fields and implement :meth:`store`."""

    #: The record was saved (its id).
    saved = Signal(int)

    def __init__(self, workspace: Workspace, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(title)
        self.form = new_form()
        self.problem_label = problem_label(self)
        self.problem_label.setObjectName("problemLabel")
        self.buttons, self.save_button = save_cancel_buttons(self, self.on_save_clicked)
        self.save_button.setDefault(True)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.required_note = QLabel(self.tr("* obligatoire"), self)
        self.required_note.setObjectName("pageDescription")
        self.required_note.setStyleSheet(HINT_STYLE)
        self.required_note.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.required_note)
        bottom.addWidget(self.buttons, 1)
        self._end = QVBoxLayout()
        self._end.addWidget(self.problem_label)
        self._end.addLayout(bottom)
        self._validator: FormValidator | None = None
        self._fields: list[QWidget] = []

    def finish(self, extra: Callable[[], str] | None = None) -> None:
        """Put the message and buttons last and start validating the fields added so far.

        ``extra`` returns a message about the form as a whole ("" when fine): it also keeps
        Save disabled, and is shown above the buttons. While a field is empty or wrong, the
        line above the buttons names the required fields left empty instead.
        """
        self.body.addLayout(self._end)
        # Captions read once, not through a bound method of the dialog: kept by the validator (a
        # child of the dialog), it made a reference cycle whose late collection crashed Qt (tests).
        captions = {id(field): self.caption_of(field) for field in self._fields}
        self._validator = FormValidator(self.save_button, self._fields, extra, self.problem_label,
                                        lambda field: captions.get(id(field), ""))  # fmt: skip

    def caption_of(self, field: QWidget) -> str:
        """The caption of the form row holding ``field`` (without its « * »), or ""."""
        widget = field
        while widget is not None and widget is not self:
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel) and label.text():
                return label.text().removesuffix("\u00a0*").strip()
            widget = widget.parentWidget()
        return ""

    def add_field(self, caption: str, field: QWidget) -> FieldRow:
        """A validated field with its message underneath; a required one is marked « * »."""
        row = FieldRow(field, self)
        if getattr(field, "required", False):
            caption = f"{caption}\u00a0*"
            self.required_note.show()
        self.form.addRow(caption, row)
        self._fields.append(field)
        return row

    def watch(self, fields: Iterable[QWidget]) -> None:
        """Fields placed elsewhere than the main form that must be valid too."""
        self._fields.extend(fields)

    def add_section(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        self.body.addWidget(box, 1)
        return box

    def revalidate(self, *_args) -> None:
        if self._validator is not None:
            self._validator.update()

    def show_problem(self, message: str) -> None:
        self.problem_label.setStyleSheet(ERROR_STYLE)
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    def on_save_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        try:
            with self.workspace.writing() as run:
                record_id = self.store(run)
        except ServiceError as exc:
            self.show_problem(str(exc))
            return
        self.saved.emit(record_id)
        self.accept()

    def store(self, run: Unit) -> int:
        """Save the form through the editing services (``run(sites.save_site, …)``, one
        transaction); return the record's id."""
        raise NotImplementedError


def problem_label(parent: QWidget | None = None) -> QLabel:
    """The red line that says what blocks saving (or what was refused): plain text, wrapping,
    hidden until there is something to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], object],
                        save_text: str | None = None) -> tuple[QDialogButtonBox, QPushButton]:  # fmt: skip
    """The Save and Cancel buttons of a form, and its Save button: Save calls ``on_save`` (which
    closes the dialog once saved), Cancel closes it.

    The words are translated in FormDialog's context, so that every form says them the same
    way and they are translated once; ``save_text`` names a more particular save.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog)
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(save_text or QCoreApplication.translate("FormDialog", "Enregistrer"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("FormDialog", "Annuler"))
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons, save


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A grey line of help, plain text, wrapping."""
    label = QLabel(text, parent)
    label.setObjectName("pageDescription")
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
