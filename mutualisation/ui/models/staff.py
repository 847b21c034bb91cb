"""Table models of the Personnel page: staff register and payroll."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ...services.registers import PartyShare, PayrollRow, StaffRow
from .. import formatting
from .table_model import (
    Column,
    RowTableModel,
    date_column,
    money_column,
    number_column,
    text_column,
)


def shares_text(shares: tuple[PartyShare, ...]) -> str:
    """``ST2B 40 %, SCOT 10 %``."""
    return ", ".join(f"{s.party_code}\u00a0{formatting.percent(s.value)}" for s in shares)


class StaffTableModel(RowTableModel[StaffRow]):
    """People whose time may be shared, with working time and shares in force today."""

    NAME, JOB, START, END, WORKING_TIME, SHARES = range(6)
    columns = (
        text_column(QT_TRANSLATE_NOOP("StaffTableModel", "Nom"), lambda r: r.name),
        text_column(QT_TRANSLATE_NOOP("StaffTableModel", "Fonction"), lambda r: r.job_title),
        date_column(QT_TRANSLATE_NOOP("StaffTableModel", "Entrée"), lambda r: r.employment_start),
        date_column(QT_TRANSLATE_NOOP("StaffTableModel", "Sortie"), lambda r: r.employment_end),
        number_column(
            QT_TRANSLATE_NOOP("StaffTableModel", "Temps de travail"),
            lambda r: r.working_time,
            formatting.percent,
            QT_TRANSLATE_NOOP("StaffTableModel", "Temps de travail en vigueur aujourd'hui"),
        ),
        Column(
            QT_TRANSLATE_NOOP("StaffTableModel", "Quotités mises à disposition"),
            lambda r: r.total_share,
            tooltip=QT_TRANSLATE_NOOP(
                "StaffTableModel", "Part du temps de travail de chaque bénéficiaire, en vigueur aujourd'hui"
            ),
        ),
    )

    def display_text(self, row: int, column: int) -> str:
        if column == self.SHARES:
            value = self.row_value(row)
            if not value.shares:
                return QCoreApplication.translate("StaffTableModel", "aucune")
            return shares_text(value.shares)
        return super().display_text(row, column)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        # People no longer employed stay listed (their payroll is history) but greyed out.
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            if not self.row_value(index.row()).employed:
                return QApplication.palette().color(
                    QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
                )
            return None
        return super().data(index, role)

    def _search_parts(self, value: StaffRow):
        yield from super()._search_parts(value)
        yield shares_text(value.shares)


class PayrollTableModel(RowTableModel[PayrollRow]):
    """Monthly payroll cost of each person."""

    PERSON, MONTH, GROSS, CHARGES, OTHER, TOTAL = range(6)
    columns = (
        text_column(QT_TRANSLATE_NOOP("PayrollTableModel", "Personne"), lambda r: r.person),
        Column(QT_TRANSLATE_NOOP("PayrollTableModel", "Mois"), lambda r: r.month, formatting.month),
        money_column(QT_TRANSLATE_NOOP("PayrollTableModel", "Salaire brut"), lambda r: r.gross_salary),
        money_column(
            QT_TRANSLATE_NOOP("PayrollTableModel", "Charges patronales"), lambda r: r.employer_charges
        ),
        money_column(
            QT_TRANSLATE_NOOP("PayrollTableModel", "Autres éléments"),
            lambda r: r.other_costs,
            QT_TRANSLATE_NOOP("PayrollTableModel", "Autres éléments de paie effectivement versés"),
        ),
        money_column(QT_TRANSLATE_NOOP("PayrollTableModel", "Coût total"), lambda r: r.total),
    )
