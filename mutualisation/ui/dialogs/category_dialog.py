"""An expense category: its code and name, the dated key it follows, its yearly budget and its free
provision to a beneficiary (R17)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from ...services.editing import categories, resource_clauses
from ...services.workspace import Unit
from ..widgets.fields import ChoiceField, TextField
from . import choices
from .form_dialog import FormDialog
from .free_provision_editor import FreeProvisionEditor
from .history_editor import HistoryEditor
from .staff_dialog import removal_refusal
from .year_amounts import YearAmountEditor


class CategoryDialog(FormDialog):
    """Create or correct a category, its key history and its budgets."""

    def __init__(self, workspace, category_id: int | None = None, parent=None) -> None:
        super().__init__(
            workspace,
            self.tr("Nouvelle catégorie de dépenses") if category_id is None else self.tr("Modifier la catégorie"),
            parent,
        )
        self.category_id = category_id
        with workspace.reading() as run:
            loaded = run(categories.load_category, category_id) if category_id is not None else None
            key_choices = choices.keys(run)
            amendments = choices.amendments(run)
            beneficiaries = run(resource_clauses.free_provision_beneficiaries)
            free = (run(resource_clauses.load_free_provisions, "category", category_id)
                    if category_id is not None else [])  # fmt: skip
        values = loaded[0] if loaded else None
        self.version = values.version if values else None
        self.code = TextField(required=True, placeholder="TELECOM")
        self.name = TextField(required=True)
        self.add_field(self.tr("Code"), self.code)
        self.add_field(self.tr("Catégorie"), self.name)
        key_names = {key_id: label for label, key_id in key_choices}
        self.keys = HistoryEditor(
            self.tr("Clé de répartition"), ChoiceField(key_choices, required=True), lambda k: key_names.get(k, ""),
            amendments=amendments, refusal=removal_refusal(workspace, "category_key"), parent=self,
        )  # fmt: skip
        self.budgets = YearAmountEditor(self.tr("Budget"), self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.keys, self.tr("Clé de répartition, datée"))
        self.tabs.addTab(self.budgets, self.tr("Budget annuel (prévisionnel)"))
        self.free = FreeProvisionEditor(beneficiaries, amendments, self)
        self.free.set_entries(free)
        self.free.entries_changed.connect(self.revalidate)
        self.tabs.addTab(self.free, self.tr("Mise à disposition gratuite"))
        self.body.addWidget(self.tabs, 1)
        self.keys.entries_changed.connect(self.revalidate)
        if values is not None:
            self.code.setText(values.code)
            self.name.setText(values.name)
            self.keys.set_entries(loaded[1])
            self.budgets.set_amounts(loaded[2])
        self.finish(self.form_problem)
        self.resize(700, 520)

    def form_problem(self) -> str:
        if not self.keys.value_field.count():
            # Nothing to choose from: the key is created elsewhere, say where.
            return self.tr("Aucune clé de répartition n'est enregistrée : créez d'abord la clé (onglet "
                           "« Clés de répartition », « Nouvelle clé… »), puis la catégorie.")  # fmt: skip
        if not self.keys.entries():
            return self.tr("Indiquez la clé de répartition de la catégorie et sa date, puis « Ajouter cette valeur ».")
        return self.free.problem()

    def store(self, run: Unit) -> int:
        values = categories.CategoryValues(self.code.value(), self.name.value(), self.version)
        category_id = run(categories.save_category, self.category_id, values, self.keys.entries(),
                          self.budgets.amounts())  # fmt: skip
        run(resource_clauses.save_free_provisions, "category", category_id, self.free.entries())
        return category_id
