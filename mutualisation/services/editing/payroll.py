"""Monthly payroll as a year's grid: one column per person, one row per month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...domain.periods import month_end, month_name
from ...domain.i18n import tr, tr_noop, translate_marked
from ...storage import models as m
from ..errors import ServiceError
from ..registers import PayrollMonth
from .common import check_amount
from .guards import refuse_deletion_if_issued

#: The parts of a month's cost, as stored.
COMPONENTS = ("gross_salary", "employer_charges", "other_costs")
_CAPTIONS = {
    "gross_salary": tr_noop("Edit", "Salaire brut"),
    "employer_charges": tr_noop("Edit", "Charges patronales"),
    "other_costs": tr_noop("Edit", "Autres éléments"),
}


@dataclass(frozen=True, slots=True)
class PayrollPerson:
    id: int
    name: str
    employment_start: dt.date
    employment_end: dt.date | None

    def employed_in(self, month: dt.date) -> bool:
        """Employed on at least one day of ``month`` (given by its first day)."""
        return self.employment_start <= month_end(month) and (
            self.employment_end is None or self.employment_end >= month
        )


@dataclass(frozen=True, slots=True)
class PayrollYear:
    year: int
    people: tuple[PayrollPerson, ...]
    #: (staff id, month number 1–12) → what was recorded.
    months: dict[tuple[int, int], PayrollMonth]


@dataclass(frozen=True, slots=True)
class PayrollChange:
    """One cell typed or pasted: ``amount`` None clears it."""

    staff_id: int
    month: dt.date
    component: str
    amount: Decimal | None


def payroll_year(session: Session, year: int) -> PayrollYear:
    """Everyone employed on some day of ``year``, by name, and their recorded months."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    people = tuple(
        PayrollPerson(row.id, f"{row.first_name} {row.last_name}".strip(), row.employment_start,
                      row.employment_end)
        for row in session.execute(
            select(m.StaffMember.id, m.StaffMember.first_name, m.StaffMember.last_name,
                   m.StaffMember.employment_start, m.StaffMember.employment_end)
            .where(m.StaffMember.employment_start <= last)
            .where(or_(m.StaffMember.employment_end.is_(None), m.StaffMember.employment_end >= first))
            .order_by(m.StaffMember.last_name, m.StaffMember.first_name)
        )
    )  # fmt: skip
    months = {
        (row.staff_id, row.month.month): PayrollMonth(row.gross_salary, row.employer_charges, row.other_costs)
        for row in session.scalars(
            select(m.PayrollCost).where(m.PayrollCost.month >= first, m.PayrollCost.month <= last)
        )
    }
    return PayrollYear(year, people, months)


def set_payroll(session: Session, changes: Sequence[PayrollChange]) -> None:
    """Record typed or pasted cells, all or nothing: every cell is checked before any is written.

    A cleared cell sets its part to zero; a month whose three parts are all cleared is
    removed — refused when an issued statement covers that month.
    """
    planned: dict[tuple[int, dt.date], tuple[m.PayrollCost | None, dict[str, Decimal], bool]] = {}
    people: dict[int, m.StaffMember] = {}
    for change in changes:
        if change.component not in COMPONENTS:
            raise ValueError(change.component)
        member = people.get(change.staff_id) or session.get(m.StaffMember, change.staff_id)
        if member is None:
            raise ServiceError(tr("Edit", "Cet agent a été supprimé entre-temps : rouvrez la grille."))
        people[member.id] = member
        month = change.month.replace(day=1)
        label = f"{month_name(month.month)} {month.year}"
        person = PayrollPerson(member.id, member.full_name, member.employment_start, member.employment_end)
        if not person.employed_in(month):
            raise ServiceError(tr("Edit", "{name} n'est pas employé(e) en {month} : aucune paie à saisir.",
                                  name=member.full_name, month=label))
        amount = None
        if change.amount is not None:
            caption = tr("Edit", "{part} de {name} en {month}", part=translate_marked("Edit", _CAPTIONS[change.component]),
                         name=member.full_name, month=label)
            amount = check_amount(change.amount, caption, negative=change.component == "other_costs")
        key = (member.id, month)
        if key not in planned:
            row = session.scalar(
                select(m.PayrollCost).where(m.PayrollCost.staff_id == member.id, m.PayrollCost.month == month)
            )
            parts = {c: getattr(row, c) if row is not None else Decimal("0.00") for c in COMPONENTS}
            planned[key] = (row, parts, False)
        row, parts, cleared = planned[key]
        parts[change.component] = amount if amount is not None else Decimal("0.00")
        planned[key] = (row, parts, cleared or amount is None)
    for (staff_id, month), (row, parts, cleared) in planned.items():
        if row is not None and cleared and not any(parts.values()):
            label = f"{month_name(month.month)} {month.year}"
            refuse_deletion_if_issued(
                session, month, month_end(month),
                tr("Delete", "la paie de {name} en {month}", name=people[staff_id].full_name, month=label),
            )
    for (staff_id, month), (row, parts, cleared) in planned.items():
        if cleared and not any(parts.values()):
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = m.PayrollCost(staff_id=staff_id, month=month)
            session.add(row)
        for component, value in parts.items():
            setattr(row, component, value)
    session.flush()
