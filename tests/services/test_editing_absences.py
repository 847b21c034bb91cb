"""Saving a person's list of absences: all of it or nothing, by the domain's checks (R15)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from mutualisation.services.editing.absences import AbsenceEntry, absences_problem, load_absences, save_absences
from mutualisation.services.errors import ServiceError
from mutualisation.storage import models as m


def _moreau(session):
    return session.scalars(select(m.StaffMember).where(m.StaffMember.last_name == "Moreau")).one()


def test_the_list_replaces_the_stored_absences(demo_db):
    with demo_db.session() as session, session.begin():
        person = _moreau(session)
        [sick] = load_absences(session, person.id)
        moved = AbsenceEntry(dt.date(2026, 3, 10), dt.date(2026, 3, 12), "maladie", "arrêt court", sick.id)
        save_absences(session, person.id, [moved, AbsenceEntry(dt.date(2026, 4, 1), dt.date(2026, 4, 1), "autre")])
    with demo_db.session() as session:
        person = _moreau(session)
        assert [(a.start, a.end, a.kind, a.note) for a in load_absences(session, person.id)] == [
            (dt.date(2026, 3, 10), dt.date(2026, 3, 12), "maladie", "arrêt court"),
            (dt.date(2026, 4, 1), dt.date(2026, 4, 1), "autre", ""),
        ]
        assert load_absences(session, person.id)[0].id == sick.id


def test_two_absences_swapping_their_dates_are_saved(demo_db):
    with demo_db.session() as session, session.begin():
        person = _moreau(session)
        [sick] = load_absences(session, person.id)
        save_absences(session, person.id, [sick, AbsenceEntry(dt.date(2026, 6, 1), dt.date(2026, 6, 5), "formation")])
    with demo_db.session() as session, session.begin():
        person = _moreau(session)
        first, second = load_absences(session, person.id)
        swapped = [AbsenceEntry(second.start, second.end, first.kind, "", first.id),
                   AbsenceEntry(first.start, first.end, second.kind, "", second.id)]  # fmt: skip
        save_absences(session, person.id, swapped)
    with demo_db.session() as session:
        assert [(a.start, a.kind) for a in load_absences(session, _moreau(session).id)] == [
            (dt.date(2026, 3, 9), "formation"), (dt.date(2026, 6, 1), "maladie"),
        ]  # fmt: skip


def test_an_overlap_is_refused_and_nothing_changes(demo_db):
    with demo_db.session() as session:
        person_id = _moreau(session).id
        before = load_absences(session, person_id)
    overlapping = AbsenceEntry(dt.date(2026, 3, 13), dt.date(2026, 3, 20), "conge")
    with pytest.raises(ServiceError, match="se chevauchent"), demo_db.session() as session, session.begin():
        save_absences(session, person_id, [overlapping])
        save_absences(session, person_id, [*before, overlapping])
    with demo_db.session() as session:
        assert load_absences(session, _moreau(session).id) == before


def test_outside_employment_is_named():
    entries = [AbsenceEntry(dt.date(2024, 12, 30), dt.date(2025, 1, 2), "maladie")]
    assert absences_problem(entries, dt.date(2025, 1, 1), None, "Alice Moreau") == (
        "L'absence de Alice Moreau du 30/12/2024 au 02/01/2025 sort de sa période d'emploi (du 01/01/2025)."
    )
    assert absences_problem(entries, None, None, "Alice Moreau") == ""
