"""The Convention page's « Mise à disposition » tab: staff, equipment, premises and keys in
force on a chosen date, as the printed *fiche convention* lists them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.documents.convention import ConventionSummary
from ..models.at_date import (
    CategoriesAtDateModel,
    EquipmentAtDateModel,
    KeysAtDateModel,
    SitesAtDateModel,
    StaffAtDateModel,
)
from ..widgets.fields import DateField, FieldRow
from ..widgets.register_table import RegisterTable


class AtDateTab(QWidget):
    """A date, and what the convention makes available that day, register by register."""

    #: The user chose another (valid) date.
    date_changed = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_field = DateField(required=True, parent=self)
        self.date_field.setFixedWidth(150)
        self.date_field.set_value(dt.date.today())
        self.date_field.edit.textChanged.connect(self.on_date_text_changed)
        self.today_button = QPushButton(self.tr("Aujourd'hui"), self)
        self.today_button.clicked.connect(self.on_today_clicked)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("countLabel")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.tables = {
            "staff": RegisterTable(StaffAtDateModel(), self, flex_column=StaffAtDateModel.JOB,
                                   empty_text=self.tr("Aucun agent mis à disposition à cette date."),
                                   filter_placeholder=self.tr("Filtrer le personnel…")),
            "equipment": RegisterTable(EquipmentAtDateModel(), self, flex_column=EquipmentAtDateModel.NAME,
                                       empty_text=self.tr("Aucun matériel en service à cette date."),
                                       filter_placeholder=self.tr("Filtrer le matériel…")),
            "sites": RegisterTable(SitesAtDateModel(), self, flex_column=SitesAtDateModel.SURFACES,
                                   empty_text=self.tr("Aucun local à cette date."),
                                   filter_placeholder=self.tr("Filtrer les locaux…")),
            "keys": RegisterTable(KeysAtDateModel(), self, flex_column=KeysAtDateModel.SPLIT,
                                  empty_text=self.tr("Aucune clé de répartition."),
                                  filter_placeholder=self.tr("Filtrer les clés…")),
            "categories": RegisterTable(CategoriesAtDateModel(), self, flex_column=CategoriesAtDateModel.NAME,
                                        empty_text=self.tr("Aucune catégorie de dépenses."),
                                        filter_placeholder=self.tr("Filtrer les catégories…")),
        }  # fmt: skip
        self.stack = QStackedWidget(self)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.section_buttons: dict[str, QPushButton] = {}
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for index, (key, caption) in enumerate((
            ("staff", self.tr("Personnel")),
            ("equipment", self.tr("Matériel")),
            ("sites", self.tr("Locaux")),
            ("keys", self.tr("Clés de répartition")),
            ("categories", self.tr("Catégories de dépenses")),
        )):  # fmt: skip
            button = QPushButton(caption, self)
            button.setCheckable(True)
            self.buttons.addButton(button, index)
            self.section_buttons[key] = button
            switch.addWidget(button)
            self.stack.addWidget(self.tables[key])
        self.section_buttons["staff"].setChecked(True)
        self.buttons.idClicked.connect(self.stack.setCurrentIndex)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("En vigueur le"), self), 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(FieldRow(self.date_field, self))
        bar.addWidget(self.today_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addSpacing(16)
        bar.addWidget(self.summary_label, 1, Qt.AlignmentFlag.AlignTop)
        switch.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(switch)
        layout.addWidget(self.stack, 1)

    def day(self) -> dt.date | None:
        return self.date_field.value()

    def show_section(self, key: str) -> None:
        self.section_buttons[key].setChecked(True)
        self.stack.setCurrentWidget(self.tables[key])

    def show_summary(self, summary: ConventionSummary | None) -> None:
        """The resources of ``summary`` (None: nothing to show)."""
        if summary is None:
            for table in self.tables.values():
                table.set_rows([])
            self.summary_label.clear()
            return
        self.tables["staff"].model.set_beneficiaries(tuple(b.code for b in summary.beneficiaries))
        self.tables["staff"].set_rows(summary.staff)
        self.tables["equipment"].set_rows(summary.equipment)
        self.tables["sites"].set_rows(summary.sites)
        self.tables["keys"].set_rows(summary.keys)
        self.tables["categories"].set_rows(summary.categories)
        in_force = [a for a in summary.amendments if a.in_force]
        if in_force:
            text = self.tr("Convention et avenant(s) {numbers} en vigueur").format(
                numbers=", ".join(self.tr("n° {number}").format(number=a.number) for a in in_force)
            )
        else:
            text = self.tr("Convention initiale, sans avenant en vigueur")
        if summary.ended:
            text = self.tr("Convention échue à cette date")
        elif summary.on < summary.start_date:
            text = self.tr("Avant la prise d'effet de la convention")
        self.summary_label.setText(text)

    def on_date_text_changed(self, _text: str) -> None:
        day = self.day()
        if day is not None:
            self.date_changed.emit(day)

    def on_today_clicked(self) -> None:
        self.date_field.set_value(dt.date.today())
