"""Table model of the États page: issued statements and their payment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.registers import StatementRow
from .. import formatting, labels
from .table_model import Column, RowTableModel, date_column, money_column, text_column


class StatementTableModel(RowTableModel[StatementRow]):
    """Issued statements, latest first."""

    NUMBER, KIND, BENEFICIARY, PERIOD, ISSUED, DUE, TOTAL, PAID, OUTSTANDING = range(9)
    columns = (
        text_column(QT_TRANSLATE_NOOP("StatementTableModel", "Numéro"), lambda r: r.number),
        text_column(
            QT_TRANSLATE_NOOP("StatementTableModel", "Type"), lambda r: labels.statement_kind(r.kind)
        ),
        text_column(QT_TRANSLATE_NOOP("StatementTableModel", "Bénéficiaire"), lambda r: r.beneficiary),
        Column(
            QT_TRANSLATE_NOOP("StatementTableModel", "Période"),
            lambda r: (r.period_start, r.period_end),
            lambda p: formatting.period(*p),
        ),
        date_column(QT_TRANSLATE_NOOP("StatementTableModel", "Émis le"), lambda r: r.issue_date),
        date_column(QT_TRANSLATE_NOOP("StatementTableModel", "Échéance"), lambda r: r.due_date),
        money_column(QT_TRANSLATE_NOOP("StatementTableModel", "Total"), lambda r: r.total),
        money_column(QT_TRANSLATE_NOOP("StatementTableModel", "Payé"), lambda r: r.paid),
        money_column(QT_TRANSLATE_NOOP("StatementTableModel", "Reste dû"), lambda r: r.outstanding),
    )
