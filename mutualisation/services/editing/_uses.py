"""Counting the records that refer to a site, an item, a category, a key or a meter."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain.i18n import tr_noop
from ...storage import models as m


def count(session: Session, model, *conditions) -> int:
    return session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0


def expenses_attached(session: Session, column: str, record_id: int) -> list[tuple[int, str]]:
    """Bills, recurring charges and free provisions attached to a site, an item or a category (``column``)."""
    return [
        (count(session, m.Bill, getattr(m.Bill, column) == record_id), tr_noop("Delete", "facture(s)")),
        (count(session, m.RecurringCharge, getattr(m.RecurringCharge, column) == record_id),
         tr_noop("Delete", "charge(s) récurrente(s)")),
        (count(session, m.FreeProvision, getattr(m.FreeProvision, column) == record_id),
         tr_noop("Delete", "mise(s) à disposition gratuite(s)")),
    ]  # fmt: skip
