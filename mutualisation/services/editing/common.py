"""Checks shared by the editing services; every refusal is a ServiceError in the interface
language (French without a translator: the command line, the imports' reports).

Captions and ``what`` arrive already in the interface language: callers pass ``tr(…)`` of
their French words, or the form's ``self.tr()`` caption."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...domain import french
from ...domain.i18n import tr
from ..concurrency import ConcurrentEditError
from ..errors import ServiceError

__all__ = ["ConcurrentEditError", "ServiceError", "record_for_save", "fetch", "text", "check_dates", "check_amount", "check_unique", "day"]


def fetch(session: Session, model, record_id: int, what: str):
    """The record ``record_id`` of ``model``, or a refusal naming ``what`` (« la facture »)."""
    record = session.get(model, record_id)
    if record is None:
        raise ServiceError(tr("Edit", "Enregistrement introuvable : {what} a peut-être été supprimé(e) entre-temps.",
                              what=what))
    return record


def text(value: str | None, caption: str, *, required: bool = True, max_length: int = 300) -> str:
    """A stripped text; refused when required and empty, or longer than ``max_length``."""
    value = (value or "").strip()
    if required and not value:
        raise ServiceError(tr("Edit", "{caption} : ce champ est obligatoire.", caption=caption))
    if len(value) > max_length:
        raise ServiceError(tr("Edit", "{caption} : {count} caractères au plus.", caption=caption, count=max_length))
    return value


def day(value: dt.date | None) -> str:
    return french.date(value) if value is not None else ""


def check_dates(start: dt.date | None, end: dt.date | None, start_caption: str, end_caption: str) -> None:
    """``start`` is required and ``end``, when given, is not before it."""
    if start is None:
        raise ServiceError(tr("Edit", "{caption} : ce champ est obligatoire.", caption=start_caption))
    if end is not None and end < start:
        raise ServiceError(tr(
            "Edit", "{end} ({end_day}) ne peut pas précéder {start} ({start_day}).",
            end=end_caption, end_day=day(end), start=start_caption.lower(), start_day=day(start),
        ))


def check_amount(value: Decimal | None, caption: str, *, negative: bool = False,
                 places: int = 2) -> Decimal:  # fmt: skip
    """An exact amount with at most ``places`` decimals; negative only when allowed."""
    if value is None:
        raise ServiceError(tr("Edit", "{caption} : ce champ est obligatoire.", caption=caption))
    if isinstance(value, float):
        raise TypeError("amounts are never floats")
    value = Decimal(value)
    if value != value.quantize(Decimal(1).scaleb(-places)):
        raise ServiceError(tr("Edit", "{caption} : {places} décimales au plus.", caption=caption, places=places))
    if value < 0 and not negative:
        raise ServiceError(tr("Edit", "{caption} ne peut pas être négatif.", caption=caption))
    return value


def check_unique(session: Session, column, value: str, record_id: int | None, message: str) -> None:
    """Refuse ``value`` when another record already has it in ``column`` (compared without case)."""
    model = column.class_
    query = select(model.id).where(func.lower(column) == value.lower())
    if record_id is not None:
        query = query.where(model.id != record_id)
    if session.scalar(query.limit(1)) is not None:
        raise ServiceError(message)


def record_for_save(session: Session, model, record_id: int | None, version: int | None, what: str):
    """The record to save into: a new one added to the session when ``record_id`` is None, else
    the stored one, refused when someone else saved it since it was read at ``version``."""
    if record_id is None:
        record = model()
        session.add(record)
        return record
    record = session.get(model, record_id, populate_existing=True)
    if record is None or (version is not None and record.version != version):
        raise ConcurrentEditError(
            model, record_id, version, None if record is None else record.version, deleted=record is None
        )
    return record
