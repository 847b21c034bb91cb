"""Payments received against statements, and each statement's payment status."""

from __future__ import annotations

import datetime as dt
from contextlib import nullcontext
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import french
from ..domain.money import ZERO
from ..domain.i18n import tr
from ..storage import chain_record, ledger
from ..storage import models as m
from .errors import ServiceError
from .dates import check_payment_date

STATUS_LABELS = {
    "paid": "payé",
    "part_paid": "payé en partie",
    "unpaid": "à payer",
    "overdue": "en retard",
    "credit": "avoir",
}


def payment_status(total: Decimal, paid: Decimal, due_date: dt.date, today: dt.date) -> str:
    """paid, part_paid, unpaid or overdue (unpaid or part-paid after the due date); credit notes: credit."""
    if total <= 0:
        return "credit"
    if paid >= total:
        return "paid"
    if today > due_date:
        return "overdue"
    return "part_paid" if paid > 0 else "unpaid"


@dataclass(frozen=True, slots=True)
class StatementSummary:
    id: int
    number: str
    kind: str
    beneficiary: str
    period_start: dt.date
    period_end: dt.date
    issue_date: dt.date
    due_date: dt.date
    total: Decimal
    paid: Decimal
    status: str
    corrects: str | None

    @property
    def outstanding(self) -> Decimal:
        return max(self.total - self.paid, ZERO)


def list_statements(session: Session, today: dt.date | None = None) -> list[StatementSummary]:
    """Every issued document, newest first, with what was paid and its status."""
    today = today or dt.date.today()
    paid = dict(
        session.execute(
            select(m.Payment.statement_id, func.sum(m.Payment.amount)).group_by(m.Payment.statement_id)
        ).all()
    )
    numbers = dict(session.execute(select(m.Statement.id, m.Statement.number)).all())
    rows = session.execute(
        select(m.Statement.id, m.Statement.number, m.Statement.kind, m.Party.code,
               m.Statement.period_start, m.Statement.period_end, m.Statement.issue_date,
               m.Statement.due_date, m.Statement.total, m.Statement.corrects_id)
        .join(m.Party, m.Party.id == m.Statement.beneficiary_id)
        .order_by(m.Statement.id.desc())
    ).all()  # fmt: skip
    result = []
    for row in rows:
        received = paid.get(row.id) or ZERO  # SUM keeps the column's money type
        result.append(
            StatementSummary(
                row.id, row.number, row.kind, row.code, row.period_start, row.period_end,
                row.issue_date, row.due_date, row.total, received,
                payment_status(row.total, received, row.due_date, today),
                numbers.get(row.corrects_id),
            )
        )  # fmt: skip
    return result


def find_statement(session: Session, number: str) -> m.Statement:
    statement = session.scalar(select(m.Statement).where(m.Statement.number == number.strip()))
    if statement is None:
        raise ServiceError(tr("Issue", "Aucun état émis ne porte le numéro « {number} ».", number=number))
    return statement


def record_payment(
    session: Session, number: str, day: dt.date, amount: Decimal, reference: str = ""
) -> m.Payment:
    """Record a payment; refused if not positive, dated outside the issue date–today range,
    or above what remains due.

    Payments to one document are serialised: the document is locked first (an immediate
    write transaction on SQLite, the statement's row lock on PostgreSQL), then what is
    already paid is read, so two payers at once never pay more than the total (the
    database's own trigger refuses it too). The payment is chained (``storage/ledger.py``)
    and written to the record of chain heads, confirmed there when the transaction commits.
    Runs in the caller's transaction if one is open (its first statement on SQLite, or the
    lock comes too late), else in its own.
    """
    if amount <= 0:
        raise ServiceError(tr("Edit", "Le montant d'un paiement doit être positif."))
    record = chain_record.record_path(session.get_bind().engine.url)
    with nullcontext() if session.in_transaction() else session.begin():
        _lock_ledger(session)
        statement = session.scalar(
            select(m.Statement).where(m.Statement.number == number.strip()).with_for_update()
            .execution_options(populate_existing=True)
        )  # fmt: skip
        if statement is None:
            raise ServiceError(tr("Issue", "Aucun état émis ne porte le numéro « {number} ».", number=number))
        if statement.total <= 0:
            raise ServiceError(tr("Issue", "L'état n° {number} est un avoir : il n'appelle pas de paiement.",
                                  number=statement.number))
        check_payment_date(statement, day)
        received = session.scalar(
            select(func.sum(m.Payment.amount)).where(m.Payment.statement_id == statement.id)
        ) or ZERO
        if received + amount > statement.total:
            raise ServiceError(tr(
                "Issue", "Ce paiement dépasse le reste dû de l'état n° {number} ({outstanding} restent dus).",
                number=statement.number, outstanding=french.money(statement.total - received),
            ))
        previous = session.scalar(
            select(m.Payment.content_hash).where(m.Payment.statement_id == statement.id)
            .order_by(m.Payment.id.desc()).limit(1)
        ) or statement.content_hash  # fmt: skip
        payment = m.Payment(
            statement_id=statement.id, date=day, amount=amount, reference=reference, version=1,
            previous_hash=previous,
        )  # fmt: skip
        ledger.apply_defaults(payment)
        payment.content_hash = ledger.payment_hash(payment)
        session.add(payment)
        session.flush()
        entry = {
            "type": "paiement", "emetteur": statement.issuer_id, "numero": statement.number,
            "montant": str(amount), "date": day.isoformat(), "empreinte": payment.content_hash,
            "precedente": previous,
        }  # fmt: skip
        chain_record.plan(record, entry)
        chain_record.confirm_on_commit(session, record, entry)
    return payment


def _lock_ledger(session: Session) -> None:
    """On SQLite, take the database's write lock before reading anything, unless this
    transaction already holds it (PostgreSQL locks the statement's row with ``SELECT … FOR
    UPDATE``, which SQLite ignores)."""
    if session.get_bind().dialect.name == "sqlite":
        connection = session.connection()
        if not connection.connection.dbapi_connection.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
