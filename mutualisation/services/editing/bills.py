"""Bills: one cost document, its optional service period, attachment, key override and file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from decimal import Decimal
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from ._attachment import check_one
from .common import record_for_save, check_amount, check_dates, fetch, text
from .guards import refuse_deletion_if_issued

#: The largest attached file kept in the database (a scanned bill is well under this).
MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class BillValues:
    date: dt.date | None
    supplier: str
    label: str
    amount: Decimal | None
    reference: str = ""
    service_start: dt.date | None = None
    service_end: dt.date | None = None
    site_id: int | None = None
    equipment_id: int | None = None
    category_id: int | None = None
    key_override_id: int | None = None
    notes: str = ""
    #: The stored version it was read at (None for a new bill).
    version: int | None = None


def load_bill(session: Session, bill_id: int) -> BillValues:
    bill = fetch(session, m.Bill, bill_id, tr("Edit", "la facture"))
    return BillValues(**{f.name: getattr(bill, f.name) for f in fields(BillValues)})


def save_bill(session: Session, bill_id: int | None, values: BillValues) -> int:
    """Create or correct a bill. A refund is a negative amount; a service period needs both ends."""
    if values.date is None:
        raise ServiceError(tr("Edit", "Date : ce champ est obligatoire."))
    supplier = text(values.supplier, tr("Edit", "Fournisseur"), max_length=200)
    label = text(values.label, tr("Edit", "Libellé"))
    reference = text(values.reference, tr("Edit", "Référence"), required=False, max_length=100)
    amount = check_amount(values.amount, tr("Edit", "Montant"), negative=True)
    if (values.service_start is None) != (values.service_end is None):
        raise ServiceError(tr("Edit", "Période de service : indiquez le début et la fin, ou aucun des deux."))
    if values.service_start is not None:
        check_dates(values.service_start, values.service_end, tr("Edit", "Début de service"), tr("Edit", "Fin de service"))
    check_one(session, values.site_id, values.equipment_id, values.category_id)
    if values.key_override_id is not None:
        fetch(session, m.AllocationKey, values.key_override_id, tr("Edit", "la clé"))
    bill = record_for_save(session, m.Bill, bill_id, values.version, "la facture")
    bill.date, bill.supplier, bill.label, bill.reference, bill.amount = (
        values.date, supplier, label, reference, amount
    )
    bill.service_start, bill.service_end = values.service_start, values.service_end
    bill.site_id, bill.equipment_id, bill.category_id = values.site_id, values.equipment_id, values.category_id
    bill.key_override_id, bill.notes = values.key_override_id, (values.notes or "").strip()
    session.flush()
    return bill.id


def bill_span(bill: m.Bill) -> tuple[dt.date, dt.date]:
    """The days a bill's amount falls on (R4): its service period, else its date."""
    if bill.service_start is not None:
        return bill.service_start, bill.service_end
    return bill.date, bill.date


def delete_bill(session: Session, bill_id: int) -> None:
    """Refused when the bill falls inside an issued period: correct it instead."""
    bill = fetch(session, m.Bill, bill_id, tr("Edit", "la facture"))
    start, end = bill_span(bill)
    refuse_deletion_if_issued(session, start, end, tr("Delete", "la facture « {label} » de {supplier}", label=bill.label,
                                                     supplier=bill.supplier))
    session.delete(bill)
    session.flush()


# -- the scanned bill -------------------------------------------------------------------------


def attachment_name(session: Session, bill_id: int) -> str | None:
    """The attached file's name, without loading the file."""
    return session.scalar(select(m.BillAttachment.filename).where(m.BillAttachment.bill_id == bill_id))


def attachment(session: Session, bill_id: int) -> tuple[str, bytes] | None:
    row = session.scalar(select(m.BillAttachment).where(m.BillAttachment.bill_id == bill_id))
    return (row.filename, row.content) if row is not None else None


def _refuse_if_cited(session: Session, bill: m.Bill) -> None:
    """The scanned piece of a bill an issued document cites is frozen with that document."""
    if bill.attachment is None:
        return
    number = session.scalar(
        select(m.Statement.number).join(m.StatementLine, m.StatementLine.statement_id == m.Statement.id)
        .where(m.StatementLine.source_kind == "bill", m.StatementLine.source_id == bill.id).limit(1)
    )  # fmt: skip
    if number is not None:
        raise ServiceError(tr(
            "Edit", "La facture {label} est citée par l'état émis n° {number} : sa pièce jointe fait partie du "
            "document et ne peut plus être remplacée ni retirée.", label=bill.label, number=number,
        ))


def set_attachment(session: Session, bill_id: int, filename: str, content: bytes) -> None:
    """Attach (or replace) the scanned bill; only the file's own name is kept. A piece already
    cited by an issued document cannot be replaced."""
    bill = fetch(session, m.Bill, bill_id, tr("Edit", "la facture"))
    _refuse_if_cited(session, bill)
    name = text(PurePath(filename.replace("\\", "/")).name, tr("Edit", "Nom du fichier"))
    if not content:
        raise ServiceError(tr("Edit", "Le fichier {name} est vide.", name=name))
    if len(content) > MAX_FILE_BYTES:
        raise ServiceError(tr("Edit", "Le fichier {name} dépasse 20 Mo : réduisez le scan avant de le joindre.", name=name))
    if bill.attachment is None:
        bill.attachment = m.BillAttachment(filename=name, content=content)
    else:
        bill.attachment.filename, bill.attachment.content = name, content
    session.flush()


def remove_attachment(session: Session, bill_id: int) -> None:
    bill = fetch(session, m.Bill, bill_id, tr("Edit", "la facture"))
    _refuse_if_cited(session, bill)
    if bill.attachment is not None:
        bill.attachment = None
        session.flush()
