"""Creating or editing a convention: its terms and its beneficiaries, in order."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import conventions, registers
from ...services.conventions import ConventionValues
from ...services.editing import convention_clauses
from ...services.errors import ServiceError
from ...services.workspace import Workspace
from .. import labels
from ..widgets.fields import DateField, FieldRow, FormValidator, PercentField, TextField
from . import choices
from .convention_clauses import ClausesTab
from .form_dialog import problem_label, save_cancel_buttons


def _whole(caption: str, minimum: int, maximum: int) -> Callable[[str], int]:
    """A parser of whole numbers (months, days) within bounds, with a French message."""

    def parse(text: str) -> int:
        if not text.isdigit() or not minimum <= int(text) <= maximum:
            raise ValueError(
                QCoreApplication.translate("ConventionDialog", "{caption} : un nombre entier de {low} à {high}.")
                .format(caption=caption, low=minimum, high=maximum)
            )  # fmt: skip
        return int(text)

    return parse


class ConventionDialog(QDialog):
    """The terms of a convention; each problem is shown under its field as you type."""

    #: The convention was saved: its id.
    convention_saved = Signal(int)

    def __init__(self, workspace: Workspace, convention_id: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.convention_id = convention_id
        self.version: int | None = None
        self.setWindowTitle(
            self.tr("Nouvelle convention") if convention_id is None else self.tr("Modifier la convention")
        )
        with workspace.reading() as run:
            parties = run(registers.parties)
            self.parties = [(p.id, p.code, p.name) for p in parties]
            self.own_id = next((p.id for p in parties if p.is_own_organisation), None)
            # Switching the billing mode is refused while a year is half billed: say why as soon as
            # the box is ticked, rather than at saving.
            self.mode_refusal: str | None = None
            if convention_id is not None:
                values, self.version = run(conventions.load_convention, convention_id)
                self.mode_refusal = run(conventions.billing_mode_refusal, convention_id)
            else:
                values = ConventionValues("", "", None, (), None)
            self.saved_advance_mode = values.advance_mode
            clause_values = run(convention_clauses.load_convention_clauses, convention_id)
            amendments = choices.amendments(run) if convention_id is not None else []
        self._names = {pid: f"{code} — {name}" for pid, code, name in self.parties}
        self.problems: dict[str, QLabel] = {}

        # -- identity and parties ---------------------------------------------------------------
        self.reference_field = TextField(required=True, placeholder="CAM-2025-01", parent=self)
        self.reference_field.setMaxLength(100)
        self.title_field = TextField(required=True, parent=self)
        self.title_field.setMaxLength(300)
        self.provider_combo = QComboBox(self)
        for pid, _code, _name in self.parties:
            self.provider_combo.addItem(self._names[pid], pid)
        self.beneficiaries_list = QListWidget(self)
        self.beneficiaries_list.setMaximumHeight(110)
        self.add_combo = QComboBox(self)
        self.add_combo.setPlaceholderText(self.tr("Toutes les parties sont déjà dans la convention"))
        self.add_button = QPushButton(self.tr("Ajouter"), self)
        self.remove_button = QPushButton(self.tr("Retirer"), self)
        self.up_button = QPushButton(self.tr("Monter"), self)
        self.down_button = QPushButton(self.tr("Descendre"), self)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.up_button.clicked.connect(self.on_up_clicked)
        self.down_button.clicked.connect(self.on_down_clicked)
        self.beneficiaries_list.currentRowChanged.connect(self.on_beneficiary_row_changed)

        # -- dates and duration -----------------------------------------------------------------
        self.signature_field = DateField(parent=self)
        self.start_field = DateField(required=True, parent=self)
        self.end_field = DateField(parent=self)
        self.duration_field = TextField(_whole(self.tr("Durée"), 1, 600), placeholder=self.tr("en mois"), parent=self)
        self.renewal_check = QCheckBox(self.tr("Reconduction tacite"), self)
        self.renewal_field = TextField(
            _whole(self.tr("Période de reconduction"), 1, 120), placeholder=self.tr("en mois (par défaut : la durée)"),
            parent=self,
        )  # fmt: skip
        self.notice_field = TextField(_whole(self.tr("Préavis"), 0, 60), required=True, parent=self)

        # -- billing ----------------------------------------------------------------------------
        self.frequency_combo = QComboBox(self)
        for code in conventions.BILLING_FREQUENCIES:
            self.frequency_combo.addItem(labels.billing_frequency(code), code)
        self.payment_field = TextField(_whole(self.tr("Délai de paiement"), 0, 365), required=True, parent=self)
        self.vat_combo = QComboBox(self)
        self.vat_combo.addItem(self.tr("Non assujettie (mention légale)"), "not_subject")
        self.vat_combo.addItem(self.tr("Assujettie à la TVA"), "subject")
        self.vat_mention_edit = QLineEdit(self)
        self.vat_mention_edit.setMaxLength(300)
        self.vat_rate_field = PercentField(parent=self)
        self.advance_check = QCheckBox(self.tr("Appels de fonds trimestriels et régularisation annuelle"), self)
        self.clauses_tab = ClausesTab(clause_values, amendments, self.frequency_combo.currentData, self,
                                      transparency=values.transparency)  # fmt: skip

        self._fill(values)
        self._build_layout()

        self.message = problem_label(self)
        self.buttons, self.save_button = save_cancel_buttons(self, self.on_save_clicked)
        fields = [self.reference_field, self.title_field, self.signature_field, self.start_field,
                  self.end_field, self.duration_field, self.renewal_field, self.notice_field,
                  self.payment_field, self.vat_rate_field]  # fmt: skip
        self._summary = ""
        self.validator = FormValidator(self.save_button, fields, self.cross_field_summary, self.message)
        for edit in (self.reference_field, self.title_field, self.signature_field.edit, self.start_field.edit,
                     self.end_field.edit, self.duration_field, self.renewal_field, self.notice_field,
                     self.payment_field, self.vat_rate_field, self.vat_mention_edit):  # fmt: skip
            edit.textChanged.connect(self.on_form_changed)
        for combo in (self.frequency_combo, self.vat_combo):
            combo.currentIndexChanged.connect(self.on_form_changed)
        self.provider_combo.currentIndexChanged.connect(self.on_provider_combo_changed)
        self.renewal_check.toggled.connect(self.on_form_changed)
        self.advance_check.toggled.connect(self.on_form_changed)
        self.clauses_tab.changed.connect(self.on_form_changed)
        self.frequency_combo.currentIndexChanged.connect(self.clauses_tab.recheck)
        self.on_form_changed()

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.scroll, self.tr("Convention"))
        self.tabs.addTab(self.clauses_tab, self.tr("Clauses financières"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(940, 700)

    # -- building --------------------------------------------------------------------------------

    def _row(self, form: QFormLayout, caption: str, key: str, widget: QWidget) -> None:
        """A form row whose field has its own message underneath (parse errors and cross checks)."""
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(FieldRow(widget, holder) if hasattr(widget, "validity_changed") else widget)
        self.problems[key] = problem_label(holder)
        box.addWidget(self.problems[key])
        form.addRow(caption, holder)

    def _build_layout(self) -> None:
        identity = QGroupBox(self.tr("Convention et parties"), self)
        form = QFormLayout(identity)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._row(form, self.tr("Référence"), "reference", self.reference_field)
        self._row(form, self.tr("Intitulé"), "title", self.title_field)
        self._row(form, self.tr("Prestataire"), "provider_id", self.provider_combo)
        beneficiaries = QWidget(identity)
        grid = QGridLayout(beneficiaries)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.beneficiaries_list, 0, 0, 4, 1)
        grid.addWidget(self.up_button, 0, 1)
        grid.addWidget(self.down_button, 1, 1)
        grid.addWidget(self.remove_button, 2, 1)
        adding = QHBoxLayout()
        adding.addWidget(self.add_combo, 1)
        adding.addWidget(self.add_button)
        grid.addLayout(adding, 4, 0, 1, 2)
        self._row(form, self.tr("Bénéficiaires\n(dans l'ordre)"), "beneficiary_ids", beneficiaries)

        dates = QGroupBox(self.tr("Durée"), self)
        form = QFormLayout(dates)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._row(form, self.tr("Signée le"), "signature_date", self.signature_field)
        self._row(form, self.tr("Prise d'effet"), "start_date", self.start_field)
        self._row(form, self.tr("Fin"), "end_date", self.end_field)
        self._row(form, self.tr("Durée (mois)"), "duration_months", self.duration_field)
        self._row(form, "", "tacit_renewal", self.renewal_check)
        self._row(form, self.tr("Reconduite par (mois)"), "renewal_months", self.renewal_field)
        self._row(form, self.tr("Préavis (mois)"), "notice_months", self.notice_field)

        billing = QGroupBox(self.tr("Facturation"), self)
        form = QFormLayout(billing)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._row(form, self.tr("Périodicité"), "billing_frequency", self.frequency_combo)
        self._row(form, self.tr("Délai de paiement (jours)"), "payment_term_days", self.payment_field)
        self._row(form, self.tr("TVA"), "vat_regime", self.vat_combo)
        self._row(form, self.tr("Mention légale"), "vat_mention", self.vat_mention_edit)
        self._row(form, self.tr("Taux de TVA"), "vat_rate", self.vat_rate_field)
        self._row(form, "", "advance_mode", self.advance_check)

        body = QWidget(self)
        columns = QGridLayout(body)
        columns.addWidget(identity, 0, 0, 1, 2)
        columns.addWidget(dates, 1, 0)
        columns.addWidget(billing, 1, 1)
        columns.setRowStretch(2, 1)
        columns.setColumnStretch(0, 1)
        columns.setColumnStretch(1, 1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)

    def _fill(self, v: ConventionValues) -> None:
        self.reference_field.setText(v.reference)
        self.title_field.setText(v.title)
        if v.provider_id is not None:
            self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(v.provider_id)))
        elif self.own_id is not None:
            self.provider_combo.setCurrentIndex(max(0, self.provider_combo.findData(self.own_id)))
        for pid in v.beneficiary_ids:
            self._append_beneficiary(pid)
        self.signature_field.set_value(v.signature_date)
        self.start_field.set_value(v.start_date)
        self.end_field.set_value(v.end_date)
        self.duration_field.setText("" if v.duration_months is None else str(v.duration_months))
        self.renewal_check.setChecked(v.tacit_renewal)
        self.renewal_field.setText("" if v.renewal_months is None else str(v.renewal_months))
        self.notice_field.setText(str(v.notice_months))
        self.frequency_combo.setCurrentIndex(max(0, self.frequency_combo.findData(v.billing_frequency)))
        self.payment_field.setText(str(v.payment_term_days))
        self.vat_combo.setCurrentIndex(max(0, self.vat_combo.findData(v.vat_regime)))
        self.vat_mention_edit.setText(v.vat_mention)
        self.vat_rate_field.set_value(v.vat_rate if v.vat_regime == "subject" else None)
        self.advance_check.setChecked(v.advance_mode)
        self._refill_add_combo()

    # -- beneficiaries ---------------------------------------------------------------------------

    def beneficiary_ids(self) -> tuple[int, ...]:
        return tuple(
            self.beneficiaries_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.beneficiaries_list.count())
        )

    def _append_beneficiary(self, party_id: int) -> None:
        item = QListWidgetItem(self._names.get(party_id, str(party_id)), self.beneficiaries_list)
        item.setData(Qt.ItemDataRole.UserRole, party_id)

    def _refill_add_combo(self) -> None:
        taken = set(self.beneficiary_ids()) | {self.provider_combo.currentData()}
        self.add_combo.clear()
        for pid, _code, _name in self.parties:
            if pid not in taken:
                self.add_combo.addItem(self._names[pid], pid)
        self.add_combo.setCurrentIndex(0 if self.add_combo.count() else -1)
        self.add_button.setEnabled(self.add_combo.count() > 0)
        self.add_combo.setEnabled(self.add_combo.count() > 0)
        self.on_beneficiary_row_changed(self.beneficiaries_list.currentRow())

    def _renumber(self) -> None:
        for i in range(self.beneficiaries_list.count()):
            item = self.beneficiaries_list.item(i)
            item.setText(f"{i + 1}. {self._names.get(item.data(Qt.ItemDataRole.UserRole), '')}")

    def on_add_clicked(self) -> None:
        pid = self.add_combo.currentData()
        if pid is None:
            return
        self._append_beneficiary(pid)
        self.beneficiaries_list.setCurrentRow(self.beneficiaries_list.count() - 1)
        self._refill_add_combo()
        self.on_form_changed()

    def on_remove_clicked(self) -> None:
        row = self.beneficiaries_list.currentRow()
        if row >= 0:
            self.beneficiaries_list.takeItem(row)
            self._refill_add_combo()
            self.on_form_changed()

    def _move(self, offset: int) -> None:
        row = self.beneficiaries_list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.beneficiaries_list.count():
            return
        item = self.beneficiaries_list.takeItem(row)
        self.beneficiaries_list.insertItem(target, item)
        self.beneficiaries_list.setCurrentRow(target)
        self.on_form_changed()

    def on_up_clicked(self) -> None:
        self._move(-1)

    def on_down_clicked(self) -> None:
        self._move(1)

    def on_beneficiary_row_changed(self, row: int) -> None:
        count = self.beneficiaries_list.count()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- validation and saving -------------------------------------------------------------------

    def values(self) -> ConventionValues:
        notice = self.notice_field.value()
        payment = self.payment_field.value()
        return ConventionValues(
            reference=self.reference_field.text(),
            title=self.title_field.text(),
            provider_id=self.provider_combo.currentData(),
            beneficiary_ids=self.beneficiary_ids(),
            start_date=self.start_field.value(),
            signature_date=self.signature_field.value(),
            end_date=self.end_field.value(),
            duration_months=self.duration_field.value(),
            tacit_renewal=self.renewal_check.isChecked(),
            renewal_months=self.renewal_field.value() if self.renewal_check.isChecked() else None,
            notice_months=notice if notice is not None else 0,
            billing_frequency=self.frequency_combo.currentData(),
            payment_term_days=payment if payment is not None else 0,
            vat_regime=self.vat_combo.currentData(),
            vat_mention=self.vat_mention_edit.text(),
            vat_rate=self.vat_rate_field.value() or Decimal(0),
            advance_mode=self.advance_check.isChecked(),
            transparency=self.clauses_tab.transparency(),
        )

    def on_form_changed(self, *_args) -> None:
        subject = self.vat_combo.currentData() == "subject"
        self.vat_mention_edit.setEnabled(not subject)
        self.vat_rate_field.setEnabled(subject)
        self.renewal_field.setEnabled(self.renewal_check.isChecked())
        self._renumber()
        if hasattr(self, "validator"):
            self._summary = self.show_problems()
            self.validator.update()

    def on_provider_combo_changed(self, _index: int) -> None:
        self._refill_add_combo()
        self.on_form_changed()

    def cross_field_summary(self) -> str:
        return self._summary

    def show_problems(self) -> str:
        """Show each problem of the terms under its field; a summary for the bottom line."""
        found = {}
        values = self.values()
        for problem in conventions.term_problems(values):
            found.setdefault(problem.field, problem.message)
        if self.mode_refusal and values.advance_mode != self.saved_advance_mode:
            found.setdefault("advance_mode", self.mode_refusal)
        for key, label in self.problems.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        if not found:
            # The clauses' dates depend on the billing frequency chosen on the first tab.
            return self.clauses_tab.problem()
        return self.tr("Corrigez les points signalés en rouge pour pouvoir enregistrer.")

    def on_save_clicked(self) -> None:
        try:
            with self.workspace.writing() as run:
                if self.convention_id is None:
                    self.convention_id = run(conventions.create_convention, self.values())
                else:
                    run(conventions.update_convention, self.convention_id, self.values(), self.version)
                run(convention_clauses.save_convention_clauses, self.convention_id, self.clauses_tab.values())
        except ServiceError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.convention_saved.emit(self.convention_id)
        self.accept()
