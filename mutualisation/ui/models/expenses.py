"""Table models of the Dépenses page: bills and recurring charges."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...services.registers import BillRow, RecurringChargeRow
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
    """

    DATE, SUPPLIER, LABEL, AMOUNT, SERVICE_PERIOD, ATTACHED_TO, REFERENCE, KEY_OVERRIDE = range(8)
    columns = (
        date_column(QT_TRANSLATE_NOOP("BillTableModel", "Date"), lambda r: r.date),
        text_column(QT_TRANSLATE_NOOP("BillTableModel", "Fournisseur"), lambda r: r.supplier),
        text_column(QT_TRANSLATE_NOOP("BillTableModel", "Libellé"), lambda r: r.label),
        money_column(QT_TRANSLATE_NOOP("BillTableModel", "Montant"), lambda r: r.amount),
        Column(
            QT_TRANSLATE_NOOP("BillTableModel", "Période de service"),
            lambda r: (r.service_start, r.service_end) if r.service_start else None,
            lambda p: formatting.short_period(*p) if p else "",
            tooltip=QT_TRANSLATE_NOOP(
                "BillTableModel", "Période couverte par la facture, sur laquelle son montant est étalé"
            ),
        ),
        text_column(
            QT_TRANSLATE_NOOP("BillTableModel", "Rattachement"),
            lambda r: attachment_text(r.attached_kind, r.attached_to),
        ),
        text_column(QT_TRANSLATE_NOOP("BillTableModel", "Référence"), lambda r: r.reference),
        text_column(
            QT_TRANSLATE_NOOP("BillTableModel", "Clé spécifique"),
            lambda r: r.key_override,
            QT_TRANSLATE_NOOP(
                "BillTableModel", "Clé qui remplace, pour cette facture, celle de son rattachement"
            ),
        ),
    )


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
