"""Table models of the Journal page: the audit log entries, and the fields one entry changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ...services.audit_log import AuditRow, Change
from .table_model import Column, RowTableModel, number_column, text_column


def when(value: dt.datetime | None) -> str:
    """``12/03/2026 14:25:01``."""
    return "" if value is None else f"{value:%d/%m/%Y %H:%M:%S}"


class AuditTableModel(RowTableModel[AuditRow]):
    """Entries of the audit log, latest first."""

    WHEN, USER, ACTION, TABLE, RECORD, CHANGES = range(6)
    columns = (
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Date et heure"), lambda r: r.at, when),
        text_column(QT_TRANSLATE_NOOP("AuditTableModel", "Utilisateur"), lambda r: r.user_label),
        text_column(QT_TRANSLATE_NOOP("AuditTableModel", "Action"), lambda r: r.action_label),
        text_column(QT_TRANSLATE_NOOP("AuditTableModel", "Table"), lambda r: r.table_label),
        number_column(
            QT_TRANSLATE_NOOP("AuditTableModel", "N°"), lambda r: r.record_id,
            lambda v: "" if v is None else str(v),
            QT_TRANSLATE_NOOP("AuditTableModel", "Numéro de l'enregistrement dans sa table"),
        ),  # fmt: skip
        text_column(QT_TRANSLATE_NOOP("AuditTableModel", "Modification"), lambda r: r.summary),
    )

    def _search_parts(self, value: AuditRow) -> Iterable[str]:
        # The filter looks into every value before and after, not only the shortened summary.
        yield from super()._search_parts(value)
        yield value.table
        for change in value.changes:
            yield f"{change.label} {change.field} {change.before_text} {change.after_text}"


class AuditChangeTableModel(RowTableModel[Change]):
    """The fields of one entry: before and after."""

    FIELD, BEFORE, AFTER = range(3)
    columns = (
        text_column(QT_TRANSLATE_NOOP("AuditChangeTableModel", "Champ"), lambda c: c.label),
        text_column(QT_TRANSLATE_NOOP("AuditChangeTableModel", "Avant"), lambda c: c.before_text),
        text_column(QT_TRANSLATE_NOOP("AuditChangeTableModel", "Après"), lambda c: c.after_text),
    )
