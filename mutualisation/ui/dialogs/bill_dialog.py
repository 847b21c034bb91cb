"""A bill: date, supplier, amount, optional service period, attachment, key override and file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from ...services.editing import bills
from ...services.workspace import Unit
from ..widgets.fields import ChoiceField, DateField, FieldRow, MoneyField, TextField
from . import choices
from .attachment_picker import AttachmentPicker
from .form_dialog import FormDialog

FILE_FILTER = QT_TRANSLATE_NOOP("BillDialog", "Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)")


class BillDialog(FormDialog):
    """Create or correct a bill; the attached file is saved with it."""

    def __init__(self, workspace, bill_id: int | None = None, parent=None) -> None:
        super().__init__(workspace, self.tr("Nouvelle facture") if bill_id is None else self.tr("Modifier la facture"),
                         parent)  # fmt: skip
        self.bill_id = bill_id
        with workspace.reading() as run:
            values = run(bills.load_bill, bill_id) if bill_id is not None else None
            self.stored_file = run(bills.attachment_name, bill_id) if bill_id is not None else None
            self.attachment = AttachmentPicker(
                choices.sites(run), choices.equipment(run), choices.categories(run), self
            )
            key_choices = choices.keys(run)
        self.version = values.version if values else None
        #: The file chosen in this form: (name, content), or None to remove the stored one.
        self.new_file: tuple[str, bytes] | None = None
        self.file_changed = False

        self.date = DateField(required=True)
        self.supplier = TextField(required=True)
        self.reference = TextField()
        self.label = TextField(required=True)
        self.amount = MoneyField(required=True, allow_negative=True)
        self.amount.setToolTip(self.tr("Un avoir du fournisseur s'écrit en négatif"))
        self.has_period = QCheckBox(self.tr("La facture couvre une période de service"), self)
        self.service_start = DateField()
        self.service_end = DateField()
        self.service_end.set_not_before(self.service_start, self.tr("La fin ne peut pas précéder le début."))
        period = QWidget(self)
        box = QHBoxLayout(period)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("du"), period))
        box.addWidget(FieldRow(self.service_start, period))
        box.addWidget(QLabel(self.tr("au"), period))
        box.addWidget(FieldRow(self.service_end, period))
        self.watch([self.service_start, self.service_end])
        self.key_override = ChoiceField(key_choices, empty_text=self.tr("Aucune : la clé du rattachement"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 14)

        self.file_label = QLabel(self)
        self.attach_button = QPushButton(self.tr("Joindre…"), self)
        self.open_button = QPushButton(self.tr("Ouvrir"), self)
        self.remove_file_button = QPushButton(self.tr("Retirer"), self)
        self.attach_button.clicked.connect(self.on_attach_clicked)
        self.open_button.clicked.connect(self.on_open_clicked)
        self.remove_file_button.clicked.connect(self.on_remove_file_clicked)
        files = QWidget(self)
        file_box = QHBoxLayout(files)
        file_box.setContentsMargins(0, 0, 0, 0)
        file_box.addWidget(self.file_label, 1)
        file_box.addWidget(self.attach_button)
        file_box.addWidget(self.open_button)
        file_box.addWidget(self.remove_file_button)

        self.add_field(self.tr("Date"), self.date)
        self.add_field(self.tr("Fournisseur"), self.supplier)
        self.add_field(self.tr("Référence"), self.reference)
        self.add_field(self.tr("Libellé"), self.label)
        self.add_field(self.tr("Montant"), self.amount)
        self.form.addRow("", self.has_period)
        self.form.addRow(self.tr("Période de service"), period)
        self.add_field(self.tr("Rattachement"), self.attachment)
        self.add_field(self.tr("Clé spécifique"), self.key_override).setToolTip(
            self.tr("Remplace, pour cette facture seulement, la clé du rattachement (par exemple tout à ST2b)")
        )
        self.form.addRow(self.tr("Notes"), self.notes)
        self.form.addRow(self.tr("Facture jointe"), files)
        self.has_period.toggled.connect(self.on_has_period_toggled)

        if values is not None:
            self.date.set_value(values.date)
            self.supplier.setText(values.supplier)
            self.reference.setText(values.reference)
            self.label.setText(values.label)
            self.amount.set_value(values.amount)
            self.has_period.setChecked(values.service_start is not None)
            self.service_start.set_value(values.service_start)
            self.service_end.set_value(values.service_end)
            self.attachment.set_value(values.site_id, values.equipment_id, values.category_id)
            self.key_override.set_value(values.key_override_id)
            self.notes.setPlainText(values.notes)
        self.on_has_period_toggled(self.has_period.isChecked())
        self.show_file()
        self.finish()
        self.resize(680, 0)

    # -- service period --------------------------------------------------------------------------

    def on_has_period_toggled(self, checked: bool) -> None:
        for field in (self.service_start, self.service_end):
            field.setEnabled(checked)
            field.edit.required = checked
            if not checked:
                field.set_value(None)
            field.edit.on_text_changed(field.edit.text())

    # -- the attached file -----------------------------------------------------------------------

    def file_name(self) -> str | None:
        if self.file_changed:
            return self.new_file[0] if self.new_file else None
        return self.stored_file

    def show_file(self) -> None:
        name = self.file_name()
        self.file_label.setText(name or self.tr("Aucun fichier"))
        self.open_button.setEnabled(name is not None)
        self.remove_file_button.setEnabled(name is not None)

    def on_attach_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Joindre la facture"), "", self.tr(FILE_FILTER))
        if not path:
            return
        try:
            content = Path(path).read_bytes()
        except OSError as exc:
            self.show_problem(self.tr("Le fichier n'a pas pu être lu : {0}").format(exc.strerror or exc))
            return
        self.new_file, self.file_changed = (Path(path).name, content), True
        self.show_file()

    def on_remove_file_clicked(self) -> None:
        self.new_file, self.file_changed = None, True
        self.show_file()

    def on_open_clicked(self) -> None:
        if self.file_changed and self.new_file:
            name, content = self.new_file
        else:
            with self.workspace.reading() as run:
                found = run(bills.attachment, self.bill_id)
            if found is None:
                return
            name, content = found
        folder = Path(tempfile.mkdtemp(prefix="mutualisation-"))
        path = folder / name
        path.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # -- saving ----------------------------------------------------------------------------------

    def store(self, run: Unit) -> int:
        site_id, equipment_id, category_id = self.attachment.value()
        period = self.has_period.isChecked()
        values = bills.BillValues(
            self.date.value(), self.supplier.value(), self.label.value(), self.amount.value(),
            self.reference.value() or "", self.service_start.value() if period else None,
            self.service_end.value() if period else None, site_id, equipment_id, category_id,
            self.key_override.value(), self.notes.toPlainText(), self.version,
        )  # fmt: skip
        bill_id = run(bills.save_bill, self.bill_id, values)
        if self.file_changed:
            if self.new_file is None:
                run(bills.remove_attachment, bill_id)
            else:
                run(bills.set_attachment, bill_id, *self.new_file)
        return bill_id
