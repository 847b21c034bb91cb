"""The clauses a resource holds, as its form edits them: a meter's unit prices (R12), a recurring
charge's amount series and yearly revaluation (R16), a person's reimbursements per payroll month (R15).

Each list is saved whole with its resource, in the form's transaction: a line gone from the
list is deleted, the others are recorded through :mod:`.clauses`, which refuses what the
rules forbid (and a refusal leaves everything as it was).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...storage import models as m
from . import clauses
from .history import DatedEntry

#: (French word, code) of the kinds of reimbursement received for a payroll month.
REIMBURSEMENT_CHOICES = [(word, code) for code, word in clauses.REIMBURSEMENT_KINDS.items()]


@dataclass(frozen=True, slots=True)
class Revaluation:
    """A yearly revaluation: ``rate`` (0.02 for 2 %) on each anniversary of ``reference_date``."""

    rate: Decimal
    reference_date: dt.date
    amendment_id: int | None = None


@dataclass(frozen=True, slots=True)
class ReimbursementEntry:
    month: dt.date  # its first day
    kind: str
    amount: Decimal

    @property
    def kind_word(self) -> str:
        return clauses.REIMBURSEMENT_KINDS.get(self.kind, self.kind)


def _dated(rows, value) -> list[DatedEntry]:
    return [DatedEntry(r.effective_date, value(r), None, r.amendment_id, r.id, r.version)
            for r in sorted(rows, key=lambda r: r.effective_date)]  # fmt: skip


def _drop_missing(session: Session, rows, kept_dates: set[dt.date]) -> None:
    for row in rows:
        if row.effective_date not in kept_dates:
            session.delete(row)
    session.flush()


# -- meter prices ---------------------------------------------------------------------------------


def load_meter_prices(session: Session, meter_id: int) -> list[DatedEntry]:
    return _dated(session.scalars(select(m.MeterPrice).where(m.MeterPrice.meter_id == meter_id)), lambda r: r.unit_price)


def save_meter_prices(session: Session, meter_id: int, entries: list[DatedEntry]) -> None:
    rows = session.scalars(select(m.MeterPrice).where(m.MeterPrice.meter_id == meter_id)).all()
    _drop_missing(session, rows, {e.effective_date for e in entries})
    for e in entries:
        clauses.set_meter_price(session, meter_id, e.effective_date, e.value, e.amendment_id)


# -- recurring charges ------------------------------------------------------------------------------


def load_charge_amounts(session: Session, charge_id: int) -> list[DatedEntry]:
    rows = session.scalars(select(m.ChargeAmount).where(m.ChargeAmount.charge_id == charge_id))
    return _dated(rows, lambda r: r.amount)


def load_revaluation(session: Session, charge_id: int) -> Revaluation | None:
    row = session.scalar(select(m.ChargeRevaluation).where(m.ChargeRevaluation.charge_id == charge_id))
    return None if row is None else Revaluation(row.rate, row.reference_date, row.amendment_id)


def save_charge_clauses(session: Session, charge_id: int, amounts: list[DatedEntry],
                        revaluation: Revaluation | None) -> None:  # fmt: skip
    """The later amounts of a charge and its revaluation (None: none)."""
    rows = session.scalars(select(m.ChargeAmount).where(m.ChargeAmount.charge_id == charge_id)).all()
    _drop_missing(session, rows, {e.effective_date for e in amounts})
    for e in amounts:
        clauses.set_charge_amount(session, charge_id, e.effective_date, e.value, e.amendment_id)
    if revaluation is None:
        clauses.set_charge_revaluation(session, charge_id, None, None)
    else:
        clauses.set_charge_revaluation(session, charge_id, revaluation.rate, revaluation.reference_date,
                                       revaluation.amendment_id)  # fmt: skip


# -- reimbursements -------------------------------------------------------------------------------


def load_reimbursements(session: Session, staff_id: int) -> list[ReimbursementEntry]:
    rows = session.scalars(
        select(m.PayrollReimbursement).where(m.PayrollReimbursement.staff_id == staff_id)
        .order_by(m.PayrollReimbursement.month, m.PayrollReimbursement.kind)
    )  # fmt: skip
    return [ReimbursementEntry(r.month, r.kind, r.amount) for r in rows]


def save_reimbursements(session: Session, staff_id: int, entries: list[ReimbursementEntry]) -> None:
    kept = {(e.month.replace(day=1), e.kind) for e in entries}
    for row in session.scalars(select(m.PayrollReimbursement).where(m.PayrollReimbursement.staff_id == staff_id)).all():
        if (row.month, row.kind) not in kept:
            session.delete(row)
    session.flush()
    for e in entries:
        clauses.set_reimbursement(session, staff_id, e.month, e.amount, e.kind)
