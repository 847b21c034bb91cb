"""Table models of the Locaux page: sites and dated floor areas."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.registers import PartyShare, SiteRow, SurfaceRow
from .. import formatting
from .table_model import CENTER, Column, RowTableModel, date_column, number_column, text_column


def surfaces_text(surfaces: tuple[PartyShare, ...]) -> str:
    """``PAYS 92 m², ST2B 48 m²``."""
    return ", ".join(f"{s.party_code}\u00a0{formatting.area(s.value)}" for s in surfaces)


def _one_line(text: str) -> str:
    return ", ".join(line.strip() for line in text.splitlines() if line.strip())


class SiteTableModel(RowTableModel[SiteRow]):
    """Sites with each party's exclusive area in force today."""

    NAME, ADDRESS, SURFACES, EXCLUSIVE, COMMON = range(5)
    columns = (
        text_column(QT_TRANSLATE_NOOP("SiteTableModel", "Site"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("SiteTableModel", "Adresse"), lambda r: r.address, _one_line),
        text_column(
            QT_TRANSLATE_NOOP("SiteTableModel", "Surfaces exclusives"),
            lambda r: surfaces_text(r.surfaces),
            QT_TRANSLATE_NOOP("SiteTableModel", "Surface exclusive de chaque partie, en vigueur aujourd'hui"),
        ),
        number_column(
            QT_TRANSLATE_NOOP("SiteTableModel", "Total exclusif"),
            lambda r: r.exclusive_area,
            formatting.area,
        ),
        number_column(
            QT_TRANSLATE_NOOP("SiteTableModel", "Parties communes"),
            lambda r: r.common_area,
            formatting.area,
            QT_TRANSLATE_NOOP(
                "SiteTableModel", "Pour information : les parties communes suivent le prorata des surfaces exclusives"
            ),
        ),
    )


def _amendment_number(number: int | None) -> str:
    """``n° 2``: the amendment a dated value comes from."""
    if number is None:
        return ""
    return QCoreApplication.translate("SurfaceTableModel", "n°\u00a0{number}").format(number=number)


class SurfaceTableModel(RowTableModel[SurfaceRow]):
    """Every dated exclusive area of a party on a site."""

    SITE, PARTY, SINCE, AREA, AMENDMENT = range(5)
    columns = (
        text_column(QT_TRANSLATE_NOOP("SurfaceTableModel", "Site"), lambda r: r.site),
        text_column(QT_TRANSLATE_NOOP("SurfaceTableModel", "Partie"), lambda r: r.party),
        date_column(QT_TRANSLATE_NOOP("SurfaceTableModel", "À partir du"), lambda r: r.effective_date),
        number_column(QT_TRANSLATE_NOOP("SurfaceTableModel", "Surface"), lambda r: r.area, formatting.area),
        Column(
            QT_TRANSLATE_NOOP("SurfaceTableModel", "Avenant"),
            lambda r: r.amendment,
            _amendment_number,
            CENTER,
        ),
    )
