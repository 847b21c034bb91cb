"""Table models of the Clés et relevés page: keys, categories, own headcount, meter readings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from ...services.registers import AllocationKeyRow, CategoryRow, HeadcountRow, MeterReadingRow
from .. import formatting, labels
from .table_model import CENTER, Column, RowTableModel, date_column, number_column, text_column


def key_basis(row: AllocationKeyRow) -> str:
    """What a key is computed from, in words: the site, the meter, the party or the percentages."""
    if row.kind == "surface":
        return QCoreApplication.translate("AllocationKeyTableModel", "Surfaces du site {name}").format(
            name=row.site or ""
        )
    if row.kind == "metered":
        return QCoreApplication.translate("AllocationKeyTableModel", "Relevés du compteur {name}").format(
            name=row.meter or ""
        )
    if row.kind == "direct":
        return QCoreApplication.translate("AllocationKeyTableModel", "Entièrement affecté : {name}").format(name=row.party or "")
    if row.kind == "headcount":
        return QCoreApplication.translate("AllocationKeyTableModel", "Équivalents temps plein de chaque partie")
    if row.kind == "fixed":
        if not row.fixed_shares:
            return QCoreApplication.translate("AllocationKeyTableModel", "Aucun pourcentage en vigueur")
        parts = ", ".join(
            f"{s.party_code}\u00a0{formatting.percent(s.value)}" for s in row.fixed_shares
        )
        return QCoreApplication.translate("AllocationKeyTableModel", "{parts} ; le prestataire garde le reste").format(
            parts=parts
        )
    return ""


class AllocationKeyTableModel(RowTableModel[AllocationKeyRow]):
    """Allocation keys and what each is based on."""

    NAME, KIND, BASIS = range(3)
    columns = (
        text_column(QT_TRANSLATE_NOOP("AllocationKeyTableModel", "Clé"), lambda r: r.name),
        text_column(
            QT_TRANSLATE_NOOP("AllocationKeyTableModel", "Type"), lambda r: labels.key_kind(r.kind)
        ),
        text_column(QT_TRANSLATE_NOOP("AllocationKeyTableModel", "Base de répartition"), key_basis),
    )


class CategoryTableModel(RowTableModel[CategoryRow]):
    """Expense categories and the key in force today."""

    CODE, NAME, KEY, SINCE = range(4)
    columns = (
        text_column(QT_TRANSLATE_NOOP("CategoryTableModel", "Code"), lambda r: r.code),
        text_column(QT_TRANSLATE_NOOP("CategoryTableModel", "Catégorie"), lambda r: r.name),
        text_column(
            QT_TRANSLATE_NOOP("CategoryTableModel", "Clé de répartition"), lambda r: r.key_name
        ),
        date_column(QT_TRANSLATE_NOOP("CategoryTableModel", "Depuis le"), lambda r: r.key_since),
    )


def _amendment_number(number: int | None) -> str:
    """``n° 2``: the amendment a dated value comes from."""
    if number is None:
        return ""
    return QCoreApplication.translate("HeadcountTableModel", "n°\u00a0{number}").format(number=number)


class HeadcountTableModel(RowTableModel[HeadcountRow]):
    """FTE of each party recorded outside the staff register, by date."""

    PARTY, SINCE, FTE, AMENDMENT = range(4)
    columns = (
        text_column(QT_TRANSLATE_NOOP("HeadcountTableModel", "Partie"), lambda r: r.party),
        date_column(QT_TRANSLATE_NOOP("HeadcountTableModel", "À partir du"), lambda r: r.effective_date),
        number_column(
            QT_TRANSLATE_NOOP("HeadcountTableModel", "Équivalents temps plein"),
            lambda r: r.fte,
            lambda v: formatting.number(v, 3),
        ),
        Column(
            QT_TRANSLATE_NOOP("HeadcountTableModel", "Avenant"),
            lambda r: r.amendment,
            _amendment_number,
            CENTER,
        ),
    )


class MeterReadingTableModel(RowTableModel[MeterReadingRow]):
    """Meter readings, latest period first."""

    METER, START, END, PARTY, QUANTITY, UNIT = range(6)
    columns = (
        text_column(QT_TRANSLATE_NOOP("MeterReadingTableModel", "Compteur"), lambda r: r.meter),
        date_column(QT_TRANSLATE_NOOP("MeterReadingTableModel", "Du"), lambda r: r.period_start),
        date_column(QT_TRANSLATE_NOOP("MeterReadingTableModel", "Au"), lambda r: r.period_end),
        text_column(QT_TRANSLATE_NOOP("MeterReadingTableModel", "Partie"), lambda r: r.party),
        number_column(
            QT_TRANSLATE_NOOP("MeterReadingTableModel", "Quantité"),
            lambda r: r.quantity,
            lambda v: formatting.number(v, 3),
        ),
        text_column(QT_TRANSLATE_NOOP("MeterReadingTableModel", "Unité"), lambda r: r.unit),
    )
