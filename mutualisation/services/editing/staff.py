"""Staff: employment, dated working time and shares per beneficiary, planned yearly cost."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from .common import record_for_save, check_dates, day, fetch, text
from .guards import refuse_deletion_if_issued
from .history import (
    DatedEntry,
    YearAmount,
    check_total_at_most_one,
    entries_of,
    save_history,
    save_year_amounts,
    year_amounts,
)


@dataclass(frozen=True, slots=True)
class StaffValues:
    first_name: str
    last_name: str
    job_title: str
    employment_start: dt.date | None
    employment_end: dt.date | None = None
    version: int | None = None


@dataclass(frozen=True, slots=True)
class StaffRecord:
    """A person as edited: identity and employment, and the three histories."""

    values: StaffValues
    working_times: list[DatedEntry]
    shares: list[DatedEntry]
    planned_costs: list[YearAmount]


def load_staff(session: Session, staff_id: int) -> StaffRecord:
    member = fetch(session, m.StaffMember, staff_id, tr("Edit", "l'agent"))
    return StaffRecord(
        StaffValues(member.first_name, member.last_name, member.job_title,
                    member.employment_start, member.employment_end, member.version),
        entries_of(session, "working_time", staff_id),
        entries_of(session, "staff_share", staff_id),
        year_amounts(session, m.PlannedStaffCost, "staff_id", staff_id),
    )  # fmt: skip


def beneficiary_ids(session: Session) -> set[int]:
    return set(session.scalars(select(m.ConventionBeneficiary.party_id)))


def _check_working_time(entry: DatedEntry) -> None:
    if not 0 < entry.value <= 1:
        raise ServiceError(tr(
            "Edit", "Temps de travail au {day} : entre 1 % et 100 % d'un temps plein.", day=day(entry.effective_date)
        ))


def _check_share(allowed: set[int]):
    def check(entry: DatedEntry) -> None:
        if entry.party_id not in allowed:
            raise ServiceError(tr("Edit", "Quotités : chaque quotité est due à un bénéficiaire d'une convention."))
        if not 0 <= entry.value <= 1:
            raise ServiceError(tr("Edit", "Quotité au {day} : entre 0 % et 100 %.", day=day(entry.effective_date)))

    return check


def save_staff(session: Session, staff_id: int | None, values: StaffValues,
               working_times: Sequence[DatedEntry], shares: Sequence[DatedEntry],
               planned_costs: Sequence[YearAmount] = ()) -> int:  # fmt: skip
    """Create (``staff_id`` None) or correct a person and their histories, all or nothing.

    Working time is required from the day of entry; shares are per beneficiary and, on any
    day, add up to 100 % at most (the provider keeps the rest).
    """
    first = text(values.first_name, tr("Edit", "Prénom"), max_length=100)
    last = text(values.last_name, tr("Edit", "Nom"), max_length=100)
    job = text(values.job_title, tr("Edit", "Fonction"), required=False, max_length=200)
    check_dates(values.employment_start, values.employment_end, tr("Edit", "Date d'entrée"), tr("Edit", "Date de sortie"))
    if not working_times:
        raise ServiceError(tr("Edit", "Temps de travail : indiquez au moins celui de l'entrée (100 % pour un temps plein)."))
    earliest = min(e.effective_date for e in working_times if e.effective_date is not None)
    if earliest > values.employment_start:
        raise ServiceError(tr(
            "Edit", "Temps de travail : le premier s'applique au {day}, après l'entrée ({start}) ; datez-le au "
            "plus tard du jour d'entrée.", day=day(earliest), start=day(values.employment_start),
        ))
    check_total_at_most_one(shares, tr("Edit", "Quotités"), tr("Edit", "le prestataire garde le reste"))
    member = record_for_save(session, m.StaffMember, staff_id, values.version, "l'agent")
    member.first_name, member.last_name, member.job_title = first, last, job
    member.employment_start, member.employment_end = values.employment_start, values.employment_end
    session.flush()
    save_history(session, "working_time", member.id, working_times, tr("Edit", "Temps de travail"), _check_working_time)
    save_history(session, "staff_share", member.id, shares, tr("Edit", "Quotités"), _check_share(beneficiary_ids(session)))
    save_year_amounts(session, m.PlannedStaffCost, "staff_id", member.id, planned_costs, tr("Edit", "Coût prévisionnel"))
    session.flush()
    return member.id


def delete_staff(session: Session, staff_id: int) -> None:
    """Refused when the person was employed during an issued period (set the end date instead)."""
    member = fetch(session, m.StaffMember, staff_id, tr("Edit", "l'agent"))
    refuse_deletion_if_issued(
        session, member.employment_start, member.employment_end, tr("Delete", "l'agent {name}", name=member.full_name)
    )
    session.delete(member)
    session.flush()

