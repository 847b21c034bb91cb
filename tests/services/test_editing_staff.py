"""Staff editing: a person and their histories saved together, checked, never overwritten."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from mutualisation.services import registers
from mutualisation.services.concurrency import ConcurrentEditError
from mutualisation.services.costs import find_party
from mutualisation.services.errors import ServiceError
from mutualisation.services.editing import staff
from mutualisation.services.editing.history import DatedEntry, YearAmount
from mutualisation.storage import models as m

D = Decimal


def _new_person(session, **changes):
    st2b, scot = find_party(session, "ST2B"), find_party(session, "SCOT")
    values = staff.StaffValues("Gaëlle", "Noël", "Chargée d'études", dt.date(2025, 9, 1))
    args = dict(
        values=values,
        working_times=[DatedEntry(dt.date(2025, 9, 1), D("0.8"))],
        shares=[DatedEntry(dt.date(2025, 9, 1), D("0.3"), st2b.id), DatedEntry(dt.date(2025, 9, 1), D("0.2"), scot.id)],
        planned_costs=[YearAmount(2026, D("41250.00"))],
    )
    args.update(changes)
    return staff.save_staff(session, None, **args)


def test_a_new_person_is_saved_with_working_time_shares_and_planned_cost(demo_db):
    with demo_db.session() as session, session.begin():
        staff_id = _new_person(session)
    with demo_db.session() as session:
        row = next(r for r in registers.staff(session, dt.date(2025, 10, 1)) if r.id == staff_id)
        record = staff.load_staff(session, staff_id)
    assert row.name == "Gaëlle Noël" and row.working_time == D("0.800000")
    assert [(s.party_code, s.value) for s in row.shares] == [("ST2B", D("0.300000")), ("SCOT", D("0.200000"))]
    assert row.total_share == D("0.5")
    assert [(p.year, p.amount) for p in record.planned_costs] == [(2026, D("41250.00"))]


def test_a_new_share_from_a_date_keeps_the_earlier_one(demo_db):
    with demo_db.session() as session, session.begin():
        alice = session.scalar(select(m.StaffMember).where(m.StaffMember.first_name == "Alice"))
        record = staff.load_staff(session, alice.id)
        st2b = find_party(session, "ST2B")
        shares = [*record.shares, DatedEntry(dt.date(2026, 1, 1), D("0.6"), st2b.id)]
        staff.save_staff(session, alice.id, record.values, record.working_times, shares, record.planned_costs)
    with demo_db.session() as session:
        stored = session.execute(
            select(m.StaffShare.effective_date, m.StaffShare.share)
            .where(m.StaffShare.staff_id == alice.id, m.StaffShare.party_id == st2b.id)
            .order_by(m.StaffShare.effective_date)
        ).all()
    assert stored == [(dt.date(2025, 1, 1), D("0.4")), (dt.date(2025, 3, 1), D("0.5")), (dt.date(2026, 1, 1), D("0.6"))]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"values": staff.StaffValues("Gaëlle", "Noël", "", dt.date(2025, 9, 1), dt.date(2025, 8, 31))},
         "Date de sortie (31/08/2025) ne peut pas précéder date d'entrée (01/09/2025)."),
        ({"values": staff.StaffValues("", "Noël", "", dt.date(2025, 9, 1))}, "Prénom : ce champ est obligatoire."),
        ({"working_times": []}, "Temps de travail : indiquez au moins celui de l'entrée"),
        ({"working_times": [DatedEntry(dt.date(2025, 10, 1), D("1"))]},
         "Temps de travail : le premier s'applique au 01/10/2025, après l'entrée (01/09/2025)"),
        ({"working_times": [DatedEntry(dt.date(2025, 9, 1), D("0"))]},
         "Temps de travail au 01/09/2025 : entre 1 % et 100 %"),
    ],
)  # fmt: skip
def test_refused_people(demo_db, change, message):
    with demo_db.session() as session, session.begin():
        with pytest.raises(ServiceError) as refused:
            _new_person(session, **change)
    assert message in str(refused.value)


def test_shares_above_100_percent_on_a_day_are_refused(demo_db):
    with demo_db.session() as session, session.begin():
        st2b, scot = find_party(session, "ST2B"), find_party(session, "SCOT")
        shares = [DatedEntry(dt.date(2025, 9, 1), D("0.7"), st2b.id), DatedEntry(dt.date(2025, 11, 1), D("0.4"), scot.id)]
        with pytest.raises(ServiceError, match="au 01/11/2025, le total atteint 110\u00a0%"):
            _new_person(session, shares=shares)
        shares = [DatedEntry(dt.date(2025, 9, 1), D("0.5"), st2b.id), DatedEntry(dt.date(2025, 9, 1), D("0.2"), st2b.id)]
        with pytest.raises(ServiceError, match="deux valeurs pour ST2B à la même date"):
            _new_person(session, shares=shares)
        pays = find_party(session, "PAYS")
        with pytest.raises(ServiceError, match="bénéficiaire"):
            _new_person(session, shares=[DatedEntry(dt.date(2025, 9, 1), D("0.1"), pays.id)])


def test_a_save_from_an_outdated_form_is_refused(demo_db):
    with demo_db.session() as session:
        alice_id = session.scalar(select(m.StaffMember.id).where(m.StaffMember.first_name == "Alice"))
        record = staff.load_staff(session, alice_id)
    with demo_db.session() as session, session.begin():
        staff.save_staff(session, alice_id, record.values.__class__("Alice", "Moreau-Petit", "", dt.date(2019, 9, 2),
                                                                    None, record.values.version),
                         record.working_times, record.shares, record.planned_costs)  # fmt: skip
    with demo_db.session() as session, session.begin():
        with pytest.raises(ConcurrentEditError):
            staff.save_staff(session, alice_id, record.values, record.working_times, record.shares)


def test_a_person_employed_in_no_issued_period_is_deleted_with_everything(demo_db):
    with demo_db.session() as session, session.begin():
        staff_id = _new_person(session)
    with demo_db.session() as session, session.begin():
        staff.delete_staff(session, staff_id)
    with demo_db.session() as session:
        assert session.get(m.StaffMember, staff_id) is None
        assert session.scalars(select(m.StaffShare).where(m.StaffShare.staff_id == staff_id)).all() == []
