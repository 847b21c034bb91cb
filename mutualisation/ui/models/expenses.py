"""Table models of the Dépenses page: bills and recurring charges."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from operator import itemgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.registers import BillRow, BillRows, RecurringChargeRow
from ...services.registers.expenses import amount_of, bill_row, day_of, raw_bill
from .. import formatting, labels
from .table_model import Column, RowTableModel, date_column, money_column, text_column


def attachment_text(kind: str, name: str) -> str:
    """``Site : Bureaux de Briey`` (``Site: Bureaux de Briey`` in English, without French spacing)."""
    return QCoreApplication.translate("BillTableModel", "{kind}\u00a0: {name}").format(
        kind=labels.attachment_kind(kind), name=name
    )


class BillTableModel(RowTableModel[BillRow]):
    """Bills, latest first, with what each is attached to.

    The reference and the key override come last: at 1280 pixels they are the columns the
    user scrolls to, the others tell what the bill is.

    The bills are kept raw, as the register reads them (:class:`BillRows`: days as ISO text,
    amounts in integer cents, one plain tuple per bill): a cell is formatted when Qt asks for
    it, for the rows on screen, and a BillRow is made only for the bill asked for. Opening
    the page does no Python work per bill; sorting on a day or an amount compares the ISO
    texts or the cents, which order as the days and amounts do.
    """

    DATE, SUPPLIER, LABEL, AMOUNT, SERVICE_PERIOD, ATTACHED_TO, REFERENCE, KEY_OVERRIDE = range(8)
    columns = (
        replace(date_column(QT_TRANSLATE_NOOP("BillTableModel", "Date"), lambda r: day_of(r[1])),
                key=itemgetter(1)),  # fmt: skip
        text_column(QT_TRANSLATE_NOOP("BillTableModel", "Fournisseur"), itemgetter(2)),
        text_column(QT_TRANSLATE_NOOP("BillTableModel", "Libellé"), itemgetter(4)),
        replace(money_column(QT_TRANSLATE_NOOP("BillTableModel", "Montant"), lambda r: amount_of(r[5])),
                key=itemgetter(5)),  # fmt: skip
        Column(
            QT_TRANSLATE_NOOP("BillTableModel", "Période de service"),
            lambda r: (day_of(r[6]), day_of(r[7])) if r[6] else None,
            lambda p: formatting.short_period(*p) if p else "",
            tooltip=QT_TRANSLATE_NOOP(
                "BillTableModel", "Période couverte par la facture, sur laquelle son montant est étalé"
            ),
            # None first, then by start and end: as value_sort_key orders the pairs of days.
            key=lambda r: (r[6], r[7]) if r[6] else ("", ""),
        ),
        text_column(
            QT_TRANSLATE_NOOP("BillTableModel", "Rattachement"),
            lambda r: attachment_text(r[8], r[9]),
        ),
        text_column(QT_TRANSLATE_NOOP("BillTableModel", "Référence"), itemgetter(3)),
        text_column(
            QT_TRANSLATE_NOOP("BillTableModel", "Clé spécifique"),
            itemgetter(10),
            QT_TRANSLATE_NOOP(
                "BillTableModel", "Clé qui remplace, pour cette facture, celle de son rattachement"
            ),
        ),
    )

    def keep(self, rows) -> list:
        if isinstance(rows, BillRows):
            return list(rows.raw)
        return [raw_bill(row) for row in rows]

    def value_of(self, kept) -> BillRow:
        return bill_row(kept)

    def kept_total(self, column: int) -> Decimal:
        if column != self.AMOUNT:
            return super().kept_total(column)
        # Integer cents added up, one Decimal at the end: exact, as the sum of the amounts.
        return Decimal("0.00") + amount_of(sum(map(itemgetter(5), self._kept())))


class RecurringChargeTableModel(RowTableModel[RecurringChargeRow]):
    """Rent, leases and subscriptions."""

    LABEL, AMOUNT, FREQUENCY, START, END, ATTACHED_TO = range(6)
    columns = (
        text_column(QT_TRANSLATE_NOOP("RecurringChargeTableModel", "Libellé"), lambda r: r.label),
        money_column(QT_TRANSLATE_NOOP("RecurringChargeTableModel", "Montant"), lambda r: r.amount),
        text_column(
            QT_TRANSLATE_NOOP("RecurringChargeTableModel", "Périodicité"),
            lambda r: labels.charge_frequency(r.frequency),
        ),
        date_column(QT_TRANSLATE_NOOP("RecurringChargeTableModel", "Début"), lambda r: r.start_date),
        date_column(QT_TRANSLATE_NOOP("RecurringChargeTableModel", "Fin"), lambda r: r.end_date),
        text_column(
            QT_TRANSLATE_NOOP("RecurringChargeTableModel", "Rattachement"),
            lambda r: attachment_text(r.attached_kind, r.attached_to),
        ),
    )
