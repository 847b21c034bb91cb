"""A person's absences edited as a list with the person's form (R15): read, checked as typed, saved.

The list is saved whole, with the person, in the form's transaction: lines removed from
the list are deleted, corrected ones updated, new ones added. The checks are the domain's
(within employment, none overlapping another), so the form and the service refuse alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain import kind_words
from ...domain.clauses import ABSENCE_KINDS, Absence, ClauseError, check_absences
from ...domain.i18n import tr
from ...storage import models as m
from ..errors import ServiceError
from .common import fetch, text



def kind_choices() -> list[tuple[str, str]]:
    """(word in the interface language, code) of each absence kind, in the order the convention lists them."""
    return kind_words.choices(ABSENCE_KINDS, kind_words.absence_kind)


@dataclass(frozen=True, slots=True)
class AbsenceEntry:
    """One absence as the form holds it; ``id`` is None until saved."""

    start: dt.date
    end: dt.date
    kind: str
    note: str = ""
    id: int | None = None

    @property
    def kind_word(self) -> str:
        return kind_words.absence_kind(self.kind)


def load_absences(session: Session, staff_id: int) -> list[AbsenceEntry]:
    rows = session.scalars(
        select(m.StaffAbsence).where(m.StaffAbsence.staff_id == staff_id).order_by(m.StaffAbsence.start_date)
    )
    return [AbsenceEntry(r.start_date, r.end_date, r.kind, r.note, r.id) for r in rows]


def absences_problem(entries: list[AbsenceEntry], employment_start: dt.date | None,
                     employment_end: dt.date | None, name: str) -> str:  # fmt: skip
    """Why these absences cannot be saved for this employment, in French ("" when they can)."""
    if employment_start is None or not entries:
        return ""
    try:
        check_absences([Absence(e.start, e.end, e.kind) for e in entries], employment_start, employment_end,
                       name)  # fmt: skip
    except ClauseError as error:
        return str(error)
    return ""


def save_absences(session: Session, staff_id: int, entries: list[AbsenceEntry]) -> None:
    """Make the person's stored absences exactly ``entries``; refused whole if one is wrong."""
    person = fetch(session, m.StaffMember, staff_id, tr("Edit", "la personne"))
    problem = absences_problem(entries, person.employment_start, person.employment_end, person.full_name)
    if problem:
        raise ServiceError(problem)
    kept = {e.id for e in entries if e.id is not None}
    for row in session.scalars(select(m.StaffAbsence).where(m.StaffAbsence.staff_id == staff_id)).all():
        if row.id not in kept:
            session.delete(row)
    # The whole list was checked above: lines are written directly, since checking each against
    # the stored others would refuse two absences whose dates are being swapped.
    for entry in entries:
        row = fetch(session, m.StaffAbsence, entry.id, tr("Edit", "l'absence")) if entry.id else m.StaffAbsence(staff_id=staff_id)
        if row.staff_id != staff_id:
            raise ServiceError(tr("Edit", "Cette absence est celle d'une autre personne."))
        row.start_date, row.end_date, row.kind = entry.start, entry.end, entry.kind
        row.note = text(entry.note, tr("Edit", "Note"), required=False)
        session.add(row)
    session.flush()
