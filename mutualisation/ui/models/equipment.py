"""Table model of the Matériel page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.registers import EquipmentRow
from .. import formatting, labels
from .table_model import RowTableModel, date_column, money_column, number_column, text_column


class EquipmentTableModel(RowTableModel[EquipmentRow]):
    """Equipment items with the key their costs are shared by today."""

    NAME, KIND, VALUE, IN_SERVICE, LIFE, KEY = range(6)
    columns = (
        text_column(QT_TRANSLATE_NOOP("EquipmentTableModel", "Désignation"), lambda r: r.name),
        text_column(
            QT_TRANSLATE_NOOP("EquipmentTableModel", "Type"), lambda r: labels.equipment_kind(r.kind)
        ),
        money_column(
            QT_TRANSLATE_NOOP("EquipmentTableModel", "Valeur d'acquisition"),
            lambda r: r.acquisition_value,
        ),
        date_column(
            QT_TRANSLATE_NOOP("EquipmentTableModel", "Mise en service"), lambda r: r.in_service_date
        ),
        number_column(
            QT_TRANSLATE_NOOP("EquipmentTableModel", "Durée"),
            lambda r: r.useful_life_years,
            formatting.years,
            QT_TRANSLATE_NOOP("EquipmentTableModel", "Durée d'amortissement linéaire"),
        ),
        text_column(
            QT_TRANSLATE_NOOP("EquipmentTableModel", "Clé de répartition"),
            lambda r: r.key_name,
            QT_TRANSLATE_NOOP("EquipmentTableModel", "Clé en vigueur aujourd'hui"),
        ),
    )
