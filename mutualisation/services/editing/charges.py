"""Recurring charges: rent, leases, subscriptions — an amount per month, quarter or year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy.orm import Session

from ...domain.vocabulary import ChargeFrequency, is_member
from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from ._attachment import check_one
from .common import record_for_save, check_amount, check_dates, fetch, text
from .guards import refuse_deletion_if_issued


@dataclass(frozen=True, slots=True)
class ChargeValues:
    label: str
    amount: Decimal | None
    frequency: str
    start_date: dt.date | None
    end_date: dt.date | None = None
    site_id: int | None = None
    equipment_id: int | None = None
    category_id: int | None = None
    version: int | None = None


def load_charge(session: Session, charge_id: int) -> ChargeValues:
    charge = fetch(session, m.RecurringCharge, charge_id, tr("Edit", "la charge"))
    return ChargeValues(**{f.name: getattr(charge, f.name) for f in fields(ChargeValues)})


def save_charge(session: Session, charge_id: int | None, values: ChargeValues) -> int:
    """Create or correct a charge; a changed amount from a date on is a new charge (end the old one)."""
    label = text(values.label, tr("Edit", "Libellé"))
    amount = check_amount(values.amount, tr("Edit", "Montant"))
    if not is_member(ChargeFrequency, values.frequency):
        raise ServiceError(tr("Edit", "Périodicité : par mois, par trimestre ou par an."))
    check_dates(values.start_date, values.end_date, tr("Edit", "Début"), tr("Edit", "Fin"))
    check_one(session, values.site_id, values.equipment_id, values.category_id)
    charge = record_for_save(session, m.RecurringCharge, charge_id, values.version, "la charge")
    charge.label, charge.amount, charge.frequency = label, amount, values.frequency
    charge.start_date, charge.end_date = values.start_date, values.end_date
    charge.site_id, charge.equipment_id, charge.category_id = values.site_id, values.equipment_id, values.category_id
    session.flush()
    return charge.id


def delete_charge(session: Session, charge_id: int) -> None:
    """Refused when the charge ran during an issued period: set its end date instead."""
    charge = fetch(session, m.RecurringCharge, charge_id, tr("Edit", "la charge"))
    refuse_deletion_if_issued(session, charge.start_date, charge.end_date, tr("Delete", "la charge « {label} »", label=charge.label))
    session.delete(charge)
    session.flush()
