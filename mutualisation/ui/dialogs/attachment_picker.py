"""What a bill or a charge is attached to: a site, an item of equipment or a category."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from .. import labels
from ..widgets.fields import ChoiceField
from .choices import Choices

KINDS = ("site", "equipment", "category")


class AttachmentPicker(QWidget):
    """Two drop-downs: the kind, then the site, item or category; its key applies (R7)."""

    validity_changed = Signal(bool)
    error_changed = Signal(str)

    def __init__(self, sites: Choices, equipment: Choices, categories: Choices, parent=None) -> None:
        super().__init__(parent)
        self.targets = {"site": sites, "equipment": equipment, "category": categories}
        self.kind = ChoiceField([(labels.attachment_kind(k), k) for k in KINDS], required=True, parent=self)
        self.kind.setMinimumContentsLength(10)
        self.target = ChoiceField(required=True, parent=self)
        self.target.setMinimumContentsLength(30)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.target, 1)
        self.kind.currentIndexChanged.connect(self.on_kind_changed)
        self.target.validity_changed.connect(self.validity_changed)
        self.target.error_changed.connect(lambda _error: self.error_changed.emit(self.error()))
        self.kind.set_value("category")
        self.setFocusProxy(self.kind)

    def on_kind_changed(self, *_args) -> None:
        self.target.set_choices(self.targets.get(self.kind.value(), []))
        self.target.set_value(None)

    def value(self) -> tuple[int | None, int | None, int | None]:
        """(site id, equipment id, category id): exactly one is set when valid."""
        kind, target = self.kind.value(), self.target.value()
        return tuple(target if k == kind else None for k in KINDS)

    def set_value(self, site_id: int | None, equipment_id: int | None, category_id: int | None) -> None:
        for kind, target in zip(KINDS, (site_id, equipment_id, category_id), strict=True):
            if target is not None:
                self.kind.set_value(kind)
                self.target.set_value(target)
                return

    def nothing_to_choose(self) -> bool:
        """The chosen kind has no site, item or category yet: one must be created first."""
        return not self.targets.get(self.kind.value())

    def error(self) -> str:
        if self.target.value() is not None:
            return ""
        if not any(self.targets.values()):
            return self.tr(
                "Rien à quoi rattacher : créez d'abord un site (page Locaux), un matériel (page Matériel) "
                "ou une catégorie de dépenses (page Clés et relevés → onglet « Catégories de dépenses »)."
            )
        if self.nothing_to_choose():
            return {
                "site": self.tr("Aucun site : créez-le d'abord (page Locaux), ou choisissez un autre rattachement."),
                "equipment": self.tr(
                    "Aucun matériel : créez-le d'abord (page Matériel), ou choisissez un autre rattachement."
                ),
                "category": self.tr(
                    "Aucune catégorie de dépenses : créez-la d'abord (page Clés et relevés → onglet "
                    "« Catégories de dépenses »), ou choisissez un autre rattachement."
                ),
            }.get(self.kind.value(), "")
        return self.tr("Choisissez le site, le matériel ou la catégorie.")

    @property
    def touched(self) -> bool:
        # An empty list is said at once: there is nothing the user could pick before reading it.
        return self.target.touched or self.nothing_to_choose()

    required = True

    def is_valid(self) -> bool:
        return not self.error()

    def is_empty(self) -> bool:
        """Left empty though something could be chosen (else :meth:`error` says what to create)."""
        return self.target.value() is None and not self.nothing_to_choose()
