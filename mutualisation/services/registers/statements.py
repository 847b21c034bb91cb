"""Issued statements with what has been paid on each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...storage.models import Party, Payment, Statement


@dataclass(frozen=True, slots=True)
class StatementRow:
    id: int
    number: str
    kind: str
    beneficiary: str
    period_start: dt.date
    period_end: dt.date
    issue_date: dt.date
    due_date: dt.date
    total_excl_vat: Decimal
    vat: Decimal
    total: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.paid


def statements(session: Session) -> list[StatementRow]:
    """Issued statements with the amount paid so far, latest first."""
    paid = (
        select(Payment.statement_id, func.sum(Payment.amount).label("paid"))
        .group_by(Payment.statement_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Statement.id, Statement.number, Statement.kind, Party.name, Statement.period_start,
            Statement.period_end, Statement.issue_date, Statement.due_date,
            Statement.total_excl_vat, Statement.vat, Statement.total, paid.c.paid,
        )
        .join(Party, Party.id == Statement.beneficiary_id)
        .outerjoin(paid, paid.c.statement_id == Statement.id)
        .order_by(Statement.issue_date.desc(), Statement.number.desc())
    )
    return [
        StatementRow(*row[:11], paid=_paid(row[11]))
        for row in rows
    ]


def _paid(value: Decimal | None) -> Decimal:
    """SUM keeps the Money type, so the total comes back as Decimal, or None without payments."""
    return Decimal("0.00") if value is None else value
