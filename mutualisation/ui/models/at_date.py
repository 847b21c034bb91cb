"""Table models of « what is made available on a date »: staff, equipment, sites, keys, categories.

The rows are the convention summary's own values (:mod:`mutualisation.reporting.convention_pdf`),
so the screen and the printed *fiche convention* say the same thing.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...domain import french
from ...domain.documents.convention import (
    CategoryResource,
    EquipmentResource,
    KeyResource,
    ShareInForce,
    SiteResource,
    StaffResource,
    share_text,
)
from .. import formatting, labels
from .table_model import RIGHT, Column, RowTableModel, date_column, money_column, text_column


def _ratio(value: Fraction | None) -> Decimal | None:
    if value is None:
        return None
    return Decimal(value.numerator) / Decimal(value.denominator)


def _shares(parts: tuple[ShareInForce, ...], unit: str) -> str:
    """« PAYS 92 m² (49,7 %) · ST2B 48 m² (25,9 %) »."""
    texts = []
    for part in parts:
        text = f"{part.party_code} {share_text(part, unit)}"
        if part.ratio is not None and unit != "%":
            text += f" ({french.short_percent(part.ratio)})"
        texts.append(text)
    return " · ".join(texts)


def _percent(value: Decimal | None) -> str:
    return formatting.percent(value) if value is not None else ""


class StaffAtDateModel(RowTableModel[StaffResource]):
    """Each person employed on the date: working time, share for each beneficiary, the rest."""

    NAME, JOB, WORKING_TIME = range(3)
    base_columns = (
        text_column(QT_TRANSLATE_NOOP("StaffAtDateModel", "Agent"), lambda r: r.name),
        text_column(QT_TRANSLATE_NOOP("StaffAtDateModel", "Fonction"), lambda r: r.job_title),
        Column(
            QT_TRANSLATE_NOOP("StaffAtDateModel", "Temps de travail"),
            lambda r: _ratio(r.working_time), _percent, RIGHT,
        ),
    )
    columns = base_columns

    def set_beneficiaries(self, codes: tuple[str, ...]) -> None:
        """One column per beneficiary, in convention order, then what the provider keeps."""
        self.beginResetModel()
        share_columns = tuple(
            Column(
                code,
                lambda r, i=i: _ratio(r.shares[i].value) if i < len(r.shares) else None,
                _percent,
                RIGHT,
                QT_TRANSLATE_NOOP("StaffAtDateModel", "Quotité mise à disposition du bénéficiaire"),
            )
            for i, code in enumerate(codes)
        )
        self.columns = (
            *self.base_columns,
            *share_columns,
            Column(
                QT_TRANSLATE_NOOP("StaffAtDateModel", "Reste au prestataire"),
                lambda r: _ratio(r.provider_rest), _percent, RIGHT,
            ),
            text_column(QT_TRANSLATE_NOOP("StaffAtDateModel", "Origine"), self._origin),
        )
        self.endResetModel()

    @staticmethod
    def _origin(r: StaffResource) -> str:
        """Since when the latest of the person's values is in force, and by which amendment."""
        dated = [s.since for s in r.shares if s.since.effective is not None]
        if r.working_since.effective is not None:
            dated.append(r.working_since)
        latest = max(dated, key=lambda since: since.effective, default=None)
        return latest.text if latest is not None else ""


class EquipmentAtDateModel(RowTableModel[EquipmentResource]):
    """Equipment in service on the date, its depreciation and its key."""

    NAME, VALUE, IN_SERVICE, UNTIL, KEY, SINCE = range(6)
    columns = (
        text_column(QT_TRANSLATE_NOOP("EquipmentAtDateModel", "Matériel"), lambda r: r.name),
        money_column(QT_TRANSLATE_NOOP("EquipmentAtDateModel", "Valeur"), lambda r: r.value),
        date_column(QT_TRANSLATE_NOOP("EquipmentAtDateModel", "En service le"), lambda r: r.in_service),
        date_column(QT_TRANSLATE_NOOP("EquipmentAtDateModel", "Amorti jusqu'au"), lambda r: r.depreciated_until),
        text_column(QT_TRANSLATE_NOOP("EquipmentAtDateModel", "Clé"), lambda r: r.key_name or ""),
        text_column(QT_TRANSLATE_NOOP("EquipmentAtDateModel", "Origine"), lambda r: r.key_since.text),
    )


class SitesAtDateModel(RowTableModel[SiteResource]):
    """Each site's exclusive areas on the date, and the share they give."""

    NAME, SURFACES, EXCLUSIVE, COMMON = range(4)
    columns = (
        text_column(QT_TRANSLATE_NOOP("SitesAtDateModel", "Site"), lambda r: r.name),
        text_column(
            QT_TRANSLATE_NOOP("SitesAtDateModel", "Surfaces privatives"), lambda r: _shares(r.surfaces, "m²")
        ),
        Column(
            QT_TRANSLATE_NOOP("SitesAtDateModel", "Total privatif"),
            lambda r: _ratio(r.exclusive_area), formatting.area, RIGHT,
        ),
        Column(
            QT_TRANSLATE_NOOP("SitesAtDateModel", "Parties communes"), lambda r: r.common_area,
            formatting.area, RIGHT,
        ),
    )


class KeysAtDateModel(RowTableModel[KeyResource]):
    """Each allocation key as it splits costs on the date."""

    NAME, KIND, BASIS, SPLIT, NOTE = range(5)
    columns = (
        text_column(QT_TRANSLATE_NOOP("KeysAtDateModel", "Clé"), lambda r: r.name),
        text_column(QT_TRANSLATE_NOOP("KeysAtDateModel", "Type"), lambda r: labels.key_kind(r.kind)),
        text_column(QT_TRANSLATE_NOOP("KeysAtDateModel", "Base"), lambda r: r.basis),
        text_column(QT_TRANSLATE_NOOP("KeysAtDateModel", "Répartition"), lambda r: _shares(r.parts, r.unit)),
        text_column(
            QT_TRANSLATE_NOOP("KeysAtDateModel", "Remarque"),
            lambda r: "; ".join(x for x in (r.note, ", ".join(r.amendments)) if x),
        ),
    )


class CategoriesAtDateModel(RowTableModel[CategoryResource]):
    """Each expense category and the key it uses on the date."""

    NAME, KEY, SINCE = range(3)
    columns = (
        text_column(QT_TRANSLATE_NOOP("CategoriesAtDateModel", "Catégorie"), lambda r: r.name),
        text_column(QT_TRANSLATE_NOOP("CategoriesAtDateModel", "Clé"), lambda r: r.key_name or ""),
        text_column(QT_TRANSLATE_NOOP("CategoriesAtDateModel", "Origine"), lambda r: r.since.text),
    )
