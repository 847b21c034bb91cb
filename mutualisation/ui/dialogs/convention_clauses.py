"""The « Clauses financières » tab of the convention form: fee, VAT per section, absence kinds (R11, R14, R15).

Each clause is a dated list, like the other dated values: a change from a date on is a new
line. Dates are checked as typed against the billing frequency chosen in the form (a fee
or a VAT treatment changes only on the first day of a billing period), rates against their
range. Nothing is saved here: the convention form saves the lists with the convention.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from ...domain import kind_words
from ...domain.vocabulary import VatKind
from ...services.editing import convention_clauses as cc
from .. import formatting
from ..models.table_model import Column, RowTableModel, date_column, text_column
from ..widgets.fields import ChoiceField, DateField, PercentField, TextField
from .form_dialog import hint_label
from .list_editor import ListEditor



class SectionsField(QWidget):
    """The sections a fee covers, one box each; valid once one is ticked (or for a rate of 0)."""

    validity_changed = Signal(bool)
    error_changed = Signal(str)
    required = False
    touched = True

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes = {code: QCheckBox(heading, self) for heading, code in cc.section_choices()}
        for box in self.boxes.values():
            layout.addWidget(box)
            box.toggled.connect(lambda _on: self.validity_changed.emit(True))

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, sections) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in (sections or ()))

    def is_valid(self) -> bool:
        return True

    def error(self) -> str:
        return ""


class _ClauseModel(RowTableModel):
    def __init__(self, columns, parent=None) -> None:
        super().__init__(parent=parent)
        self.columns = tuple(columns)

    def translate(self, text: str) -> str:
        # The headers are marked in the tab's context (three editors share this model class).
        return QCoreApplication.translate("ClausesTab", text)


class _ClauseEditor(ListEditor):
    """A dated clause list: the lines sorted by ``sort_key``, two lines never on the same ``key``."""

    def __init__(self, columns, key: Callable, amendments, parent=None) -> None:
        super().__init__(_ClauseModel(columns), 90, parent)
        self.key = key
        self.amendment_field = ChoiceField(amendments, empty_text=self.tr("Aucun"))

    def entries(self) -> list:
        return list(self.model.rows)

    def set_entries(self, entries) -> None:
        self.model.set_rows(sorted(entries, key=self.key))
        self.update_buttons()

    def on_add_clicked(self) -> None:
        entry = self.form_entry()
        if any(self.key(e) == self.key(entry) for e in self.model.rows):
            self.show_message(self.tr("Une ligne existe déjà à cette date : choisissez-la et corrigez-la."))
            return
        self.replace_entries([*self.model.rows, entry], entry)

    def on_correct_clicked(self) -> None:
        old = self.selected()
        if old is None:
            return
        entry = self.form_entry()
        if any(e is not old and self.key(e) == self.key(entry) for e in self.model.rows):
            self.show_message(self.tr("Une autre ligne a déjà cette date : choisissez une autre date."))
            return
        self.replace_entries([entry if e is old else e for e in self.model.rows], entry)

    def on_remove_clicked(self) -> None:
        old = self.selected()
        if old is not None:
            self.replace_entries([e for e in self.model.rows if e is not old], None)

    def fields_valid(self, *fields) -> bool:
        return all(f.is_valid() and f.value() is not None for f in fields)


def _amendment_column(amendments) -> Column:
    names = {aid: label for label, aid in amendments}
    return text_column(QT_TRANSLATE_NOOP("ClausesTab", "Avenant"), lambda e: names.get(e.amendment_id, ""))


class FeeEditor(_ClauseEditor):
    def __init__(self, check_date, amendments, parent=None) -> None:
        columns = [
            date_column(QT_TRANSLATE_NOOP("ClausesTab", "À partir du"), lambda e: e.effective_date),
            Column(QT_TRANSLATE_NOOP("ClausesTab", "Taux"), lambda e: e.rate, formatting.percent),
            text_column(QT_TRANSLATE_NOOP("ClausesTab", "Sections"),
                        lambda e: ", ".join(kind_words.section(s) for s in e.sections)),  # fmt: skip
            _amendment_column(amendments),
        ]
        super().__init__(columns, lambda e: e.effective_date, amendments, parent)
        self.date_field = DateField(required=True)
        self.date_field.edit.set_check(lambda day: check_date(day, self.tr("Le taux des frais de gestion")))
        self.rate_field = PercentField(required=True)
        self.rate_field.set_check(lambda rate: cc.rate_problem(rate, self.tr("Le taux des frais de gestion")))
        self.sections_field = SectionsField()
        self.rows = self.lay_out(
            [(self.tr("À partir du"), self.date_field), (self.tr("Taux"), self.rate_field),
             (self.tr("Sur les sections"), self.sections_field), (self.tr("Avenant"), self.amendment_field)],
            self.tr("Ajouter ce taux"), self.tr("Corriger la ligne choisie"), self.tr("Retirer la ligne choisie"),
            hint_label(self.tr("Ajoutés au sous-total de chaque section couverte ; un taux de 0 % met fin "
                               "aux frais."), self),
        )  # fmt: skip
        self.sections_field.validity_changed.connect(self.update_buttons)

    def form_entry(self) -> cc.FeeEntry:
        return cc.FeeEntry(self.date_field.value(), self.rate_field.value(), self.sections_field.value(),
                           self.amendment_field.value())  # fmt: skip

    def form_valid(self) -> bool:
        rate = self.rate_field.value()
        return self.fields_valid(self.date_field, self.rate_field) and (rate == 0 or bool(self.sections_field.value()))

    def show_in_form(self, e: cc.FeeEntry) -> None:
        self.date_field.set_value(e.effective_date)
        self.rate_field.set_value(e.rate)
        self.sections_field.set_value(e.sections)
        self.amendment_field.set_value(e.amendment_id)


class VatEditor(_ClauseEditor):
    def __init__(self, check_date, amendments, parent=None) -> None:
        columns = [
            text_column(QT_TRANSLATE_NOOP("ClausesTab", "Section"), lambda e: kind_words.section(e.section)),
            date_column(QT_TRANSLATE_NOOP("ClausesTab", "À partir du"), lambda e: e.effective_date),
            text_column(QT_TRANSLATE_NOOP("ClausesTab", "TVA"), lambda e: kind_words.vat_kind(e.treatment)),
            Column(QT_TRANSLATE_NOOP("ClausesTab", "Taux"), lambda e: e.rate if e.treatment == VatKind.TAXABLE else None,
                   lambda r: "" if r is None else formatting.percent(r)),
            text_column(QT_TRANSLATE_NOOP("ClausesTab", "Fondement, code"),
                        lambda e: ", ".join(t for t in (e.legal_basis, e.exemption_code) if t)),
            _amendment_column(amendments),
        ]  # fmt: skip
        sections = cc.section_choices()
        rank = {code: i for i, (_heading, code) in enumerate(sections)}
        super().__init__(columns, lambda e: (e.effective_date, rank[e.section]), amendments, parent)
        self.section_field = ChoiceField(sections, required=True)
        self.date_field = DateField(required=True)
        self.date_field.edit.set_check(lambda day: check_date(day, self.tr("La TVA d'une section")))
        self.treatment_field = ChoiceField(cc.vat_treatment_choices(), required=True)
        self.rate_field = PercentField()
        self.rate_field.set_check(lambda rate: cc.rate_problem(rate, self.tr("Le taux de TVA")))
        self.basis_field = TextField(placeholder=self.tr("art. 261 B du CGI"))
        self.code_field = TextField(placeholder="VATEX-EU-F")
        self.rows = self.lay_out(
            [(self.tr("Section"), self.section_field), (self.tr("À partir du"), self.date_field),
             (self.tr("Traitement"), self.treatment_field), (self.tr("Taux"), self.rate_field),
             (self.tr("Fondement légal"), self.basis_field), (self.tr("Code EN 16931"), self.code_field),
             (self.tr("Avenant"), self.amendment_field)],
            self.tr("Ajouter ce traitement"), self.tr("Corriger la ligne choisie"),
            self.tr("Retirer la ligne choisie"),
            hint_label(self.tr("Taxable : le taux. Exonérée : le fondement légal et le code d'exonération "
                               "EN 16931 (liste VATEX). Hors champ : le fondement légal."), self),
        )  # fmt: skip
        self.treatment_field.currentIndexChanged.connect(self.on_treatment_changed)
        for edit in (self.basis_field, self.code_field):
            edit.textChanged.connect(self.update_buttons)
        self.on_treatment_changed()

    def on_treatment_changed(self, *_args) -> None:
        treatment = self.treatment_field.value()
        self.rate_field.setEnabled(treatment == VatKind.TAXABLE)
        self.basis_field.setEnabled(treatment in (VatKind.EXEMPT, VatKind.OUTSIDE_SCOPE))
        self.code_field.setEnabled(treatment == VatKind.EXEMPT)
        self.update_buttons()

    def form_entry(self) -> cc.VatEntry:
        treatment = self.treatment_field.value()
        return cc.VatEntry(
            self.section_field.value(), self.date_field.value(), treatment,
            self.rate_field.value() if treatment == VatKind.TAXABLE else Decimal(0),
            self.basis_field.text().strip() if treatment != VatKind.TAXABLE else "",
            self.code_field.text().strip().upper() if treatment == VatKind.EXEMPT else "", self.amendment_field.value(),
        )  # fmt: skip

    def form_valid(self) -> bool:
        if not self.fields_valid(self.section_field, self.date_field, self.treatment_field):
            return False
        treatment = self.treatment_field.value()
        if treatment == VatKind.TAXABLE:
            return self.fields_valid(self.rate_field) and self.rate_field.value() > 0
        if treatment == VatKind.EXEMPT and not self.code_field.text().strip():
            return False
        return bool(self.basis_field.text().strip())

    def show_in_form(self, e: cc.VatEntry) -> None:
        self.section_field.set_value(e.section)
        self.date_field.set_value(e.effective_date)
        self.treatment_field.set_value(e.treatment)
        self.rate_field.set_value(e.rate if e.treatment == VatKind.TAXABLE else None)
        self.basis_field.setText(e.legal_basis)
        self.code_field.setText(e.exemption_code)
        self.amendment_field.set_value(e.amendment_id)
        self.on_treatment_changed()


class AbsenceRuleEditor(_ClauseEditor):
    def __init__(self, amendments, parent=None) -> None:
        kept_words = {True: self.tr("à la charge du prestataire"), False: self.tr("refacturées")}
        columns = [
            text_column(QT_TRANSLATE_NOOP("ClausesTab", "Nature"), lambda e: kind_words.absence_kind(e.kind)),
            date_column(QT_TRANSLATE_NOOP("ClausesTab", "À partir du"), lambda e: e.effective_date),
            text_column(QT_TRANSLATE_NOOP("ClausesTab", "Absences"), lambda e: kept_words[e.kept]),
            _amendment_column(amendments),
        ]
        super().__init__(columns, lambda e: (e.effective_date, e.kind), amendments, parent)
        self.kind_field = ChoiceField(cc.absence_kind_choices(), required=True)
        self.date_field = DateField(required=True)
        self.kept_field = ChoiceField([(kept_words[True], True), (kept_words[False], False)], required=True)
        self.rows = self.lay_out(
            [(self.tr("Nature d'absence"), self.kind_field), (self.tr("À partir du"), self.date_field),
             (self.tr("Ces absences sont"), self.kept_field), (self.tr("Avenant"), self.amendment_field)],
            self.tr("Ajouter cette règle"), self.tr("Corriger la ligne choisie"),
            self.tr("Retirer la ligne choisie"),
            hint_label(self.tr("Sans règle, le prestataire garde les absences pour {kinds} ; les autres "
                               "sont refacturées.").format(kinds=cc.default_kept_words()), self),
        )  # fmt: skip

    def form_entry(self) -> cc.AbsenceRuleEntry:
        return cc.AbsenceRuleEntry(self.kind_field.value(), self.date_field.value(), self.kept_field.value(),
                                   self.amendment_field.value())  # fmt: skip

    def form_valid(self) -> bool:
        return self.fields_valid(self.kind_field, self.date_field, self.kept_field)

    def show_in_form(self, e: cc.AbsenceRuleEntry) -> None:
        self.kind_field.set_value(e.kind)
        self.date_field.set_value(e.effective_date)
        self.kept_field.set_value(e.kept)
        self.amendment_field.set_value(e.amendment_id)


class ClausesTab(QScrollArea):
    """The three clause lists and the transparency between beneficiaries; ``frequency()`` is the
    billing frequency chosen in the form."""

    #: A list or the transparency changed (not yet saved).
    changed = Signal()

    def __init__(self, values: cc.ConventionClauses, amendments, frequency: Callable[[], str], parent=None,
                 *, transparency: bool = False) -> None:  # fmt: skip
        super().__init__(parent)
        self.frequency = frequency

        def check_date(day, what: str) -> str:
            return cc.clause_date_problem(day, self.frequency(), what)

        self.check_date = check_date
        self.fees = FeeEditor(check_date, amendments, self)
        self.vats = VatEditor(check_date, amendments, self)
        self.absence_rules = AbsenceRuleEditor(amendments, self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        for title, editor in ((self.tr("Frais de gestion"), self.fees), (self.tr("TVA par section"), self.vats),
                              (self.tr("Absences à la charge du prestataire"), self.absence_rules)):  # fmt: skip
            box = QGroupBox(title, body)
            QVBoxLayout(box).addWidget(editor)
            layout.addWidget(box)
            editor.entries_changed.connect(self.changed)
        # A convention term rather than a dated clause: saved with the convention's other terms.
        box = QGroupBox(self.tr("Transparence entre bénéficiaires"), body)
        self.transparency_check = QCheckBox(
            self.tr("Chaque bénéficiaire voit sur ses documents les parts des autres bénéficiaires"), box
        )
        self.transparency_check.setChecked(transparency)
        self.transparency_check.toggled.connect(self.changed)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.transparency_check)
        box_layout.addWidget(hint_label(self.tr(
            "Non coché (par défaut) : un bénéficiaire ne voit que ses propres parts ; la base de chaque "
            "ligne et son taux restent imprimés, pour qu'il puisse les vérifier."), box))
        layout.addWidget(box)
        self.fees.set_entries(values.fees)
        self.vats.set_entries(values.vats)
        self.absence_rules.set_entries(values.absence_rules)
        # The lists' fields sit side by side: narrow drop-downs keep them within the window's width.
        for combo in body.findChildren(ChoiceField):
            combo.setMinimumContentsLength(6)
        self.setWidgetResizable(True)
        self.setWidget(body)

    def values(self) -> cc.ConventionClauses:
        return cc.ConventionClauses(self.fees.entries(), self.vats.entries(), self.absence_rules.entries())

    def transparency(self) -> bool:
        return self.transparency_check.isChecked()

    def recheck(self) -> None:
        """The billing frequency changed: check the dates typed and listed again."""
        self.fees.date_field.edit.recheck()
        self.vats.date_field.edit.recheck()

    def problem(self) -> str:
        """Why a listed fee or VAT line cannot be saved with the form's frequency, or ""."""
        for entry in self.fees.entries():
            problem = self.check_date(entry.effective_date, self.tr("Le taux des frais de gestion"))
            if problem:
                return problem
        for entry in self.vats.entries():
            problem = self.check_date(entry.effective_date, self.tr("La TVA d'une section"))
            if problem:
                return problem
        return ""
