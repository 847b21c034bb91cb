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

    def error(self) -> str:
        return self.tr("Choisissez le site, le matériel ou la catégorie.") if self.target.value() is None else ""

    @property
    def touched(self) -> bool:
        return self.target.touched

    required = True

    def is_valid(self) -> bool:
        return not self.error()
