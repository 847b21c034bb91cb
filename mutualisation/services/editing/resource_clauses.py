"""The clauses a resource holds, as its form edits them: a meter's unit prices (R12), a recurring
charge's amount series and yearly revaluation (R16), a person's reimbursements per payroll month (R15),
the free provision of a site, equipment item or category to a beneficiary (R17).

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

from ...domain import french, kind_words
from ...domain.clauses import ClauseError, check_clause_date
from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from . import clauses
from .history import DatedEntry



def reimbursement_choices() -> list[tuple[str, str]]:
    """(word in the interface language, code) of the kinds of reimbursement received for a payroll month."""
    return kind_words.choices(clauses.REIMBURSEMENT_KINDS, kind_words.reimbursement_kind)


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
        return kind_words.reimbursement_kind(self.kind)


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


# -- free provision (R17) ---------------------------------------------------------------------------

#: The column of ``free_provision`` that names each kind of resource.
RESOURCE_COLUMNS = {"site": "site_id", "equipment": "equipment_id", "category": "category_id"}


@dataclass(frozen=True, slots=True)
class Beneficiary:
    """A beneficiary of one convention, as the free-provision list offers it."""

    convention_id: int
    party_id: int
    label: str
    billing_frequency: str
    convention_start: dt.date


@dataclass(frozen=True, slots=True)
class FreeProvisionEntry:
    """One free provision as the form holds it; ``id`` is None until saved, ``end`` None: open."""

    convention_id: int
    party_id: int
    start: dt.date
    end: dt.date | None = None
    amendment_id: int | None = None
    id: int | None = None


def free_provision_beneficiaries(session: Session) -> list[Beneficiary]:
    """Every (convention, beneficiary) pair, conventions by start date, beneficiaries in their order."""
    conventions = session.scalars(select(m.Convention).order_by(m.Convention.start_date, m.Convention.id)).all()
    several = len(conventions) > 1
    pairs = []
    for convention in conventions:
        for link in sorted(convention.beneficiaries, key=lambda b: b.position):
            party = session.get(m.Party, link.party_id)
            label = f"{party.code} — {party.name}" + (f" ({convention.reference})" if several else "")
            pairs.append(Beneficiary(convention.id, party.id, label, convention.billing_frequency,
                                     convention.start_date))  # fmt: skip
    return pairs


def free_provisions_problem(entries: list[FreeProvisionEntry], beneficiaries: list[Beneficiary]) -> str:
    """Why this list cannot be saved, in French ("" when it can).

    Each stretch opens a billing period of its convention and ends on the last day of one
    (R17: a statement is wholly billed or wholly free for a resource), starts no earlier than
    the convention, and overlaps no other stretch of the same beneficiary.
    """
    known = {(b.convention_id, b.party_id): b for b in beneficiaries}
    what = tr("Edit", "La mise à disposition gratuite")
    for entry in entries:
        beneficiary = known.get((entry.convention_id, entry.party_id))
        if beneficiary is None:
            return tr("Edit", "Mise à disposition gratuite : choisissez un bénéficiaire d'une convention.")
        if entry.start < beneficiary.convention_start:
            return tr("Edit", "{what} à {beneficiary} : le {day} précède le début de la convention ({start}).",
                      what=what, beneficiary=beneficiary.label, day=french.date(entry.start),
                      start=french.date(beneficiary.convention_start))
        if entry.end is not None and entry.end < entry.start:
            return tr("Edit", "{what} à {beneficiary} se termine le {day}, avant de commencer.", what=what,
                      beneficiary=beneficiary.label, day=french.date(entry.end))
        try:
            check_clause_date(entry.start, beneficiary.billing_frequency, what)
            if entry.end is not None:
                check_clause_date(entry.end + dt.timedelta(days=1), beneficiary.billing_frequency,
                                  tr("Edit", "La mise à disposition gratuite (lendemain de sa fin)"))
        except ClauseError as error:
            return str(error)
    ordered = sorted(entries, key=lambda e: (e.convention_id, e.party_id, e.start))
    for before, after in zip(ordered, ordered[1:]):
        same = (before.convention_id, before.party_id) == (after.convention_id, after.party_id)
        if same and (before.end is None or after.start <= before.end):
            label = known[(after.convention_id, after.party_id)].label
            return tr("Edit", "{what} à {beneficiary} du {day} chevauche celle qui commence le {other}.",
                      what=what, beneficiary=label, day=french.date(after.start), other=french.date(before.start))
    return ""


def _free_rows(session: Session, resource: str, resource_id: int):
    column = getattr(m.FreeProvision, RESOURCE_COLUMNS[resource])
    return session.scalars(select(m.FreeProvision).where(column == resource_id)).all()


def load_free_provisions(session: Session, resource: str, resource_id: int) -> list[FreeProvisionEntry]:
    """The free provisions of a site, item or category (``resource``: a key of RESOURCE_COLUMNS)."""
    rows = sorted(_free_rows(session, resource, resource_id), key=lambda r: (r.start_date, r.party_id))
    return [FreeProvisionEntry(r.convention_id, r.party_id, r.start_date, r.end_date, r.amendment_id, r.id)
            for r in rows]  # fmt: skip


def save_free_provisions(session: Session, resource: str, resource_id: int,
                         entries: list[FreeProvisionEntry]) -> None:  # fmt: skip
    """Make the resource's free provisions exactly ``entries``; refused whole if one is wrong."""
    problem = free_provisions_problem(entries, free_provision_beneficiaries(session))
    if problem:
        raise ServiceError(problem)
    for entry in entries:
        if entry.amendment_id is not None:
            amendment = session.get(m.Amendment, entry.amendment_id)
            if amendment is None or amendment.convention_id != entry.convention_id:
                raise ServiceError(tr("Edit", "Mise à disposition gratuite : l'avenant cité n'appartient pas à sa convention."))
    column = RESOURCE_COLUMNS[resource]
    rows = _free_rows(session, resource, resource_id)
    kept = {e.id for e in entries if e.id is not None}
    for row in rows:
        if row.id not in kept:
            session.delete(row)
    # The whole list was checked above: lines are written directly, since checking each against
    # the stored others would refuse two stretches whose dates are being swapped.
    by_id = {row.id: row for row in rows}
    for entry in entries:
        row = by_id.get(entry.id) if entry.id is not None else m.FreeProvision(**{column: resource_id})
        if row is None:
            raise ServiceError(tr("Edit", "Enregistrement introuvable : cette mise à disposition gratuite a "
                                  "peut-être été supprimée entre-temps."))
        row.convention_id, row.party_id = entry.convention_id, entry.party_id
        row.start_date, row.end_date, row.amendment_id = entry.start, entry.end, entry.amendment_id
        session.add(row)
    session.flush()
